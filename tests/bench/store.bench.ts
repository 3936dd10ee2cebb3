import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import {
  applyImport,
  type Clip,
  closeStore,
  EXPORT_FORMAT,
  EXPORT_VERSION,
  entityCounts,
  entityInStore,
  listClips,
  openStore,
  persistIndex,
  type SearchEngine,
  type Store,
  saveClip,
  searchClips,
  storeFacets,
} from '../../lib/store';
import { clipCorpusEndToEnd } from './clip-end-to-end';
import { median, p95, round } from './stats';
import { type ArticleSource, articleSource, MISSPELT, makeArchive, makeClip, random } from './store-articles';
import type { Bench } from './types';

const SIZES = [1_000, 10_000, 50_000];
const IMPORT_CHUNK = 5_000;
const RUNS = 5;
const CLIPS_TIMED = 50;

async function timed<T>(fn: () => Promise<T>): Promise<[ms: number, value: T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

/** A reader's mix: entity names, misspelt names, site names, title words and phrases. */
function queries(source: ArticleSource, clips: readonly Clip[]): string[] {
  const rand = random(7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
  const names = (ids: readonly string[]) => ids.map(source.nameOf).filter((n): n is string => !!n);
  const words = clips.flatMap((c) => c.title.split(/\s+/)).filter((w) => /^[A-Za-z]{6,}$/.test(w));
  const phrase = () => {
    const parts = pick(clips).title.split(/\s+/);
    const at = Math.floor(rand() * Math.max(1, parts.length - 1));
    return parts.slice(at, at + 2).join(' ');
  };
  return [
    ...names(source.entityIds.slice(0, 8)),
    ...names(Array.from({ length: 6 }, () => pick(source.entityIds.slice(8)))),
    ...MISSPELT,
    'reuters',
    'bbc',
    'guardian',
    'al jazeera',
    'ndtv',
    ...Array.from({ length: 10 }, () => pick(words)),
    ...Array.from({ length: 5 }, phrase),
  ];
}

/** The baseline for search: a lower-case substring scan over the same fields, no index at all. */
function scanBaseline(clips: readonly Clip[], source: ArticleSource): (q: string) => number {
  const haystacks = clips.map((c) =>
    [c.title, c.siteName, c.site, ...c.tags, ...c.entityIds.map(source.nameOf), c.excerpt]
      .join('\n')
      .toLowerCase(),
  );
  return (q) => {
    const needle = q.toLowerCase();
    let n = 0;
    for (const h of haystacks) if (h.includes(needle)) n++;
    return n;
  };
}

interface SizeResult {
  n: number;
  buildMs: number;
  snapshotLoadMs: number;
  rebuildMs: number;
  searchP95: number;
  engineP95: number;
  scanP95: number;
  lookupP95: number;
  countP95: number;
  counts50Ms: number;
  listP95: number;
  facetsMs: number;
  scanCountMs: number;
  clipMedian: number;
  clipP95: number;
}

async function importAll(store: Store, clips: readonly Clip[]): Promise<void> {
  for (let i = 0; i < clips.length; i += IMPORT_CHUNK) {
    const file = {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: new Date().toISOString(),
      clips: clips.slice(i, i + IMPORT_CHUNK),
      watchlist: [],
    };
    const report = await applyImport(store, JSON.stringify(file));
    if (!report.applied) throw new Error(`bench import refused: ${report.problems.join(' ')}`);
  }
}

async function measureSize(source: ArticleSource, n: number, engine: SearchEngine): Promise<SizeResult> {
  const clips = makeArchive(source, n);
  const factory = new IDBFactory();
  const open = () =>
    openStore({
      name: `bench-${n}`,
      indexedDB: factory,
      IDBKeyRange,
      nameOf: source.nameOf,
      engine,
      persistDelayMs: 3_600_000,
    });

  // Build: an empty index, n clips imported from export files (index kept up to date), snapshot saved.
  let store = open();
  const [buildMs] = await timed(async () => {
    await searchClips(store, 'warm up');
    await importAll(store, clips);
    await persistIndex(store);
  });
  closeStore(store);

  // A worker restart: the first search loads the snapshot. The baseline: rebuilding it from every clip.
  store = open();
  const [snapshotLoadMs] = await timed(() => searchClips(store, 'kabul'));
  closeStore(store);
  store = open();
  await store.db.searchIndex.delete('snapshot');
  const [rebuildMs] = await timed(() => searchClips(store, 'kabul'));
  await persistIndex(store);

  const qs = queries(source, clips);
  const scan = scanBaseline(clips, source);
  const searchMs: number[] = [];
  const engineMs: number[] = [];
  const scanMs: number[] = [];
  for (const q of qs) {
    await searchClips(store, q);
    for (let r = 0; r < RUNS; r++) {
      searchMs.push((await timed(() => searchClips(store, q)))[0]);
      let t0 = performance.now();
      store.search.index?.search(q, 20);
      engineMs.push(performance.now() - t0);
      t0 = performance.now();
      scan(q);
      scanMs.push(performance.now() - t0);
    }
  }

  const rand = random(11);
  const ids = [
    ...source.entityIds.slice(0, 20),
    ...Array.from(
      { length: 20 },
      () => source.entityIds[Math.floor(rand() * source.entityIds.length)] as string,
    ),
  ];
  const lookupMs: number[] = [];
  const countMs: number[] = [];
  for (const id of ids) {
    await entityInStore(store, id, 3);
    for (let r = 0; r < RUNS; r++) {
      lookupMs.push((await timed(() => entityInStore(store, id, 3)))[0]);
      countMs.push((await timed(() => entityCounts(store, [id])))[0]);
    }
  }
  const counts50: number[] = [];
  for (let r = 0; r < RUNS; r++) counts50.push((await timed(() => entityCounts(store, ids.slice(0, 50))))[0]);
  const listMs: number[] = [];
  for (const filter of [{}, { entity: ids[0] }, { site: 'reuters.com' }, { tag: 'asia', entity: ids[1] }])
    for (let r = 0; r < RUNS; r++) listMs.push((await timed(() => listClips(store, filter, 50, 50)))[0]);
  const [facetsMs] = await timed(() => storeFacets(store));
  const scanCount: number[] = [];
  for (const id of ids.slice(0, 3))
    scanCount.push((await timed(() => store.db.clips.filter((c) => c.entityIds.includes(id)).count()))[0]);

  // The store side of a clip: saveClip of a new page with the index loaded (the snapshot save is debounced).
  const clipTimes: number[] = [];
  for (let i = 0; i < CLIPS_TIMED; i++) {
    const {
      id: _,
      entityIds: _e,
      site: _s,
      tags: _t,
      note: _n,
      clippedAt: _c,
      updatedAt: _u,
      ...draft
    } = makeClip(source, rand, 0, Date.now());
    clipTimes.push((await timed(() => saveClip(store, { ...draft, url: `${draft.url}-new-${i}` })))[0]);
  }
  closeStore(store);

  return {
    n,
    buildMs,
    snapshotLoadMs,
    rebuildMs,
    searchP95: p95(searchMs),
    engineP95: p95(engineMs),
    scanP95: p95(scanMs),
    lookupP95: p95(lookupMs),
    countP95: p95(countMs),
    counts50Ms: median(counts50),
    listP95: p95(listMs),
    facetsMs,
    scanCountMs: median(scanCount),
    clipMedian: median(clipTimes),
    clipP95: p95(clipTimes),
  };
}

const ms = (v: number) => `${v.toFixed(2)} ms`;
const k = (n: number) => `${n / 1000}k`;

export const storeBench: Bench = {
  name: 'store',
  describe:
    'the reader’s archive (Dexie + search index) at 1k/10k/50k clips made from the corpus pages. ' +
    'IndexedDB here is fake-indexeddb in Node: its counts and cursors walk records in JavaScript and are ' +
    'much slower than a browser’s. The clip is timed end to end in headless Chromium with the built ' +
    'extension (real IndexedDB) on every corpus page',
  async run() {
    // Loaded here, so that the other benchmarks run whatever state the search module is in.
    const { createSearchIndex, loadSearchIndex } = await import('../../lib/search');
    const engine: SearchEngine = { create: createSearchIndex, load: loadSearchIndex };
    const source = await articleSource();
    const results: SizeResult[] = [];
    for (const n of SIZES) results.push(await measureSize(source, n, engine));
    const at = (n: number) => results.find((r) => r.n === n) as SizeResult;
    const clip = await clipCorpusEndToEnd();
    const figures = {
      searchP95Ms10k: round(at(10_000).searchP95),
      searchP95Ms50k: round(at(50_000).searchP95),
      lookupP95Ms50k: round(at(50_000).lookupP95),
      clipMs: round(clip.medianMs),
    };
    const table: Array<[string, string]> = [];
    for (const r of results) {
      const size = k(r.n);
      table.push(
        [
          `${size}: store build (import ${r.n} clips in ${IMPORT_CHUNK / 1000}k files + index + snapshot)`,
          ms(r.buildMs),
        ],
        [`${size}: worker restart, first search (loads the snapshot)`, ms(r.snapshotLoadMs)],
        [
          `${size}:   baseline: rebuild the index from every clip`,
          `${ms(r.rebuildMs)} (ratio ${round(r.snapshotLoadMs / r.rebuildMs)})`,
        ],
        [`${size}: search p95 (${RUNS}× each query, results read from the store)`, ms(r.searchP95)],
        [`${size}:   of which the search module alone (index.search), p95`, ms(r.engineP95)],
        [
          `${size}:   baseline: substring scan of the same fields, p95`,
          `${ms(r.scanP95)} (ratio ${round(r.searchP95 / r.scanP95)})`,
        ],
        [`${size}: lookup p95, entityInStore (count + latest 3)`, ms(r.lookupP95)],
        [`${size}: lookup p95, entityCounts of one id`, ms(r.countP95)],
        [`${size}: entityCounts of 40 ids, median`, ms(r.counts50Ms)],
        [
          `${size}:   baseline: count by scanning every clip, median`,
          `${ms(r.scanCountMs)} (ratio ${round(r.countP95 / r.scanCountMs, 4)})`,
        ],
        [`${size}: library list page (50 clips; no filter, entity, site, tag + entity), p95`, ms(r.listP95)],
        [`${size}: library facets (sites, tags, entities with counts)`, ms(r.facetsMs)],
        [
          `${size}: clip, store side only (saveClip + index update; no page extraction), median / p95`,
          `${ms(r.clipMedian)} / ${ms(r.clipP95)}`,
        ],
      );
    }
    table.push(
      ['searchP95Ms10k (target < 30)', String(figures.searchP95Ms10k)],
      ['searchP95Ms50k (target < 100)', String(figures.searchP95Ms50k)],
      ['lookupP95Ms50k, entityInStore (target < 5)', String(figures.lookupP95Ms50k)],
      [
        `clip end to end in Chromium, ${clip.pages} corpus pages (${clip.saved} articles, ${clip.bookmarks} no article), median / p95 / max`,
        `${ms(clip.medianMs)} / ${ms(clip.p95Ms)} / ${ms(clip.maxMs)}`,
      ],
      ['clipMs, end to end, median (target < 300)', String(figures.clipMs)],
    );
    return { figures, table };
  },
};
