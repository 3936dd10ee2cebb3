import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { type ContentReadyRequest, err, ok, onMessage, type TabReport, tabReportKey } from '@/lib/messages';

/** `action` in MV3, `browserAction` in MV2 (Firefox). */
const badgeApi = () => browser.action ?? browser.browserAction;

export default defineBackground(() => {
  // Handlers are registered synchronously at the top of main, so a service worker woken by a
  // message has them in place before the event is dispatched. No state is kept in globals: the
  // worker may be stopped at any time; per-tab state lives in storage.session.
  onMessage('ping', () => ok({ version: browser.runtime.getManifest().version }));

  onMessage('contentReady', async ({ data, sender }) => {
    const tabId = sender.tab?.id ?? null;
    if (tabId === null) return ok({ tabId });
    try {
      await saveReport(tabId, data);
      await badgeApi()?.setBadgeText({ tabId, text: '' });
      return ok({ tabId });
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void browser.storage.session.remove(tabReportKey(tabId));
  });
});

async function saveReport(tabId: number, req: ContentReadyRequest): Promise<void> {
  const report: TabReport = { tabId, url: req.url, textLength: req.textLength, receivedAt: Date.now() };
  await browser.storage.session.set({ [tabReportKey(tabId)]: report });
}
