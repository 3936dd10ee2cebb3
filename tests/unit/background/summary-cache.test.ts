import { describe, expect, it, vi } from 'vitest';
import { bumpStoreStamp, cachedPageSummary, forgetSummary } from '../../../lib/background/summary-cache';
import { readCachedSummary, type SessionArea, type TabReport } from '../../../lib/messages';
import { deleteClip, type Store, saveClip } from '../../../lib/store';
import { draft, entity, testStore } from '../store/support';

const TAB = { id: 7, url: 'https://www.example.com/news/kabul' };
const REPORT: TabReport = {
  tabId: 7,
  url: TAB.url,
  textLength: 4000,
  receivedAt: 0,
  entities: [{ id: 'country:AF', count: 3 }],
};

/** storage.session as a Map, values copied in and out as the browser does. */
function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of typeof keys === 'string' ? [keys] : keys)
        if (data.has(key)) out[key] = copy(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, copy(value));
    },
    async remove(keys) {
      for (const key of typeof keys === 'string' ? [keys] : keys) data.delete(key);
    },
  };
}

function setUp() {
  const session = fakeSession();
  const store: Store = testStore({ afterWrite: () => bumpStoreStamp(session) });
  const deps = { store: () => store, findTab: async () => TAB, readReport: async () => REPORT, session };
  const countIn = async () => {
    const cached = await readCachedSummary(session, TAB.id, TAB.url);
    return cached?.counts.ok ? cached.counts.value['country:AF'] : null;
  };
  return { session, store, deps, countIn };
}

describe("the popup's cached page summary", () => {
  it('keeps the summary the background worked out, for the popup to read without the worker', async () => {
    const { deps, countIn } = setUp();
    const answer = await cachedPageSummary(deps, { tabId: 7 });
    expect(answer.ok && answer.value.counts).toEqual({ ok: true, value: { 'country:AF': 0 } });
    expect(await countIn()).toBe(0);
  });

  it('is never read after a clip, a re-clip or a delete changed the archive, until worked out again', async () => {
    const { deps, store, countIn } = setUp();
    await cachedPageSummary(deps, { tabId: 7 });
    const { clip } = await saveClip(store, draft({ entities: [entity('country:AF')] }));
    expect(await countIn()).toBeNull();
    await cachedPageSummary(deps, { tabId: 7 });
    expect(await countIn()).toBe(1);
    await deleteClip(store, clip.id);
    expect(await countIn()).toBeNull();
    await cachedPageSummary(deps, { tabId: 7 });
    expect(await countIn()).toBe(0);
  });

  it('is not kept when the archive changed while the counts were read', async () => {
    const { deps, store, countIn } = setUp();
    const racing = {
      ...deps,
      readReport: async () => {
        // A clip lands after the stamp was read and before the counts are.
        await saveClip(store, draft({ entities: [entity('country:AF')] }));
        return REPORT;
      },
    };
    const answer = await cachedPageSummary(racing, { tabId: 7 });
    expect(answer.ok && answer.value.counts).toEqual({ ok: true, value: { 'country:AF': 1 } });
    expect(await countIn()).toBeNull();
  });

  it('is not read for another page in the same tab, is forgotten with its tab, and is not kept when the counts failed', async () => {
    const { deps, session, store, countIn } = setUp();
    await cachedPageSummary(deps, { tabId: 7 });
    expect(await readCachedSummary(session, 7, 'https://www.example.com/news/next')).toBeNull();
    expect(await countIn()).toBe(0);
    await forgetSummary(session, 7);
    expect(await countIn()).toBeNull();
    store.db.close();
    const failed = await cachedPageSummary(deps, { tabId: 7 });
    expect(failed.ok && failed.value.counts.ok).toBe(false);
    expect(await readCachedSummary(session, 7, TAB.url)).toBeNull();
  });

  it('leaves a write that committed in place when marking the cache stale fails', async () => {
    const failing = async () => {
      throw new Error('session storage quota');
    };
    const store = testStore({ afterWrite: failing });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const saved = await saveClip(store, draft());
    expect(warn).toHaveBeenCalledWith('[Dossier] after a write:', expect.any(Error));
    warn.mockRestore();
    expect(saved.created).toBe(true);
    expect((await store.db.clips.get(saved.clip.id))?.url).toBe(draft().url);
  });
});
