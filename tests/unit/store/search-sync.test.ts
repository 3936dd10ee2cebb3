import { describe, expect, it } from 'vitest';
import {
  applyImport,
  closeStore,
  deleteClip,
  exportStore,
  listClips,
  persistIndex,
  restoreClip,
  type Store,
  saveClip,
  saveWatchlist,
  searchClips,
  updateClip,
} from '../../../lib/store';
import { countingEngine, draft, entity, freshName, testStore } from './support';

const urls = async (store: Store, query: string) => (await searchClips(store, query)).map((h) => h.clip.url);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const dirtyRows = (store: Store) => store.db.searchIndex.where('key').startsWith('dirty:').count();

const A = 'https://www.example.com/a';
const B = 'https://www.example.com/b';

describe('search over the archive', () => {
  it('maps results to clips with what matched, and follows every change', async () => {
    const store = testStore();
    const a = await saveClip(store, draft({ url: A, title: 'Kabul talks resume' }));
    const hits = await searchClips(store, 'kabul');
    expect(hits).toHaveLength(1);
    expect(hits[0]?.clip).toMatchObject({ id: a.clip.id, url: A, title: 'Kabul talks resume' });
    expect(hits[0]?.clip).not.toHaveProperty('html');
    expect(hits[0]?.matches[0]).toEqual({ key: 'title', value: 'Kabul talks resume', indices: [[0, 4]] });
    expect(await urls(store, 'Afghanistan')).toEqual([A]);
    expect(await urls(store, 'Example News')).toEqual([A]);

    await saveClip(store, draft({ url: B, title: 'Paris summit', entities: [entity('country:FR')] }));
    expect(await urls(store, 'paris')).toEqual([B]);
    await updateClip(store, a.clip.id, { tags: ['ceasefire'] });
    expect(await urls(store, 'ceasefire')).toEqual([A]);
    const gone = await deleteClip(store, a.clip.id);
    expect(await urls(store, 'kabul')).toEqual([]);
    await restoreClip(store, gone);
    expect(await urls(store, 'kabul')).toEqual([A]);

    const other = testStore();
    await saveClip(other, draft({ url: 'https://elsewhere.org/x', title: 'Imported Lagos report' }));
    await applyImport(store, await exportStore(other));
    expect(await urls(store, 'lagos')).toEqual(['https://elsewhere.org/x']);
    expect(await searchClips(store, '   ')).toEqual([]);
  });
});

describe('the reader’s own entities in search', () => {
  const acme = (name: string) => ({ id: 'watch:acme', name, aliases: ['Acme'], note: '' });
  const aboutAcme = draft({ url: A, title: 'Road contract signed', entities: [entity('watch:acme')] });

  it('finds a clip by its watched entity’s name, and by the new name once the reader renames it', async () => {
    const name = freshName();
    const store = testStore({ name, persistDelayMs: 5 });
    await saveWatchlist(store, [acme('Acme Corp')]);
    await saveClip(store, aboutAcme);
    expect(await urls(store, 'Acme Corp')).toEqual([A]);
    await saveWatchlist(store, [acme('Acme Holdings')]);
    expect(await urls(store, 'Holdings')).toEqual([A]);
    expect(await urls(store, 'Acme Corp')).toEqual([]);
    await sleep(50);
    closeStore(store);
    // A worker that starts again reads the saved index and the names with it.
    const again = testStore({ name });
    expect(await urls(again, 'Holdings')).toEqual([A]);
    // Removed from the watchlist: the clip is no longer found by that name.
    await saveWatchlist(again, []);
    expect(await urls(again, 'Holdings')).toEqual([]);
  });

  it('renamed while no index was loaded: the next search catches up', async () => {
    const name = freshName();
    let store = testStore({ name, persistDelayMs: 5 });
    await saveWatchlist(store, [acme('Acme Corp')]);
    await saveClip(store, aboutAcme);
    expect(await urls(store, 'Acme Corp')).toEqual([A]);
    await sleep(50);
    closeStore(store);
    store = testStore({ name });
    await saveWatchlist(store, [acme('Acme Holdings')]);
    closeStore(store);
    store = testStore({ name });
    expect(await urls(store, 'Holdings')).toEqual([A]);
  });
});

describe('a worker stopped between operations', () => {
  it('keeps clips and search across restarts, loading the snapshot and never rebuilding it', async () => {
    const name = freshName();
    const engine = countingEngine();
    const worker = () => testStore({ name, engine, persistDelayMs: 5 });

    // 1. First search ever: there is no snapshot yet, so the index is built once and saved.
    let store = worker();
    await saveClip(store, draft({ url: A, title: 'Kabul talks resume' }));
    expect(await urls(store, 'kabul')).toEqual([A]);
    await sleep(50);
    closeStore(store);
    expect(engine.creates).toBe(1);

    // 2–3. Writes with no search: the worker stops before any snapshot is saved.
    store = worker();
    await saveClip(store, draft({ url: B, title: 'Paris summit', entities: [entity('country:FR')] }));
    closeStore(store);
    store = worker();
    const a = (await listClips(store, { site: 'example.com' })).clips.find((c) => c.url === A);
    await updateClip(store, a?.id ?? 0, { tags: ['ceasefire'] });
    closeStore(store);

    // 4. A search loads the snapshot and catches up on the two changes; stopped before its save.
    store = worker();
    expect(await urls(store, 'ceasefire')).toEqual([A]);
    expect(await urls(store, 'paris')).toEqual([B]);
    closeStore(store);

    // 5–6. A delete, then a search in yet another worker.
    store = worker();
    await deleteClip(store, a?.id ?? 0);
    closeStore(store);
    store = worker();
    expect(await urls(store, 'kabul')).toEqual([]);
    expect(await urls(store, 'paris')).toEqual([B]);
    expect((await listClips(store)).total).toBe(1);

    expect(engine.creates).toBe(1);
    expect(engine.loads).toBe(2);
    closeStore(store);
  });

  it('a snapshot save removes the changes it covers; concurrent writes during a load are not missed', async () => {
    const name = freshName();
    const engine = countingEngine();
    let store = testStore({ name, engine });
    await saveClip(store, draft({ url: A }));
    await searchClips(store, 'x');
    await persistIndex(store);
    expect(await dirtyRows(store)).toBe(0);
    closeStore(store);

    store = testStore({ name, engine });
    const writes = Array.from({ length: 20 }, (_, i) =>
      saveClip(store, draft({ url: `https://many.example/${i}`, title: `Concurrent story ${i}` })),
    );
    const search = searchClips(store, 'Concurrent');
    await Promise.all([...writes, search]);
    expect(await dirtyRows(store)).toBe(20);
    expect(await persistIndex(store)).toBe(true);
    expect(await dirtyRows(store)).toBe(0);
    closeStore(store);

    store = testStore({ name, engine });
    expect((await searchClips(store, 'Concurrent story', 50)).length).toBe(20);
    expect(engine.creates).toBe(1);
    closeStore(store);
  });
});

describe('when the snapshot cannot be trusted, the index is rebuilt from the clips', () => {
  async function withSnapshot() {
    const name = freshName();
    const engine = countingEngine();
    const store = testStore({ name, engine });
    await saveClip(store, draft({ url: A, title: 'Kabul talks resume' }));
    await searchClips(store, 'kabul');
    await persistIndex(store);
    closeStore(store);
    return { name, engine, reopen: () => testStore({ name, engine }) };
  }

  it('a snapshot of another format', async () => {
    const { engine, reopen } = await withSnapshot();
    const store = reopen();
    await store.db.searchIndex.update('snapshot', { format: 999 } as never);
    expect(await urls(store, 'kabul')).toEqual([A]);
    expect(engine.creates).toBe(2);
  });

  it('a snapshot the search module cannot read', async () => {
    const { engine, reopen } = await withSnapshot();
    const store = reopen();
    await store.db.searchIndex.update('snapshot', { data: { garbage: true } } as never);
    expect(await urls(store, 'kabul')).toEqual([A]);
    expect(engine.creates).toBe(2);
  });

  it('a snapshot whose count disagrees with the clips', async () => {
    const { engine, reopen } = await withSnapshot();
    const store = reopen();
    // A clip written behind the store's back (no dirty mark).
    const stray = {
      ...(await store.db.clips.toCollection().first()),
      id: 77,
      url: B,
      title: 'Stray Lagos clip',
    };
    await store.db.clips.put(stray as never);
    expect(await urls(store, 'lagos')).toEqual([B]);
    expect(engine.creates).toBe(2);
  });

  it('a missing snapshot', async () => {
    const { engine, reopen } = await withSnapshot();
    const store = reopen();
    await store.db.searchIndex.delete('snapshot');
    expect(await urls(store, 'kabul')).toEqual([A]);
    expect(engine.creates).toBe(2);
    expect(store.search.rebuilds).toBe(1);
  });
});
