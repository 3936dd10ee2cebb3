import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { OWN_UI_ATTRIBUTE } from '../page';
import { cleanText, paragraphsOf, plainText } from './plain-text';

/** What Readability found in a page, before sanitising: its article element and the metadata it read. */
export interface ReadArticle {
  /** Readability's article element (in the clone it was given). */
  content: Element;
  /** The article's plain text, paragraphs separated by blank lines. */
  text: string;
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  siteName: string | null;
  lang: string | null;
  publishedTime: string | null;
  /** Whether isProbablyReaderable said yes before parsing. */
  readerable: boolean;
}

/** Pages with more elements than this are not parsed: Readability would freeze the tab for seconds. */
export const MAX_ELEMENTS = 150_000;
/** A paragraph this long is prose, not a caption, a heading or a list of links. */
const PROSE_PARAGRAPH = 120;
/** An article, even a brief, has at least this much text (Readability's page heuristics use 140 per paragraph). */
const MIN_TEXT = 250;
/**
 * A page that isProbablyReaderable turned down must show more to count as an article: this much prose
 * with few links. A search page or an index has short snippets under link titles (measured: 520 characters
 * of prose, 27% link text for a results page; at least 1,200 and at most 13% for the 39 corpus articles).
 */
const UNREADERABLE_MIN_PROSE = 1000;
const UNREADERABLE_MAX_LINK_DENSITY = 0.2;
/** Even on a readerable page, content that is mostly link text is a list of links, not an article. */
const MAX_LINK_DENSITY = 0.5;

const nullable = (s: string | null | undefined): string | null => {
  const t = cleanText(s ?? '');
  return t || null;
};

function linkDensity(content: Element, textLength: number): number {
  let links = 0;
  for (const a of content.querySelectorAll('a')) links += cleanText(a.textContent ?? '').length;
  return textLength === 0 ? 1 : links / textLength;
}

/** Whether what Readability kept reads as an article rather than a list of links, a form or a stub. */
function looksLikeArticle(content: Element, text: string, readerable: boolean): boolean {
  if (text.length < MIN_TEXT) return false;
  const prose = paragraphsOf(text)
    .filter((p) => p.length >= PROSE_PARAGRAPH)
    .reduce((sum, p) => sum + p.length, 0);
  const density = linkDensity(content, text.length);
  if (readerable) return prose >= PROSE_PARAGRAPH && density < MAX_LINK_DENSITY;
  return prose >= UNREADERABLE_MIN_PROSE && density <= UNREADERABLE_MAX_LINK_DENSITY;
}

/**
 * Runs Readability on `clone`, which it rewrites: the caller must hand it a copy of the page, never the
 * page itself. `readerable` is asked of `original` (isProbablyReaderable only reads). Null when no article
 * is there. Works on any DOM (the browser's, linkedom's).
 */
export function readArticle(clone: Document, original: Document = clone): ReadArticle | null {
  for (const own of clone.querySelectorAll(`[${OWN_UI_ATTRIBUTE}]`)) own.remove();
  const readerable = isProbablyReaderable(original);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(clone, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as Element,
    }).parse();
  } catch {
    // Too many elements, or a page shaped so that Readability throws: no article to offer.
    return null;
  }
  const content = parsed?.content;
  if (!parsed || !content) return null;
  const text = plainText(content);
  if (!looksLikeArticle(content, text, readerable)) return null;
  return {
    content,
    text,
    title: nullable(parsed.title),
    byline: nullable(parsed.byline),
    excerpt: nullable(parsed.excerpt),
    siteName: nullable(parsed.siteName),
    lang: nullable(parsed.lang),
    publishedTime: nullable(parsed.publishedTime),
    readerable,
  };
}
