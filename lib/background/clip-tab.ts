import type { ClipOutcome, ExtractedPage, Result } from '../messages';
import { draftProblems, saveClip } from '../store';
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

/**
 * The context menu's and the keyboard command's clip: no page to answer in, so the toolbar button says how
 * it went. The reader asked for this page explicitly, so a page without an article is kept as a bookmark.
 */
export async function clipWithFeedback(deps: StoreHandlerDeps, tabId: number | undefined): Promise<boolean> {
  const target = tabId ?? (await deps.activeTabId().catch(() => undefined));
  let saved = false;
  try {
    if (target === undefined) return false;
    const first = await clipTab(deps, { tabId: target, asBookmark: false }, undefined);
    saved = first.saved || (await clipTab(deps, { tabId: target, asBookmark: true }, undefined)).saved;
  } catch {
    saved = false;
  }
  if (target !== undefined)
    await deps.flashBadge(target, saved ? FLASH_OK : FLASH_FAILED).catch(() => undefined);
  return saved;
}
