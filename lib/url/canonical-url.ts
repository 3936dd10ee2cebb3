/**
 * The address a clip is filed under. The store dedupes on it, so a wrong canonical link would merge two
 * articles into one clip: declared addresses that are clearly not this article's are ignored.
 */

function parseUrl(raw: string | null | undefined, base?: string): URL | null {
  if (!raw?.trim()) return null;
  try {
    const url = new URL(raw.trim(), base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/** The page's own address: the one given, else the document's location; without its fragment. */
export function pageUrlOf(doc: Document, given?: string): string {
  const candidates = [given, doc.location?.href, doc.URL, doc.documentURI];
  for (const candidate of candidates) {
    if (typeof candidate !== 'string' || candidate === '' || candidate === 'about:blank') continue;
    try {
      const url = new URL(candidate);
      url.hash = '';
      return url.href;
    } catch {}
  }
  return given ?? '';
}

/** Where relative links in the document point from: its <base href>, else the page's address. */
function baseOf(doc: Document, pageUrl: string): string | undefined {
  const base = doc.querySelector('base[href]')?.getAttribute('href');
  const resolved = parseUrl(base, parseUrl(pageUrl)?.href);
  return resolved?.href ?? parseUrl(pageUrl)?.href;
}

/**
 * A declared address that is plausibly this article's. Refused: non-web schemes, and a site's home page
 * declared on a deeper page (a common CMS template bug that would file every article as one).
 */
function plausible(declared: URL, page: URL | null): boolean {
  if (!page) return true;
  const declaredIsRoot = declared.pathname === '/' && declared.search === '';
  const pageIsRoot = page.pathname === '/' && page.search === '';
  return !declaredIsRoot || pageIsRoot;
}

/**
 * The canonical URL: link[rel=canonical], else og:url, else the page's address; absolute, no fragment.
 * Relative declarations are resolved against the document's base.
 */
export function canonicalUrl(doc: Document, pageUrl: string): string {
  const page = parseUrl(pageUrl);
  const base = baseOf(doc, pageUrl);
  const declared: Array<string | null> = [];
  for (const link of doc.querySelectorAll('link[rel][href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (rels.includes('canonical')) declared.push(link.getAttribute('href'));
  }
  for (const meta of doc.querySelectorAll('meta[property], meta[name]')) {
    const key = (meta.getAttribute('property') ?? meta.getAttribute('name') ?? '').toLowerCase();
    if (key === 'og:url') declared.push(meta.getAttribute('content'));
  }
  for (const raw of declared) {
    const url = parseUrl(raw, base);
    if (url && plausible(url, page)) return withoutFragment(url);
  }
  return page ? withoutFragment(page) : pageUrl;
}
