import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { WatchEntity } from '@/lib/store';
import type { LibraryApi } from './api';
import type { Notify } from './LibraryApp';
import { useLoad, useTitle } from './load';
import { entityHref } from './routes';
import { STRINGS } from './strings';
import { WatchForm } from './WatchForm';
import { MAX_WATCHED, withEntity } from './watchlist-rules';

type Status = { text: string; tone: 'ok' | 'error' } | null;

/** The reader's own entities: add, edit and remove, each change saved as the whole list. */
export function WatchlistView({ api, notify }: { api: LibraryApi; notify: Notify }) {
  useTitle(STRINGS.watchTitle);
  const [loaded] = useLoad<WatchEntity[]>(() => api.watchlist(), [api]);
  const [list, setList] = useState<WatchEntity[] | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  const latest = useRef<WatchEntity[]>([]);
  const editButtons = useRef(new Map<string, HTMLButtonElement>());
  const listHeading = useRef<HTMLHeadingElement>(null);
  const [focusAfter, setFocusAfter] = useState<string | null>(null);
  const headingId = useId();

  useEffect(() => {
    if (loaded.status === 'ready') setList(loaded.value);
  }, [loaded]);
  latest.current = list ?? [];

  useEffect(() => {
    if (focusAfter === null) return;
    if (focusAfter === '') listHeading.current?.focus();
    else editButtons.current.get(focusAfter)?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  const save = async (next: WatchEntity[], done: string): Promise<boolean> => {
    setBusy(true);
    const r = await api.saveWatchlist(next);
    setBusy(false);
    if (!r.ok) {
      setStatus({ text: STRINGS.watchSaveError(r.error), tone: 'error' });
      return false;
    }
    latest.current = r.value;
    setList(r.value);
    setStatus(done ? { text: done, tone: 'ok' } : null);
    return true;
  };

  const remove = async (entity: WatchEntity) => {
    const next = latest.current.filter((e) => e.id !== entity.id);
    // The toast says it, with undo; the status line stays quiet so that it is not announced twice.
    if (!(await save(next, ''))) return;
    setFocusAfter('');
    notify({
      text: STRINGS.watchRemoved(entity.name),
      action: {
        label: STRINGS.undo,
        ariaLabel: STRINGS.watchUndoLabel(entity.name),
        run: () => {
          void save(withEntity(latest.current, entity), '').then(
            (saved) => saved && notify({ text: STRINGS.watchRestored(entity.name) }),
          );
        },
      },
    });
  };

  if (loaded.status === 'loading' || (loaded.status === 'ready' && list === null))
    return <Head status={null} loading />;
  if (loaded.status === 'error')
    return <Head status={{ text: STRINGS.watchLoadError(loaded.message), tone: 'error' }} />;
  const entities = list ?? [];

  return (
    <>
      <Head status={status} />
      <div class="watch-layout">
        <section aria-labelledby={headingId}>
          <h2 id={headingId} ref={listHeading} tabIndex={-1} class="list-heading">
            {STRINGS.watchListHeading(entities.length, MAX_WATCHED)}
          </h2>
          {entities.length === 0 ? (
            <p class="notice">{STRINGS.watchEmpty}</p>
          ) : (
            <ul class="watch-list">
              {entities.map((entity) =>
                editing === entity.id ? (
                  <li key={entity.id} class="watch-item">
                    <WatchForm
                      heading={STRINGS.watchEditHeading(entity.name)}
                      headingLevel={3}
                      editing={entity}
                      list={entities}
                      submitLabel={STRINGS.watchSave}
                      busy={busy}
                      onSubmit={async (changed) => {
                        const saved = await save(
                          withEntity(latest.current, changed),
                          STRINGS.watchUpdated(changed.name),
                        );
                        if (saved) {
                          setEditing(null);
                          setFocusAfter(changed.id);
                        }
                        return saved;
                      }}
                      onCancel={() => {
                        setEditing(null);
                        setFocusAfter(entity.id);
                      }}
                    />
                  </li>
                ) : (
                  <li key={entity.id} class="watch-item">
                    <h3>{entity.name}</h3>
                    {entity.aliases.length > 0 && (
                      <p class="muted">{STRINGS.watchAlso(entity.aliases.join(', '))}</p>
                    )}
                    {entity.note && <p class="watch-note">{entity.note}</p>}
                    <div class="button-row">
                      <button
                        type="button"
                        class="button small"
                        ref={(el) => {
                          if (el) editButtons.current.set(entity.id, el);
                          else editButtons.current.delete(entity.id);
                        }}
                        aria-label={STRINGS.watchEditLabel(entity.name)}
                        onClick={() => setEditing(entity.id)}
                      >
                        {STRINGS.watchEdit}
                      </button>
                      <button
                        type="button"
                        class="button small danger"
                        aria-label={STRINGS.watchRemoveLabel(entity.name)}
                        disabled={busy}
                        onClick={() => remove(entity)}
                      >
                        {STRINGS.watchRemove}
                      </button>
                      <a href={entityHref(entity.id)} aria-label={STRINGS.watchBriefingLabel(entity.name)}>
                        {STRINGS.watchBriefing}
                      </a>
                    </div>
                  </li>
                ),
              )}
            </ul>
          )}
        </section>
        <section class="panel">
          <WatchForm
            heading={STRINGS.watchAddHeading}
            editing={null}
            list={entities}
            submitLabel={STRINGS.watchAdd}
            busy={busy}
            onSubmit={(entity) => save([...latest.current, entity], STRINGS.watchAdded(entity.name))}
          />
        </section>
      </div>
    </>
  );
}

function Head({ status, loading = false }: { status: Status; loading?: boolean }) {
  return (
    <>
      <div class="view-head">
        <h1 tabIndex={-1}>{STRINGS.watchTitle}</h1>
      </div>
      <p class="intro">{STRINGS.watchIntro}</p>
      {loading && <p class="muted">{STRINGS.loading}</p>}
      <p class={`status${status?.tone === 'error' ? ' error' : ' ok'}`} role="status">
        {status?.text}
      </p>
    </>
  );
}
