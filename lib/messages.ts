import { defineExtensionMessaging } from '@webext-core/messaging';
import type { EntityFacts } from './briefing';
import type { MarkSettings, SettingsChange } from './settings';

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
  textLength: number;
  /** Entities named on the page with their mention counts, most named first. */
  entities: Array<{ id: string; count: number }>;
}

export interface ProtocolMap {
  /** Sent by the content script once it has looked at the page. */
  contentReady(req: ContentReadyRequest): Result<{ tabId: number | null }>;
  /** The gazetteer compiled at build time, for a content script to load (see lib/match/packed.ts). */
  packedAutomaton(): Result<string>;
  /** What a card shows about an entity (facts that ship with the extension). */
  entityFacts(req: { id: string }): Result<EntityFacts>;
  /** The reader's switches, and whether this page is to be marked. */
  markSettings(req: {
    url: string;
  }): Result<{ settings: MarkSettings; enabledHere: boolean; muted: string[] }>;
  /** Turns marks on or off everywhere or on a site, or mutes an entity on a site. */
  changeSettings(req: SettingsChange): Result<MarkSettings>;
  /** Liveness check for extension pages and tests. */
  ping(): Result<{ version: string }>;
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

/** `storage.session` key under which the background keeps the last report of a tab. */
export const tabReportKey = (tabId: number): string => `tabReport:${tabId}`;

/** True when an error means the extension was reloaded or removed under a live content script. */
export const isContextInvalidated = (e: unknown): boolean =>
  e instanceof Error && /Extension context invalidated/i.test(e.message);
