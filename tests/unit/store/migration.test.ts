import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import {
  type ClipV1,
  entityInStore,
  getClip,
  listClips,
  SCHEMA_V1,
  saveClip,
  searchClips,
  storeFacets,
} from '../../../lib/store';
import { draft, freshName, testStore } from './support';

const v1Clip = (
  n: number,
  url: string,
  entities: ClipV1['entities'],
  html = '<p>Body</p>',
): Omit<ClipV1, 'id'> => ({
  url,
  title: `Old clip ${n}`,
  byline: null,
  siteName: null,
  publishedAt: null,
  excerpt: `Excerpt ${n}`,
  html,
  text: html ? 'Four words of body' : '',
  entities,
  tags: ['old'],
  note: '',
  clippedAt: Date.UTC(2024, 0, n),
});

/** A database as the first release left it: version 1 schema, version 1 records. */
async function createV1(name: string): Promise<void> {
  const v1 = new Dexie(name, { indexedDB, IDBKeyRange });
  v1.version(1).stores(SCHEMA_V1);
  await v1.table('clips').bulkAdd([
    v1Clip(1, 'https://www.reuters.com/world/asia/kabul', [
      { id: 'country:AF', count: 3, sentences: ['Kabul is the capital of Afghanistan.'] },
      { id: 'org:taliban', count: 1, sentences: ['The Taliban took Kabul.'] },
    ]),
    v1Clip(2, 'https://apnews.com/article/paris', [{ id: 'country:FR', count: 2, sentences: [] }]),
    v1Clip(3, 'https://www.example.org/saved-page', [], ''),
  ]);
  await v1.table('watchlist').put({ id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: '' });
  v1.close();
}

describe('schema upgrade v1 → v2', () => {
  it('opens a version 1 database with the current code and finds every clip migrated and indexed', async () => {
    const name = freshName();
    await createV1(name);
    const store = testStore({ name });

    const list = await listClips(store);
    expect(list.total).toBe(3);
    const kabul = list.clips.find((c) => c.url.includes('kabul'));
    expect(kabul).toMatchObject({
      title: 'Old clip 1',
      site: 'reuters.com',
      entityIds: ['country:AF', 'org:taliban'],
      kind: 'article',
      lang: null,
      updatedAt: Date.UTC(2024, 0, 1),
      tags: ['old'],
    });
    expect(kabul?.entities.map((e) => e.score)).toEqual([0.75, 0.25]);
    expect((await getClip(store, kabul?.id ?? 0))?.wordCount).toBe(4);
    expect(list.clips.find((c) => c.url.includes('saved-page'))?.kind).toBe('bookmark');

    // The new indexes work on migrated records.
    const af = await entityInStore(store, 'country:AF', 3);
    expect(af.count).toBe(1);
    expect(af.latest[0]?.sentence).toBe('Kabul is the capital of Afghanistan.');
    expect((await listClips(store, { site: 'apnews.com' })).total).toBe(1);
    expect((await storeFacets(store)).entities).toContainEqual({ id: 'country:FR', count: 1 });
    expect((await searchClips(store, 'Old clip 2')).map((h) => h.clip.url)).toEqual([
      'https://apnews.com/article/paris',
    ]);
    expect(await store.db.watchlist.toArray()).toHaveLength(1);

    // And the migrated archive keeps deduping against its old URLs.
    const again = await saveClip(store, draft({ url: 'https://www.reuters.com/world/asia/kabul#x' }));
    expect(again.created).toBe(false);
    expect(again.clip.id).toBe(kabul?.id);
  });
});
