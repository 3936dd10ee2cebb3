import { useEffect, useId, useState } from 'preact/hooks';
import { formatTags, parseTags } from '@/components/shared';
import type { ClipSummary } from '@/lib/store';
import type { PopupApi } from './api';
import { formatDay } from './dates';
import { fromResult, LOADING, type Loadable, ready } from './loadable';
import { STRINGS } from './strings';

interface Props {
  api: PopupApi;
  tabId: number;
  url: string;
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
export function ClipPanel({ api, tabId, url, storeEmpty, onStored }: Props) {
  const [clip, setClip] = useState<Loadable<ClipSummary | null>>(LOADING);
  const [tagsText, setTagsText] = useState('');
  const [note, setNote] = useState('');
  const [detailsOpen, setDetailsOpen] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const [status, setStatus] = useState<Status>(null);
  const base = `clip-${useId()}`;

  const show = (stored: ClipSummary) => {
    setClip(ready(stored));
    setTagsText(formatTags(stored.tags));
    setNote(stored.note);
  };

  useEffect(() => {
    let live = true;
    setClip(LOADING);
    void api.clipForUrl(url).then((r) => {
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
  }, [api, url]);

  const stored = clip.status === 'ready' ? clip.value : null;
  const tags = parseTags(tagsText);
  const dirty =
    stored !== null && (formatTags(tags) !== formatTags(stored.tags) || note.trim() !== stored.note);

  const clipPage = async (asBookmark: boolean) => {
    if (busy) return;
    setBusy(asBookmark ? 'bookmark' : 'clip');
    setStatus(null);
    const r = await api.clipTab({ tabId, tags, note: note.trim(), ...(asBookmark ? { asBookmark } : {}) });
    setBusy(null);
    if (!r.ok) return setStatus({ kind: 'error', text: STRINGS.clipError(r.error) });
    if (!r.value.saved) return setStatus({ kind: 'no-article' });
    const { clip: saved, created } = r.value;
    show(saved);
    const text =
      saved.kind === 'bookmark' ? STRINGS.bookmarkSaved : created ? STRINGS.clipSaved : STRINGS.clipUpdated;
    setStatus({ kind: 'done', text });
    onStored();
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
