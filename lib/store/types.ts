/**
 * The shapes of the reader's archive, shared by the store (background), the clipper (content script)
 * and the pages (popup, library). Plain data only: everything here crosses the messaging boundary.
 */

/** One entity as a clip records it. */
export interface ClipEntity {
  /** Gazetteer id ("country:AF", "org:taliban") or a watchlist id ("watch:…"). */
  id: string;
  /** Mentions in the clipped article. */
  count: number;
  /** 0..1: how much the article is about this entity (title and lead mentions weigh more). */
  score: number;
  /** The sentences that mention it, in article order, at most a few. */
  sentences: string[];
}

/** What the clipper extracts from a page; the store adds identity, times, tags and note. */
export interface ClipDraft {
  /** Canonical URL (link rel=canonical / og:url, else the page URL without its fragment). */
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  /** ISO 8601, from JSON-LD, OpenGraph/article meta or <time>; null when the page gives none. */
  publishedAt: string | null;
  /** BCP 47 language tag, e.g. "en". */
  lang: string | null;
  excerpt: string;
  /** Readability's article HTML, sanitised with DOMPurify. Empty for a bookmark. */
  html: string;
  /** The article's plain text. Empty for a bookmark. */
  text: string;
  entities: ClipEntity[];
  wordCount: number;
  /** "bookmark" when Readability found no article and the reader chose to save the page anyway. */
  kind: 'article' | 'bookmark';
}

/** A stored clip. */
export interface Clip extends ClipDraft {
  id: number;
  /** Entity ids, for the multi-entry index. */
  entityIds: string[];
  /** Host name, for the site index ("www.reuters.com" → "reuters.com"). */
  site: string;
  tags: string[];
  note: string;
  /** Epoch ms of the first clip and of the last update. */
  clippedAt: number;
  updatedAt: number;
}

/** A clip without its body, for lists (popup, library, cards). */
export type ClipSummary = Omit<Clip, 'html' | 'text'>;

/** A clip in a list about one entity: the clip and the sentence that mentions the entity. */
export interface ClipAboutEntity {
  clip: ClipSummary;
  sentence: string | null;
}

/** What the card and the popup show from the store about one entity. */
export interface EntityInStore {
  id: string;
  /** How many clipped articles mention it. */
  count: number;
  /** The latest few, newest first. */
  latest: ClipAboutEntity[];
}

/** One search result, with what matched so that the UI can highlight it. */
export interface SearchHit {
  clip: ClipSummary;
  score: number;
  /** Fuse.js-style matches: which field, and [start, end] index pairs (inclusive) into its value. */
  matches: Array<{ key: string; value: string; indices: Array<[number, number]> }>;
}

/** Filters of the library's list; every field optional, combined with AND. */
export interface ClipFilter {
  entity?: string;
  site?: string;
  tag?: string;
  /** Epoch ms bounds on clippedAt. */
  from?: number;
  to?: number;
}

/** A full briefing on one entity, assembled from the store (pure, in lib/briefing). */
export interface EntityBriefing {
  id: string;
  /** Articles mentioning it, newest first. */
  articles: ClipAboutEntity[];
  /** The entities it appears with most, most first. */
  coOccurring: Array<{ id: string; count: number }>;
  /** Articles per ISO week (Monday, "YYYY-MM-DD"), oldest first, empty weeks included. */
  timeline: Array<{ week: string; count: number }>;
  /** Latest sentences about it, newest article first. */
  sentences: Array<{ sentence: string; clipId: number; title: string; date: number }>;
}

/** What an import would do (preview) or did (apply). */
export interface ImportReport {
  add: number;
  update: number;
  skip: number;
  /** Why records were skipped, or why the whole file was refused. */
  problems: string[];
  applied: boolean;
}

/** A reader's own entity (a person, a company, a place), marked like the built-in ones. */
export interface WatchEntity {
  /** "watch:<slug>". */
  id: string;
  name: string;
  aliases: string[];
  note: string;
}
