import { useId, useState } from 'preact/hooks';
import type { ClipSummary } from '@/lib/store';
import type { LibraryApi } from './api';
import { formatTags, parseTags } from './format';
import { STRINGS } from './strings';

type SaveState = 'clean' | 'dirty' | 'saving' | 'saved' | { error: string };

/** Tags and note of one article, saved together with updateClip. */
export function ClipEditor({
  api,
  clip,
}: {
  api: LibraryApi;
  clip: Pick<ClipSummary, 'id' | 'tags' | 'note'>;
}) {
  const ids = { heading: useId(), tags: useId(), tagsHint: useId(), note: useId() };
  const [tags, setTags] = useState(formatTags(clip.tags));
  const [note, setNote] = useState(clip.note);
  const [state, setState] = useState<SaveState>('clean');

  const save = async (e: Event) => {
    e.preventDefault();
    setState('saving');
    const r = await api.updateClip({ id: clip.id, tags: parseTags(tags), note });
    if (!r.ok) return setState({ error: r.error });
    setTags(formatTags(r.value.tags));
    setNote(r.value.note);
    setState('saved');
  };
  const edited = () => setState((s) => (s === 'saving' ? s : 'dirty'));

  return (
    <section class="panel editor" aria-labelledby={ids.heading}>
      <h2 id={ids.heading}>{STRINGS.editHeading}</h2>
      <form onSubmit={save}>
        <div class="field">
          <label for={ids.tags}>{STRINGS.tagsLabel}</label>
          <input
            id={ids.tags}
            class="input"
            value={tags}
            aria-describedby={ids.tagsHint}
            onInput={(e) => {
              setTags(e.currentTarget.value);
              edited();
            }}
          />
          <span id={ids.tagsHint} class="hint">
            {STRINGS.tagsHint}
          </span>
        </div>
        <div class="field">
          <label for={ids.note}>{STRINGS.noteLabel}</label>
          <textarea
            id={ids.note}
            class="input"
            rows={4}
            value={note}
            onInput={(e) => {
              setNote(e.currentTarget.value);
              edited();
            }}
          />
        </div>
        <div class="button-row">
          <button type="submit" class="button primary" disabled={state === 'saving'}>
            {state === 'saving' ? STRINGS.saving : STRINGS.save}
          </button>
          <span
            class={`status${typeof state === 'object' ? ' error' : state === 'saved' ? ' ok' : ' muted'}`}
            role="status"
          >
            {state === 'saved' && STRINGS.saved}
            {state === 'dirty' && STRINGS.unsaved}
            {typeof state === 'object' && STRINGS.saveError(state.error)}
          </span>
        </div>
      </form>
    </section>
  );
}
