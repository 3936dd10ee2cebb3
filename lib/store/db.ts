import { Dexie, type EntityTable, type Table, type Transaction } from 'dexie';
import { countFacets, type StoredClip, withIndexFields } from './records';
import type { ClipEntity, WatchEntity } from './types';

/**
 * The whole schema of the reader's archive, every version and its upgrade, in one place. A version, once
 * shipped, is never edited: a change is a new version with its own upgrade below the last.
 */

export const DB_NAME = 'dossier';

/** A row of `searchIndex`: the persisted index snapshot, or a mark that a clip changed after it was taken. */
export type SearchIndexRow =
  | { key: 'snapshot'; format: number; count: number; savedAt: number; data: unknown }
  | { key: `dirty:${number}` };

/**
 * A row of `facetCounts`: how many clips are filed under one facet key ("e:country:AF", "s:reuters.com",
 * "t:asia"; see records.ts). Kept in step by every write, in the write's own transaction (write.ts), so a
 * count is one key read: counting a multi-entry index walks every entry, which is 100+ ms at 50,000 clips.
 */
export interface FacetCountRow {
  key: string;
  n: number;
}

export type DossierDb = Dexie & {
  clips: EntityTable<StoredClip, 'id'>;
  searchIndex: Table<SearchIndexRow, string>;
  watchlist: EntityTable<WatchEntity, 'id'>;
  facetCounts: Table<FacetCountRow, string>;
};

export interface DbOptions {
  name?: string;
  /** For Node (fake-indexeddb) and tests; the browser's own by default. */
  indexedDB?: IDBFactory;
  IDBKeyRange?: typeof IDBKeyRange;
}

/** Version 1 (the first release): entities carried no score, and nothing was derived for indexes. */
export interface ClipV1 {
  id: number;
  url: string;
  title: string;
  byline: string | null;
  siteName: string | null;
  publishedAt: string | null;
  excerpt: string;
  html: string;
  text: string;
  entities: Array<Omit<ClipEntity, 'score'>>;
  tags: string[];
  note: string;
  clippedAt: number;
}

export const SCHEMA_V1 = {
  clips: '++id, &url, clippedAt, *tags',
  watchlist: 'id',
} as const;

export const SCHEMA_V2 = {
  clips: '++id, &url, *entityIds, *facetTimes, clippedAt, updatedAt, site, *tags, kind',
  searchIndex: 'key',
  watchlist: 'id',
} as const;

/** v1 → v2: entity scores (share of the article's mentions), kind, language, word count, index fields. */
export function upgradeClipV1(old: ClipV1): StoredClip {
  const total = old.entities.reduce((n, e) => n + e.count, 0);
  return withIndexFields({
    ...old,
    lang: null,
    wordCount: old.text.split(/\s+/).filter(Boolean).length,
    kind: old.html === '' ? 'bookmark' : 'article',
    entities: old.entities.map((e) => ({ ...e, score: total > 0 ? e.count / total : 0 })),
    updatedAt: old.clippedAt,
  });
}

async function upgradeToV2(tx: Transaction): Promise<void> {
  await tx
    .table('clips')
    .toCollection()
    .modify((clip: Record<string, unknown>, ref: { value: unknown }) => {
      ref.value = upgradeClipV1(clip as unknown as ClipV1);
    });
}

const SCHEMA_V3 = { ...SCHEMA_V2, facetCounts: 'key' } as const;

/** Clips per facet key, over the given clips. */
export function tallyFacets(clips: Iterable<Pick<StoredClip, 'facetTimes'>>): FacetCountRow[] {
  const counts = new Map<string, number>();
  for (const clip of clips) countFacets(counts, clip, 1);
  return [...counts].map(([key, n]) => ({ key, n }));
}

/** v2 → v3: the count table, tallied once from the clips already stored. */
async function upgradeToV3(tx: Transaction): Promise<void> {
  const clips: Array<Pick<StoredClip, 'facetTimes'>> = [];
  await tx.table('clips').each((clip: StoredClip) => {
    clips.push({ facetTimes: clip.facetTimes });
  });
  await tx.table('facetCounts').bulkPut(tallyFacets(clips));
}

export function openDb(options: DbOptions = {}): DossierDb {
  const db = new Dexie(options.name ?? DB_NAME, {
    ...(options.indexedDB && { indexedDB: options.indexedDB }),
    ...(options.IDBKeyRange && { IDBKeyRange: options.IDBKeyRange }),
  }) as DossierDb;
  db.version(1).stores(SCHEMA_V1);
  db.version(2).stores(SCHEMA_V2).upgrade(upgradeToV2);
  db.version(3).stores(SCHEMA_V3).upgrade(upgradeToV3);
  return db;
}
