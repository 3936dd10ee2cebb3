/** What the index knows of one clip: the fields the reader searches, never the article body. */
export interface SearchDoc {
  id: number;
  title: string;
  site: string;
  tags: string[];
  entities: Array<{ name: string; score: number }>;
  excerpt: string;
  clippedAt: number;
}

/** One hit. Lower score = better, like fuse.js; indices are inclusive [start, end] pairs into `value`. */
export interface SearchResult {
  id: number;
  score: number;
  matches: Array<{ key: string; value: string; indices: Array<[number, number]> }>;
}

export interface SearchIndex {
  upsert(doc: SearchDoc): void;
  remove(id: number): void;
  search(query: string, limit?: number): SearchResult[];
  snapshot(): SearchSnapshot;
  readonly size: number;
}

/** Plain JSON-able data. */
export type SearchSnapshot = { version: number; docs: SearchDoc[] };
