import { type ContentReadyRequest, err, ok, type Result, type TabReport } from '../messages';
import { LIMITS } from '../store';
import {
  isCount,
  isEntityId,
  isTabId,
  isText,
  isTime,
  MAX_ENTITY_IDS,
  noneOrRec,
  rec,
} from './request-checks';

/**
 * Checks of the tab messages (contentReady, tabReport, pageSummary), in the style of store-requests: anything
 * malformed is answered with {ok:false} naming what was expected, and never reaches storage.session.
 */

/** A copy of the list holding only ids and counts, or null when any entry is not one. */
function entityList(v: unknown): ContentReadyRequest['entities'] | null {
  if (!Array.isArray(v) || v.length > MAX_ENTITY_IDS) return null;
  const out: ContentReadyRequest['entities'] = [];
  for (const entry of v) {
    const { id, count } = rec(entry);
    if (!isEntityId(id) || !isCount(count)) return null;
    out.push({ id, count });
  }
  return out;
}

function report(data: unknown): ContentReadyRequest | null {
  const { url, canonicalUrl, textLength, entities } = rec(data);
  const list = entityList(entities);
  if (!isText(url, LIMITS.url) || !isCount(textLength) || !list) return null;
  if (canonicalUrl !== undefined && typeof canonicalUrl !== 'string') return null;
  // An address too long for the store to file a clip under is no address to look one up by: the report
  // (badge, popup) stays, without it.
  if (canonicalUrl === undefined || canonicalUrl.length > LIMITS.url)
    return { url, textLength, entities: list };
  return { url, canonicalUrl, textLength, entities: list };
}

/** The report as it will be stored: only the fields the protocol names, so nothing else rides along into storage. */
export function contentReadyRequest(data: unknown): Result<ContentReadyRequest> {
  const clean = report(data);
  return clean
    ? ok(clean)
    : err(
        `contentReady needs {url: text, canonicalUrl?: text, textLength: ≥ 0, entities: up to ${MAX_ENTITY_IDS} {id: an entity id, count: ≥ 0}}`,
      );
}

export function tabReportRequest(data: unknown): Result<number> {
  const { tabId } = rec(data);
  return isTabId(tabId) ? ok(tabId) : err('tabReport needs {tabId: number}');
}

/** The popup of the toolbar names no tab (the active one); one opened for a tab names it. */
export function pageSummaryRequest(data: unknown): Result<number | undefined> {
  if (!noneOrRec(data)) return err('pageSummary needs {tabId?: number}');
  const { tabId } = rec(data);
  if (tabId === undefined) return ok(undefined);
  return isTabId(tabId) ? ok(tabId) : err('pageSummary needs {tabId?: number}');
}

/**
 * A report read back from storage.session, or null when it is not one (written by an older version, or by
 * hand): the page's next report replaces it, and until then the tab is as one that has not reported.
 */
export function storedReport(v: unknown): TabReport | null {
  const { tabId, receivedAt } = rec(v);
  const clean = report(v);
  if (!clean || !isTabId(tabId) || !isTime(receivedAt)) return null;
  return { tabId, ...clean, receivedAt };
}
