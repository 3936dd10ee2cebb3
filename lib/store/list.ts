import { readTx } from './read';
import { type Facet, facetRange, toSummary } from './records';
import type { Store } from './store';
import type { ClipFilter, ClipSummary } from './types';

export const MAX_PAGE = 500;

/**
 * The library's list, newest first. Each filter is a time-ordered range of the `facetTimes` index, so a
 * list with one filter (or none) is a count and one ranged read of the page. With several, the narrowest
 * range gives the order and the others are primary-key sets to keep: work grows with the narrowest filter,
 * never with the archive.
 */
export function listClips(
  store: Store,
  filter: ClipFilter = {},
  offset = 0,
  limit = 50,
): Promise<{ total: number; clips: ClipSummary[] }> {
  const { clips } = store.db;
  const from = filter.from ?? 0;
  const to = filter.to ?? Number.MAX_SAFE_INTEGER;
  const skip = Math.max(0, offset);
  const take = Math.min(limit, MAX_PAGE);
  const facets: Facet[] = [];
  if (filter.entity !== undefined) facets.push({ entity: filter.entity });
  if (filter.site !== undefined) facets.push({ site: filter.site });
  if (filter.tag !== undefined) facets.push({ tag: filter.tag });
  const ranged = (f: Facet) => clips.where('facetTimes').between(...facetRange(f, from, to), true, true);

  return readTx(store, 'the list of clips', async () => {
    if (facets.length <= 1) {
      const newest = (
        facets[0] ? ranged(facets[0]) : clips.where('clippedAt').between(from, to, true, true)
      ).reverse();
      const [total, page] = await Promise.all([
        newest.count(),
        newest.clone().offset(skip).limit(take).toArray(),
      ]);
      return { total, clips: page.map(toSummary) };
    }
    const counts = await Promise.all(facets.map((f) => ranged(f).count()));
    const narrowest = counts.indexOf(Math.min(...counts));
    const [ordered, ...others] = await Promise.all([
      ranged(facets[narrowest] as Facet)
        .reverse()
        .primaryKeys(),
      ...facets.filter((_, i) => i !== narrowest).map((f) => ranged(f).primaryKeys()),
    ]);
    const keep = others.map((keys) => new Set(keys));
    const matching = (ordered ?? []).filter((id) => keep.every((s) => s.has(id)));
    const page = await clips.bulkGet(matching.slice(skip, skip + take));
    return { total: matching.length, clips: page.filter((c) => c !== undefined).map(toSummary) };
  });
}
