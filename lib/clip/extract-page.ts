import { type Automaton, type AutomatonView, createMatcher, type Matcher, viewOf } from '../match';
import type { ExtractedPage } from '../messages';
import type { ClipDraft } from '../store';
import { pageUrlOf } from '../url';
import { type ReadArticle, readArticle } from './article';
import { toIsoDate } from './dates';
import { findEntities } from './entities';
import { normaliseLang } from './language';
import { cutHtml, cutLine, cutText, DRAFT_LIMITS } from './limits';
import { type PageMetadata, readMetadata, timeIn } from './metadata';
import { countWords, paragraphsOf, plainText } from './plain-text';
import { type Sanitize, sanitizerFor } from './sanitize';

export interface ExtractOptions {
  /** The page's address, when the document does not know it (a parsed file); else its location. */
  url?: string;
  /** Save the page as a bookmark whatever it holds (Readability is not run). */
  asBookmark?: boolean;
}

/** The site's host name for a clip that names no site ("www.reuters.com" → "reuters.com"). */
function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** A byline that is an address (article:author often holds the author's profile URL) names nobody. */
const person = (byline: string | null | undefined): string | null =>
  byline && !/^https?:\/\//i.test(byline) ? cutLine(byline, DRAFT_LIMITS.byline) : null;

/**
 * Readability's byline is read off the page ("By Amina Yusuf · 11 September 2018"); the page's declared
 * author is cleaner when it is the same person, but is sometimes someone else (a section editor), so it
 * only replaces the byline that contains it.
 */
function bylineOf(article: ReadArticle, meta: PageMetadata): string | null {
  const read = person(article.byline);
  const declared = person(meta.byline);
  if (read && declared && read.length > declared.length && read.includes(declared)) return declared;
  return read ?? declared;
}

function matcherOf(automaton: Automaton | AutomatonView): Matcher {
  return createMatcher('root' in automaton ? viewOf(automaton) : automaton);
}

function articleDraft(
  article: ReadArticle,
  meta: PageMetadata,
  matcher: Matcher,
  sanitize: Sanitize,
): ClipDraft {
  const lang = meta.lang ?? normaliseLang(article.lang);
  const title = cutLine(article.title ?? meta.title ?? meta.url, DRAFT_LIMITS.title);
  const text = cutText(article.text, DRAFT_LIMITS.text);
  const excerpt = article.excerpt ?? meta.description ?? paragraphsOf(text)[0] ?? '';
  return {
    url: meta.url,
    title,
    byline: bylineOf(article, meta),
    siteName:
      cutLine(meta.siteName ?? article.siteName ?? hostOf(meta.url) ?? '', DRAFT_LIMITS.siteName) || null,
    publishedAt: meta.publishedAt ?? timeIn(article.content) ?? toIsoDate(article.publishedTime),
    lang,
    excerpt: cutLine(excerpt, DRAFT_LIMITS.excerpt),
    html: cutHtml(sanitize(article.content.innerHTML), DRAFT_LIMITS.html),
    text,
    entities: findEntities(matcher, { title, text, lang }),
    wordCount: countWords(text, lang),
    kind: 'article',
  };
}

/** A page saved without its body: what it says about itself, and the entities its visible text names. */
function bookmarkDraft(doc: Document, meta: PageMetadata, matcher: Matcher): ClipDraft {
  const title = cutLine(meta.title ?? hostOf(meta.url) ?? meta.url, DRAFT_LIMITS.title);
  const visible = doc.body ? plainText(doc.body) : '';
  return {
    url: meta.url,
    title,
    byline: person(meta.byline),
    siteName: cutLine(meta.siteName ?? hostOf(meta.url) ?? '', DRAFT_LIMITS.siteName) || null,
    publishedAt: meta.publishedAt,
    lang: meta.lang,
    excerpt: cutLine(meta.description ?? '', DRAFT_LIMITS.excerpt),
    html: '',
    text: '',
    // A page's first words are its menus, not a lead: only the title weighs more here.
    entities: findEntities(matcher, { title, text: visible, lang: meta.lang, leadless: true }),
    wordCount: 0,
    kind: 'bookmark',
  };
}

/**
 * What a clip of this page saves. Readability runs on a clone: it rewrites the document it is given, and
 * the page is the reader's. Everything else only reads `doc`. When Readability finds no article (a search
 * page, an app), or the reader asked for a bookmark (then Readability is not run), the draft is a bookmark
 * and `isArticle` is false.
 *
 * `sanitize` defaults to DOMPurify in the script's window; it is a parameter so that the extraction itself
 * can be measured in Node, where linkedom gives DOMPurify no window to work in.
 */
export function extractPage(
  doc: Document,
  automaton: Automaton | AutomatonView,
  options: ExtractOptions = {},
  sanitize?: Sanitize,
): ExtractedPage {
  const meta = readMetadata(doc, pageUrlOf(doc, options.url));
  const matcher = matcherOf(automaton);
  const article = options.asBookmark ? null : readArticle(doc.cloneNode(true) as Document, doc);
  if (!article) return { isArticle: false, draft: bookmarkDraft(doc, meta, matcher) };
  // The script's own window first: in a content script it is the isolated world's, whose DOMParser and
  // prototypes the page cannot have tampered with.
  const clean = sanitize ?? sanitizerFor(globalThis.window ?? doc.defaultView);
  return { isArticle: true, draft: articleDraft(article, meta, matcher, clean) };
}
