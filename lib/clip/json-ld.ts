/**
 * What a page's JSON-LD (schema.org) says about its article. Pages write it in many shapes: one object,
 * an array, an @graph of nodes that point at each other by @id, @type as a string or an array; some wrap
 * it in CDATA or comments, some break it. Whatever cannot be read is skipped, never thrown.
 */

export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  /** The author names, joined with ", ". */
  author: string | null;
  publisher: string | null;
  /** The WebSite node's name, a weaker hint of the site's name than the publisher. */
  website: string | null;
  description: string | null;
  inLanguage: string | null;
}

type Node = Record<string, unknown>;

const ARTICLE_TYPE = /(?:Article|BlogPosting|LiveBlogPosting|SocialMediaPosting|Report)$/;
const ORGANISATION_TYPE = /(?:Organization|Corporation|NewsMediaOrganization)$/;

const isNode = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

function typesOf(node: Node): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  // "schema:NewsArticle" and "http://schema.org/NewsArticle" name the same type as "NewsArticle".
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^.*[/:#]/, ''));
}

const hasType = (node: Node, re: RegExp) => typesOf(node).some((t) => re.test(t));

function parseBlock(text: string): unknown {
  const cleaned = text
    .trim()
    .replace(/^(?:\/\/\s*)?<!\[CDATA\[|(?:\/\/\s*)?\]\]>$/g, '')
    .replace(/^<!--|-->$/g, '')
    .trim();
  if (!cleaned) return null;
  try {
    return JSON.parse(cleaned);
  } catch {
    // Raw line breaks inside strings are the commonest breakage: JSON forbids them, browsers' pages keep them.
    try {
      return JSON.parse(cleaned.replace(/[\n\r\t]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/** Every node of every JSON-LD block, flattened out of arrays and @graph lists, in document order. */
export function jsonLdNodes(doc: Document): Node[] {
  const nodes: Node[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 6) return;
    if (Array.isArray(value)) {
      for (const v of value) visit(v, depth + 1);
      return;
    }
    if (!isNode(value)) return;
    nodes.push(value);
    if (value['@graph'] !== undefined) visit(value['@graph'], depth + 1);
  };
  for (const script of doc.querySelectorAll('script[type]')) {
    const type = (script.getAttribute('type') ?? '').toLowerCase().split(';')[0]?.trim();
    if (type !== 'application/ld+json') continue;
    visit(parseBlock(script.textContent ?? ''), 0);
  }
  return nodes;
}

function text(v: unknown): string | null {
  if (typeof v === 'string') {
    const t = v.replace(/\s+/g, ' ').trim();
    return t || null;
  }
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return text(v[0]);
  if (isNode(v) && typeof v['@value'] === 'string') return text(v['@value']);
  return null;
}

/** A node that may be a reference ({"@id": …}) to another node of the page. */
function resolve(v: unknown, byId: Map<string, Node>): Node | null {
  if (!isNode(v)) return null;
  const id = v['@id'];
  if (typeof id === 'string' && Object.keys(v).length === 1) return byId.get(id) ?? v;
  return v;
}

function nameOf(v: unknown, byId: Map<string, Node>): string | null {
  if (typeof v === 'string') return text(v);
  const node = resolve(v, byId);
  return node ? text(node.name) : null;
}

function names(v: unknown, byId: Map<string, Node>): string | null {
  const list = (Array.isArray(v) ? v : [v]).map((x) => nameOf(x, byId)).filter((x): x is string => !!x);
  const unique = [...new Set(list)];
  return unique.length ? unique.join(', ') : null;
}

function language(v: unknown, byId: Map<string, Node>): string | null {
  if (isNode(v)) return text(resolve(v, byId)?.alternateName) ?? text(resolve(v, byId)?.name);
  return text(v);
}

/** The facts of the page's article node (the first node typed as an article), with page-level fallbacks. */
export function readJsonLd(doc: Document): JsonLdFacts {
  const nodes = jsonLdNodes(doc);
  const byId = new Map<string, Node>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const article = nodes.find((n) => hasType(n, ARTICLE_TYPE));
  const page = nodes.find((n) => hasType(n, /WebPage$/));
  const website = nodes.find((n) => hasType(n, /^WebSite$/));
  const organisation = nodes.find((n) => hasType(n, ORGANISATION_TYPE));
  const main = article ?? page;
  return {
    headline: text(main?.headline) ?? text(main?.name),
    datePublished: text(article?.datePublished) ?? text(page?.datePublished),
    author: names(main?.author ?? main?.creator, byId),
    publisher: names(article?.publisher ?? page?.publisher, byId) ?? text(organisation?.name),
    website: text(website?.name),
    description: text(main?.description),
    inLanguage: language(main?.inLanguage ?? website?.inLanguage, byId),
  };
}
