import { describe, expect, it, vi } from 'vitest';
import { readQuickClip } from '../../../components/popup/api';
import { type ClipFeedback, clipWithFeedback, NO_CONTENT_SCRIPT } from '../../../lib/background/clip-tab';
import type { StoreHandlerDeps } from '../../../lib/background/store-deps';
import { registerStoreHandlers } from '../../../lib/background/store-handlers';
import type { ExtractedPage, onMessage, ProtocolMap, Result, SessionArea } from '../../../lib/messages';
import { closeStore, type SearchEngine, type Store } from '../../../lib/store';
import { countingEngine, draft, entity, freshName, nameOf, testStore } from './support';

type Listener = (message: { data: unknown; sender: { tab?: { id?: number } } }) => Promise<Result<unknown>>;

const STORE_MESSAGES: Array<keyof ProtocolMap> = [
  'clipForUrl',
  'getClip',
  'updateClip',
  'deleteClip',
  'restoreClip',
  'listClips',
  'storeFacets',
  'searchClips',
  'entityInStore',
  'entityCounts',
  'entityBriefing',
  'briefingMarkdown',
  'exportStore',
  'exportPart',
  'importPart',
  'previewImport',
  'applyImport',
  'watchlist',
  'saveWatchlist',
  'saveClip',
  'clipTab',
  'openBriefing',
];

/** A Result as the tests read it: the value's shape is checked by the assertions themselves. */
// biome-ignore lint/suspicious/noExplicitAny: test answers are inspected field by field
type Answer = { ok: boolean; value?: any; error?: string };

interface Harness {
  send(type: keyof ProtocolMap, data?: unknown, senderTabId?: number): Promise<Answer>;
  deps: StoreHandlerDeps & { opened: string[]; badges: Array<[number, string]> };
  store: Store;
}

const TAB_URL = 'https://www.example.com/news/kabul?ref=home';

/** Where a quick clip tells its outcome: tooltips by tab, and storage.session as a Map. */
function feedback(): ClipFeedback & { titles: Array<[number, string]>; session: SessionArea } {
  const titles: Array<[number, string]> = [];
  const data = new Map<string, unknown>();
  const session: SessionArea = {
    get: async (keys) =>
      Object.fromEntries(
        [keys].flat().flatMap((k) => (data.has(k) ? [[k, structuredClone(data.get(k))]] : [])),
      ),
    set: async (items) => {
      for (const [k, v] of Object.entries(items)) data.set(k, structuredClone(v));
    },
    remove: async (keys) => {
      for (const k of [keys].flat()) data.delete(k);
    },
  };
  return {
    titles,
    session,
    setTitle: async (tabId, title) => void titles.push([tabId, title]),
    tabUrl: async () => TAB_URL,
  };
}

/** A background worker's store side: fresh registration, fresh store on the named database. */
function worker(
  options: { name?: string; engine?: SearchEngine; page?: () => Promise<Result<ExtractedPage>> } = {},
): Harness {
  const listeners = new Map<string, Listener>();
  const on = ((type: string, cb: Listener) => {
    listeners.set(type, cb);
    return () => undefined;
  }) as unknown as typeof onMessage;
  const store = testStore({ name: options.name ?? freshName(), engine: options.engine });
  const opened: string[] = [];
  const badges: Array<[number, string]> = [];
  const deps = {
    store: () => store,
    nameOf,
    facts: () => null,
    extractPage: vi.fn(
      options.page ?? (async () => ({ ok: true as const, value: { draft: draft(), isArticle: true } })),
    ),
    activeTabId: async () => 7,
    openPage: async (path: string) => opened.push(path),
    flashBadge: async (tabId: number, text: string) => void badges.push([tabId, text]),
    opened,
    badges,
  };
  registerStoreHandlers(on, deps);
  return {
    deps,
    store,
    send: async (type, data, senderTabId) => {
      const listener = listeners.get(type);
      if (!listener) throw new Error(`no listener for ${type}`);
      return listener({ data, sender: senderTabId === undefined ? {} : { tab: { id: senderTabId } } });
    },
  };
}

describe('store handlers', () => {
  it('registers every store message of the protocol', async () => {
    const h = worker();
    for (const type of STORE_MESSAGES) await expect(h.send(type, {})).resolves.toHaveProperty('ok');
  });

  it('answers a malformed request with {ok:false, error} and never throws', async () => {
    const h = worker();
    const bad: Array<[keyof ProtocolMap, unknown]> = [
      ['getClip', { id: -1 }],
      ['getClip', { id: '1' }],
      ['deleteClip', { id: 1.5 }],
      ['updateClip', { id: 1, tags: 'asia' }],
      ['updateClip', { id: 1, note: 5 }],
      ['restoreClip', { clip: { id: 1 } }],
      ['listClips', { limit: 10_000 }],
      ['listClips', { filter: { from: 'yesterday' } }],
      ['listClips', 'all'],
      ['searchClips', { query: 'x'.repeat(501) }],
      ['searchClips', { query: 'x', limit: -1 }],
      ['entityInStore', { id: '' }],
      ['entityCounts', { ids: ['country:AF', 5] }],
      ['entityCounts', { ids: Array(5001).fill('country:AF') }],
      ['exportStore', { ids: ['1'] }],
      ['exportPart', { after: 0 }],
      ['exportPart', { maxChars: 10 }],
      ['exportPart', { ids: [1, 'x'] }],
      ['importPart', { upload: 'short', index: 0, text: '', last: true }],
      ['importPart', { upload: 'upload-0001', index: -1, text: '', last: true }],
      ['importPart', { upload: 'upload-0001', index: 0, text: 5, last: true }],
      ['previewImport', { json: 5 }],
      ['previewImport', { json: '{}', upload: 'upload-0001' }],
      ['applyImport', {}],
      ['applyImport', { upload: 'upload-0001' }],
      ['saveWatchlist', { entities: [{ id: 'watch:x', name: 'X' }] }],
      ['saveWatchlist', { entities: [{ id: 'country:AF', name: 'X', aliases: [], note: '' }] }],
      ['saveClip', { draft: { ...draft(), html: '<p onclick="steal()">x</p>' } }],
      ['saveClip', { draft: { ...draft(), url: 'file:///etc/passwd' } }],
      ['saveClip', { draft: draft(), tags: [1] }],
      ['clipTab', { tabId: 'seven' }],
      ['clipTab', { asBookmark: 'yes' }],
      ['openBriefing', { id: 42 }],
    ];
    // These may be sent without data (null is how an absent argument can arrive); the rest need some.
    const noData = ['storeFacets', 'watchlist', 'listClips', 'exportStore', 'exportPart', 'clipTab'];
    for (const type of STORE_MESSAGES.filter((t) => t !== 'storeFacets' && t !== 'watchlist')) {
      bad.push([type, 42], [type, 'x']);
      if (!noData.includes(type)) bad.push([type, null], [type, undefined]);
    }
    for (const [type, data] of bad) {
      const result = await h.send(type, data);
      expect(result, `${type} ${JSON.stringify(data)?.slice(0, 80)}`).toEqual({
        ok: false,
        error: expect.any(String),
      });
    }
    expect((await h.send('listClips', {})).value.total).toBe(0);
  });

  it('turns a failure inside the store into {ok:false} with its message', async () => {
    const h = worker();
    h.deps.store = () => {
      throw new Error('boom');
    };
    expect(await h.send('listClips', {})).toEqual({ ok: false, error: 'boom' });
  });

  it('saves, lists, searches and briefs through messages', async () => {
    const h = worker();
    const saved = await h.send('saveClip', { draft: draft(), tags: ['asia'], extra: 'ignored' });
    expect(saved).toMatchObject({
      ok: true,
      value: { saved: true, created: true, clip: { tags: ['asia'] } },
    });
    expect((await h.send('searchClips', { query: 'Taliban' })).value).toHaveLength(1);
    expect((await h.send('entityCounts', { ids: ['country:AF'] })).value).toEqual({ 'country:AF': 1 });
    const briefing = (await h.send('entityBriefing', { id: 'country:AF' })).value;
    expect(briefing.articles).toHaveLength(1);
    expect(briefing.coOccurring.map((c: { id: string }) => c.id)).toEqual(['country:PK', 'org:taliban']);
    const md = (await h.send('briefingMarkdown', { id: 'country:AF' })).value;
    expect(md).toMatch(/^# Afghanistan\n/);
    expect(md).toContain('[Taliban and Pakistan meet in Kabul](https://www.example.com/news/kabul)');
  });

  it('names the reader’s own entities in a briefing’s Markdown by their watchlist entry', async () => {
    const h = worker();
    const watch = { id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: '' };
    expect((await h.send('saveWatchlist', { entities: [watch] })).ok).toBe(true);
    const entities = [entity('watch:acme', ['Acme Corp won the contract.']), entity('country:AF')];
    await h.send('saveClip', { draft: draft({ entities }) });
    const own = (await h.send('briefingMarkdown', { id: 'watch:acme' })).value as string;
    expect(own).toMatch(/^# Acme Corp\n/);
    expect(own).not.toContain('watch:acme');
    const other = (await h.send('briefingMarkdown', { id: 'country:AF' })).value as string;
    expect(other).toContain('Acme Corp');
    expect(other).not.toContain('watch:acme');
  });

  it('exports in parts that join into the file exported at once, the whole archive or a selection', async () => {
    const h = worker();
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const saved = await h.send('saveClip', { draft: draft({ url: `https://www.example.com/news/${i}` }) });
      ids.push(saved.value.clip.id);
    }
    await h.send('saveWatchlist', { entities: [{ id: 'watch:acme', name: 'Acme', aliases: [], note: '' }] });
    const inParts = async (request: { ids?: number[] }) => {
      const texts: string[] = [];
      let after: number | undefined;
      for (;;) {
        const part = await h.send('exportPart', { ...request, maxChars: 1000, ...(after && { after }) });
        expect(part.ok, part.error).toBe(true);
        texts.push(part.value.text);
        if (part.value.next === null) return texts;
        after = part.value.next;
      }
    };
    const whole = await inParts({});
    // Each part holds a clip or two (a clip is over 1,000 characters), so the file came in many.
    expect(whole.length).toBeGreaterThan(5);
    expect(whole.join('')).toBe((await h.send('exportStore', {})).value);
    const some = [ids[7], ids[2], ids[11]] as number[];
    const selected = await inParts({ ids: some });
    expect(selected.join('')).toBe((await h.send('exportStore', { ids: some })).value);
    expect(JSON.parse(selected.join('')).clips.map((c: { id: number }) => c.id)).toEqual(
      [...some].sort((a, b) => a - b),
    );
  });

  it('imports a file sent in parts, all or nothing, and says so when a part went missing', async () => {
    const source = worker();
    for (let i = 0; i < 3; i++)
      await source.send('saveClip', { draft: draft({ url: `https://www.example.com/news/${i}` }) });
    const file: string = (await source.send('exportStore', {})).value;
    const h = worker({ name: freshName() });
    const upload = async (name: string, parts: string[], whole = true) => {
      for (const [index, text] of parts.entries()) {
        const last = whole && index === parts.length - 1;
        expect((await h.send('importPart', { upload: name, index, text, last })).ok).toBe(true);
      }
    };
    const thirds = [file.slice(0, 1000), file.slice(1000, 2000), file.slice(2000)];
    await upload('preview-0001', thirds);
    expect((await h.send('previewImport', { upload: 'preview-0001' })).value).toMatchObject({
      add: 3,
      skip: 0,
    });
    // An upload is taken once: the import sends the file again.
    expect((await h.send('applyImport', { upload: 'preview-0001' })).error).toMatch(
      /did not reach Dossier whole/,
    );
    // A part that never arrived (the worker restarted between parts) changes nothing and says why.
    await upload('apply-0001', thirds.slice(0, 2), false);
    expect((await h.send('applyImport', { upload: 'apply-0001' })).error).toMatch(/nothing was imported/);
    expect((await h.send('listClips', {})).value.total).toBe(0);
    await upload('apply-0002', thirds);
    expect((await h.send('applyImport', { upload: 'apply-0002' })).value).toMatchObject({
      add: 3,
      applied: true,
    });
    // The same clips came through (both stores' clocks stand still in these tests).
    expect(JSON.parse((await h.send('exportStore', {})).value)).toEqual(JSON.parse(file));
    expect((await h.send('listClips', {})).value.total).toBe(3);
  });

  it('opens the library on an entity’s briefing', async () => {
    const h = worker();
    expect(await h.send('openBriefing', { id: 'country:AF' })).toEqual({ ok: true, value: null });
    expect(h.deps.opened).toEqual(['/library.html#/entity/country%3AAF']);
  });
});

describe('clipTab', () => {
  it('clips the sender’s tab, else the given or active one', async () => {
    const h = worker();
    const r = await h.send('clipTab', {}, 3);
    expect(r).toMatchObject({ ok: true, value: { saved: true, created: true } });
    expect(h.deps.extractPage).toHaveBeenLastCalledWith(3, false);
    await h.send('clipTab', { tabId: 5, tags: ['x'] });
    expect(h.deps.extractPage).toHaveBeenLastCalledWith(5, false);
    await h.send('clipTab', {});
    expect(h.deps.extractPage).toHaveBeenLastCalledWith(7, false);
  });

  it('no article and no bookmark asked for: says so and stores nothing', async () => {
    const h = worker({
      page: async () => ({
        ok: true,
        value: { draft: draft({ url: 'https://example.com/search?q=x', title: 'Search' }), isArticle: false },
      }),
    });
    expect(await h.send('clipTab', {}, 3)).toEqual({
      ok: true,
      value: { saved: false, reason: 'no-article', url: 'https://example.com/search?q=x', title: 'Search' },
    });
    expect((await h.send('listClips', {})).value.total).toBe(0);
    const asBookmark = await h.send('clipTab', { asBookmark: true }, 3);
    expect(asBookmark).toMatchObject({ ok: true, value: { saved: true, clip: { kind: 'bookmark' } } });
    expect(h.deps.extractPage).toHaveBeenLastCalledWith(3, true);
  });

  it('a tab without Dossier’s content script (chrome://) gets a clear error', async () => {
    const h = worker({
      page: async () => {
        throw new Error('Could not establish connection. Receiving end does not exist.');
      },
    });
    expect(await h.send('clipTab', { tabId: 9 })).toEqual({ ok: false, error: NO_CONTENT_SCRIPT });
  });

  it('the context menu and keyboard command flash ✓ on success and ! on failure', async () => {
    const ok = worker();
    expect(await clipWithFeedback(ok.deps, 4, feedback())).toBe(true);
    expect(ok.deps.badges).toEqual([[4, '✓']]);

    const noArticle = worker({
      page: async () => ({
        ok: true,
        value: { draft: draft({ entities: [entity('country:FR')] }), isArticle: false },
      }),
    });
    expect(await clipWithFeedback(noArticle.deps, undefined, feedback())).toBe(true);
    expect((await noArticle.send('listClips', {})).value.clips[0].kind).toBe('bookmark');
    expect(noArticle.deps.badges).toEqual([[7, '✓']]);

    const broken = worker({ page: async () => ({ ok: false, error: 'Readability failed' }) });
    expect(await clipWithFeedback(broken.deps, 4, feedback())).toBe(false);
    expect(broken.deps.badges).toEqual([[4, '!']]);
  });

  it('a quick clip says in words what it kept, or why not, in the tooltip and to the tab’s popup', async () => {
    const tell = feedback();
    const h = worker();
    await clipWithFeedback(h.deps, 4, tell);
    expect(tell.titles).toEqual([[4, 'Dossier — Clipped: Taliban and Pakistan meet in Kabul']]);
    expect(await readQuickClip(tell.session, 4, TAB_URL)).toMatchObject({
      outcome: 'clipped',
      detail: 'Taliban and Pakistan meet in Kabul',
    });

    const noArticle = worker({
      page: async () => ({
        ok: true,
        value: { draft: draft({ title: 'Search results' }), isArticle: false },
      }),
    });
    await clipWithFeedback(noArticle.deps, 5, tell);
    expect(tell.titles.at(-1)).toEqual([
      5,
      'Dossier — Saved as a bookmark: this page has no article (Search results)',
    ]);
    expect(await readQuickClip(tell.session, 5, TAB_URL)).toMatchObject({ outcome: 'bookmark' });

    const full = worker();
    const quota = "Your browser's storage is full: the clip was not saved; nothing already stored was lost.";
    full.deps.store = () => {
      throw new Error(quota);
    };
    expect(await clipWithFeedback(full.deps, 6, tell)).toBe(false);
    expect(full.deps.badges).toEqual([[6, '!']]);
    expect(tell.titles.at(-1)).toEqual([6, `Dossier — Not clipped: ${quota}`]);
    expect(await readQuickClip(tell.session, 6, TAB_URL)).toMatchObject({ outcome: 'failed', detail: quota });
    // Once the tab shows another page, its popup no longer tells that page's outcome.
    expect(await readQuickClip(tell.session, 6, 'https://www.example.com/other')).toBeNull();
    expect(await readQuickClip(tell.session, 8, TAB_URL)).toBeNull();
  });

  it('a quick clip is still saved and flashed when the tooltip or the session cannot be written', async () => {
    const h = worker();
    const tell = feedback();
    tell.setTitle = async () => {
      throw new Error('No tab with id: 4');
    };
    tell.session.set = async () => {
      throw new Error('QUOTA_BYTES quota exceeded');
    };
    expect(await clipWithFeedback(h.deps, 4, tell)).toBe(true);
    expect(h.deps.badges).toEqual([[4, '✓']]);
    expect((await h.send('listClips', {})).value.total).toBe(1);
  });
});

describe('a worker stopped between messages', () => {
  it('a fresh registration on each step finds the clips and searches them without rebuilding', async () => {
    const name = freshName();
    const engine = countingEngine();
    const step = async <T>(fn: (h: Harness) => Promise<T>): Promise<T> => {
      const h = worker({ name, engine });
      try {
        return await fn(h);
      } finally {
        closeStore(h.store);
      }
    };
    await step((h) =>
      h.send('saveClip', { draft: draft({ url: 'https://a.example/1', title: 'Kabul talks' }) }),
    );
    // The first search ever builds the index; its snapshot is saved before the worker stops.
    await step(async (h) => {
      expect((await h.send('searchClips', { query: 'kabul' })).value).toHaveLength(1);
      await (await import('../../../lib/store')).persistIndex(h.store);
    });
    const id = await step(async (h) => {
      const r = await h.send('clipTab', {}, 1);
      return r.value.clip.id as number;
    });
    await step((h) => h.send('updateClip', { id, tags: ['ceasefire'] }));
    await step(async (h) => {
      expect((await h.send('searchClips', { query: 'ceasefire' })).value).toHaveLength(1);
      expect((await h.send('listClips', {})).value.total).toBe(2);
    });
    await step((h) => h.send('deleteClip', { id }));
    await step(async (h) => {
      expect((await h.send('searchClips', { query: 'ceasefire' })).value).toEqual([]);
      expect((await h.send('searchClips', { query: 'kabul' })).value).toHaveLength(1);
      expect((await h.send('entityInStore', { id: 'country:AF' })).value.count).toBe(1);
    });
    expect(engine.creates).toBe(1);
    expect(engine.loads).toBe(2);
  });
});
