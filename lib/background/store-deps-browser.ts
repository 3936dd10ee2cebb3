import { browser } from 'wxt/browser';
import { sendMessage, WATCHLIST_CHANGED_KEY } from '../messages';
import { createSearchIndex, loadSearchIndex } from '../search';
import { openStore, type Store } from '../store';
import { factsFor, nameOf } from './facts-handler';
import { injectClipper } from './inject-clipper';
import type { StoreHandlerDeps } from './store-deps';
import { bumpStoreStamp } from './summary-cache';
import { findTab } from './tabs';

const BADGE_MS = 2000;

/** `action` in MV3, `browserAction` in MV2 (Firefox). */
const badgeApi = () => browser.action ?? browser.browserAction;

/**
 * The store handlers' dependencies in the extension. The store is opened on the first message and kept in
 * this closure, not in a module global: a stopped worker opens a fresh one from what IndexedDB holds.
 */
export function browserStoreDeps(): StoreHandlerDeps {
  let store: Store | undefined;
  return {
    store: () => {
      // A database that failed to open or was closed under us is opened afresh on the next message.
      if (!store || store.db.hasBeenClosed() || store.db.hasFailed())
        store = openStore({
          nameOf,
          engine: { create: createSearchIndex, load: loadSearchIndex },
          afterWrite: () => bumpStoreStamp(browser.storage.session),
        });
      return store;
    },
    nameOf,
    facts: (id) => {
      const facts = factsFor({ id });
      return facts.ok ? facts.value : null;
    },
    extractPage: async (tabId, asBookmark) => {
      await injectClipper(tabId);
      return sendMessage('extractPage', { asBookmark }, tabId);
    },
    activeTabId: async () => (await findTab())?.id,
    // The library page's path is not among WXT's generated PublicPath until its entrypoint exists.
    openPage: (path) => browser.tabs.create({ url: (browser.runtime.getURL as (p: string) => string)(path) }),
    watchlistChanged: () => browser.storage.local.set({ [WATCHLIST_CHANGED_KEY]: Date.now() }),
    flashBadge: async (tabId, text) => {
      const badge = badgeApi();
      if (!badge) return;
      const before = await badge.getBadgeText({ tabId });
      await badge.setBadgeText({ tabId, text });
      setTimeout(() => {
        // The tab may have closed meanwhile.
        badge.setBadgeText({ tabId, text: before }).catch(() => undefined);
      }, BADGE_MS);
    },
  };
}
