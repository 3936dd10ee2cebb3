import { type ContentReadyRequest, ok, type onMessage, type SessionArea } from '../messages';
import type { PageSummaryDeps } from './page-summary';
import { guarded } from './settle';
import { cachedPageSummary } from './summary-cache';
import { contentReadyRequest, tabReportRequest } from './tab-requests';

type OnMessage = typeof onMessage;

export interface TabHandlerDeps extends PageSummaryDeps {
  session: SessionArea;
  /** Stores a report already checked by contentReadyRequest. */
  saveReport(tabId: number, report: ContentReadyRequest): Promise<void>;
  setBadge(tabId: number, text: string): Promise<void>;
}

/** The badge shows how many distinct entities the page names. */
export function badgeText(distinct: number): string {
  if (distinct === 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}

/**
 * Registers the messages about tabs: a content script's report of its page, and what the popup reads of it.
 * Each request is checked first and every failure comes back as {ok:false, error}, never as a throw across
 * the messaging boundary. Call synchronously at the top of the background's main.
 */
export function registerTabHandlers(on: OnMessage, deps: TabHandlerDeps): void {
  on('contentReady', ({ data, sender }) =>
    guarded(async () => {
      const report = contentReadyRequest(data);
      if (!report.ok) return report;
      const tabId = sender?.tab?.id ?? null;
      if (tabId === null) return ok({ tabId });
      await deps.saveReport(tabId, report.value);
      await deps.setBadge(tabId, badgeText(report.value.entities.length));
      // Worked out now, so that the popup opened on this page paints without waiting for the worker.
      void cachedPageSummary(deps, { tabId }).catch(() => undefined);
      return ok({ tabId });
    }),
  );
  on('tabReport', ({ data }) =>
    guarded(async () => {
      const tabId = tabReportRequest(data);
      return tabId.ok ? ok(await deps.readReport(tabId.value)) : tabId;
    }),
  );
  on('pageSummary', ({ data }) => guarded(() => cachedPageSummary(deps, data)));
}
