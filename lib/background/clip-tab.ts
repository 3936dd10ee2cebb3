import { browser } from 'wxt/browser';
import {
  type ClipOutcome,
  type ExtractedPage,
  type QuickClip,
  quickClipKey,
  type Result,
  type SessionArea,
} from '../messages';
import { draftProblems, messageOf, saveClip } from '../store';
import type { StoreHandlerDeps } from './store-deps';
import type { ClipTabRequest } from './store-requests';

export const NO_CONTENT_SCRIPT =
  'Dossier cannot read this page: it does not run on browser pages (chrome://, about:, the extension ' +
  'stores) or on pages opened before Dossier was installed or updated. Reload the page and try again.';

async function extract(deps: StoreHandlerDeps, tabId: number, asBookmark: boolean): Promise<ExtractedPage> {
  let answer: Result<ExtractedPage>;
  try {
    answer = await deps.extractPage(tabId, asBookmark);
  } catch {
    // "Could not establish connection. Receiving end does not exist.": no content script in that tab.
    throw new Error(NO_CONTENT_SCRIPT);
  }
  if (!answer?.ok) throw new Error(`Dossier could not read this page: ${answer?.error ?? 'no answer'}`);
  return answer.value;
}

/** Extracts a tab's page and stores it; a page without an article is only stored as a bookmark when asked. */
export async function clipTab(
  deps: StoreHandlerDeps,
  req: ClipTabRequest,
  senderTabId: number | undefined,
): Promise<ClipOutcome> {
  const tabId = req.tabId ?? senderTabId ?? (await deps.activeTabId());
  if (tabId === undefined) throw new Error('There is no tab to clip.');
  const { draft, isArticle } = await extract(deps, tabId, req.asBookmark);
  const problems = draftProblems(draft);
  if (problems.length) throw new Error(`This page cannot be stored: ${problems.join('; ')}`);
  if (!isArticle && !req.asBookmark)
    return { saved: false, reason: 'no-article', url: draft.url, title: draft.title };
  const page = isArticle ? draft : { ...draft, kind: 'bookmark' as const };
  const saved = await saveClip(deps.store(), page, { tags: req.tags, note: req.note });
  return { saved: true, ...saved };
}

const FLASH_OK = '✓';
const FLASH_FAILED = '!';
const TITLE_CHARS = 120;

/** Where a quick clip tells how it went, besides the badge's flash; the extension's by default, fakes in tests. */
export interface ClipFeedback {
  /** The toolbar button's tooltip on that tab (the browser drops it when the tab navigates). */
  setTitle(tabId: number, title: string): Promise<void>;
  tabUrl(tabId: number): Promise<string | null>;
  session: SessionArea;
}

function browserFeedback(): ClipFeedback {
  return {
    setTitle: async (tabId, title) => {
      await (browser.action ?? browser.browserAction)?.setTitle({ tabId, title });
    },
    tabUrl: async (tabId) => (await browser.tabs.get(tabId)).url ?? null,
    session: browser.storage.session,
  };
}

const cut = (text: string) => (text.length > TITLE_CHARS ? `${text.slice(0, TITLE_CHARS - 1)}…` : text);

/** The tooltip's sentence: a badge's ✓ cannot tell a kept article from a bookmark, nor "!" say why. */
function quickClipTitle({ outcome, detail }: Pick<QuickClip, 'outcome' | 'detail'>): string {
  if (outcome === 'clipped') return `Dossier — Clipped: ${cut(detail)}`;
  if (outcome === 'bookmark')
    return `Dossier — Saved as a bookmark: this page has no article (${cut(detail)})`;
  return `Dossier — Not clipped: ${detail}`;
}

/**
 * The context menu's and the keyboard command's clip: no page to answer in, so the toolbar button says how
 * it went (a flash on its badge, a sentence in its tooltip) and the tab's popup can tell it later. The
 * reader asked for this page explicitly, so a page without an article is kept as a bookmark.
 */
export async function clipWithFeedback(
  deps: StoreHandlerDeps,
  tabId: number | undefined,
  feedback: ClipFeedback = browserFeedback(),
): Promise<boolean> {
  const target = tabId ?? (await deps.activeTabId().catch(() => undefined));
  if (target === undefined) return false;
  const tabUrl = feedback.tabUrl(target).catch(() => null);
  let told: Pick<QuickClip, 'outcome' | 'detail'>;
  try {
    const first = await clipTab(deps, { tabId: target, asBookmark: false }, undefined);
    const kept = first.saved ? first : await clipTab(deps, { tabId: target, asBookmark: true }, undefined);
    told = kept.saved
      ? { outcome: first.saved ? 'clipped' : 'bookmark', detail: kept.clip.title }
      : { outcome: 'failed', detail: 'Dossier could not read this page.' };
  } catch (e) {
    told = { outcome: 'failed', detail: messageOf(e) };
  }
  const record: QuickClip = { tabUrl: await tabUrl, at: Date.now(), ...told };
  const saved = record.outcome !== 'failed';
  // Each is told on its own: a tooltip that cannot be set must not keep the popup from knowing.
  await Promise.all([
    deps.flashBadge(target, saved ? FLASH_OK : FLASH_FAILED).catch(() => undefined),
    feedback.setTitle(target, quickClipTitle(record)).catch(() => undefined),
    feedback.session.set({ [quickClipKey(target)]: record }).catch(() => undefined),
  ]);
  return saved;
}
