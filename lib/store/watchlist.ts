import { clipsMentioning } from './entities';
import { readTx } from './read';
import type { Store } from './store';
import type { WatchEntity } from './types';
import { writeTx } from './write';

const byName = (a: WatchEntity, b: WatchEntity) => a.name.localeCompare(b.name);

export async function getWatchlist(store: Store): Promise<WatchEntity[]> {
  return (await readTx(store, 'the watchlist', () => store.db.watchlist.toArray())).sort(byName);
}

/**
 * Replaces the whole watchlist (the reader edits it as one list). Clips about an entry whose name changed
 * (or that came or went) are indexed again, so that search finds them by the name the reader now uses.
 */
export async function saveWatchlist(store: Store, entities: readonly WatchEntity[]): Promise<WatchEntity[]> {
  try {
    return await writeTx(store, 'the watchlist was not saved', async (changes) => {
      const { db } = store;
      const before = new Map((await db.watchlist.toArray()).map((w) => [w.id, w.name]));
      const after = new Map(entities.map((e) => [e.id, e.name]));
      await db.watchlist.clear();
      await db.watchlist.bulkPut(entities.map((e) => ({ ...e, aliases: [...e.aliases] })));
      const renamed = [...new Set([...before.keys(), ...after.keys()])].filter(
        (id) => before.get(id) !== after.get(id),
      );
      // Known before the clips are changed: writeTx indexes them with these names when the body ends.
      if (store.search.index) store.search.watchNames = after;
      for (const id of renamed) {
        const about = await clipsMentioning(store, id).toArray();
        for (const clip of about) changes.set(clip.id, clip, clip);
      }
      return [...entities].sort(byName);
    });
  } catch (e) {
    // The names kept with the index may be the unsaved ones: the next search reads both again.
    store.search.index = undefined;
    store.search.watchNames = undefined;
    throw e;
  }
}
