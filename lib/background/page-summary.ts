import {
  type EntityNames,
  ok,
  type PageSummary,
  type PageTab,
  type Result,
  type TabReport,
} from '../messages';
import { entityCounts, getWatchlist } from '../store';
import { namesFor } from './facts-handler';
import { settle } from './settle';
import type { StoreHandlerDeps } from './store-deps';
import { pageSummaryRequest, storedReport } from './tab-requests';

export interface PageSummaryDeps extends Pick<StoreHandlerDeps, 'store'> {
  /** The named tab, or the one the reader is looking at; null when there is none. */
  findTab(tabId: number | undefined): Promise<PageTab | null>;
  readReport(tabId: number): Promise<TabReport | null>;
}

/**
 * The popup's first paint in one answer: the tab, its report, its entities' names and their clip counts.
 * Asked one after another, they cost the popup four round trips while it is still loading (20–50 ms each
 * then); this is one. Names of watched entities come from the reader's watchlist. Never throws: a failure
 * to find the tab or read its report is {ok:false}, a failure to count is an error beside the names.
 */
export async function pageSummary(deps: PageSummaryDeps, request: unknown): Promise<Result<PageSummary>> {
  const tabId = pageSummaryRequest(request);
  if (!tabId.ok) return tabId;
  const found = await settle(async () => {
    const tab = await deps.findTab(tabId.value);
    // Checked here too, as the ids go on to the store: a report that is not one is no report.
    return { tab, report: tab ? storedReport(await deps.readReport(tab.id)) : null };
  });
  if (!found.ok) return found;
  const { tab, report } = found.value;
  const ids = report?.entities.map((e) => e.id) ?? [];
  if (ids.length === 0) return ok({ tab, report, names: {}, counts: ok({}) });
  const named = namesFor({ ids });
  const names: EntityNames = named.ok ? { ...named.value } : {};
  const watched = ids.some((id) => id.startsWith('watch:'));
  const [counts, watchlist] = await Promise.all([
    settle(() => entityCounts(deps.store(), ids)),
    watched ? settle(() => getWatchlist(deps.store())) : ok([]),
  ]);
  for (const w of watchlist.ok ? watchlist.value : []) names[w.id] ??= { name: w.name, kind: 'organisation' };
  return ok({ tab, report, names, counts });
}
