import { describe, expect, it } from 'vitest';
import {
  createSearchIndex,
  loadSearchIndex,
  SEARCH_SNAPSHOT_VERSION,
  type SearchDoc,
  type SearchIndex,
  type SearchResult,
} from '../../../lib/search';

const DAY = 24 * 3600 * 1000;
const NOW = Date.UTC(2026, 5, 1);

function doc(id: number, fields: Partial<SearchDoc> = {}): SearchDoc {
  return {
    id,
    title: `Untitled ${id}`,
    site: 'Example example.com',
    tags: [],
    entities: [],
    excerpt: '',
    clippedAt: NOW - 30 * DAY,
    ...fields,
  };
}

function indexOf(docs: readonly SearchDoc[]): SearchIndex {
  const index = createSearchIndex();
  for (const d of docs) index.upsert(d);
  return index;
}

const ids = (index: SearchIndex, query: string, limit?: number) =>
  index.search(query, limit).map((r) => r.id);

/** The highlighted pieces of one field of a hit, as the reader would see them. */
function lit(hit: SearchResult | undefined, key: string): string[] {
  return (hit?.matches ?? [])
    .filter((m) => m.key === key)
    .flatMap((m) => m.indices.map(([a, b]) => m.value.slice(a, b + 1)));
}

describe('search index: highlights', () => {
  it('highlights the word as written, accents and all, when the query has none', () => {
    const index = indexOf([
      doc(1, { title: 'Aid convoy reaches Türkiye’s south', entities: [{ name: 'Türkiye', score: 1 }] }),
    ]);
    const [hit] = index.search('turkiye');
    expect(lit(hit, 'title')).toEqual(['Türkiye']);
    expect(lit(hit, 'entities.name')).toEqual(['Türkiye']);
  });

  it('highlights the whole word a misspelling stands for', () => {
    const index = indexOf([doc(1, { entities: [{ name: 'Pakistan', score: 0.8 }] })]);
    expect(lit(index.search('Pakstan')[0], 'entities.name')).toEqual(['Pakistan']);
  });

  it('highlights what was typed of a word being typed', () => {
    const index = indexOf([doc(1, { title: 'Afghanistan: talks in Doha' })]);
    expect(lit(index.search('afgh')[0], 'title')).toEqual(['Afgh']);
  });

  it('names the tag that matched, not the whole list', () => {
    const index = indexOf([doc(1, { tags: ['asia', 'sanctions', 'to-read'] })]);
    const tags = index.search('sanctions')[0]?.matches.filter((m) => m.key === 'tags');
    expect(tags).toEqual([{ key: 'tags', value: 'sanctions', indices: [[0, 8]] }]);
  });
});

describe('search index: what the reader finds', () => {
  it('finds inflected forms: "sanction" finds "sanctions", "election" finds "elections"', () => {
    const index = indexOf([
      doc(1, { title: 'New sanctions on Iran' }),
      doc(2, { excerpt: 'The elections were delayed.' }),
    ]);
    expect(ids(index, 'sanction ')).toEqual([1]);
    expect(ids(index, 'election ')).toEqual([2]);
  });

  it('does not read a correctly spelt common word as a typo of another', () => {
    const index = indexOf([
      ...Array.from({ length: 5 }, (_, i) => doc(i + 1, { entities: [{ name: 'Sudan', score: 0.9 }] })),
      doc(9, { title: 'A new sedan from Detroit' }),
    ]);
    expect(ids(index, 'sudan')).not.toContain(9);
    expect(ids(index, 'sudan')).toHaveLength(5);
  });

  it('finds a clip by the site it came from, by name or by host', () => {
    const index = indexOf([
      doc(1, { site: 'Reuters reuters.com' }),
      doc(2, { site: 'The Guardian theguardian.com' }),
      doc(3, { site: 'Al Jazeera aljazeera.com' }),
    ]);
    expect(ids(index, 'reuters')).toEqual([1]);
    expect(ids(index, 'the guardian')[0]).toBe(2);
    expect(ids(index, 'aljazeera.com')[0]).toBe(3);
    expect(ids(index, 'al jazeera')[0]).toBe(3);
  });

  it('still finds the right clips among many that share the common words of a query', () => {
    const many = Array.from({ length: 3000 }, (_, i) =>
      doc(i + 1, { title: `The day in the news ${i}`, site: 'The Times thetimes.com' }),
    );
    const index = indexOf([
      ...many,
      doc(1000, { title: 'The Wall Street Journal on the Fed', site: 'WSJ wsj.com' }),
    ]);
    expect(ids(index, 'the wall street journal')[0]).toBe(1000);
  });

  it('ranks an article about the United Nations above one about the United States for "united nations"', () => {
    const index = indexOf([
      doc(1, {
        entities: [
          { name: 'United States', score: 1 },
          { name: 'United Nations', score: 0.1 },
        ],
      }),
      doc(2, { entities: [{ name: 'United Nations', score: 0.9 }] }),
    ]);
    expect(ids(index, 'united nations')).toEqual([2, 1]);
  });

  it('ranks a title match above an excerpt-only match of the same word', () => {
    const index = indexOf([
      doc(1, { excerpt: 'Officials in Kabul said the talks would resume.' }),
      doc(2, { title: 'Kabul talks resume' }),
    ]);
    expect(ids(index, 'kabul')).toEqual([2, 1]);
  });

  it('gives at most `limit` hits even when thousands of clips match', () => {
    const index = indexOf(
      Array.from({ length: 3000 }, (_, i) =>
        doc(i + 1, { title: `Ceasefire report ${i}`, clippedAt: NOW - i * DAY }),
      ),
    );
    const hits = index.search('ceasefire', 5);
    expect(hits).toHaveLength(5);
    // At an equal match, the newest clips.
    expect(hits.map((h) => h.id)).toEqual([1, 2, 3, 4, 5]);
  });
});

describe('search index: keeping up with the archive', () => {
  it('stays right through many replacements and removals', () => {
    const index = createSearchIndex();
    for (let i = 1; i <= 2000; i++) index.upsert(doc(i, { title: `Drought report ${i}` }));
    for (let i = 1; i <= 1500; i++) index.remove(i);
    for (let i = 1501; i <= 1800; i++) index.upsert(doc(i, { title: `Flood report ${i}` }));
    expect(index.size).toBe(500);
    expect(
      index
        .search('drought', 1000)
        .map((r) => r.id)
        .sort((a, b) => a - b),
    ).toEqual(Array.from({ length: 200 }, (_, i) => 1801 + i));
    expect(index.search('flood', 1000)).toHaveLength(300);
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(index.snapshot())));
    expect(loaded.size).toBe(500);
    expect(loaded.search('flood', 1000)).toHaveLength(300);
    expect(ids(loaded, 'drought 1999')[0]).toBe(1999);
  });

  it('a snapshot is a picture of its moment: later changes do not alter it', () => {
    const index = indexOf([doc(1, { title: 'Ceasefire in Gaza' })]);
    const snapshot = index.snapshot();
    const saved = JSON.stringify(snapshot);
    index.upsert(doc(2, { title: 'Ceasefire talks in Doha' }));
    index.remove(1);
    expect(JSON.stringify(snapshot)).toBe(saved);
    expect(ids(loadSearchIndex(snapshot), 'ceasefire')).toEqual([1]);
  });

  it('loading a snapshot leaves the snapshot as it was, so it can be loaded again', () => {
    const index = indexOf([doc(1, { title: 'Ceasefire in Gaza' }), doc(2, { title: 'Ceasefire in Sudan' })]);
    const snapshot = index.snapshot();
    const saved = JSON.stringify(snapshot);
    const first = loadSearchIndex(snapshot);
    first.upsert(doc(3, { title: 'Ceasefire in Yemen' }));
    first.remove(1);
    expect(first.search('ceasefire')).toHaveLength(2);
    expect(JSON.stringify(snapshot)).toBe(saved);
    expect(loadSearchIndex(snapshot).search('ceasefire')).toHaveLength(2);
  });

  it('refuses a damaged snapshot of the right version with a clear error', () => {
    const snapshot = indexOf([doc(1)]).snapshot();
    expect(snapshot.version).toBe(SEARCH_SNAPSHOT_VERSION);
    expect(() => loadSearchIndex({ ...snapshot, titles: [] })).toThrow(/damaged/);
    expect(() => loadSearchIndex({ ...snapshot, postings: [] })).toThrow(/damaged/);
  });

  it('an empty index searches to nothing and round-trips', () => {
    const index = createSearchIndex();
    expect(index.search('anything')).toEqual([]);
    const loaded = loadSearchIndex(JSON.parse(JSON.stringify(index.snapshot())));
    expect(loaded.size).toBe(0);
    loaded.upsert(doc(1, { title: 'First clip' }));
    expect(ids(loaded, 'first')).toEqual([1]);
  });
});
