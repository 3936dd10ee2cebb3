import { docTokens, Postings } from './postings';
import { rank } from './rank';
import { tokenize } from './tokens';
import type { SearchDoc, SearchIndex, SearchResult, SearchSnapshot } from './types';

/** Bumped when the snapshot's shape changes. */
export const SEARCH_SNAPSHOT_VERSION = 1;
/** How many docs the token index hands Fuse to rank: enough for a page of results, few enough to be quick. */
const CANDIDATES = 200;
const DEFAULT_LIMIT = 20;

class TokenSearchIndex implements SearchIndex {
  private readonly docs = new Map<number, SearchDoc>();
  private readonly tokens = new Map<number, string[]>();
  private readonly postings = new Postings();

  get size(): number {
    return this.docs.size;
  }

  upsert(doc: SearchDoc): void {
    // A copy: the caller's arrays must not change what the index holds.
    this.put({
      ...doc,
      tags: [...doc.tags],
      entities: doc.entities.map((e) => ({ name: e.name, score: e.score })),
    });
  }

  /** Takes `doc` as is: a snapshot being loaded is the index's own, so it is not copied again. */
  put(copy: SearchDoc): void {
    this.remove(copy.id);
    const tokens = docTokens(copy);
    this.docs.set(copy.id, copy);
    this.tokens.set(copy.id, tokens);
    this.postings.add(copy.id, tokens);
  }

  remove(id: number): void {
    const tokens = this.tokens.get(id);
    if (!tokens) return;
    this.postings.delete(id, tokens);
    this.tokens.delete(id);
    this.docs.delete(id);
  }

  search(query: string, limit = DEFAULT_LIMIT): SearchResult[] {
    const words = [...new Set(tokenize(query))];
    if (words.length === 0 || limit <= 0) return [];
    const hits = this.postings.hits(words);
    const ids = [...hits.keys()];
    // Most query words met first; among equals, the newest clips.
    ids.sort(
      (a, b) =>
        (hits.get(b) as number) - (hits.get(a) as number) ||
        (this.docs.get(b) as SearchDoc).clippedAt - (this.docs.get(a) as SearchDoc).clippedAt,
    );
    const candidates = ids.slice(0, CANDIDATES).map((id) => this.docs.get(id) as SearchDoc);
    if (candidates.length === 0) return [];
    return rank(candidates, query.trim(), words, Date.now(), limit).slice(0, limit);
  }

  snapshot(): SearchSnapshot {
    return { version: SEARCH_SNAPSHOT_VERSION, docs: [...this.docs.values()].map((d) => structuredClone(d)) };
  }
}

export function createSearchIndex(): SearchIndex {
  return new TokenSearchIndex();
}

export function loadSearchIndex(snapshot: SearchSnapshot): SearchIndex {
  const version = (snapshot as Partial<SearchSnapshot> | null)?.version;
  if (version !== SEARCH_SNAPSHOT_VERSION) {
    throw new Error(
      `This search index snapshot has version ${String(version)}; this version of Dossier reads version ${SEARCH_SNAPSHOT_VERSION}. Rebuild the index from the clips.`,
    );
  }
  if (!Array.isArray(snapshot.docs)) throw new Error('This search index snapshot has no list of documents.');
  const index = new TokenSearchIndex();
  for (const doc of snapshot.docs) index.put(doc);
  return index;
}
