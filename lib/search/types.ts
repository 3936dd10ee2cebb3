/** What the index knows of one clip: the fields the reader searches, never the article body. */
export interface SearchDoc {
  id: number;
  title: string;
  site: string;
  tags: string[];
  /** Entity display names, with how much the article is about each (0..1). */
  entities: Array<{ name: string; score: number }>;
  excerpt: string;
  /** Epoch ms. */
  clippedAt: number;
}

/**
 * One hit, best first. `score` is lower for better hits (0..1, like fuse.js). `matches` say what matched
 * for highlighting: `key` is "title", "site", "tags", "entities.name" or "excerpt", `value` the matched
 * string as given (one tag or entity name for those keys), `indices` inclusive [start, end] pairs into it.
 */
export interface SearchResult {
  id: number;
  score: number;
  matches: Array<{ key: string; value: string; indices: Array<[number, number]> }>;
}

export interface SearchIndex {
  /** Adds a clip, or replaces the one with its id. */
  upsert(doc: SearchDoc): void;
  /** Removes a clip; unknown ids are ignored. */
  remove(id: number): void;
  /** Up to `limit` (default 20) hits; [] for an empty query. */
  search(query: string, limit?: number): SearchResult[];
  /** The whole index as plain JSON-able data, for loadSearchIndex after a worker restart. */
  snapshot(): SearchSnapshot;
  /** Clips in the index. */
  readonly size: number;
}

/**
 * The index as plain data: the searchable fields, column by column in slot order, and the word index
 * itself (words in sorted order, each with its delta-coded postings), so loading re-reads no text.
 */
export interface SearchSnapshot {
  version: number;
  ids: number[];
  titles: string[];
  sites: string[];
  excerpts: string[];
  clippedAt: number[];
  tags: string[][];
  entityNames: string[][];
  entityScores: number[][];
  /** Folded words, in code-unit order. */
  terms: string[];
  /** Per word: `slot * 32 + field code`, ascending, each stored as the difference from the one before. */
  postings: number[][];
}
