import { formatClipDate } from '@/lib/briefing';
import { STRINGS } from './strings';
import type { ClippedArticle, StoreState } from './types';

/** What the reader's clipped articles say about the entity. */
export function StoreSection({ name, store }: { name: string; store: StoreState }) {
  return (
    <section class="section store" aria-label={STRINGS.storeHeading}>
      <h3 class="eyebrow">{STRINGS.storeHeading}</h3>
      {/* Polite: the store answers after the card has opened. */}
      <div aria-live="polite">
        <StoreBody name={name} store={store} />
      </div>
    </section>
  );
}

function StoreBody({ name, store }: { name: string; store: StoreState }) {
  switch (store.status) {
    case 'loading':
      return <p class="muted">{STRINGS.storeLoading}</p>;
    case 'error':
      return <p class="error">{STRINGS.storeError(store.message)}</p>;
    case 'ready':
      if (store.articleCount > 0) return <Articles count={store.articleCount} latest={store.latest} />;
      return <Empty name={name} />;
    case 'empty':
      return <Empty name={name} />;
  }
}

function Empty({ name }: { name: string }) {
  return (
    <p class="empty">
      {STRINGS.storeEmpty(name)} <span class="muted">{STRINGS.storeEmptyHint}</span>
    </p>
  );
}

function Articles({ count, latest }: { count: number; latest: ClippedArticle[] }) {
  return (
    <>
      <p class="count">{STRINGS.storeCount(count)}</p>
      <ol class="articles" aria-label={STRINGS.latestLabel}>
        {latest.slice(0, 3).map((a) => (
          <li class="article" key={a.url}>
            <a class="article-title" href={a.url} target="_blank" rel="noopener noreferrer">
              {a.title}
            </a>
            <p class="meta">
              {a.site} · <time dateTime={a.date}>{formatClipDate(a.date)}</time>
            </p>
            <blockquote class="sentence">{a.sentence}</blockquote>
          </li>
        ))}
      </ol>
    </>
  );
}
