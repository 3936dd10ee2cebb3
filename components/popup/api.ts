import { browser } from 'wxt/browser';
import { type Answer, callBackground, messageOf, type Request } from '@/components/shared';
import {
  type ClipOutcome,
  type EntityNames,
  err,
  ok,
  type PageSummary,
  type PageTab,
  type ProtocolMap,
  type QuickClip,
  quickClipKey,
  type Result,
  readCachedSummary,
  type SessionArea,
} from '@/lib/messages';
import type { MarkSettings, SettingsChange } from '@/lib/settings';
import type { ClipSummary, EntityInStore, SearchHit } from '@/lib/store';
import { STRINGS } from './strings';

/** The tab the popup describes. `url` is null when the browser does not tell us (no permission for it). */
export type PopupTab = PageTab;

export type { EntityNames, PageSummary };

export interface PageSettings {
  settings: MarkSettings;
  enabledHere: boolean;
  muted: string[];
}

/**
 * Everything the popup asks of the extension. The components get it as a prop, so that tests hand them a
 * fake; every call answers with a `Result` and never throws, so a missing background reads as words.
 */
export interface PopupApi {
  /**
   * The tab named by `?tabId=` in the popup's URL (benchmarks, tests), else the active tab, with its
   * report, its entities' names and their clip counts, in one answer.
   */
  pageSummary(): Promise<Result<PageSummary>>;
  /** Counts again, after a clip changed the archive. */
  entityCounts(ids: string[]): Promise<Result<Record<string, number>>>;
  entityInStore(id: string, latest: number): Promise<Result<EntityInStore>>;
  openBriefing(id: string): Promise<Result<null>>;
  searchClips(query: string, limit: number): Promise<Result<SearchHit[]>>;
  /** How many clips the store holds (for the first-run state). */
  storeTotal(): Promise<Result<number>>;
  /** The clip filed under `url` (filedUrlOf: the page's canonical address), or null. */
  clipForUrl(url: string): Promise<Result<ClipSummary | null>>;
  /** How the last clip from the context menu or keyboard went on this tab, while it still shows `url`. */
  quickClip(tabId: number, url: string): Promise<Result<QuickClip | null>>;
  /** Tags and note left out are the stored clip's, kept as they are. */
  clipTab(req: {
    tabId: number;
    tags?: string[];
    note?: string;
    asBookmark?: boolean;
  }): Promise<Result<ClipOutcome>>;
  updateClip(req: { id: number; tags: string[]; note: string }): Promise<Result<ClipSummary>>;
  markSettings(url: string): Promise<Result<PageSettings>>;
  changeSettings(change: SettingsChange): Promise<Result<MarkSettings>>;
  /** Opens a URL in a new tab. */
  openUrl(url: string): Promise<Result<null>>;
  openLibrary(): Promise<Result<null>>;
}

const call = <K extends keyof ProtocolMap>(type: K, data: Request<K>): Promise<Answer<K>> =>
  callBackground(type, data, STRINGS.noAnswer);

async function attempt<T>(run: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await run());
  } catch (e) {
    return err(messageOf(e, STRINGS.noAnswer));
  }
}

/** `?tabId=123` in the popup's own URL, or null. */
export function tabIdParam(search: string): number | null {
  const raw = new URLSearchParams(search).get('tabId');
  if (raw === null || !/^\d+$/.test(raw)) return null;
  return Number(raw);
}

const OUTCOMES: ReadonlyArray<QuickClip['outcome']> = ['clipped', 'bookmark', 'failed'];

/** The tab's last quick clip, or null when there is none or the tab has moved on to another page. */
export async function readQuickClip(
  session: SessionArea,
  tabId: number,
  url: string,
): Promise<QuickClip | null> {
  const key = quickClipKey(tabId);
  const found = (await session.get(key))[key] as Partial<QuickClip> | undefined;
  const valid =
    found?.tabUrl === url &&
    typeof found.at === 'number' &&
    typeof found.detail === 'string' &&
    OUTCOMES.includes(found.outcome as QuickClip['outcome']);
  return valid ? (found as QuickClip) : null;
}

const openTab = (url: string) =>
  attempt(async () => {
    await browser.tabs.create({ url });
    return null;
  });

/**
 * The summary the background kept for the tab when it is still good (storage.session answers without
 * waking the worker), else `ask`. The popup of a reader's toolbar names no tab: it is the active one.
 */
async function cachedOr(
  pinnedTab: number | null,
  ask: () => Promise<Result<PageSummary>>,
): Promise<Result<PageSummary>> {
  try {
    const session = browser.storage.session;
    let cached: PageSummary | null = null;
    if (pinnedTab !== null) {
      const url = browser.tabs.get(pinnedTab).then((tab) => tab.url ?? null);
      cached = await readCachedSummary(session, pinnedTab, url);
    } else {
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      if (tab?.id !== undefined) cached = await readCachedSummary(session, tab.id, tab.url ?? null);
    }
    if (cached) return ok(cached);
  } catch {
    // No cache to read: the worker answers.
  }
  return ask();
}

/**
 * The extension's popup API. The first paint's one request leaves as soon as this is made, before anything
 * renders; the popup's first ask for it gets that same answer.
 */
export function createPopupApi(search: string = globalThis.location?.search ?? ''): PopupApi {
  const pinnedTab = tabIdParam(search);
  const pageSummary = () => call('pageSummary', pinnedTab === null ? {} : { tabId: pinnedTab });
  let early: Promise<Result<PageSummary>> | null = cachedOr(pinnedTab, pageSummary);
  return {
    pageSummary: () => {
      const answer = early ?? pageSummary();
      early = null;
      return answer;
    },
    entityCounts: (ids) => call('entityCounts', { ids }),
    entityInStore: (id, latest) => call('entityInStore', { id, latest }),
    openBriefing: (id) => call('openBriefing', { id }),
    searchClips: (query, limit) => call('searchClips', { query, limit }),
    storeTotal: async () => {
      const r = await call('listClips', { limit: 1 });
      return r.ok ? ok(r.value.total) : r;
    },
    clipForUrl: (url) => call('clipForUrl', { url }),
    quickClip: (tabId, url) => attempt(() => readQuickClip(browser.storage.session, tabId, url)),
    clipTab: (req) => call('clipTab', req),
    updateClip: (req) => call('updateClip', req),
    markSettings: (url) => call('markSettings', { url }),
    changeSettings: (change) => call('changeSettings', change),
    openUrl: openTab,
    openLibrary: () => openTab(browser.runtime.getURL('/library.html')),
  };
}
