import { useEffect, useId, useState } from 'preact/hooks';
import { canDrawFlags } from '@/components/card';
import type { EntityFacts } from '@/lib/briefing';
import { ok, type Result } from '@/lib/messages';
import type { EntityBriefing, WatchEntity } from '@/lib/store';
import type { LibraryApi } from './api';
import { downloadText } from './download';
import { FactsList, WatchFacts } from './FactsList';
import { briefingFileName, selectionFileName } from './file-names';
import { articleDate, fallbackName, formatDay } from './format';
import { useLoad, useTitle } from './load';
import { loadNames } from './names';
import { browseHref, clipHref, entityHref } from './routes';
import { STRINGS } from './strings';
import { TimelineChart } from './TimelineChart';

/** Who the entity is: the facts that ship with Dossier, the reader's own watchlist entry, or neither. */
type Identity =
  | { kind: 'facts'; facts: EntityFacts }
  | { kind: 'watch'; entity: WatchEntity }
  | { kind: 'unknown'; error: string | null };

async function identify(api: LibraryApi, id: string): Promise<Result<Identity>> {
  if (id.startsWith('watch:')) {
    const r = await api.watchlist();
    if (!r.ok) return r;
    const entity = r.value.find((e) => e.id === id);
    return ok(entity ? { kind: 'watch', entity } : { kind: 'unknown', error: null });
  }
  const r = await api.entityFacts(id);
  if (r.ok) return ok({ kind: 'facts', facts: r.value });
  // The gazetteer not knowing an id is a fact about it; anything else is a failure worth saying.
  return ok({ kind: 'unknown', error: /^unknown entity/i.test(r.error) ? null : r.error });
}

type ExportState = 'idle' | 'busy' | { done: string } | { error: string };

export function BriefingView({ api, id, revision }: { api: LibraryApi; id: string; revision: number }) {
  const [identity] = useLoad(() => identify(api, id), [api, id]);
  const [briefing] = useLoad<EntityBriefing>(() => api.entityBriefing(id), [api, id, revision]);
  const [names, setNames] = useState<Record<string, string>>({});
  const [exported, setExported] = useState<ExportState>('idle');
  const ids = { facts: useId(), time: useId(), articles: useId(), co: useId(), sentences: useId() };

  const co = briefing.status === 'ready' ? briefing.value.coOccurring : [];
  const coKey = co.map((c) => c.id).join('\n');
  useEffect(() => {
    let live = true;
    void loadNames(api, [id, ...co.map((c) => c.id)]).then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, [api, id, coKey]);

  const known = identity.status === 'ready' ? identity.value : null;
  const name =
    known?.kind === 'facts'
      ? known.facts.name
      : known?.kind === 'watch'
        ? known.entity.name
        : (names[id] ?? fallbackName(id));
  const title = identity.status === 'loading' ? STRINGS.briefingLoading : name;
  useTitle(title);

  /** Asks for a file's text and downloads it, saying in the status line how it went. */
  const download = async (
    text: Promise<Result<string | string[]>>,
    fileName: (name: string, now: Date) => string,
    type: string,
  ) => {
    setExported('busy');
    const r = await text;
    if (!r.ok) return setExported({ error: r.error });
    const file = fileName(name, new Date());
    downloadText(file, r.value, type);
    setExported({ done: file });
  };
  const exportMarkdown = () =>
    download(api.briefingMarkdown(id), briefingFileName, 'text/markdown;charset=utf-8');
  // A selection in the store's own export format: what an analyst hands a colleague, who imports it.
  const exportArticles = (clipIds: number[]) =>
    download(api.exportStore(clipIds), selectionFileName, 'application/json');
  const articleIds = briefing.status === 'ready' ? briefing.value.articles.map((a) => a.clip.id) : [];

  // Without a colour emoji font a flag is two boxed letters; the name says it better.
  const flag = known?.kind === 'facts' && canDrawFlags(document) ? known.facts.flag : undefined;
  const description =
    known?.kind === 'facts' ? known.facts.description : known?.kind === 'watch' ? STRINGS.kindWatch : null;

  return (
    <>
      <div class="briefing-head">
        {flag && (
          <span class="briefing-flag" aria-hidden="true">
            {flag}
          </span>
        )}
        <div>
          <p class="eyebrow">{STRINGS.briefingTitle}</p>
          <h1 tabIndex={-1}>{title}</h1>
          {description && <p class="briefing-description">{description}</p>}
        </div>
      </div>
      <div class="briefing-actions button-row">
        <button type="button" class="button primary" disabled={exported === 'busy'} onClick={exportMarkdown}>
          {exported === 'busy' ? STRINGS.exporting : STRINGS.exportMarkdown}
        </button>
        {articleIds.length > 0 && (
          <button
            type="button"
            class="button"
            disabled={exported === 'busy'}
            onClick={() => exportArticles(articleIds)}
          >
            {STRINGS.exportSelection(articleIds.length)}
          </button>
        )}
        <a href={browseHref({ entity: id })}>{STRINGS.showInList}</a>
        <span
          class={`status${typeof exported === 'object' && 'error' in exported ? ' error' : ' muted'}`}
          role="status"
        >
          {typeof exported === 'object' &&
            ('error' in exported
              ? STRINGS.exportError(exported.error)
              : STRINGS.exportedMarkdown(exported.done))}
        </span>
      </div>
      {briefing.status === 'error' && <p class="notice error">{STRINGS.briefingError(briefing.message)}</p>}
      <div class="briefing">
        <div class="briefing-main">
          {briefing.status === 'loading' && <p class="muted">{STRINGS.loading}</p>}
          {briefing.status === 'ready' && briefing.value.articles.length === 0 && (
            <p class="notice">{STRINGS.noArticles(name)}</p>
          )}
          {briefing.status === 'ready' && briefing.value.timeline.length > 0 && (
            <section class="panel" aria-labelledby={ids.time}>
              <h2 id={ids.time}>{STRINGS.timelineHeading}</h2>
              <TimelineChart timeline={briefing.value.timeline} />
            </section>
          )}
          {briefing.status === 'ready' && briefing.value.articles.length > 0 && (
            <section class="panel" aria-labelledby={ids.articles}>
              <h2 id={ids.articles}>{STRINGS.articlesHeading(briefing.value.articles.length)}</h2>
              <ul class="article-list">
                {briefing.value.articles.map(({ clip, sentence }) => {
                  const date = articleDate(clip);
                  return (
                    <li key={clip.id}>
                      <a href={clipHref(clip.id)}>{clip.title || clip.url}</a>
                      <p class="meta">
                        <span>{clip.siteName || clip.site}</span>
                        <time dateTime={date.iso}>{date.text}</time>
                      </p>
                      {sentence && <p class="quote">{sentence}</p>}
                    </li>
                  );
                })}
              </ul>
            </section>
          )}
          {briefing.status === 'ready' && briefing.value.sentences.length > 0 && (
            <section class="panel" aria-labelledby={ids.sentences}>
              <h2 id={ids.sentences}>{STRINGS.sentencesHeading}</h2>
              <ul class="sentence-list">
                {briefing.value.sentences.map((s, i) => (
                  <li key={`${s.clipId}-${i}`}>
                    <blockquote>{s.sentence}</blockquote>
                    <p class="meta">
                      <a href={clipHref(s.clipId)}>{s.title}</a>
                      <span>{formatDay(s.date)}</span>
                    </p>
                  </li>
                ))}
              </ul>
            </section>
          )}
        </div>
        <div class="side">
          <section class="panel" aria-labelledby={ids.facts}>
            <h2 id={ids.facts}>{STRINGS.factsHeading}</h2>
            {identity.status === 'loading' && <p class="muted">{STRINGS.loading}</p>}
            {identity.status === 'error' && <p class="error">{STRINGS.factsError(identity.message)}</p>}
            {known?.kind === 'facts' && <FactsList facts={known.facts} />}
            {known?.kind === 'watch' && <WatchFacts entity={known.entity} />}
            {known?.kind === 'unknown' && (
              <p class={known.error ? 'error' : 'muted'}>
                {known.error ? STRINGS.factsError(known.error) : STRINGS.factsMissing}
              </p>
            )}
          </section>
          {briefing.status === 'ready' && briefing.value.articles.length > 0 && (
            <section class="panel" aria-labelledby={ids.co}>
              <h2 id={ids.co}>{STRINGS.coHeading}</h2>
              {co.length === 0 ? (
                <p class="muted">{STRINGS.coNone}</p>
              ) : (
                <ul class="chips">
                  {co.map((c) => (
                    <li key={c.id}>
                      <a class="chip" href={entityHref(c.id)}>
                        {names[c.id] ?? fallbackName(c.id)}
                        <span class="visually-hidden">, {STRINGS.coCount(c.count)}</span>
                        <span class="chip-count" aria-hidden="true">
                          {c.count}
                        </span>
                      </a>
                    </li>
                  ))}
                </ul>
              )}
            </section>
          )}
        </div>
      </div>
    </>
  );
}
