import { fileURLToPath } from 'node:url';
import Fuse from 'fuse.js';
import {
  createSearchIndex,
  loadSearchIndex,
  type SearchDoc,
  type SearchIndex,
  type SearchSnapshot,
} from '../../lib/search';
import { generateSearchDocs, type QueryKind, searchQueries } from './search-corpus';
import { median, round } from './stats';
import type { Bench } from './types';

/**
 * The search module on its own: build, snapshot, load and search at 1k/10k/50k generated clips, with ~200
 * queries of the kinds readers type; the baseline is a plain fuse.js scan over every clip (1k and 10k
 * only: at 50k it takes seconds a query). Run: npx tsx tests/bench/search.bench.ts
 */

export interface SearchBenchOptions {
  sizes?: number[];
  /** Sizes at which the plain fuse.js scan is measured too. */
  baselineSizes?: number[];
  queries?: number;
  /** Passes over the queries; each query's time is the median of its passes. */
  runs?: number;
  seed?: number;
  /** Progress lines (default: none). */
  log?: (line: string) => void;
  /** Another implementation of the door to measure the same way (default: lib/search). */
  engine?: { create(): SearchIndex; load(snapshot: SearchSnapshot): SearchIndex };
}

export interface SearchSizeFigures {
  n: number;
  buildMs: number;
  snapshotMs: number;
  snapshotMB: number;
  /** loadSearchIndex on an already parsed snapshot (what IndexedDB hands back). */
  loadMs: number;
  /** The first search after a load, which also builds the misspelling index. */
  firstSearchMs: number;
  searchP50: number;
  searchP95: number;
  searchMax: number;
  /** Share of queries with at least one hit. */
  hitRate: number;
  /** Share of misspelt queries whose best hit holds the word meant. */
  misspeltTopHit: number;
  p95ByKind: Record<QueryKind, number>;
  baselineP50?: number;
  baselineP95?: number;
}

export interface SearchBenchFigures {
  sizes: SearchSizeFigures[];
  /** Plain fuse.js scan p50 / ours p50, per baseline size. */
  ratioToPlainFuse: Record<number, number>;
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(sorted.length * p) - 1))] ?? Number.NaN;
}

function time<T>(fn: () => T): [ms: number, value: T] {
  const t0 = performance.now();
  const value = fn();
  return [performance.now() - t0, value];
}

/** What a reader would get from fuse.js alone: the same keys and options, scanning every clip. */
function plainFuse(docs: readonly SearchDoc[]): Fuse<SearchDoc> {
  return new Fuse(docs, {
    keys: [
      { name: 'title', weight: 3 },
      { name: 'entities.name', weight: 3 },
      { name: 'tags', weight: 1.5 },
      { name: 'site', weight: 1.5 },
      { name: 'excerpt', weight: 1 },
    ],
    ignoreLocation: true,
    ignoreDiacritics: true,
    threshold: 0.35,
    includeMatches: true,
    includeScore: true,
    minMatchCharLength: 2,
    useTokenSearch: true,
  });
}

/**
 * Each query's time, the median of `runs` passes over the whole list (after a warm-up pass over a few):
 * on a machine shared with other work, one stall should not count as the search's own time.
 */
function measureSearches(
  search: (q: string) => number,
  queries: ReadonlyArray<{ query: string }>,
  runs: number,
): number[] {
  for (const { query } of queries.slice(0, 20)) search(query);
  const times = queries.map(() => [] as number[]);
  for (let r = 0; r < runs; r++) {
    queries.forEach(({ query }, i) => {
      times[i]?.push(time(() => search(query))[0]);
    });
  }
  return times.map(median);
}

export async function runSearchBench(opts: SearchBenchOptions = {}): Promise<SearchBenchFigures> {
  const sizes = opts.sizes ?? [1_000, 10_000, 50_000];
  const baselineSizes = opts.baselineSizes ?? [1_000, 10_000];
  const log = opts.log ?? (() => undefined);
  const engine = opts.engine ?? { create: createSearchIndex, load: loadSearchIndex };
  const runs = opts.runs ?? 3;
  const out: SearchSizeFigures[] = [];
  const ratio: Record<number, number> = {};
  for (const n of sizes) {
    const docs = generateSearchDocs(n, opts.seed ?? 1);
    const queries = searchQueries(docs, opts.queries ?? 200);
    const [buildMs, built] = time(() => {
      const index = engine.create();
      for (const doc of docs) index.upsert(doc);
      return index;
    });
    const [snapshotMs, snapshot] = time(() => built.snapshot());
    const json = JSON.stringify(snapshot);
    const loads: number[] = [];
    let loaded: SearchIndex = built;
    for (let i = 0; i < 3; i++) {
      const parsed = JSON.parse(json);
      const [ms, index] = time(() => engine.load(parsed));
      loads.push(ms);
      loaded = index;
    }
    const [firstSearchMs] = time(() => loaded.search('Afganistan'));
    const ours = measureSearches((q) => loaded.search(q).length, queries, runs);
    const hits = queries.filter(({ query }) => loaded.search(query).length > 0).length;
    const byId = new Map(docs.map((d) => [d.id, d]));
    const misspelt = queries.filter((q) => q.meant);
    const rightFirst = misspelt.filter(({ query, meant }) => {
      const top = byId.get(loaded.search(query, 1)[0]?.id ?? -1);
      const fields = top && [top.title, top.site, top.excerpt, ...top.entities.map((e) => e.name)].join(' ');
      return !!fields && fields.toLowerCase().includes((meant as string).toLowerCase());
    }).length;
    const byKind = {} as Record<QueryKind, number>;
    for (const kind of new Set(queries.map((q) => q.kind))) {
      byKind[kind] = round(
        percentile(
          ours.filter((_, i) => queries[i]?.kind === kind),
          0.95,
        ),
      );
    }
    const figures: SearchSizeFigures = {
      n,
      buildMs: round(buildMs, 0),
      snapshotMs: round(snapshotMs, 1),
      snapshotMB: round(json.length / 1e6, 1),
      loadMs: round(median(loads), 1),
      firstSearchMs: round(firstSearchMs, 1),
      searchP50: round(percentile(ours, 0.5)),
      searchP95: round(percentile(ours, 0.95)),
      searchMax: round(Math.max(...ours)),
      hitRate: round(hits / queries.length),
      misspeltTopHit: round(rightFirst / Math.max(1, misspelt.length)),
      p95ByKind: byKind,
    };
    if (baselineSizes.includes(n)) {
      const fuse = plainFuse(docs);
      const base = measureSearches((q) => fuse.search(q, { limit: 20 }).length, queries.slice(0, 60), 1);
      figures.baselineP50 = round(percentile(base, 0.5));
      figures.baselineP95 = round(percentile(base, 0.95));
      ratio[n] = round(figures.baselineP50 / figures.searchP50, 1);
    }
    log(`${n}: ${JSON.stringify(figures)}`);
    out.push(figures);
  }
  return { sizes: out, ratioToPlainFuse: ratio };
}

function table(figures: SearchBenchFigures): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  for (const f of figures.sizes) {
    const k = `${f.n / 1000}k`;
    lines.push([`${k}: search p50 / p95 / max`, `${f.searchP50} / ${f.searchP95} / ${f.searchMax} ms`]);
    lines.push([`${k}: p95 by kind`, JSON.stringify(f.p95ByKind)]);
    lines.push([
      `${k}: queries with a hit / misspellings with the meant word first`,
      `${Math.round(f.hitRate * 100)}% / ${Math.round(f.misspeltTopHit * 100)}%`,
    ]);
    lines.push([`${k}: build (upsert every clip)`, `${f.buildMs} ms`]);
    lines.push([`${k}: snapshot / its JSON`, `${f.snapshotMs} ms / ${f.snapshotMB} MB`]);
    lines.push([`${k}: load snapshot / first search after`, `${f.loadMs} ms / ${f.firstSearchMs} ms`]);
    if (f.baselineP50 !== undefined) {
      lines.push([
        `${k}: plain fuse.js scan p50 / p95 (ratio of p50s)`,
        `${f.baselineP50} / ${f.baselineP95} ms (${figures.ratioToPlainFuse[f.n]}x ours)`,
      ]);
    }
  }
  return lines;
}

/** The figures as flat numbers, keyed `<figure>_<size>` ("searchP95_50k"), for `bench --json`. */
export function flatFigures(figures: SearchBenchFigures): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of figures.sizes) {
    const k = `${f.n / 1000}k`;
    for (const key of ['searchP50', 'searchP95', 'buildMs', 'loadMs', 'firstSearchMs', 'snapshotMB'] as const)
      out[`${key}_${k}`] = f[key];
    const ratio = figures.ratioToPlainFuse[f.n];
    if (ratio !== undefined) out[`ratioToPlainFuse_${k}`] = ratio;
  }
  return out;
}

/** In the shape of tests/bench/types.ts's Bench, for tests/bench/run.ts to list. */
export const searchBench: Bench = {
  name: 'search',
  describe:
    'lib/search over generated clips: search p50/p95, build, snapshot load; plain fuse.js scan as baseline',
  async run() {
    const figures = await runSearchBench();
    return { figures: flatFigures(figures), table: table(figures) };
  },
};

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  runSearchBench({ log: (line) => process.stderr.write(`${line}\n`) }).then(
    (figures) => {
      const lines = table(figures);
      const width = Math.max(...lines.map(([l]) => l.length));
      process.stdout.write(
        `search: ${searchBench.describe} (targets: p95 < 30 ms at 10k, < 100 ms at 50k)\n`,
      );
      for (const [label, value] of lines) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
    },
    (error: unknown) => {
      process.stderr.write(`search bench: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
