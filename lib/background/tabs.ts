import { browser } from 'wxt/browser';
import { type ContentReadyRequest, type PageTab, type TabReport, tabReportKey } from '../messages';

/** A tab by id, or the active tab of the window the reader last used (the popup's); null when none. */
export async function findTab(tabId?: number): Promise<PageTab | null> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
      : await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/** A tab's last content-script report lives in storage.session: it outlives a stopped worker, not the browser. */
export async function readTabReport(tabId: number): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const stored = await browser.storage.session.get(key);
  return (stored[key] as TabReport | undefined) ?? null;
}

export async function saveTabReport(tabId: number, req: ContentReadyRequest): Promise<void> {
  const report: TabReport = { tabId, ...req, receivedAt: Date.now() };
  await browser.storage.session.set({ [tabReportKey(tabId)]: report });
}

export function forgetTabReport(tabId: number): Promise<void> {
  return browser.storage.session.remove(tabReportKey(tabId));
}
