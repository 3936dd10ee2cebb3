import { beforeEach, describe, expect, it } from 'vitest';
import {
  clipsAbout,
  entityCounts,
  entityInStore,
  listClips,
  type Store,
  saveClip,
  storeFacets,
  updateClip,
} from '../../../lib/store';
import { clock, draft, entity, testStore } from './support';

const DAY = 86_400_000;

/** Five clips a day apart: the newest is the last saved. */
async function archive(): Promise<{ store: Store; start: number }> {
  const time = clock();
  const start = time.now();
  const store = testStore({ now: time.now });
  const pages = [
    { site: 'www.reuters.com', ents: ['country:AF', 'org:taliban'], tags: ['asia'] },
    { site: 'apnews.com', ents: ['country:AF'], tags: [] },
    { site: 'www.reuters.com', ents: ['country:FR'], tags: ['europe'] },
    { site: 'bbc.co.uk', ents: ['country:AF', 'country:PK'], tags: ['asia', 'talks'] },
    { site: 'apnews.com', ents: ['org:un'], tags: ['asia'] },
  ];
  for (const [i, p] of pages.entries()) {
    await saveClip(
      store,
      draft({
        url: `https://${p.site}/story-${i}`,
        title: `Story ${i}`,
        entities: p.ents.map((id) => entity(id, [`Story ${i} mentions ${id}.`])),
      }),
      { tags: p.tags },
    );
    time.tick(DAY);
  }
  return { store, start };
}

describe('the library list', () => {
  let store: Store;
  let start: number;
  beforeEach(async () => {
    ({ store, start } = await archive());
  });

  const titles = async (...args: Parameters<typeof listClips> extends [Store, ...infer R] ? R : never) =>
    (await listClips(store, ...args)).clips.map((c) => c.title);

  it('lists newest first, page by page, with the total', async () => {
    expect(await titles()).toEqual(['Story 4', 'Story 3', 'Story 2', 'Story 1', 'Story 0']);
    const page = await listClips(store, {}, 1, 2);
    expect(page.total).toBe(5);
    expect(page.clips.map((c) => c.title)).toEqual(['Story 3', 'Story 2']);
    expect((await listClips(store, {}, 10, 2)).clips).toEqual([]);
  });

  it('filters by entity, site, tag and time, combined', async () => {
    expect(await titles({ entity: 'country:AF' })).toEqual(['Story 3', 'Story 1', 'Story 0']);
    expect(await titles({ site: 'reuters.com' })).toEqual(['Story 2', 'Story 0']);
    expect(await titles({ tag: 'asia' })).toEqual(['Story 4', 'Story 3', 'Story 0']);
    expect(await titles({ from: start + DAY, to: start + 3 * DAY })).toEqual([
      'Story 3',
      'Story 2',
      'Story 1',
    ]);
    expect(await titles({ entity: 'country:AF', tag: 'asia' })).toEqual(['Story 3', 'Story 0']);
    expect(await titles({ entity: 'country:AF', from: start + DAY })).toEqual(['Story 3', 'Story 1']);
    expect(await titles({ site: 'apnews.com', tag: 'europe' })).toEqual([]);
    expect((await listClips(store, { entity: 'country:AF' }, 0, 1)).total).toBe(3);
  });

  it('follows edited tags, and pages through combined filters', async () => {
    const list = await listClips(store, { site: 'apnews.com' });
    const story4 = list.clips.find((c) => c.title === 'Story 4');
    await updateClip(store, story4?.id ?? 0, { tags: ['africa'] });
    expect(await titles({ tag: 'asia' })).toEqual(['Story 3', 'Story 0']);
    expect(await titles({ tag: 'africa', site: 'apnews.com' })).toEqual(['Story 4']);
    const page = await listClips(store, { entity: 'country:AF', tag: 'asia' }, 1, 1);
    expect([page.total, page.clips.map((c) => c.title)]).toEqual([2, ['Story 0']]);
  });

  it('counts sites, tags and entities, most first', async () => {
    const facets = await storeFacets(store);
    expect(facets.total).toBe(5);
    expect(facets.sites).toEqual([
      { site: 'apnews.com', count: 2 },
      { site: 'reuters.com', count: 2 },
      { site: 'bbc.co.uk', count: 1 },
    ]);
    expect(facets.tags[0]).toEqual({ tag: 'asia', count: 3 });
    expect(facets.entities[0]).toEqual({ id: 'country:AF', count: 3 });
  });
});

describe('what the store says about an entity', () => {
  it('counts its clips and gives the latest few, newest first, with the sentence that mentions it', async () => {
    const { store } = await archive();
    const af = await entityInStore(store, 'country:AF', 2);
    expect(af.count).toBe(3);
    expect(af.latest.map((l) => [l.clip.title, l.sentence])).toEqual([
      ['Story 3', 'Story 3 mentions country:AF.'],
      ['Story 1', 'Story 1 mentions country:AF.'],
    ]);
    expect(af.latest[0]?.clip).not.toHaveProperty('html');
    expect(await entityInStore(store, 'country:ZZ')).toEqual({ id: 'country:ZZ', count: 0, latest: [] });
  });

  it('counts many entities at once, unknown ones as 0', async () => {
    const { store } = await archive();
    expect(await entityCounts(store, ['country:AF', 'org:un', 'country:ZZ', 'country:AF'])).toEqual({
      'country:AF': 3,
      'org:un': 1,
      'country:ZZ': 0,
    });
  });

  it('a clip re-saved later stays in its place by first clip time', async () => {
    const { store } = await archive();
    await saveClip(
      store,
      draft({
        url: 'https://apnews.com/story-1',
        title: 'Story 1 (updated)',
        entities: [entity('country:AF')],
      }),
    );
    expect((await clipsAbout(store, 'country:AF')).map((c) => c.title)).toEqual([
      'Story 3',
      'Story 1 (updated)',
      'Story 0',
    ]);
  });
});
