import type { StoreFacets } from '../messages';
import { readTx } from './read';
import type { Store } from './store';

/** Longest list of each facet: the library shows the most used. */
const MAX_FACET = 1000;

/**
 * Sites, tags and entities with their clip counts, most first: each distinct key once, then one count per
 * key. Reading every index key instead would take seconds at 50,000 clips, even in a browser.
 */
export function storeFacets(store: Store): Promise<StoreFacets> {
  const { clips } = store.db;
  const tally = async (index: 'site' | 'tags' | 'entityIds') => {
    const keys = (await clips.orderBy(index).uniqueKeys()).filter(
      (k): k is string => typeof k === 'string' && k !== '',
    );
    const counts = await Promise.all(keys.map((k) => clips.where(index).equals(k).count()));
    return keys
      .map((key, i) => ({ key, count: counts[i] ?? 0 }))
      .sort((a, b) => b.count - a.count || a.key.localeCompare(b.key))
      .slice(0, MAX_FACET);
  };
  return readTx(store, 'the archive’s sites, tags and entities', async () => {
    const [total, sites, tags, entities] = await Promise.all([
      clips.count(),
      tally('site'),
      tally('tags'),
      tally('entityIds'),
    ]);
    return {
      total,
      sites: sites.map(({ key, count }) => ({ site: key, count })),
      tags: tags.map(({ key, count }) => ({ tag: key, count })),
      entities: entities.map(({ key, count }) => ({ id: key, count })),
    };
  });
}
