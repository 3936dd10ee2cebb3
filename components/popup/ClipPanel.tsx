import { useEffect, useId, useState } from 'preact/hooks';
import { formatTags, parseTags } from '@/components/shared';
import type { QuickClip } from '@/lib/messages';
import type { ClipSummary } from '@/lib/store';
import type { PopupApi } from './api';
import { formatDay } from './dates';
import { fromResult, LOADING, type Loadable, ready } from './loadable';
import { STRINGS } from './strings';

interface Props {
  api: PopupApi;
  tabId: number;
  url: string;
  /** Where a clip of the page is filed (filedUrlOf): its stored clip is looked up there. */
  filedUrl: string;
  /** True when the archive holds nothing yet: the panel then teaches how to start it. */
  storeEmpty: boolean;
  /** Called after a clip was saved or changed, so that counts elsewhere are asked again. */
  onStored(): void;
}

type Status =
  | { kind: 'done'; text: string }
  | { kind: 'no-article' }
  | { kind: 'error'; text: string }
  | null;

type Busy = 'clip' | 'bookmark' | 'details' | null;

/** Whether this page is in the archive; clip it (with tags and a note) or update it. */
export function ClipPanel({ api, tabId, url, filedUrl, storeEmpty, onStored }: Props) {
  const [clip, setClip] = useState<Loadable<ClipSummary | null>>(LOADING);
  const [tagsText, setTagsText] = useState('');
  const [note, setNote] = useState('');
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<Status>(null);
  const [quick, setQuick] = useState<QuickClip | null>(null);
  const base = `clip-${useId()}`;

  const show = (stored: ClipSummary) => {
    setClip(ready(stored));
    setTagsText(formatTags(stored.tags));
    setNote(stored.note);
  };

  useEffect(() => {
    let live = true;
    setClip(LOADING);
    setQuick(null);
    void api.quickClip(tabId, url).then((r) => live && r.ok && setQuick(r.value));
    void api.clipForUrl(filedUrl).then((r) => {
      if (!live) return;
      setClip(fromResult(r));
      if (r.ok && r.value) {
        show(r.value);
        if (r.value.tags.length > 0 || r.value.note) setDetailsOpen(true);
      }
    });
    return () => {
      live = false;
    };
  }, [api, tabId, url, filedUrl]);

  const stored = clip.status === 'ready' ? clip.value : null;
  const tags = parseTags(tagsText);
  const editedFrom = (clip: ClipSummary) =>
    formatTags(tags) !== formatTags(clip.tags) || note.trim() !== clip.note;
  const dirty = stored !== null && editedFrom(stored);

  const clipPage = async (asBookmark: boolean) => {
    if (busy) return;
    setBusy(asBookmark ? 'bookmark' : 'clip');
    setStatus(null);
    // With a clip shown, the fields started as its tags and note: changes to them are edits, saved after
    // the re-clip as the reader sees them. With none shown, the page may still be in the archive under its
    // canonical address (a lookup that failed): only what the reader typed goes with the clip, and the
    // store adds it to the clip's own tags and note instead of putting it in their place.
    const typed = stored
      ? {}
      : { ...(tags.length > 0 && { tags }), ...(note.trim() !== '' && { note: note.trim() }) };
    const r = await api.clipTab({ tabId, ...typed, ...(asBookmark ? { asBookmark } : {}) });
    if (!r.ok) {
      setBusy(null);
      return setStatus({ kind: 'error', text: STRINGS.clipError(r.error) });
    }
    if (!r.value.saved) {
      setBusy(null);
      return setStatus({ kind: 'no-article' });
    }
    const { clip: saved, created } = r.value;
    onStored();
    if (stored && editedFrom(saved)) {
      const edited = await api.updateClip({ id: saved.id, tags, note: note.trim() });
      setBusy(null);
      if (!edited.ok) {
        // The fields keep the reader's edits, with "Save tags and note" to try again.
        setClip(ready(saved));
        return setStatus({ kind: 'error', text: STRINGS.clipEditsError(edited.error) });
      }
      show(edited.value);
    } else {
      setBusy(null);
      show(saved);
    }
    const text =
      saved.kind === 'bookmark'
        ? STRINGS.bookmarkSaved
        : created
          ? STRINGS.clipSaved
          : stored
            ? STRINGS.clipUpdated
            : STRINGS.clipFoundUpdated(Object.keys(typed).length > 0);
    setStatus({ kind: 'done', text });
  };

  const saveDetails = async () => {
    if (busy || !stored) return;
    setBusy('details');
    setStatus(null);
    const r = await api.updateClip({ id: stored.id, tags, note: note.trim() });
    setBusy(null);
    if (!r.ok) return setStatus({ kind: 'error', text: STRINGS.detailsError(r.error) });
    show(r.value);
    setStatus({ kind: 'done', text: STRINGS.detailsSaved });
  };

  const clipBusy = busy === 'clip' || busy === 'bookmark';
  return (
    <section class="section clip" aria-labelledby={`${base}-heading`}>
      <h2 class="visually-hidden" id={`${base}-heading`}>
        {STRINGS.clipHeading}
      </h2>
      <div class="clip-row">
        {clip.status === 'loading' && <p class="muted clip-state">{STRINGS.clipLoading}</p>}
        {stored ? (
          <>
            <p class="clip-state">
              {(stored.kind === 'bookmark' ? STRINGS.bookmarkedOn : STRINGS.clippedOn)(
                formatDay(stored.clippedAt),
              )}
            </p>
            <button
              type="button"
              class="button"
              aria-label={STRINGS.updateLabel}
              aria-disabled={busy !== null}
              onClick={() => void clipPage(false)}
            >
              {busy === 'clip' ? STRINGS.clipBusy : STRINGS.update}
            </button>
          </>
        ) : (
          clip.status !== 'loading' && (
            <button
              type="button"
              class="button primary"
              aria-disabled={busy !== null}
              onClick={() => void clipPage(false)}
            >
              {clipBusy ? STRINGS.clipBusy : STRINGS.clip}
            </button>
          )
        )}
        <button
          type="button"
          class="link disclosure"
          aria-expanded={detailsOpen}
          aria-controls={`${base}-details`}
          onClick={() => setDetailsOpen(!detailsOpen)}
        >
          <svg class="chevron" viewBox="0 0 16 16" width="10" height="10" aria-hidden="true">
            <path d="M6 3.5l4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
          {STRINGS.detailsToggle}
        </button>
      </div>
      {!detailsOpen && stored && stored.tags.length > 0 && (
        <ul class="chips" aria-label={STRINGS.tagsLabel}>
          {stored.tags.map((t) => (
            <li class="chip" key={t}>
              {t}
            </li>
          ))}
        </ul>
      )}
      <div class="details" id={`${base}-details`} hidden={!detailsOpen}>
        <label class="field-label" for={`${base}-tags`}>
          {STRINGS.tagsLabel}
        </label>
        <input
          id={`${base}-tags`}
          class="field"
          type="text"
          autocomplete="off"
          aria-describedby={`${base}-tags-hint`}
          value={tagsText}
          onInput={(e) => setTagsText(e.currentTarget.value)}
        />
        <p class="hint" id={`${base}-tags-hint`}>
          {STRINGS.tagsHint}
        </p>
        <label class="field-label" for={`${base}-note`}>
          {STRINGS.noteLabel}
        </label>
        <textarea
          id={`${base}-note`}
          class="field"
          rows={2}
          placeholder={STRINGS.notePlaceholder}
          value={note}
          onInput={(e) => setNote(e.currentTarget.value)}
        />
        {dirty && (
          <button
            type="button"
            class="button save-details"
            aria-disabled={busy !== null}
            onClick={() => void saveDetails()}
          >
            {busy === 'details' ? STRINGS.saveDetailsBusy : STRINGS.saveDetails}
          </button>
        )}
      </div>
      {clip.status === 'error' && <p class="error">{STRINGS.clipStateError(clip.message)}</p>}
      {quick && status === null && clip.status !== 'loading' && quick.at >= (stored?.updatedAt ?? 0) && (
        <QuickClipLine quick={quick} />
      )}
      {storeEmpty && !stored && clip.status !== 'loading' && (
        <p class="teach first-run">{STRINGS.firstRun}</p>
      )}
      {/* Polite: what became of a clip arrives after the click. */}
      <div class="status" role="status">
        {status?.kind === 'done' && <p class="done">{status.text}</p>}
        {status?.kind === 'error' && <p class="error">{status.text}</p>}
        {status?.kind === 'no-article' && (
          <p class="teach">
            {STRINGS.noArticle}{' '}
            <button
              type="button"
              class="button small"
              aria-disabled={busy !== null}
              onClick={() => void clipPage(true)}
            >
              {busy === 'bookmark' ? STRINGS.clipBusy : STRINGS.saveAsBookmark}
            </button>
          </p>
        )}
      </div>
    </section>
  );
}

/**
 * How the last clip from the context menu or keyboard shortcut went: the badge only flashed, and a page
 * kept as a bookmark or a failure needs words. Shown until this panel clips, or a later clip supersedes it.
 */
function QuickClipLine({ quick }: { quick: QuickClip }) {
  if (quick.outcome === 'failed')
    return <p class="quick-clip error">{STRINGS.quickClipFailed(quick.detail)}</p>;
  if (quick.outcome === 'bookmark') return <p class="quick-clip teach">{STRINGS.quickClipBookmark}</p>;
  return <p class="quick-clip muted">{STRINGS.quickClipped(quick.detail)}</p>;
}
