import { readTx } from './read';
import type { Store } from './store';
import type { WatchEntity } from './types';
import { writeTx } from './write';

const byName = (a: WatchEntity, b: WatchEntity) => a.name.localeCompare(b.name);

export async function getWatchlist(store: Store): Promise<WatchEntity[]> {
  return (await readTx(store, 'the watchlist', () => store.db.watchlist.toArray())).sort(byName);
}

/** Replaces the whole watchlist (the reader edits it as one list). */
export function saveWatchlist(store: Store, entities: readonly WatchEntity[]): Promise<WatchEntity[]> {
  return writeTx(store, 'the watchlist was not saved', async () => {
    await store.db.watchlist.clear();
    await store.db.watchlist.bulkPut(entities.map((e) => ({ ...e, aliases: [...e.aliases] })));
    return [...entities].sort(byName);
  });
}
