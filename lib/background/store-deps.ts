import type { EntityFacts } from '../briefing';
import type { ExtractedPage, Result } from '../messages';
import type { Store } from '../store';

/** What the store's message handlers need from the extension; tests pass fakes. */
export interface StoreHandlerDeps {
  /** The archive, opened on first use (a cached Dexie instance is fine: it is re-created freely). */
  store(): Store;
  nameOf(id: string): string | null;
  facts(id: string): EntityFacts | null;
  /** Asks a tab's content script to extract its page (`sendMessage('extractPage', …, tabId)`). */
  extractPage(tabId: number, asBookmark: boolean): Promise<Result<ExtractedPage>>;
  /** The tab the reader is looking at, for a clip asked for from the popup. */
  activeTabId(): Promise<number | undefined>;
  /** Opens an extension page (a path such as "/library.html#/entity/…") in a new tab. */
  openPage(path: string): Promise<unknown>;
  /** Shows a short text on the toolbar button of a tab for a moment ("✓", "!"). */
  flashBadge(tabId: number, text: string): Promise<void>;
  /** Tells open pages that the watchlist changed, so they mark the reader's names afresh. */
  watchlistChanged?(): Promise<void>;
}
