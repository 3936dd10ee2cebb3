import { readTx } from './read';
import { facetKey, facetRange, sentenceAbout, toSummary } from './records';
import type { Store } from './store';
import type { ClipSummary, EntityInStore } from './types';

/** The most clips a briefing reads: its newest. */
export const MAX_BRIEFING_CLIPS = 2000;

/** The clips that mention an entity, through its facet keys (oldest clip first). */
export const clipsMentioning = (store: Store, id: string) =>
  store.db.clips.where('facetTimes').between(...facetRange({ entity: id }), true, true);

const newestAbout = (store: Store, id: string) => clipsMentioning(store, id).reverse();

/** How many clips mention an entity, and the latest few with the sentence that mentions it. */
export function entityInStore(store: Store, id: string, latest = 3): Promise<EntityInStore> {
  return readTx(store, `the clips about ${id}`, async () => {
    const [row, clips] = await Promise.all([
      store.db.facetCounts.get(facetKey({ entity: id })),
      latest > 0 ? newestAbout(store, id).limit(latest).toArray() : [],
    ]);
    return {
      id,
      count: row?.n ?? 0,
      latest: clips.map((c) => ({ clip: toSummary(c), sentence: sentenceAbout(c, id) })),
    };
  });
}

/** Clip counts of many entities, from the count table (one key read each). */
export function entityCounts(store: Store, ids: readonly string[]): Promise<Record<string, number>> {
  return readTx(store, 'the clip counts', async () => {
    const unique = [...new Set(ids)];
    const rows = await store.db.facetCounts.bulkGet(unique.map((entity) => facetKey({ entity })));
    return Object.fromEntries(unique.map((id, i) => [id, rows[i]?.n ?? 0]));
  });
}

/** The clips mentioning an entity, newest first (at most MAX_BRIEFING_CLIPS), for its briefing. */
export function clipsAbout(store: Store, id: string): Promise<ClipSummary[]> {
  return readTx(store, `the clips about ${id}`, async () =>
    (await newestAbout(store, id).limit(MAX_BRIEFING_CLIPS).toArray()).map(toSummary),
  );
}
