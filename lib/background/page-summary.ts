import {
  type EntityNames,
  err,
  ok,
  type PageSummary,
  type PageTab,
  type Result,
  type TabReport,
} from '../messages';
import { entityCounts, getWatchlist, messageOf } from '../store';
import { namesFor } from './facts-handler';
import type { StoreHandlerDeps } from './store-deps';

export interface PageSummaryDeps extends Pick<StoreHandlerDeps, 'store'> {
  /** The named tab, or the one the reader is looking at; null when there is none. */
  findTab(tabId: number | undefined): Promise<PageTab | null>;
  readReport(tabId: number): Promise<TabReport | null>;
}

/**
 * The popup's first paint in one answer: the tab, its report, its entities' names and their clip counts.
 * Asked one after another, they cost the popup four round trips while it is still loading (20–50 ms each
 * then); this is one. Names of watched entities come from the reader's watchlist.
 */
export async function pageSummary(deps: PageSummaryDeps, request: unknown): Promise<Result<PageSummary>> {
  const tabId = (request as { tabId?: unknown } | null)?.tabId;
  if (tabId !== undefined && (typeof tabId !== 'number' || !Number.isInteger(tabId)))
    return err('pageSummary needs {tabId?: number}');
  const tab = await deps.findTab(tabId);
  const report = tab ? await deps.readReport(tab.id) : null;
  const ids = report?.entities.map((e) => e.id) ?? [];
  if (ids.length === 0) return ok({ tab, report, names: {}, counts: ok({}) });
  const named = namesFor({ ids });
  const names: EntityNames = named.ok ? { ...named.value } : {};
  const watched = ids.some((id) => id.startsWith('watch:'));
  const [counts, watchlist] = await Promise.all([
    entityCounts(deps.store(), ids).then(ok, (e: unknown) => err(messageOf(e))),
    watched ? getWatchlist(deps.store()).catch(() => []) : [],
  ]);
  for (const w of watchlist) names[w.id] ??= { name: w.name, kind: 'organisation' };
  return ok({ tab, report, names, counts });
}
