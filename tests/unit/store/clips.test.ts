import { describe, expect, it } from 'vitest';
import {
  applyImport,
  clipForUrl,
  deleteClip,
  exportStore,
  getClip,
  LIMITS,
  listClips,
  normaliseUrl,
  restoreClip,
  saveClip,
  siteOfUrl,
  updateClip,
} from '../../../lib/store';
import { clock, draft, entity, testStore } from './support';

describe('URLs', () => {
  it('drops the fragment and tracking parameters but keeps the query that names the page', () => {
    expect(
      normaliseUrl('https://www.bbc.co.uk/news/world-123?utm_source=tw&utm_medium=social#comments'),
    ).toBe('https://www.bbc.co.uk/news/world-123');
    expect(normaliseUrl('https://example.com/story?id=42&utm_campaign=x&fbclid=abc')).toBe(
      'https://example.com/story?id=42',
    );
    expect(normaliseUrl('chrome://extensions')).toBeNull();
    expect(normaliseUrl('javascript:alert(1)')).toBeNull();
    expect(normaliseUrl('not a url')).toBeNull();
  });

  it('files a clip under its host without "www."', () => {
    expect(siteOfUrl('https://www.reuters.com/world/')).toBe('reuters.com');
    expect(siteOfUrl('https://edition.cnn.com/2025/x')).toBe('edition.cnn.com');
  });
});

describe('saving a clip', () => {
  it('stores a new page with its site, entity ids, tags and note', async () => {
    const store = testStore();
    const { clip, created } = await saveClip(store, draft(), {
      tags: [' Asia ', 'talks', 'asia'],
      note: 'read later',
    });
    expect(created).toBe(true);
    expect(clip).toMatchObject({
      url: 'https://www.example.com/news/kabul',
      site: 'example.com',
      entityIds: ['org:taliban', 'country:PK', 'country:AF'],
      tags: ['Asia', 'talks'],
      note: 'read later',
    });
    expect(clip).not.toHaveProperty('html');
    expect(clip).not.toHaveProperty('facetTimes');
    const whole = await getClip(store, clip.id);
    expect(whole?.html).toContain('<b>Taliban</b>');
    expect(whole).not.toHaveProperty('facetTimes');
  });

  it('re-clipping a page updates the one clip: same id and first clip time, tags merged, note kept', async () => {
    const time = clock();
    const store = testStore({ now: time.now });
    const first = await saveClip(store, draft(), { tags: ['asia'], note: 'my note' });
    time.tick();
    const again = await saveClip(
      store,
      draft({ url: 'https://www.example.com/news/kabul?utm_source=newsletter#top', title: 'Updated title' }),
      { tags: ['Talks', 'ASIA'] },
    );
    expect(again.created).toBe(false);
    expect(again.clip.id).toBe(first.clip.id);
    expect(again.clip.clippedAt).toBe(first.clip.clippedAt);
    expect(again.clip.updatedAt).toBeGreaterThan(first.clip.updatedAt);
    expect(again.clip.title).toBe('Updated title');
    expect(again.clip.tags).toEqual(['asia', 'Talks']);
    expect(again.clip.note).toBe('my note');
    expect((await listClips(store)).total).toBe(1);

    const third = await saveClip(store, draft(), { note: 'new note' });
    expect(third.clip.note).toBe('my note\n\nnew note');
  });

  it('a re-clip never erases the reader’s note or tags: blank keeps them, a new note is added after', async () => {
    const store = testStore();
    const first = await saveClip(store, draft(), {
      tags: ['asia'],
      note: 'Ask the UN office about the convoy',
    });
    // A caller that never showed the stored note (the popup looked under the tab's address) sends ''.
    const unaware = await saveClip(store, draft({ url: 'https://www.example.com/news/kabul?utm_source=x' }), {
      tags: [],
      note: '',
    });
    expect(unaware.clip).toMatchObject({
      id: first.clip.id,
      tags: ['asia'],
      note: 'Ask the UN office about the convoy',
    });
    expect((await saveClip(store, draft())).clip.note).toBe('Ask the UN office about the convoy');
    expect((await saveClip(store, draft(), { note: '   ' })).clip.note).toBe(
      'Ask the UN office about the convoy',
    );

    const added = await saveClip(store, draft(), { tags: ['convoy'], note: ' Second source agrees ' });
    expect(added.clip.tags).toEqual(['asia', 'convoy']);
    expect(added.clip.note).toBe('Ask the UN office about the convoy\n\nSecond source agrees');
    // The same note sent again (a second click) is not added twice.
    expect((await saveClip(store, draft(), { note: 'Second source agrees' })).clip.note).toBe(
      added.clip.note,
    );
    expect((await getClip(store, first.clip.id))?.note).toBe(added.clip.note);
  });

  it('refuses a re-clip whose added note would pass the limit, and keeps the stored note whole', async () => {
    const store = testStore();
    const long = 'n'.repeat(LIMITS.note - 10);
    const { clip } = await saveClip(store, draft(), { note: long });
    await expect(saveClip(store, draft(), { note: 'another thought' })).rejects.toThrow(
      /shorten the clip's note/,
    );
    expect((await getClip(store, clip.id))?.note).toBe(long);
  });

  it('a re-clip that drops an entity no longer lists the clip under it', async () => {
    const store = testStore();
    await saveClip(store, draft());
    await saveClip(store, draft({ entities: [entity('country:FR')] }));
    expect((await listClips(store, { entity: 'country:AF' })).total).toBe(0);
    expect((await listClips(store, { entity: 'country:FR' })).total).toBe(1);
  });

  it('refuses what is not a web page', async () => {
    const store = testStore();
    await expect(saveClip(store, draft({ url: 'chrome://newtab/' }))).rejects.toThrow(/Only web pages/);
  });

  it('finds a clip by its URL in any of its forms', async () => {
    const store = testStore();
    const { clip } = await saveClip(store, draft());
    expect((await clipForUrl(store, 'https://www.example.com/news/kabul#section-2'))?.id).toBe(clip.id);
    expect(await clipForUrl(store, 'https://www.example.com/news/other')).toBeNull();
    expect(await clipForUrl(store, 'about:blank')).toBeNull();
  });
});

describe('editing, deleting and restoring', () => {
  it('replaces tags and note, and says so when the clip is gone', async () => {
    const store = testStore();
    const { clip } = await saveClip(store, draft(), { tags: ['a', 'b'], note: 'x' });
    const edited = await updateClip(store, clip.id, { tags: ['c'] });
    expect(edited.tags).toEqual(['c']);
    expect(edited.note).toBe('x');
    expect((await updateClip(store, clip.id, { note: '' })).note).toBe('');
    await expect(updateClip(store, 999, { note: 'y' })).rejects.toThrow(/no clip 999/);
  });

  it('delete returns the whole clip, and restoring it brings it back as it was', async () => {
    const store = testStore();
    const { clip } = await saveClip(store, draft(), { tags: ['keep'] });
    const deleted = await deleteClip(store, clip.id);
    expect(deleted.html).toContain('Taliban');
    expect(await getClip(store, clip.id)).toBeNull();
    await expect(deleteClip(store, clip.id)).rejects.toThrow(/no clip/);
    const restored = await restoreClip(store, deleted);
    expect(restored).toEqual({ ...clip, tags: ['keep'] });
    expect(await getClip(store, clip.id)).toEqual(deleted);
  });

  it('does not restore over a newer clip of the same page', async () => {
    const store = testStore();
    const { clip } = await saveClip(store, draft());
    const deleted = await deleteClip(store, clip.id);
    const newer = await saveClip(store, draft({ title: 'Clipped again' }));
    await expect(restoreClip(store, deleted)).rejects.toThrow(/clipped again/);
    expect((await getClip(store, newer.clip.id))?.title).toBe('Clipped again');
    expect((await listClips(store)).total).toBe(1);
  });

  it('restores beside, never over, a clip that took the deleted one’s id meanwhile (an import)', async () => {
    const store = testStore();
    const { clip } = await saveClip(store, draft({ url: 'https://apnews.com/old' }));
    const deleted = await deleteClip(store, clip.id);
    // An export file from elsewhere whose clip carries the id that is free now.
    const file = JSON.parse(await exportStore(store, []));
    file.clips = [{ ...deleted, url: 'https://reuters.com/imported', title: 'Imported' }];
    expect((await applyImport(store, JSON.stringify(file))).applied).toBe(true);
    expect((await getClip(store, clip.id))?.title).toBe('Imported');

    const restored = await restoreClip(store, deleted);
    expect(restored.id).not.toBe(clip.id);
    expect((await getClip(store, clip.id))?.title).toBe('Imported');
    expect((await getClip(store, restored.id))?.url).toBe('https://apnews.com/old');
    expect((await listClips(store)).total).toBe(2);
  });
});
