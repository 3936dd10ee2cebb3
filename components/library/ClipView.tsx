import { useEffect, useId, useState } from 'preact/hooks';
import type { Clip } from '@/lib/store';
import { ArticleBody } from './ArticleBody';
import type { LibraryApi } from './api';
import { ClipEditor } from './ClipEditor';
import { articleDate, formatDay } from './format';
import { useLoad, useTitle } from './load';
import { loadNames } from './names';
import { browseHref, entityHref } from './routes';
import { STRINGS } from './strings';

/** One clipped article, read offline, with what Dossier found in it, its tags and note, and delete. */
export function ClipView({
  api,
  id,
  onDeleted,
}: {
  api: LibraryApi;
  id: number;
  onDeleted: (clip: Clip) => void;
}) {
  const [clip] = useLoad<Clip | null>(() => api.getClip(id), [api, id]);
  const value = clip.status === 'ready' ? clip.value : null;
  const heading =
    clip.status === 'loading'
      ? STRINGS.clipLoading
      : clip.status === 'error'
        ? STRINGS.clipMissingTitle
        : value
          ? value.title || value.url
          : STRINGS.clipMissingTitle;
  useTitle(heading);

  return (
    <>
      <a class="back" href={browseHref()}>
        ← {STRINGS.backToArchive}
      </a>
      <div class="reader">
        <article class="reader-main" aria-labelledby="clip-title">
          <header class="reader-head">
            {value && <p class="eyebrow">{value.siteName || value.site}</p>}
            <h1 id="clip-title" tabIndex={-1}>
              {heading}
            </h1>
            {value && <ClipMeta clip={value} />}
          </header>
          {clip.status === 'error' && <p class="notice error">{STRINGS.clipError(clip.message)}</p>}
          {value === null && clip.status === 'ready' && <p class="notice">{STRINGS.clipMissing}</p>}
          {value &&
            (value.kind === 'bookmark' ? (
              <p class="notice article-note">{STRINGS.bookmarkBody}</p>
            ) : value.html ? (
              <ArticleBody html={value.html} lang={value.lang} />
            ) : (
              <p class="notice article-note">{STRINGS.emptyBody}</p>
            ))}
        </article>
        {value && (
          <div class="side">
            <ClipEntities api={api} clip={value} />
            <ClipEditor api={api} clip={value} />
            <DeletePanel api={api} clip={value} onDeleted={onDeleted} />
          </div>
        )}
      </div>
    </>
  );
}

function ClipMeta({ clip }: { clip: Clip }) {
  const published = clip.publishedAt ? articleDate(clip) : null;
  return (
    <>
      <p class="meta">
        {clip.byline && <span>{STRINGS.byline(clip.byline)}</span>}
        {published && <time dateTime={published.iso}>{STRINGS.published(published.text)}</time>}
        <span>{STRINGS.clippedOn(formatDay(clip.clippedAt))}</span>
        {clip.wordCount > 0 && <span>{STRINGS.words(clip.wordCount)}</span>}
      </p>
      <p class="meta">
        <a href={clip.url} target="_blank" rel="noopener noreferrer">
          {STRINGS.openOriginal} ↗
        </a>
      </p>
    </>
  );
}

function ClipEntities({ api, clip }: { api: LibraryApi; clip: Clip }) {
  const heading = useId();
  const entities = [...clip.entities].sort((a, b) => b.score - a.score || b.count - a.count);
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    let live = true;
    void loadNames(
      api,
      clip.entities.map((e) => e.id),
    ).then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, [api, clip]);
  return (
    <section class="panel" aria-labelledby={heading}>
      <h2 id={heading}>{STRINGS.aboutHeading}</h2>
      {entities.length === 0 ? (
        <p class="muted">{STRINGS.noEntities}</p>
      ) : (
        <ul class="entity-list">
          {entities.map((e) => (
            <li key={e.id}>
              <a href={entityHref(e.id)}>{names[e.id] ?? '…'}</a>
              <span class="count">{STRINGS.mentions(e.count)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function DeletePanel({
  api,
  clip,
  onDeleted,
}: {
  api: LibraryApi;
  clip: Clip;
  onDeleted: (clip: Clip) => void;
}) {
  const heading = useId();
  const hint = useId();
  const [state, setState] = useState<'idle' | 'busy' | { error: string }>('idle');
  const remove = async () => {
    setState('busy');
    const r = await api.deleteClip(clip.id);
    if (!r.ok) return setState({ error: r.error });
    onDeleted(r.value);
  };
  return (
    <section class="panel" aria-labelledby={heading}>
      <h2 id={heading}>{STRINGS.deleteHeading}</h2>
      <p id={hint} class="hint">
        {STRINGS.deleteHint}
      </p>
      <div class="button-row delete-row">
        <button
          type="button"
          class="button danger"
          aria-describedby={hint}
          disabled={state === 'busy'}
          onClick={remove}
        >
          {state === 'busy' ? STRINGS.deleting : STRINGS.deleteClip}
        </button>
      </div>
      {typeof state === 'object' && (
        <p class="error" role="alert">
          {STRINGS.deleteError(state.error)}
        </p>
      )}
    </section>
  );
}
