import { describe, expect, it } from 'vitest';
import {
  applyImport,
  type Clip,
  exportStore,
  getWatchlist,
  listClips,
  previewImport,
  type Store,
  saveClip,
  saveWatchlist,
  searchClips,
} from '../../../lib/store';
import { clock, draft, entity, testStore } from './support';

async function archive(now = clock().now): Promise<Store> {
  const store = testStore({ now });
  await saveClip(store, draft({ url: 'https://www.reuters.com/a' }), { tags: ['asia'], note: 'first' });
  await saveClip(
    store,
    draft({ url: 'https://apnews.com/b', title: 'Paris talks', entities: [entity('country:FR')] }),
  );
  await saveClip(
    store,
    draft({ url: 'https://example.org/c', kind: 'bookmark', html: '', text: '', entities: [] }),
  );
  await saveWatchlist(store, [{ id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: 'supplier' }]);
  return store;
}

const withoutTime = (json: string) => ({ ...JSON.parse(json), exportedAt: null });
const fileOf = async (store: Store) => JSON.parse(await exportStore(store));

/** Asserts that importing `json` is refused with a problem matching `why`, and that nothing changed. */
async function refusedUnchanged(json: string, why: RegExp): Promise<void> {
  const store = await archive();
  const before = await exportStore(store);
  const preview = await previewImport(store, json);
  const applied = await applyImport(store, json);
  for (const report of [preview, applied]) {
    expect(report).toMatchObject({ add: 0, update: 0, skip: 0, applied: false });
    expect(report.problems.join('\n')).toMatch(why);
  }
  expect(withoutTime(await exportStore(store))).toEqual(withoutTime(before));
}

describe('export', () => {
  it('writes a versioned file of the whole archive, or of chosen clips without the watchlist', async () => {
    const store = await archive();
    const file = await fileOf(store);
    expect(file).toMatchObject({ format: 'dossier-export', version: 1, exportedAt: expect.any(String) });
    expect(file.clips).toHaveLength(3);
    expect(file.clips[0]).not.toHaveProperty('facetTimes');
    expect(file.watchlist).toEqual([
      { id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: 'supplier' },
    ]);
    const some = JSON.parse(await exportStore(store, [file.clips[1].id]));
    expect(some.clips.map((c: Clip) => c.url)).toEqual(['https://apnews.com/b']);
    expect(some.watchlist).toEqual([]);
    await expect(exportStore(store, [999])).rejects.toThrow(/No clip 999/);
  });
});

describe('import', () => {
  it('round-trips exactly: export, import into an empty archive, export again', async () => {
    const source = await archive();
    const json = await exportStore(source);
    const target = testStore();
    expect(await previewImport(target, json)).toEqual({
      add: 4,
      update: 0,
      skip: 0,
      problems: [],
      applied: false,
    });
    expect(await applyImport(target, json)).toEqual({
      add: 4,
      update: 0,
      skip: 0,
      problems: [],
      applied: true,
    });
    expect(withoutTime(await exportStore(target))).toEqual(withoutTime(json));
    expect((await searchClips(target, 'paris')).map((h) => h.clip.url)).toEqual(['https://apnews.com/b']);
  });

  it('importing the same file again skips everything and says why', async () => {
    const store = await archive();
    const json = await exportStore(store);
    const report = await applyImport(store, json);
    expect(report).toMatchObject({ add: 0, update: 0, skip: 4, applied: true });
    expect(report.problems).toEqual([
      expect.stringMatching(
        /^3 skipped: the archive already has this page, in the same or a newer version \(/,
      ),
      '1 skipped: the watchlist already has this entry (Acme Corp).',
    ]);
    expect((await listClips(store)).total).toBe(3);
  });

  it('updates older copies (merging tags, keeping the local id) and adds new pages under a free id', async () => {
    const time = clock();
    const mine = await archive(time.now);
    const theirs = JSON.parse(await exportStore(mine));
    const a = theirs.clips.find((c: Clip) => c.url === 'https://www.reuters.com/a');
    a.title = 'Newer title';
    a.tags = ['europe'];
    a.updatedAt += 60_000;
    a.id = 3; // their id for it differs from ours
    theirs.clips.push({ ...a, id: 1, url: 'https://new.example/x?utm_source=feed', title: 'Brand new' });
    theirs.clips.push({ ...a, id: 50, url: 'https://new.example/x', title: 'Same page again' });
    time.tick(120_000);

    const report = await applyImport(mine, JSON.stringify(theirs));
    expect(report).toMatchObject({ add: 1, update: 1, skip: 4, applied: true });
    expect(report.problems).toContainEqual(
      '1 skipped: the same page appears earlier in the file (the first was kept) (https://new.example/x).',
    );
    const list = (await listClips(mine)).clips;
    const updated = list.find((c) => c.url === 'https://www.reuters.com/a');
    expect(updated).toMatchObject({ id: 1, title: 'Newer title', tags: ['asia', 'europe'], note: 'first' });
    const added = list.find((c) => c.url === 'https://new.example/x');
    expect(added?.title).toBe('Brand new');
    expect(added?.id).toBeGreaterThan(3);
    expect(list).toHaveLength(4);
  });

  describe('refuses a bad file whole, changing nothing and saying why', () => {
    it('malformed JSON', () => refusedUnchanged('{"format": "dossier-export", clips: [}', /not valid JSON/));

    it('a truncated file', async () => {
      const json = await exportStore(await archive());
      await refusedUnchanged(
        json.slice(0, Math.floor(json.length * 0.7)),
        /not valid JSON \(is it cut short/,
      );
    });

    it('not an export file', () => refusedUnchanged('{"clips": []}', /not a Dossier export file/));

    it('a newer or unknown version', async () => {
      const file = await fileOf(await archive());
      await refusedUnchanged(
        JSON.stringify({ ...file, version: 2 }),
        /made by a newer Dossier \(export version 2/,
      );
      await refusedUnchanged(JSON.stringify({ ...file, version: '1' }), /Unknown export version "1"/);
    });

    it('wrong types, naming the record and the field', async () => {
      const file = await fileOf(await archive());
      file.clips[1].clippedAt = 'yesterday';
      file.clips[2].entities = [{ id: 'country:AF', count: -1, score: 2, sentences: 'x' }];
      file.clips.push({ ...file.clips[0], url: 'ftp://example.com/file', id: 0 });
      const json = JSON.stringify(file);
      await refusedUnchanged(json, /^3 invalid record\(s\): nothing was imported\./);
      await refusedUnchanged(json, /Clip 2 \(https:\/\/apnews\.com\/b\): clippedAt is not a time/);
      await refusedUnchanged(
        json,
        /entities\[0\]\.count is not a whole number ≥ 0; entities\[0\]\.score is not a number from 0 to 1; entities\[0\]\.sentences is not a list/,
      );
      await refusedUnchanged(
        json,
        /Clip 4 \(ftp:\/\/example\.com\/file\): url is not an http\(s\) address; id is not/,
      );
      await refusedUnchanged(JSON.stringify({ ...file, clips: {} }), /no list of clips/);
    });

    it('a file over 200 MB, refused from its length alone', async () => {
      // repeat() builds a rope a few MB in size: nothing flattens it unless the import reads the text.
      await refusedUnchanged('x'.repeat(200_000_001), /The file is larger than 200 MB; nothing was imported/);
    });

    it('a publication date no news page has (the far future, or before 1900)', async () => {
      const file = await fileOf(await archive());
      file.clips[0].publishedAt = '+275760-09-13';
      file.clips[1].publishedAt = '1899-12-31';
      const json = JSON.stringify(file);
      await refusedUnchanged(json, /^2 invalid record\(s\)/);
      await refusedUnchanged(
        json,
        /Clip 1 \(.*\): publishedAt "\+275760-09-13" is not a date from 1900 to 2200/,
      );
      await refusedUnchanged(json, /Clip 2 \(.*\): publishedAt "1899-12-31" is not a date from 1900 to 2200/);
    });

    it('huge strings', async () => {
      const file = await fileOf(await archive());
      file.clips[0].title = 'x'.repeat(1001);
      file.clips[1].html = `<p>${'y'.repeat(2_000_000)}</p>`;
      await refusedUnchanged(JSON.stringify(file), /title is longer than 1,000 characters \(1,001\)/);
      await refusedUnchanged(JSON.stringify(file), /html is longer than 2,000,000 characters/);
    });

    it.each([
      ['<p>Hi</p><script>alert(1)</script>', /a <script> element/],
      ['<p>Hi</p><SCRIPT src="//evil.example/x.js"></SCRIPT>', /a <script> element/],
      ['<img src="x.png" onerror="alert(1)">', /an event-handler attribute \(onerror=\) on <img>/],
      ['<a title=">" onclick=alert(1)>x</a>', /onclick=/],
      ['<a href="javascript:alert(1)">x</a>', /javascript: .* in href=/],
      ['<a href="  java&#x09;script&colon;alert(1)">x</a>', /javascript: .* in href=/],
      ['<a href="&#106;avascript:alert(1)">x</a>', /javascript: .* in href=/],
      ['<iframe srcdoc="<p>x</p>"></iframe>', /a <iframe> element/],
      ['<svg><a xlink:href="javascript:alert(1)">x</a></svg>', /in xlink:href=/],
      ['<div style="background:url(javascript:alert(1))">x</div>', /in style=/],
      ['<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>', /data:/],
      // Comments end where the HTML tokenizer ends them, not at the next "-->".
      ['<!--><img src=x onerror=alert(1)>', /onerror=/],
      ['<!---><script>alert(1)</script>', /a <script> element/],
      ['<!-- a note --!><script>alert(1)</script>', /a <script> element/],
      // Bogus comments end at the first ">", even inside what looks like a quoted value.
      ['<!x <a title="><img src=x onerror=alert(1)>">', /onerror=/],
      ['<?x <a title="><img src=x onerror=alert(1)>">', /onerror=/],
      ['</1 <a title="><img src=x onerror=alert(1)>">', /onerror=/],
      // An attribute name may start with "=", and only ASCII whitespace ends an unquoted value.
      ['<a ="><img src=x onerror=alert(1)>">', /onerror=/],
      ['<a title=x\u00a0b="><img src=x onerror=alert(1)>">', /onerror=/],
      // Text in HTML, markup in SVG: either reading could hide a tag from the other.
      [
        '<style><a title="</style><img src=x onerror=alert(1)>"></a></style>',
        /a <style> element that ends inside a tag/,
      ],
      [
        '<svg><![CDATA[><a title="]]><img src=x onerror=alert(1)>">',
        /a CDATA section that ends inside a tag/,
      ],
      [
        '<math><mtext><table><mglyph><style><!--</style><img title="--&gt;&lt;img src=1 onerror=alert(1)&gt;">',
        /a <style> element that ends inside a tag or comment/,
      ],
      [
        '<svg><a><animate attributeName="href" values="javascript:alert(1)"/><text>x</text></a></svg>',
        /in values=/,
      ],
    ])('hostile HTML: %s', async (html, why) => {
      const file = await fileOf(await archive());
      file.clips[0].html = html;
      await refusedUnchanged(JSON.stringify(file), why);
      await refusedUnchanged(
        JSON.stringify(file),
        /the archive never holds script, and Dossier refuses such HTML/,
      );
    });
  });

  it('accepts article HTML whose text or attribute values only look like markup', async () => {
    const file = await fileOf(await archive());
    file.clips[0].html =
      '<p>Prices: onion = 3 rupees; x &lt;script&gt; y.</p><a href="https://example.com/?q=a>b" title="5 > 4">ok</a>' +
      '<abbr title="javascript: a language">JS</abbr><!-- <script> in a comment -->' +
      '<!-- closed the old way --!><svg><title>Chart &lt; 3</title><style>text{}</style></svg><!-- <script> unclosed';
    file.clips[0].updatedAt += 1;
    const store = await archive();
    expect(await applyImport(store, JSON.stringify(file))).toMatchObject({ update: 1, applied: true });
  });

  it('imports the earliest and latest publication dates the clipper stores', async () => {
    const file = await fileOf(await archive());
    file.clips[0].publishedAt = '1900-01-01T00:00:00.000Z';
    file.clips[1].publishedAt = '2200-12-31T23:59:59.999Z';
    expect(await applyImport(testStore(), JSON.stringify(file))).toMatchObject({ add: 4, applied: true });
  });

  it('refuses a watchlist entry that is not one', async () => {
    const file = await fileOf(await archive());
    file.watchlist.push({ id: 'country:AF', name: '', aliases: 'x', note: '' });
    await refusedUnchanged(
      JSON.stringify(file),
      /Watchlist entry 2: id is not "watch:.*; name is empty; aliases is not a list/,
    );
  });

  it('imports a watchlist: new entries added, changed ones updated', async () => {
    const store = await archive();
    const file = await fileOf(store);
    file.clips = [];
    file.watchlist = [
      { id: 'watch:acme', name: 'Acme Corporation', aliases: ['Acme'], note: 'supplier' },
      { id: 'watch:jane-doe', name: 'Jane Doe', aliases: [], note: '' },
    ];
    expect(await applyImport(store, JSON.stringify(file))).toMatchObject({ add: 1, update: 1, skip: 0 });
    expect((await getWatchlist(store)).map((w) => w.name)).toEqual(['Acme Corporation', 'Jane Doe']);
  });
});
