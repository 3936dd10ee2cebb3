import type { SearchIndex, SearchSnapshot } from '../search';
import { type DbOptions, type DossierDb, openDb } from './db';

/** The search index's two constructors (lib/search), passed in so that tests can count rebuilds. */
export interface SearchEngine {
  create(): SearchIndex;
  load(snapshot: SearchSnapshot): SearchIndex;
}

/** The in-memory search index of one open store: a cache of the persisted snapshot, never the truth. */
export interface IndexState {
  index: SearchIndex | undefined;
  loading: Promise<SearchIndex> | undefined;
  /** Write transactions begun and not yet settled: a snapshot is only taken when there are none. */
  writes: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** Times the index was rebuilt from every clip (no usable snapshot), for tests and the benchmark. */
  rebuilds: number;
  /**
   * The reader's own entities' names (watchlist), which the gazetteer's `nameOf` does not know: read with the
   * index and kept with it, so that a clip about "Acme Corp" is found by that name.
   */
  watchNames: ReadonlyMap<string, string> | undefined;
}

export interface Store {
  readonly db: DossierDb;
  /** An entity's display name, for the search index; null when unknown (left out of the index). */
  readonly nameOf: (id: string) => string | null;
  readonly engine: SearchEngine;
  readonly now: () => number;
  /** How long after the last write the index snapshot is saved. */
  readonly persistDelayMs: number;
  readonly search: IndexState;
  /** Called after every write that committed (the background marks cached summaries stale with it). */
  readonly afterWrite?: () => Promise<void>;
}

export interface StoreOptions extends DbOptions {
  nameOf: (id: string) => string | null;
  engine: SearchEngine;
  now?: () => number;
  persistDelayMs?: number;
  afterWrite?: () => Promise<void>;
}

/**
 * Opens the archive. Cheap: Dexie opens the database on first use, and the search index is loaded on the
 * first search. Nothing here outlives the object, so a stopped worker simply opens a new one.
 */
export function openStore(options: StoreOptions): Store {
  return {
    db: openDb(options),
    nameOf: options.nameOf,
    engine: options.engine,
    now: options.now ?? Date.now,
    persistDelayMs: options.persistDelayMs ?? 1500,
    search: {
      index: undefined,
      loading: undefined,
      writes: 0,
      timer: undefined,
      rebuilds: 0,
      watchNames: undefined,
    },
    afterWrite: options.afterWrite,
  };
}

/** Closes the database without saving the index snapshot: what a stopped worker leaves behind. */
export function closeStore(store: Store): void {
  clearTimeout(store.search.timer);
  store.search.timer = undefined;
  store.db.close();
}
