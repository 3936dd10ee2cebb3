import type { SearchIndex } from '../search';
import { readFailure } from './errors';
import { readTx } from './read';
import { toSummary } from './records';
import { ensureIndex } from './search-sync';
import type { Store } from './store';
import type { SearchHit } from './types';

export const MAX_SEARCH_RESULTS = 200;

/** Full-text search over titles, sites, tags, entity names and excerpts; best first. */
export async function searchClips(store: Store, query: string, limit = 20): Promise<SearchHit[]> {
  const q = query.trim();
  if (!q) return [];
  let index: SearchIndex;
  try {
    index = await ensureIndex(store);
  } catch (e) {
    throw readFailure(e, 'the search index');
  }
  const results = index.search(q, Math.min(limit, MAX_SEARCH_RESULTS));
  const clips = await readTx(store, 'the search results', () =>
    store.db.clips.bulkGet(results.map((r) => r.id)),
  );
  const hits: SearchHit[] = [];
  results.forEach((r, i) => {
    const clip = clips[i];
    // The index may briefly name a clip a failed write never kept: leave it out.
    if (clip) hits.push({ clip: toSummary(clip), score: r.score, matches: r.matches });
  });
  return hits;
}
