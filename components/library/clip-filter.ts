import type { ClipFilter, ClipSummary } from '@/lib/store';
import type { BrowseQuery } from './routes';

/** Local midnight starting a calendar day, as epoch ms. */
export function dayStart(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d).getTime();
}

/** The last millisecond of a calendar day (the store's bounds are inclusive). */
export function dayEnd(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + 1).getTime() - 1;
}

/** True when both dates are set and the range runs backwards. */
export const rangeIsBackwards = (query: BrowseQuery): boolean =>
  query.from !== '' && query.to !== '' && query.from > query.to;

/** The store's filter for a browse query (the search text is not part of it). */
export function clipFilterOf(query: BrowseQuery): ClipFilter {
  const filter: ClipFilter = {};
  if (query.entity) filter.entity = query.entity;
  if (query.site) filter.site = query.site;
  if (query.tag) filter.tag = query.tag;
  if (query.from) filter.from = dayStart(query.from);
  if (query.to) filter.to = dayEnd(query.to);
  return filter;
}

/** Whether a clip passes a filter (search results, which the store does not filter, are narrowed here). */
export function matchesFilter(
  clip: Pick<ClipSummary, 'entityIds' | 'site' | 'tags' | 'clippedAt'>,
  filter: ClipFilter,
): boolean {
  return (
    (filter.entity === undefined || clip.entityIds.includes(filter.entity)) &&
    (filter.site === undefined || clip.site === filter.site) &&
    (filter.tag === undefined || clip.tags.includes(filter.tag)) &&
    (filter.from === undefined || clip.clippedAt >= filter.from) &&
    (filter.to === undefined || clip.clippedAt <= filter.to)
  );
}
