import { useId, useState } from 'preact/hooks';
import type { EntityInStore } from '@/lib/store';
import type { PopupApi } from './api';
import { articleDate } from './dates';
import { fromResult, LOADING, type Loadable } from './loadable';
import { STRINGS } from './strings';

/** How many latest articles an expanded entity lists; the briefing has the rest. */
export const LATEST = 5;

/** Articles in the archive that mention the entity, or where that count stands. */
export type StoreCount = number | 'loading' | 'error';

interface Props {
  api: PopupApi;
  id: string;
  name: string;
  pageCount: number;
  storeCount: StoreCount;
  onError(message: string | null): void;
}

function storeCountText(count: StoreCount): string {
  if (count === 'loading') return STRINGS.countsLoading;
  if (count === 'error') return STRINGS.countsError;
  return STRINGS.clippedCount(count);
}

/** One entity: a disclosure button that lists its latest clipped articles, and a way to its briefing. */
export function EntityRow({ api, id, name, pageCount, storeCount, onError }: Props) {
  const [open, setOpen] = useState(false);
  const [articles, setArticles] = useState<Loadable<EntityInStore>>(LOADING);
  const panelId = `entity-${useId()}`;

  const toggle = () => {
    const opening = !open;
    setOpen(opening);
    if (opening && articles.status !== 'ready') {
      setArticles(LOADING);
      void api.entityInStore(id, LATEST).then((r) => setArticles(fromResult(r)));
    }
  };

  const openBriefing = async () => {
    onError(null);
    const r = await api.openBriefing(id);
    if (!r.ok) onError(STRINGS.briefingError(r.error));
  };

  return (
    <li class="entity">
      <div class="entity-line">
        <button
          type="button"
          class="entity-toggle"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={toggle}
        >
          <svg class="chevron" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
            <path d="M6 3.5l4.5 4.5L6 12.5" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
          <span class="entity-text">
            <span class="entity-name">{name}</span>
            <span class="entity-meta">
              {STRINGS.namedHere(pageCount)}
              <span aria-hidden="true"> · </span>
              <span class={`store-count ${typeof storeCount === 'number' ? '' : 'pending'}`}>
                {storeCountText(storeCount)}
              </span>
            </span>
          </span>
        </button>
        <button
          type="button"
          class="link briefing"
          aria-label={STRINGS.briefingLabel(name)}
          onClick={() => void openBriefing()}
        >
          {STRINGS.briefing}
        </button>
      </div>
      <div class="entity-articles" id={panelId} hidden={!open}>
        {open && <Articles name={name} articles={articles} />}
      </div>
    </li>
  );
}

function Articles({ name, articles }: { name: string; articles: Loadable<EntityInStore> }) {
  if (articles.status === 'loading') return <p class="muted">{STRINGS.articlesLoading}</p>;
  if (articles.status === 'error') return <p class="error">{STRINGS.articlesError(articles.message)}</p>;
  const { count, latest } = articles.value;
  if (latest.length === 0) return <p class="muted">{STRINGS.articlesEmpty(name)}</p>;
  return (
    <>
      <ol class="articles" aria-label={STRINGS.latestLabel(name)}>
        {latest.map(({ clip, sentence }) => {
          const date = articleDate(clip);
          return (
            <li class="article" key={clip.id}>
              <a class="article-title" href={clip.url} target="_blank" rel="noopener noreferrer">
                {clip.title || clip.url}
              </a>
              <p class="meta">
                {clip.siteName ?? clip.site} · <time dateTime={date.iso}>{date.text}</time>
              </p>
              {sentence && <blockquote class="sentence">{sentence}</blockquote>}
            </li>
          );
        })}
      </ol>
      {count > latest.length && <p class="muted more">{STRINGS.articlesMore(latest.length, count)}</p>}
    </>
  );
}
