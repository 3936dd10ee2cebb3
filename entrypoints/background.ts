import packedAutomaton from 'virtual:dossier/packed-automaton';
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  answerUnknownMessages,
  browserStoreDeps,
  browserTabDeps,
  changeSettings,
  clipWithFeedback,
  factsFor,
  forgetSummary,
  forgetTabReport,
  injectCard,
  namesFor,
  readerAutomaton,
  registerStoreHandlers,
  registerTabHandlers,
  settingsFor,
  trackHandledTypes,
  watchFacts,
} from '@/lib/background';
import { err, ok, onMessage } from '@/lib/messages';
import { getWatchlist, messageOf } from '@/lib/store';

const CLIP_MENU_ID = 'dossier-clip-page';
/** The keyboard command's name in the manifest (wxt.config.ts). */
const CLIP_COMMAND = 'clip-page';

export default defineBackground(() => {
  // Handlers are registered synchronously at the top of main, so a service worker woken by a
  // message has them in place before the event is dispatched. No state is kept in globals: the
  // worker may be stopped at any time; per-tab state lives in storage.session.
  const { on, handled } = trackHandledTypes(onMessage);
  on('ping', () => ok({ version: browser.runtime.getManifest().version }));
  // The reader's archive (below) also holds their watchlist, which marks and cards need.
  const storeDeps = browserStoreDeps();
  on('packedAutomaton', async () => {
    try {
      return ok(await readerAutomaton(packedAutomaton, await getWatchlist(storeDeps.store())));
    } catch {
      // A watchlist that cannot be read or compiled must not stop the built-in marks.
      return ok(packedAutomaton);
    }
  });
  on('entityFacts', async ({ data }) => {
    const id = (data as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && id.startsWith('watch:')) {
      try {
        const watched = (await getWatchlist(storeDeps.store())).find((w) => w.id === id);
        return watched ? ok(watchFacts(watched)) : err(`unknown entity: ${id}`);
      } catch (e) {
        return err(messageOf(e));
      }
    }
    return factsFor(data);
  });
  on('entityNames', ({ data }) => namesFor(data));
  on('markSettings', ({ data }) => settingsFor(data));
  on('loadCard', ({ sender }) => injectCard(sender));
  on('changeSettings', ({ data }) => changeSettings(data));
  // A content script's report of its page, and what the popup reads of it.
  registerTabHandlers(on, browserTabDeps(storeDeps.store));

  // The reader's archive: every store message, and the context menu and keyboard command that clip a page.
  registerStoreHandlers(on, storeDeps);
  // A message of a type no handler takes gets {ok:false} instead of no answer at all.
  browser.runtime.onMessage.addListener(answerUnknownMessages(handled));
  browser.runtime.onInstalled.addListener(() => {
    // Menus outlive the worker; created once per install or update (removeAll: an update keeps the old one).
    void browser.contextMenus.removeAll().then(() =>
      browser.contextMenus.create({
        id: CLIP_MENU_ID,
        title: 'Clip this page to Dossier',
        // Also over selected text: a reader often selects a passage before deciding to keep the article.
        contexts: ['page', 'selection'],
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
