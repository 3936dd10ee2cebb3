import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityFacts } from './briefing';
import type { MarkSettings, SettingsChange } from './settings';
import type {
  Clip,
  ClipDraft,
  ClipFilter,
  ClipSummary,
  EntityBriefing,
  EntityInStore,
  ExportPart,
  ImportReport,
  SearchHit,
  WatchEntity,
} from './store';

/**
 * The one message protocol of the extension. Every message returns a `Result`, so a handler
 * reports failure as a value instead of throwing across the messaging boundary.
 */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const err = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** What a content script reports about the page it ran on. */
export interface ContentReadyRequest {
  url: string;
  /**
   * The address a clip of the page is filed under (lib/url's canonicalUrl: its canonical link, else its own
   * address), read by the content script so that the popup finds the page's clip without running a script.
   */
  canonicalUrl?: string;
  textLength: number;
  /** Entities named on the page with their mention counts, most named first. */
  entities: Array<{ id: string; count: number }>;
}

/** What the content script's clipper found on its page. */
export interface ExtractedPage {
  draft: ClipDraft;
  /** False when Readability found no article (a search page, an app): offer a bookmark instead. */
  isArticle: boolean;
}

/** The outcome of a clip: saved (new or updated), or no article found on the page. */
export type ClipOutcome =
  | { saved: true; clip: ClipSummary; created: boolean }
  | { saved: false; reason: 'no-article'; url: string; title: string };

/** Counts of the archive's sites, tags and entities, for the library's filters. */
export interface StoreFacets {
  total: number;
  sites: Array<{ site: string; count: number }>;
  tags: Array<{ tag: string; count: number }>;
  entities: Array<{ id: string; count: number }>;
}

export interface ProtocolMap {
  /** Sent by the content script once it has looked at the page. */
  contentReady(req: ContentReadyRequest): Result<{ tabId: number | null }>;
  /** The gazetteer compiled at build time, for a content script to load (see lib/match/packed.ts). */
  packedAutomaton(): Result<string>;
  /** What a card shows about an entity (facts that ship with the extension). */
  entityFacts(req: { id: string }): Result<EntityFacts>;
  /** Display names and kinds of many entities at once (lists in the popup and library). */
  entityNames(req: { ids: string[] }): Result<EntityNames>;
  /** The reader's switches, and whether this page is to be marked. */
  markSettings(req: {
    url: string;
  }): Result<{ settings: MarkSettings; enabledHere: boolean; muted: string[] }>;
  /** Turns marks on or off everywhere or on a site, or mutes an entity on a site. */
  changeSettings(req: SettingsChange): Result<MarkSettings>;
  /** A content script's card is about to open for the first time: inject the card's renderer into its frame. */
  loadCard(): Result<null>;
  /** Liveness check for extension pages and tests. */
  ping(): Result<{ version: string }>;
  /** The last report of a tab's content script (entities on the page), or null. */
  tabReport(req: { tabId: number }): Result<TabReport | null>;
  /** What the popup's first paint needs about a tab (the active one if none is named), in one answer. */
  pageSummary(req: { tabId?: number }): Result<PageSummary>;

  // --- Clipping. The background sends `extractPage` to a tab; the content script answers.
  /** Background → content script: extract this page for a clip (Readability on a clone). */
  extractPage(req: { asBookmark?: boolean }): Result<ExtractedPage>;
  /** Clip a tab (popup button, context menu, keyboard command, the card: a content script omits tabId for its own). */
  clipTab(req: { tabId?: number; tags?: string[]; note?: string; asBookmark?: boolean }): Result<ClipOutcome>;
  /** Store a draft the caller extracted itself (the card's "Clip this page"). Dedupes on URL. */
  saveClip(req: { draft: ClipDraft; tags?: string[]; note?: string }): Result<ClipOutcome>;

  // --- The store (owned by the background; everyone else comes through here).
  clipForUrl(req: { url: string }): Result<ClipSummary | null>;
  getClip(req: { id: number }): Result<Clip | null>;
  updateClip(req: { id: number; tags?: string[]; note?: string }): Result<ClipSummary>;
  /** Deletes a clip and returns it whole, so that the UI can offer undo with `restoreClip`. */
  deleteClip(req: { id: number }): Result<Clip>;
  restoreClip(req: { clip: Clip }): Result<ClipSummary>;
  /** Newest first. */
  listClips(req: { filter?: ClipFilter; offset?: number; limit?: number }): Result<{
    total: number;
    clips: ClipSummary[];
  }>;
  storeFacets(): Result<StoreFacets>;
  searchClips(req: { query: string; limit?: number }): Result<SearchHit[]>;
  /** What the store says about one entity: article count and the latest few (card, popup). */
  entityInStore(req: { id: string; latest?: number }): Result<EntityInStore>;
  /** Article counts for many entities at once (the popup's list). */
  entityCounts(req: { ids: string[] }): Result<Record<string, number>>;
  entityBriefing(req: { id: string }): Result<EntityBriefing>;
  briefingMarkdown(req: { id: string }): Result<string>;
  /** Opens the library's briefing page on an entity in a new tab (content scripts cannot). */
  openBriefing(req: { id: string }): Result<null>;
  /** The whole store, or the given clips, as versioned JSON (up to a message's size: see exportPart). */
  exportStore(req: { ids?: number[] }): Result<string>;
  /**
   * The same file in parts, for archives past a message's 64 MiB: ask after the last part's `next` until
   * it is null; the texts joined in order are the file.
   */
  exportPart(req: { ids?: number[]; after?: number; maxChars?: number }): Result<ExportPart>;
  /** A file too large for one message, sent in parts and then named by `upload` below. */
  importPart(req: ImportPart): Result<{ chars: number }>;
  /** Validates an export file and says what importing it would add, update and skip. */
  previewImport(req: ImportSource): Result<ImportReport>;
  /** All or nothing: a file with any invalid record changes nothing. */
  applyImport(req: ImportSource): Result<ImportReport>;

  // --- The reader's watchlist of their own entities.
  watchlist(): Result<WatchEntity[]>;
  saveWatchlist(req: { entities: WatchEntity[] }): Result<WatchEntity[]>;
}

export const { sendMessage, onMessage, removeAllListeners } = defineExtensionMessaging<ProtocolMap>({
  // The library logs every added listener with console.log; keep the consoles clean.
  logger: undefined,
});

/** The last `contentReady` report of a tab, as the background stores it in `storage.session`. */
export interface TabReport extends ContentReadyRequest {
  tabId: number;
  receivedAt: number;
}

export type EntityNames = Record<string, { name: string; kind: 'country' | 'organisation' }>;

/** An import file: its text, or the name of an upload sent whole with importPart. */
export type ImportSource = { json: string } | { upload: string };

/**
 * Characters of an export or import file per message. Chrome stops an extension message at 64 MiB, and an
 * archive with its article bodies passes that at a few thousand clips; JSON text sent in a message can grow
 * up to six-fold where it is escaped, so a part stays well below the limit.
 */
export const MESSAGE_PART_CHARS = 4_000_000;

/** One part of an import file too large for one message; `last` says the file is whole. */
export interface ImportPart {
  upload: string;
  index: number;
  text: string;
  last: boolean;
}

/** A tab as the popup describes it. `url` is null when the browser does not tell (no permission for it). */
export interface PageTab {
  id: number;
  url: string | null;
}

/**
 * A tab (null: none), its report, the names of its entities (watched ones included) and their clip counts.
 * A count that failed (the archive cannot be read) is an error beside the names, so the list still shows.
 */
export interface PageSummary {
  tab: PageTab | null;
  report: TabReport | null;
  names: EntityNames;
  counts: Result<Record<string, number>>;
}

/** `storage.session` key under which the background keeps the last report of a tab. */
export const tabReportKey = (tabId: number): string => `tabReport:${tabId}`;

/**
 * How the last quick clip of a tab (context menu, keyboard command) went, kept in storage.session by the
 * background (lib/background/clip-tab.ts) for the popup opened on that tab to say in words.
 */
export interface QuickClip {
  /** The tab's address when it was clipped: the popup tells the outcome only while the tab still shows it. */
  tabUrl: string | null;
  /** When the clip ended, ms since the epoch. */
  at: number;
  /** 'bookmark': the page had no article, so only its title, link and names were kept. */
  outcome: 'clipped' | 'bookmark' | 'failed';
  /** The page's title, or why it was not clipped. */
  detail: string;
}

/** `storage.session` key of a tab's last quick clip. */
export const quickClipKey = (tabId: number): string => `quickClip:${tabId}`;

/**
 * `storage.session` key of a tab's page summary as the background last worked it out, so that the popup
 * can paint without waiting for the worker (which may be asleep); valid while STORE_STAMP_KEY still holds
 * the stamp it was worked out under.
 */
export const summaryKey = (tabId: number): string => `pageSummary:${tabId}`;
/** `storage.session` key of a token the background changes after every write to the archive. */
export const STORE_STAMP_KEY = 'storeStamp';

export interface CachedSummary {
  stamp: string;
  summary: PageSummary;
}

/** The part of `storage.session` the summary cache uses (a Map-backed fake in tests). */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string | string[]): Promise<void>;
}

/**
 * A tab's cached summary, or null when there is none, the archive changed since it was made, or the tab
 * has navigated away from the page it describes. `url` is the tab's address now (null when the browser
 * does not tell), or its promise: the tab and the cache are asked at once.
 */
export async function readCachedSummary(
  session: SessionArea,
  tabId: number,
  url: string | null | Promise<string | null>,
): Promise<PageSummary | null> {
  const key = summaryKey(tabId);
  const [got, now] = await Promise.all([session.get([key, STORE_STAMP_KEY]), url]);
  const cached = got[key] as CachedSummary | undefined;
  const stamp = got[STORE_STAMP_KEY];
  if (!cached || typeof stamp !== 'string' || cached.stamp !== stamp) return null;
  return cached.summary.tab?.url === now ? cached.summary : null;
}

/** True when an error means the extension was reloaded or removed under a live content script. */
export const isContextInvalidated = (e: unknown): boolean =>
  e instanceof Error && /Extension context invalidated/i.test(e.message);

/** storage.local key the background bumps when the reader's watchlist changes: open pages mark afresh. */
export const WATCHLIST_CHANGED_KEY = 'watchlistChangedAt';
