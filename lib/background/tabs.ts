import { browser } from 'wxt/browser';
import {
  type ContentReadyRequest,
  type PageTab,
  type SessionArea,
  type TabReport,
  tabReportKey,
} from '../messages';
import type { StoreHandlerDeps } from './store-deps';
import type { TabHandlerDeps } from './tab-handlers';
import { storedReport } from './tab-requests';

/** A tab by id, or the active tab of the window the reader last used (the popup's); null when none. */
export async function findTab(tabId?: number): Promise<PageTab | null> {
  const tab =
    tabId === undefined
      ? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]
      : await browser.tabs.get(tabId).catch(() => undefined);
  return tab?.id === undefined ? null : { id: tab.id, url: tab.url ?? null };
}

/**
 * A tab's last content-script report lives in storage.session: it outlives a stopped worker, not the browser.
 * A stored value that is not a report reads as none.
 */
export async function readTabReport(
  tabId: number,
  session: SessionArea = browser.storage.session,
): Promise<TabReport | null> {
  const key = tabReportKey(tabId);
  const stored = await session.get(key);
  return storedReport(stored[key]);
}

/** `report` is stored as given: check it first (contentReadyRequest). */
export async function saveTabReport(
  tabId: number,
  report: ContentReadyRequest,
  session: SessionArea = browser.storage.session,
): Promise<void> {
  const stored: TabReport = { tabId, ...report, receivedAt: Date.now() };
  await session.set({ [tabReportKey(tabId)]: stored });
}

export function forgetTabReport(
  tabId: number,
  session: SessionArea = browser.storage.session,
): Promise<void> {
  return session.remove(tabReportKey(tabId));
}

/** `action` in MV3, `browserAction` in MV2 (Firefox). */
const badgeApi = () => browser.action ?? browser.browserAction;

/** The tab handlers' dependencies in the extension. */
export function browserTabDeps(store: StoreHandlerDeps['store']): TabHandlerDeps {
  const session = browser.storage.session;
  return {
    store,
    session,
    findTab,
    readReport: (tabId) => readTabReport(tabId, session),
    saveReport: (tabId, report) => saveTabReport(tabId, report, session),
    setBadge: async (tabId, text) => {
      await badgeApi()?.setBadgeText({ tabId, text });
    },
  };
}
