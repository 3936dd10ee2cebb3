import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Result, TabReport } from '@/lib/messages';
import type { EntityNames, PageSettings, PageSummary, PopupApi } from './api';
import { EntityRow, type StoreCount } from './EntityRow';
import { fromResult, LOADING, type Loadable, loaded, ready } from './loadable';
import { STRINGS } from './strings';

/** Marked once, when the entity list is on screen with its counts: the benchmark measures up to here. */
export const FIRST_PAINT_MARK = 'dossier:popup-first-paint';

type Kind = 'country' | 'organisation' | 'watch';

interface Props {
  api: PopupApi;
  /** The tab's report with its entities' names and archive counts, in one answer. */
  summary: Loadable<PageSummary>;
  settings: Loadable<PageSettings>;
  site: string | null;
  /** Changes when a clip changed the store, so that the counts are asked again. */
  storeRound: number;
  /**
   * Called once, in the frame after the first paint: whether the counts showed any clipped article (then the
   * archive is not empty and nobody needs to count all of it).
   */
  onFirstPaint?(anyClipped: boolean): void;
}

interface Named {
  id: string;
  name: string;
  kind: Kind;
  pageCount: number;
}

/** The countries and organisations the page names, each with its mentions here and in the archive. */
export function OnThisPage({ api, summary, settings, site, storeRound, onFirstPaint }: Props) {
  const report: Loadable<TabReport | null> =
    summary.status === 'ready' ? ready(summary.value.report) : summary;
  const entities = loaded(report)?.entities;
  const ids = entities?.map((e) => e.id) ?? [];
  const idsKey = ids.join('\n');
  const names = loaded(summary)?.names ?? {};
  // Counts asked again after the archive changed, for the ids they were asked for.
  const [recount, setRecount] = useState<{ key: string; counts: Loadable<Record<string, number>> } | null>(
    null,
  );
  const [actionError, setActionError] = useState<string | null>(null);
  const firstCounts = loaded(summary)?.counts;
  const counts: Loadable<Record<string, number>> =
    recount?.key === idsKey ? recount.counts : firstCounts ? fromResult(firstCounts) : LOADING;

  useEffect(() => {
    if (storeRound === 0 || ids.length === 0) return;
    let live = true;
    void api
      .entityCounts(ids)
      .then(
        (r: Result<Record<string, number>>) => live && setRecount({ key: idsKey, counts: fromResult(r) }),
      );
    return () => {
      live = false;
    };
    // idsKey stands for ids, which is a new array on every render.
  }, [api, idsKey, storeRound]);

  const offHere = loaded(settings)?.enabledHere === false;
  const body = bodyFor();
  const anyClipped = counts.status === 'ready' && Object.values(counts.value).some((n) => n > 0);
  useFirstPaintMark(body.settled, () => onFirstPaint?.(anyClipped));

  function bodyFor(): { settled: boolean; view: ComponentChildren } {
    if (report.status === 'loading') return { settled: false, view: <Reading /> };
    if (report.status === 'error')
      return { settled: true, view: <p class="error">{STRINGS.pageError(report.message)}</p> };
    if (report.value === null)
      return {
        settled: true,
        view: (
          <>
            <p class="teach">{STRINGS.cannotRun}</p>
            <p class="muted hint">{STRINGS.cannotRunHint}</p>
          </>
        ),
      };
    if (offHere) {
      const global = loaded(settings)?.settings.enabled === false;
      const text = global || site === null ? STRINGS.offEverywhere : STRINGS.offHere(site);
      return { settled: true, view: <p class="teach">{text}</p> };
    }
    if (ids.length === 0) {
      // An empty report may mean "switched off here": wait for the settings to say which.
      if (settings.status === 'loading') return { settled: false, view: <Reading /> };
      return { settled: true, view: <p class="teach">{STRINGS.noEntities}</p> };
    }
    const listed = group(entities ?? [], names);
    if (listed.length === 0) return { settled: true, view: <p class="teach">{STRINGS.noEntities}</p> };
    const countOf = (id: string): StoreCount =>
      counts.status === 'ready' ? (counts.value[id] ?? 0) : counts.status;
    return {
      settled: counts.status !== 'loading',
      view: (
        <>
          {listed.map(({ kind, label, items }) => (
            <section class="group" key={kind} aria-labelledby={`group-${kind}`}>
              <h3 class="eyebrow" id={`group-${kind}`}>
                {label} <span class="group-count">{items.length}</span>
              </h3>
              <ul class="entities">
                {items.map((e) => (
                  <EntityRow
                    key={e.id}
                    api={api}
                    id={e.id}
                    name={e.name}
                    pageCount={e.pageCount}
                    storeCount={countOf(e.id)}
                    onError={setActionError}
                  />
                ))}
              </ul>
            </section>
          ))}
        </>
      ),
    };
  }

  return (
    <section class="section on-page" aria-labelledby="on-this-page">
      <h2 class="heading" id="on-this-page">
        {STRINGS.onThisPage}
      </h2>
      <div class="on-page-body" aria-busy={!body.settled}>
        {body.view}
      </div>
      <div role="status" class="status">
        {actionError && <p class="error">{actionError}</p>}
      </div>
    </section>
  );
}

function Reading() {
  return <p class="muted">{STRINGS.readingPage}</p>;
}

const GROUPS: Array<{ kind: Kind; label: string }> = [
  { kind: 'country', label: STRINGS.countries },
  { kind: 'organisation', label: STRINGS.organisations },
  { kind: 'watch', label: STRINGS.watchlist },
];

/** The page's entities by kind, most named first (the report's order); ids without a name are left out. */
function group(
  entities: ReadonlyArray<{ id: string; count: number }>,
  names: EntityNames,
): Array<{ kind: Kind; label: string; items: Named[] }> {
  const items: Named[] = [];
  for (const { id, count } of entities) {
    const known = names[id];
    if (!known) continue;
    items.push({
      id,
      name: known.name,
      kind: id.startsWith('watch:') ? 'watch' : known.kind,
      pageCount: count,
    });
  }
  return GROUPS.map((g) => ({ ...g, items: items.filter((i) => i.kind === g.kind) })).filter(
    (g) => g.items.length > 0,
  );
}

/**
 * `performance.mark` once the list (with its counts) is on screen: a task queued from the next animation
 * frame runs after that frame is painted, while the frame callback itself runs before its paint.
 */
function useFirstPaintMark(settled: boolean, then: () => void): void {
  const marked = useRef(false);
  useLayoutEffect(() => {
    if (!settled || marked.current) return;
    marked.current = true;
    requestAnimationFrame(() => {
      setTimeout(() => {
        performance.mark(FIRST_PAINT_MARK);
        then();
      }, 0);
    });
  }, [settled]);
}
