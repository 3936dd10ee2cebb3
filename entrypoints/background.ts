import packedAutomaton from 'virtual:dossier/packed-automaton';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  browserStoreDeps,
  cachedPageSummary,
  changeSettings,
  clipWithFeedback,
  factsFor,
  findTab,
  forgetSummary,
  forgetTabReport,
  injectCard,
  namesFor,
  readerAutomaton,
  readTabReport,
  registerStoreHandlers,
  saveTabReport,
  settingsFor,
  watchFacts,
} from '@/lib/background';
import { err, ok, onMessage } from '@/lib/messages';
import { getWatchlist } from '@/lib/store';

/** `action` in MV3, `browserAction` in MV2 (Firefox). */
const badgeApi = () => browser.action ?? browser.browserAction;

const CLIP_MENU_ID = 'dossier-clip-page';
/** The keyboard command's name in the manifest (wxt.config.ts). */
const CLIP_COMMAND = 'clip-page';

export default defineBackground(() => {
  // Handlers are registered synchronously at the top of main, so a service worker woken by a
  // message has them in place before the event is dispatched. No state is kept in globals: the
  // worker may be stopped at any time; per-tab state lives in storage.session.
  onMessage('ping', () => ok({ version: browser.runtime.getManifest().version }));
  // The reader's archive (below) also holds their watchlist, which marks and cards need.
  const storeDeps = browserStoreDeps();
  onMessage('packedAutomaton', async () => {
    try {
      return ok(await readerAutomaton(packedAutomaton, await getWatchlist(storeDeps.store())));
    } catch {
      // A watchlist that cannot be read or compiled must not stop the built-in marks.
      return ok(packedAutomaton);
    }
  });
  onMessage('entityFacts', async ({ data }) => {
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.startsWith('watch:')) {
      const watched = (await getWatchlist(storeDeps.store())).find((w) => w.id === id);
      return watched ? ok(watchFacts(watched)) : err(`unknown entity: ${id}`);
    }
    return factsFor(data);
  });
  onMessage('entityNames', ({ data }) => namesFor(data));
  onMessage('tabReport', async ({ data }) => {
    const tabId = (data as { tabId?: unknown } | null)?.tabId;
    if (typeof tabId !== 'number') return err('tabReport needs {tabId: number}');
    return ok(await readTabReport(tabId));
  });
  const summaryDeps = {
    store: storeDeps.store,
    findTab,
    readReport: readTabReport,
    session: browser.storage.session,
  };
  onMessage('pageSummary', ({ data }) => cachedPageSummary(summaryDeps, data));
  onMessage('markSettings', ({ data }) => settingsFor(data));
  onMessage('loadCard', ({ sender }) => injectCard(sender));
  onMessage('changeSettings', ({ data }) => changeSettings(data));

  onMessage('contentReady', async ({ data, sender }) => {
    const tabId = sender.tab?.id ?? null;
    if (tabId === null) return ok({ tabId });
    try {
      await saveTabReport(tabId, data);
      await badgeApi()?.setBadgeText({ tabId, text: badgeText(data.entities.length) });
      // Worked out now, so that the popup opened on this page paints without waiting for the worker.
      void cachedPageSummary(summaryDeps, { tabId }).catch(() => undefined);
      return ok({ tabId });
    } catch (e) {
      return err(e instanceof Error ? e.message : String(e));
    }
  });

  // The reader's archive: every store message, and the context menu and keyboard command that clip a page.
  registerStoreHandlers(onMessage, storeDeps);
  browser.runtime.onInstalled.addListener(() => {
    // Menus outlive the worker; created once per install or update (removeAll: an update keeps the old one).
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: 'Clip this page to Dossier',
        contexts: ['page'],
      }),
    );
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === CLIP_MENU_ID) void clipWithFeedback(storeDeps, tab?.id);
  });
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CLIP_COMMAND) void clipWithFeedback(storeDeps, tab?.id);
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    void forgetTabReport(tabId);
    void forgetSummary(browser.storage.session, tabId);
  });
});

/** The badge shows how many distinct entities the page names. */
function badgeText(distinct: number): string {
  if (distinct === 0) return '';
  return distinct > 99 ? '99+' : String(distinct);
}
