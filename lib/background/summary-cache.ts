import { type PageSummary, type Result, type SessionArea, STORE_STAMP_KEY, summaryKey } from '../messages';
import { type PageSummaryDeps, pageSummary } from './page-summary';

const newStamp = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;

/** Marks every cached summary stale: called after each write to the archive. */
export function bumpStoreStamp(session: SessionArea): Promise<void> {
  return session.set({ [STORE_STAMP_KEY]: newStamp() });
}

async function currentStamp(session: SessionArea): Promise<string> {
  const stamp = (await session.get(STORE_STAMP_KEY))[STORE_STAMP_KEY];
  if (typeof stamp === 'string') return stamp;
  const fresh = newStamp();
  await session.set({ [STORE_STAMP_KEY]: fresh });
  return fresh;
}

/**
 * The page summary (see pageSummary), kept in `storage.session` for the popup's next first paint. The stamp
 * is read before the counts: a write while they are counted changes it, and the cached copy is never used.
 * Only a summary whose counts worked is kept; a failure of the cache leaves the answer as it is.
 */
export async function cachedPageSummary(
  deps: PageSummaryDeps & { session: SessionArea },
  request: unknown,
): Promise<Result<PageSummary>> {
  const stamp = await currentStamp(deps.session).catch(() => null);
  const answer = await pageSummary(deps, request);
  const tab = answer.ok ? answer.value.tab : null;
  if (stamp !== null && answer.ok && tab && answer.value.report && answer.value.counts.ok) {
    await deps.session
      .set({ [summaryKey(tab.id)]: { stamp, summary: answer.value } })
      .catch((e: unknown) => console.warn('[Dossier] could not keep the page summary:', e));
  }
  return answer;
}

/** The tab closed. (A tab that navigated keeps its summary until the new page reports: its URL no longer fits.) */
export function forgetSummary(session: SessionArea, tabId: number): Promise<void> {
  return session.remove(summaryKey(tabId));
}
