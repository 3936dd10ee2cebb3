import { canonicalUrl } from '../url';
import { toIsoDate } from './dates';
import { readJsonLd } from './json-ld';
import { normaliseLang } from './language';
import { cleanText } from './plain-text';

/** What a page says about itself in its head (meta, link, JSON-LD, <title>) and a few marked-up places. */
export interface PageMetadata {
  url: string;
  /** og:title, twitter:title, JSON-LD headline, <title>, the first <h1>: the first one given. */
  title: string | null;
  /** JSON-LD author, meta author. */
  byline: string | null;
  /** og:site_name, JSON-LD publisher (or WebSite) name, application-name; null when none (the caller falls back to the host). */
  siteName: string | null;
  publishedAt: string | null;
  lang: string | null;
  /** og:description, description, twitter:description, JSON-LD description. */
  description: string | null;
}

/** Meta values by lower-cased property/name/itemprop; the first one given wins. */
export function metaValues(doc: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of doc.querySelectorAll('meta')) {
    const content = cleanText(meta.getAttribute('content') ?? '');
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      // One attribute may hold several names: property="og:title twitter:title".
      for (const key of (meta.getAttribute(attr) ?? '').toLowerCase().split(/\s+/)) {
        if (key && !values.has(key)) values.set(key, content);
      }
    }
  }
  return values;
}

const first = (values: Map<string, string>, keys: readonly string[]): string | null => {
  for (const key of keys) {
    const v = values.get(key);
    if (v) return v;
  }
  return null;
};

/** Meta names that carry a publication date, most specific first (OpenGraph, then the CMS and Dublin Core habits). */
const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'datepublished',
  'published_time',
  'publishdate',
  'publish-date',
  'publish_date',
  'pubdate',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'article.published',
  'og:published_time',
] as const;

/** A <time> (or microdata) that marks the article's publication, as opposed to any date on the page. */
const TIME_SELECTORS = [
  '[itemprop="datePublished"][datetime]',
  '[itemprop="datePublished"][content]',
  'time[pubdate][datetime]',
  'article time[datetime]',
  'main time[datetime]',
] as const;

/** The first publication time marked up under `root` (a document or an article's element). */
export function timeIn(root: ParentNode): string | null {
  for (const selector of TIME_SELECTORS) {
    for (const el of root.querySelectorAll(selector)) {
      const iso = toIsoDate(el.getAttribute('datetime') ?? el.getAttribute('content'));
      if (iso) return iso;
    }
  }
  return null;
}

/** Reads the page's own description of itself. Pure over a Document (the live page, a clone or linkedom's). */
export function readMetadata(doc: Document, pageUrl: string): PageMetadata {
  const meta = metaValues(doc);
  const ld = readJsonLd(doc);
  const h1 = cleanText(doc.querySelector('h1')?.textContent ?? '');
  const docTitle = cleanText(doc.querySelector('title')?.textContent ?? '');
  const dates = [ld.datePublished, ...DATE_KEYS.map((k) => meta.get(k) ?? null)];
  let publishedAt: string | null = null;
  for (const d of dates) {
    publishedAt = toIsoDate(d);
    if (publishedAt) break;
  }
  const langs = [
    doc.documentElement?.getAttribute('lang'),
    doc.documentElement?.getAttribute('xml:lang'),
    meta.get('og:locale'),
    meta.get('content-language'),
    meta.get('language'),
    ld.inLanguage,
  ];
  return {
    url: canonicalUrl(doc, pageUrl),
    title: first(meta, ['og:title', 'twitter:title']) ?? ld.headline ?? (docTitle || h1 || null),
    byline: ld.author ?? first(meta, ['author', 'article:author', 'dc.creator', 'byl', 'sailthru.author']),
    siteName: meta.get('og:site_name') ?? ld.publisher ?? ld.website ?? meta.get('application-name') ?? null,
    publishedAt: publishedAt ?? timeIn(doc),
    lang: langs.map(normaliseLang).find((l) => l !== null) ?? null,
    description: first(meta, ['og:description', 'description', 'twitter:description']) ?? ld.description,
  };
}
