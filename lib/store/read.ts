import { readFailure } from './errors';
import type { Store } from './store';

/** Runs reads in one read-only transaction (one consistent view), failures told as `what` was not read. */
export async function readTx<T>(store: Store, what: string, body: () => Promise<T>): Promise<T> {
  const { db } = store;
  try {
    return await db.transaction('r', [db.clips, db.searchIndex, db.watchlist, db.facetCounts], body);
  } catch (e) {
    throw readFailure(e, what);
  }
}
