import type { StoreFacets } from '../messages';
import { readTx } from './read';
import type { Store } from './store';

/** Longest list of each facet: the library shows the most used. */
const MAX_FACET = 1000;

const byCount = (a: { key: string; n: number }, b: { key: string; n: number }) =>
  b.n - a.n || a.key.localeCompare(b.key);

/** Sites, tags and entities with their clip counts, most first, read from the count table (db.ts). */
export function storeFacets(store: Store): Promise<StoreFacets> {
  const { clips, facetCounts } = store.db;
  // The count table's keys carry their facet as a prefix (records.ts): one key range per facet.
  const facet = async (prefix: string) =>
    (await facetCounts.where('key').startsWith(prefix).toArray())
      .map(({ key, n }) => ({ key: key.slice(prefix.length), n }))
      .filter((row) => row.key !== '')
      .sort(byCount)
      .slice(0, MAX_FACET);
  return readTx(store, 'the archive’s sites, tags and entities', async () => {
    const [total, sites, tags, entities] = await Promise.all([
      clips.count(),
      facet('s:'),
      facet('t:'),
      facet('e:'),
    ]);
    return {
      total,
      sites: sites.map(({ key, n }) => ({ site: key, count: n })),
      tags: tags.map(({ key, n }) => ({ tag: key, count: n })),
      entities: entities.map(({ key, n }) => ({ id: key, count: n })),
    };
  });
}
