import { Changes } from './changes';
import type { DossierDb } from './db';
import { writeFailure } from './errors';
import { applyToIndex, dirtyKey, schedulePersist } from './search-sync';
import type { Store } from './store';

export { Changes };

/** Adds a write's net count changes to the count table; a facet no clip is filed under any more leaves it. */
async function applyCounts(db: DossierDb, counts: ReadonlyMap<string, number>): Promise<void> {
  const keys = [...counts].filter(([, delta]) => delta !== 0).map(([key]) => key);
  if (keys.length === 0) return;
  const rows = await db.facetCounts.bulkGet(keys);
  const put: Array<{ key: string; n: number }> = [];
  const gone: string[] = [];
  keys.forEach((key, i) => {
    const n = (rows[i]?.n ?? 0) + (counts.get(key) ?? 0);
    if (n > 0) put.push({ key, n });
    else gone.push(key);
  });
  await Promise.all([db.facetCounts.bulkPut(put), db.facetCounts.bulkDelete(gone)]);
}

/**
 * Runs one write in one transaction over the whole store, so that a failure changes nothing, and keeps the
 * count table and the search index in step (see search-sync.ts). Failures become a StoreError saying `notDone`.
 */
export async function writeTx<T>(
  store: Store,
  notDone: string,
  body: (changes: Changes) => Promise<T>,
): Promise<T> {
  const s = store.search;
  const { db } = store;
  s.writes++;
  let touchedIndex = false;
  try {
    // A write that lands while the index is loading would be missed by it.
    if (s.loading) await s.loading.catch(() => undefined);
    const tables = [db.clips, db.searchIndex, db.watchlist, db.facetCounts];
    const result = await db.transaction('rw', tables, async () => {
      const changes = new Changes();
      const value = await body(changes);
      if (changes.size > 0) {
        await applyCounts(db, changes.counts);
        await db.searchIndex.bulkPut([...changes.clips.keys()].map((id) => ({ key: dirtyKey(id) })));
        touchedIndex = s.index !== undefined;
        applyToIndex(store, changes.clips);
      }
      return value;
    });
    if (touchedIndex) schedulePersist(store);
    // The write is kept whatever this says: a stale cache is only a slower popup, never a lost clip.
    await store.afterWrite?.().catch((e: unknown) => console.warn('[Dossier] after a write:', e));
    return result;
  } catch (e) {
    // The index may hold changes the failed transaction did not keep: drop it; the next search reloads it.
    if (touchedIndex) s.index = undefined;
    throw writeFailure(e, notDone);
  } finally {
    s.writes--;
  }
}
