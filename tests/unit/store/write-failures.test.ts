import { Dexie } from 'dexie';
import { describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  closeStore,
  exportStore,
  getClip,
  listClips,
  saveClip,
  saveWatchlist,
  searchClips,
  updateClip,
} from '../../../lib/store';
import { writeFailure } from '../../../lib/store/errors';
import { draft, freshName, testStore } from './support';

const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
const FULL = "Your browser's storage is full: the clip was not saved; nothing already stored was lost.";

describe('a write that fails changes nothing and says so plainly', () => {
  it('storage full on a new clip: the message says so, and every stored clip is intact', async () => {
    const store = testStore();
    const a = await saveClip(store, draft({ url: 'https://example.com/a', title: 'Kabul talks' }));
    await searchClips(store, 'kabul'); // the index is loaded, so a failed write must not leave it ahead
    const put = vi.spyOn(store.db.clips, 'put').mockRejectedValueOnce(quota());

    await expect(
      saveClip(store, draft({ url: 'https://example.com/b', title: 'Lagos floods' })),
    ).rejects.toThrow(FULL);
    put.mockRestore();

    expect((await listClips(store)).clips.map((c) => c.url)).toEqual(['https://example.com/a']);
    expect(await getClip(store, a.clip.id)).toMatchObject({ title: 'Kabul talks' });
    expect(await store.db.searchIndex.where('key').startsWith('dirty:').count()).toBe(1);
    expect(await searchClips(store, 'lagos')).toEqual([]);
    expect((await searchClips(store, 'kabul')).length).toBe(1);
  });

  it('storage full on a re-clip or an edit leaves the clip as it was, in the list and in search', async () => {
    const store = testStore();
    const a = await saveClip(store, draft({ title: 'Original title' }), { tags: ['one'] });
    await searchClips(store, 'original');
    const put = vi.spyOn(store.db.clips, 'put').mockRejectedValue(quota());
    await expect(saveClip(store, draft({ title: 'Replaced title' }))).rejects.toThrow(FULL);
    await expect(updateClip(store, a.clip.id, { tags: ['two'] })).rejects.toThrow(
      "Your browser's storage is full: the change was not saved; nothing already stored was lost.",
    );
    put.mockRestore();
    expect(await getClip(store, a.clip.id)).toMatchObject({ title: 'Original title', tags: ['one'] });
    expect(await searchClips(store, 'replaced')).toEqual([]);
    expect(await searchClips(store, 'two')).toEqual([]);
    expect((await searchClips(store, 'original')).length).toBe(1);
  });

  it('an import that fails while writing adds nothing and changes no watchlist', async () => {
    const source = testStore();
    for (const i of [1, 2, 3]) await saveClip(source, draft({ url: `https://example.com/${i}` }));
    await saveWatchlist(source, [{ id: 'watch:acme', name: 'Acme', aliases: [], note: '' }]);
    const file = await exportStore(source);

    const store = testStore();
    await saveClip(store, draft({ url: 'https://example.com/mine' }));
    const bulkPut = vi.spyOn(store.db.clips, 'bulkPut').mockRejectedValueOnce(quota());
    await expect(applyImport(store, file)).rejects.toThrow(
      "Your browser's storage is full: the file was not imported; nothing already stored was lost.",
    );
    bulkPut.mockRestore();
    expect((await listClips(store)).total).toBe(1);
    expect(await store.db.watchlist.count()).toBe(0);
  });

  it('reads quota errors wrapped by Dexie, and names other failures', () => {
    const wrapped = new Dexie.AbortError('Transaction aborted', quota());
    expect(writeFailure(wrapped, 'the clip was not saved').message).toBe(FULL);
    expect(
      writeFailure(new Dexie.ConstraintError('Key already exists'), 'the clip was not saved').message,
    ).toBe(
      'The archive could not be written (ConstraintError: Key already exists): the clip was not saved; nothing already stored was lost.',
    );
  });

  it('a read from a closed database says the archive could not be read; a fresh store reads it', async () => {
    const name = freshName();
    const store = testStore({ name });
    await saveClip(store, draft());
    closeStore(store);
    await expect(listClips(store)).rejects.toThrow(/^The archive could not be read \(DatabaseClosedError/);
    expect(store.db.hasBeenClosed()).toBe(true);
    expect((await listClips(testStore({ name }))).total).toBe(1);
  });
});
