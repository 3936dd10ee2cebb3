import type { SearchDoc, SearchIndex, SearchSnapshot } from '../search';
import type { SearchIndexRow } from './db';
import type { StoredClip } from './records';
import type { Store } from './store';

/**
 * Keeps the search index in step with the clips without ever rebuilding it on a worker start:
 *
 * - every write marks the clips it changed with a `dirty:<id>` row in the same transaction, and updates the
 *   in-memory index (when loaded) inside that transaction;
 * - a debounced save writes the snapshot and removes the dirty rows it covers;
 * - loading takes the snapshot and re-indexes only the dirty clips. A missing snapshot, one of another
 *   format, or one whose size disagrees with the clip count after that, is rebuilt from all clips.
 *
 * A worker stopped before the debounced save therefore loses nothing: its dirty rows are still there.
 */

/** Bumped when the shape of SearchDoc (what the store feeds the index) changes. */
export const SNAPSHOT_FORMAT = 1;
const SNAPSHOT_KEY = 'snapshot';
const DIRTY = 'dirty:';

export const dirtyKey = (id: number): `dirty:${number}` => `${DIRTY}${id}`;

export function toSearchDoc(clip: StoredClip, nameOf: (id: string) => string | null): SearchDoc {
  const site =
    clip.siteName && clip.siteName.toLowerCase() !== clip.site ? `${clip.siteName} ${clip.site}` : clip.site;
  const entities: SearchDoc['entities'] = [];
  for (const e of clip.entities) {
    const name = nameOf(e.id);
    if (name) entities.push({ name, score: e.score });
  }
  return {
    id: clip.id,
    title: clip.title,
    site,
    tags: clip.tags,
    entities,
    excerpt: clip.excerpt,
    clippedAt: clip.clippedAt,
  };
}

/** An entity's name for the index: the gazetteer's, else the reader's watchlist entry. */
function namer(store: Store): (id: string) => string | null {
  const watched = store.search.watchNames;
  return (id) => store.nameOf(id) ?? watched?.get(id) ?? null;
}

/** Brings the in-memory index up to date with changed clips (null: deleted). Synchronous. */
export function applyToIndex(store: Store, changed: ReadonlyMap<number, StoredClip | null>): void {
  const index = store.search.index;
  if (!index) return;
  const nameOf = namer(store);
  for (const [id, clip] of changed) {
    if (clip) index.upsert(toSearchDoc(clip, nameOf));
    else index.remove(id);
  }
}

/** The in-memory index, loaded from its snapshot (or rebuilt) on first use. */
export function ensureIndex(store: Store): Promise<SearchIndex> {
  const s = store.search;
  if (s.index) return Promise.resolve(s.index);
  s.loading ??= loadIndex(store).finally(() => {
    s.loading = undefined;
  });
  return s.loading;
}

async function loadIndex(store: Store): Promise<SearchIndex> {
  const { db } = store;
  const found = await db.transaction('r', db.clips, db.searchIndex, db.watchlist, async () => {
    const snapshot = (await db.searchIndex.get(SNAPSHOT_KEY)) as
      | Extract<SearchIndexRow, { key: 'snapshot' }>
      | undefined;
    const dirtyIds = (await db.searchIndex.where('key').startsWith(DIRTY).primaryKeys()).map((k) =>
      Number(String(k).slice(DIRTY.length)),
    );
    const dirty = await db.clips.bulkGet(dirtyIds);
    const watchlist = await db.watchlist.toArray();
    return { snapshot, dirtyIds, dirty, watchlist, count: await db.clips.count() };
  });
  store.search.watchNames = new Map(found.watchlist.map((w) => [w.id, w.name]));
  const nameOf = namer(store);
  let index = fromSnapshot(store, found.snapshot);
  if (index) {
    found.dirtyIds.forEach((id, i) => {
      const clip = found.dirty[i];
      if (clip) index?.upsert(toSearchDoc(clip, nameOf));
      else index?.remove(id);
    });
    if (index.size !== found.count) index = undefined;
  }
  const rebuilt = !index;
  if (!index) index = await rebuild(store);
  store.search.index = index;
  if (rebuilt || found.dirtyIds.length > 0) schedulePersist(store);
  return index;
}

function fromSnapshot(store: Store, row: Extract<SearchIndexRow, { key: 'snapshot' }> | undefined) {
  if (!row || row.format !== SNAPSHOT_FORMAT) return undefined;
  try {
    const index = store.engine.load(row.data as SearchSnapshot);
    return index.size === row.count ? index : undefined;
  } catch {
    // A snapshot the search module no longer reads (its own format changed) is rebuilt.
    return undefined;
  }
}

async function rebuild(store: Store): Promise<SearchIndex> {
  store.search.rebuilds++;
  const index = store.engine.create();
  const nameOf = namer(store);
  await store.db.transaction('r', store.db.clips, () =>
    store.db.clips.each((clip) => index.upsert(toSearchDoc(clip, nameOf))),
  );
  return index;
}

export function schedulePersist(store: Store): void {
  const s = store.search;
  clearTimeout(s.timer);
  s.timer = setTimeout(() => {
    s.timer = undefined;
    // A failed save loses nothing: the dirty rows stay, and the next load applies them.
    persistIndex(store).catch(() => undefined);
  }, store.persistDelayMs);
}

/** Saves the snapshot now (tests, the benchmark, and the debounced save). */
export async function persistIndex(store: Store): Promise<boolean> {
  const s = store.search;
  const { db } = store;
  const saved = await db.transaction('rw', db.searchIndex, async () => {
    // Only an index that no unfinished write has touched is a true picture of the clips.
    if (!s.index || s.writes > 0) return false;
    const dirty = await db.searchIndex.where('key').startsWith(DIRTY).primaryKeys();
    await db.searchIndex.put({
      key: SNAPSHOT_KEY,
      format: SNAPSHOT_FORMAT,
      count: s.index.size,
      savedAt: store.now(),
      data: s.index.snapshot(),
    });
    await db.searchIndex.bulkDelete(dirty);
    return true;
  });
  if (!saved && s.index) schedulePersist(store);
  return saved;
}
