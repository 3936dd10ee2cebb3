import { Dexie } from 'dexie';
import { IDBKeyRange, indexedDB } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import {
  applyImport,
  deleteClip,
  entityCounts,
  entityInStore,
  exportStore,
  restoreClip,
  SCHEMA_V2,
  type Store,
  saveClip,
  storeFacets,
  tallyFacets,
  updateClip,
} from '../../../lib/store';
import { withIndexFields } from '../../../lib/store/records';
import { draft, entity, freshName, testStore } from './support';

/** The count table as stored, and as it should be: a tally over every clip. */
async function countsAgree(store: Store): Promise<void> {
  const stored = await store.db.facetCounts.toArray();
  const truth = tallyFacets(await store.db.clips.toArray());
  const sorted = (rows: Array<{ key: string; n: number }>) =>
    [...rows].sort((a, b) => a.key.localeCompare(b.key));
  expect(sorted(stored)).toEqual(sorted(truth));
}

/** A small seeded generator, so that a failure replays the same way. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

const ENTITIES = ['country:AF', 'country:PK', 'country:US', 'country:FR', 'org:un', 'org:taliban'];
const SITES = ['https://www.reuters.com', 'https://apnews.com', 'https://www.example.org'];
const TAGS = ['asia', 'war', 'talks', 'Asia'];

describe('the count table (clips per entity, site and tag) stays equal to the clips it counts', () => {
  it('through saves, re-clips, edits, deletes, restores and imports in any order', async () => {
    const store = testStore();
    const next = random(7);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)] as T;
    const deleted: Awaited<ReturnType<typeof deleteClip>>[] = [];
    for (let step = 0; step < 120; step++) {
      const ids = (await store.db.clips.toCollection().primaryKeys()) as number[];
      const op = next();
      if (op < 0.45 || ids.length === 0) {
        const entities = ENTITIES.filter(() => next() < 0.4).map((id) => entity(id));
        await saveClip(store, draft({ url: `${pick(SITES)}/story-${Math.floor(next() * 30)}`, entities }), {
          tags: TAGS.filter(() => next() < 0.3),
        });
      } else if (op < 0.65) {
        await updateClip(store, pick(ids), { tags: TAGS.filter(() => next() < 0.5) });
      } else if (op < 0.85) {
        deleted.push(await deleteClip(store, pick(ids)));
      } else if (op < 0.93 && deleted.length > 0) {
        const clip = deleted.pop();
        if (clip) await restoreClip(store, clip).catch(() => undefined); // refused when re-clipped since
      } else {
        // An export of some clips, edited elsewhere, imported back: updates and adds in one write.
        const some = ids.filter(() => next() < 0.3);
        if (some.length === 0) continue;
        const file = JSON.parse(await exportStore(store, some));
        file.clips = file.clips.map((c: { url: string; tags: string[] }, i: number) =>
          i % 2 ? { ...c, tags: ['imported'] } : { ...c, url: `${c.url}-copy` },
        );
        expect((await applyImport(store, JSON.stringify(file))).applied).toBe(true);
      }
      await countsAgree(store);
    }
    expect(await store.db.clips.count()).toBeGreaterThan(5);
  });

  it('answers entity counts, the card lookup and the library facets from the table', async () => {
    const store = testStore();
    await saveClip(store, draft({ url: 'https://www.reuters.com/a', entities: [entity('country:AF')] }), {
      tags: ['asia'],
    });
    const b = await saveClip(
      store,
      draft({ url: 'https://apnews.com/b', entities: [entity('country:AF'), entity('org:un')] }),
      { tags: ['asia', 'un'] },
    );
    expect(await entityCounts(store, ['country:AF', 'org:un', 'country:FR'])).toEqual({
      'country:AF': 2,
      'org:un': 1,
      'country:FR': 0,
    });
    expect((await entityInStore(store, 'country:AF', 3)).count).toBe(2);
    await deleteClip(store, b.clip.id);
    const facets = await storeFacets(store);
    expect(facets).toEqual({
      total: 1,
      sites: [{ site: 'reuters.com', count: 1 }],
      tags: [{ tag: 'asia', count: 1 }],
      entities: [{ id: 'country:AF', count: 1 }],
    });
    // A facet no clip is filed under any more is gone from the table, not kept at zero.
    expect(await store.db.facetCounts.get('e:org:un')).toBeUndefined();
  });

  it('a write that fails leaves the counts as they were', async () => {
    const store = testStore();
    await saveClip(store, draft({ url: 'https://apnews.com/a', entities: [entity('country:PK')] }));
    const put = vi
      .spyOn(store.db.clips, 'put')
      .mockRejectedValueOnce(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    await expect(
      saveClip(store, draft({ url: 'https://apnews.com/b', entities: [entity('country:PK')] })),
    ).rejects.toThrow(/storage is full/);
    put.mockRestore();
    expect(await entityCounts(store, ['country:PK'])).toEqual({ 'country:PK': 1 });
    await countsAgree(store);
  });
});

describe('schema upgrade v2 → v3', () => {
  it('tallies the count table from the clips a version 2 database holds', async () => {
    const name = freshName();
    const v2 = new Dexie(name, { indexedDB, IDBKeyRange });
    v2.version(2).stores(SCHEMA_V2);
    const old = (n: number, url: string, entities: string[], tags: string[]) => {
      const { id: _, ...rest } = withIndexFields({
        ...draft({ url, title: `Clip ${n}`, entities: entities.map((id) => entity(id)) }),
        id: 0,
        tags,
        note: '',
        clippedAt: Date.UTC(2025, 0, n),
        updatedAt: Date.UTC(2025, 0, n),
      });
      return rest;
    };
    await v2
      .table('clips')
      .bulkAdd([
        old(1, 'https://www.reuters.com/a', ['country:AF', 'org:taliban'], ['asia']),
        old(2, 'https://apnews.com/b', ['country:AF'], []),
        old(3, 'https://apnews.com/c', [], ['asia', 'later']),
      ]);
    v2.close();

    const store = testStore({ name });
    expect(await entityCounts(store, ['country:AF', 'org:taliban'])).toEqual({
      'country:AF': 2,
      'org:taliban': 1,
    });
    const facets = await storeFacets(store);
    expect(facets.sites).toEqual([
      { site: 'apnews.com', count: 2 },
      { site: 'reuters.com', count: 1 },
    ]);
    expect(facets.tags).toEqual([
      { tag: 'asia', count: 2 },
      { tag: 'later', count: 1 },
    ]);
    // The upgraded table keeps counting.
    await saveClip(store, draft({ url: 'https://apnews.com/d', entities: [entity('org:taliban')] }));
    expect((await entityInStore(store, 'org:taliban', 1)).count).toBe(2);
    await countsAgree(store);
  });
});
