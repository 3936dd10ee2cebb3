/** Query parameters that only say where a click came from: two links to one article differ only in these. */
const TRACKING_PARAM = /^(utm_[a-z]+|fbclid|gclid|mc_cid|mc_eid)$/i;

/**
 * The form of a page's URL that the store dedupes on: http(s) only, no fragment, no tracking parameters.
 * Null for anything that is not a web page (chrome://, file:, data:, garbage).
 */
export function normaliseUrl(raw: string): string | null {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  url.hash = '';
  for (const key of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(key)) url.searchParams.delete(key);
  // An emptied query leaves a bare "?" behind.
  if (url.searchParams.size === 0) url.search = '';
  return url.href;
}

/** The site a clip is filed under: the host without "www." ("www.reuters.com" → "reuters.com"). */
export function siteOfUrl(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
