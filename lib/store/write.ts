import { writeFailure } from './errors';
import type { StoredClip } from './records';
import { applyToIndex, dirtyKey, schedulePersist } from './search-sync';
import type { Store } from './store';

/** Clips a write changed, by id: the new record, or null for a deleted one. */
export type Changes = Map<number, StoredClip | null>;

/**
 * Runs one write in one transaction over the whole store, so that a failure changes nothing, and keeps the
 * search index in step (see search-sync.ts). Failures become a StoreError saying `notDone`.
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
    const result = await db.transaction('rw', db.clips, db.searchIndex, db.watchlist, async () => {
      const changes: Changes = new Map();
      const value = await body(changes);
      if (changes.size > 0) {
        await db.searchIndex.bulkPut([...changes.keys()].map((id) => ({ key: dirtyKey(id) })));
        touchedIndex = s.index !== undefined;
        applyToIndex(store, changes);
      }
      return value;
    });
    if (touchedIndex) schedulePersist(store);
    return result;
  } catch (e) {
    // The index may hold changes the failed transaction did not keep: drop it; the next search reloads it.
    if (touchedIndex) s.index = undefined;
    throw writeFailure(e, notDone);
  } finally {
    s.writes--;
  }
}
