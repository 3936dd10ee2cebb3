import { describe, expect, it, vi } from 'vitest';
import { registerTabHandlers, type TabHandlerDeps } from '../../../lib/background/tab-handlers';
import { readTabReport, saveTabReport } from '../../../lib/background/tabs';
import { type onMessage, type ProtocolMap, type SessionArea, tabReportKey } from '../../../lib/messages';
import { type Store, saveClip } from '../../../lib/store';
import { draft, entity, testStore } from '../store/support';

type Listener = (message: { data: unknown; sender: { tab?: { id?: number } } }) => Promise<unknown>;
// biome-ignore lint/suspicious/noExplicitAny: test answers are inspected field by field
type Answer = { ok: boolean; value?: any; error?: string };

const TAB = { id: 7, url: 'https://www.example.com/news/kabul' };
const REPORT = {
  url: TAB.url,
  textLength: 4000,
  entities: [
    { id: 'country:AF', count: 3 },
    { id: 'org:taliban', count: 1 },
  ],
};

/** storage.session as a Map, values copied in and out as the browser does. */
function fakeSession(): SessionArea & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const list = (keys: string | string[]) => (typeof keys === 'string' ? [keys] : keys);
  return {
    data,
    async get(keys) {
      const out: Record<string, unknown> = {};
      for (const key of list(keys)) if (data.has(key)) out[key] = copy(data.get(key));
      return out;
    },
    async set(items) {
      for (const [key, value] of Object.entries(items)) data.set(key, copy(value));
    },
    async remove(keys) {
      for (const key of list(keys)) data.delete(key);
    },
  };
}

/** The background's tab side: fresh registration over a fake storage.session, a fake badge and a test store. */
function worker() {
  const listeners = new Map<string, Listener>();
  const on = ((type: string, cb: Listener) => {
    listeners.set(type, cb);
    return () => undefined;
  }) as unknown as typeof onMessage;
  const session = fakeSession();
  let store: Store = testStore();
  const badges: Array<[number, string]> = [];
  const deps: TabHandlerDeps = {
    store: () => store,
    session,
    findTab: async (id) => (id === undefined || id === TAB.id ? TAB : null),
    readReport: (tabId) => readTabReport(tabId, session),
    saveReport: (tabId, report) => saveTabReport(tabId, report, session),
    setBadge: async (tabId, text) => void badges.push([tabId, text]),
  };
  registerTabHandlers(on, deps);
  const send = async (type: keyof ProtocolMap, data?: unknown, senderTabId?: number): Promise<Answer> => {
    const listener = listeners.get(type);
    if (!listener) throw new Error(`no listener for ${type}`);
    return (await listener({
      data,
      sender: senderTabId === undefined ? {} : { tab: { id: senderTabId } },
    })) as Answer;
  };
  const reports = () => [...session.data.keys()].filter((k) => k.startsWith('tabReport:'));
  return { send, deps, session, badges, reports, setStore: (s: Store) => (store = s) };
}

describe('tab handlers: a content script reports its page, the popup reads it', () => {
  it('keeps a valid report, badges the tab, and lists its entities with names and clip counts', async () => {
    const w = worker();
    await saveClip(w.deps.store(), draft({ entities: [entity('country:AF')] }));
    expect(await w.send('contentReady', { ...REPORT, extra: 'not stored' }, 7)).toEqual({
      ok: true,
      value: { tabId: 7 },
    });
    expect(w.badges).toEqual([[7, '2']]);
    const stored = await w.send('tabReport', { tabId: 7 });
    expect(stored).toEqual({ ok: true, value: { tabId: 7, ...REPORT, receivedAt: expect.any(Number) } });
    const summary = await w.send('pageSummary', { tabId: 7 });
    expect(summary.value.names).toEqual({
      'country:AF': { name: 'Afghanistan', kind: 'country' },
      'org:taliban': { name: 'Taliban', kind: 'organisation' },
    });
    expect(summary.value.counts).toEqual({ ok: true, value: { 'country:AF': 1, 'org:taliban': 0 } });
    expect(await w.send('pageSummary', {})).toMatchObject({ ok: true, value: { tab: TAB } });
    // The address the page's clip is filed under goes along, for the popup to look the clip up.
    const canonical = { ...REPORT, canonicalUrl: 'https://news.example/original' };
    expect(await w.send('contentReady', canonical, 8)).toEqual({ ok: true, value: { tabId: 8 } });
    expect((await w.send('tabReport', { tabId: 8 })).value).toMatchObject({
      canonicalUrl: 'https://news.example/original',
    });
    // One too long to file a clip under is left out; the page's report still counts.
    const long = { ...REPORT, canonicalUrl: `https://news.example/${'x'.repeat(5000)}` };
    expect(await w.send('contentReady', long, 9)).toEqual({ ok: true, value: { tabId: 9 } });
    expect((await w.send('tabReport', { tabId: 9 })).value).not.toHaveProperty('canonicalUrl');
    // A report from a page outside any tab (an extension page) is answered and not kept.
    expect(await w.send('contentReady', REPORT)).toEqual({ ok: true, value: { tabId: null } });
    expect(w.reports().sort()).toEqual([tabReportKey(7), tabReportKey(8), tabReportKey(9)]);
  });

  it('answers a malformed report with {ok:false}, keeps nothing and leaves the badge alone', async () => {
    const w = worker();
    const bad: unknown[] = [
      42,
      'x',
      null,
      undefined,
      [],
      {},
      { textLength: 1, entities: [] },
      { url: 5, textLength: 1, entities: [] },
      { url: TAB.url, entities: [] },
      { url: TAB.url, textLength: '4000', entities: [] },
      { url: TAB.url, textLength: -1, entities: [] },
      { url: TAB.url, textLength: 1 },
      { url: TAB.url, textLength: 1, entities: 'country:AF' },
      { url: TAB.url, textLength: 1, entities: { length: 3 } },
      { url: TAB.url, textLength: 1, entities: ['country:AF', 'org:un'] },
      { url: TAB.url, textLength: 1, entities: [{ id: 5, count: 1 }] },
      { url: TAB.url, textLength: 1, entities: [{ id: '', count: 1 }] },
      { url: TAB.url, textLength: 1, entities: [{ id: 'country:AF' }] },
      { url: TAB.url, textLength: 1, entities: [{ id: 'country:AF', count: '3' }] },
      { url: TAB.url, textLength: 1, entities: [{ id: 'country:AF', count: 1 }, null] },
      { url: 'x'.repeat(5000), textLength: 1, entities: [] },
      { url: TAB.url, canonicalUrl: 5, textLength: 1, entities: [] },
    ];
    for (const data of bad) {
      const answer = await w.send('contentReady', data, 7);
      expect(answer, JSON.stringify(data)?.slice(0, 80)).toEqual({ ok: false, error: expect.any(String) });
    }
    expect(w.reports()).toEqual([]);
    expect(w.badges).toEqual([]);
    expect((await w.send('tabReport', { tabId: 7 })).value).toBeNull();
  });

  it('answers a malformed tabReport or pageSummary request with {ok:false}', async () => {
    const w = worker();
    await w.send('contentReady', REPORT, 7);
    for (const data of [
      42,
      'x',
      null,
      undefined,
      {},
      { tabId: '7' },
      { tabId: 1.5 },
      { tabId: -1 },
      { tabId: NaN },
    ])
      expect(await w.send('tabReport', data), String(data)).toEqual({
        ok: false,
        error: 'tabReport needs {tabId: number}',
      });
    for (const data of [42, 'x', [], { tabId: '7' }, { tabId: 1.5 }, { tabId: -1 }])
      expect(await w.send('pageSummary', data), String(data)).toEqual({
        ok: false,
        error: 'pageSummary needs {tabId?: number}',
      });
    // No data at all is the toolbar popup's way of asking about the active tab.
    expect(await w.send('pageSummary', undefined)).toMatchObject({ ok: true, value: { tab: TAB } });
  });

  it('never hands the store the ids of a stored report that is not one', async () => {
    const w = worker();
    const counted = vi.fn(() => w.deps.store());
    w.deps.store = counted;
    await w.session.set({
      [tabReportKey(7)]: { tabId: 7, receivedAt: 0, url: TAB.url, textLength: 1, entities: [{ id: 5 }] },
    });
    expect(await w.send('tabReport', { tabId: 7 })).toEqual({ ok: true, value: null });
    expect(await w.send('pageSummary', { tabId: 7 })).toEqual({
      ok: true,
      value: { tab: TAB, report: null, names: {}, counts: { ok: true, value: {} } },
    });
    expect(counted).not.toHaveBeenCalled();
  });

  it('still names the entities when the store fails inside pageSummary, and says why beside them', async () => {
    const w = worker();
    await w.send('contentReady', REPORT, 7);
    w.deps.store = () => {
      throw new Error('the archive could not be opened');
    };
    expect(await w.send('pageSummary', { tabId: 7 })).toMatchObject({
      ok: true,
      value: {
        names: { 'country:AF': { name: 'Afghanistan' }, 'org:taliban': { name: 'Taliban' } },
        counts: { ok: false, error: 'the archive could not be opened' },
      },
    });
  });

  it('answers {ok:false} when storage.session or the tabs cannot be read', async () => {
    const w = worker();
    await w.send('contentReady', REPORT, 7);
    w.session.get = async () => {
      throw new Error('session storage is gone');
    };
    expect(await w.send('tabReport', { tabId: 7 })).toEqual({ ok: false, error: 'session storage is gone' });
    expect(await w.send('pageSummary', { tabId: 7 })).toEqual({
      ok: false,
      error: 'session storage is gone',
    });
    w.deps.findTab = async () => {
      throw new Error('no tabs permission');
    };
    expect(await w.send('pageSummary', {})).toEqual({ ok: false, error: 'no tabs permission' });
    w.session.set = async () => {
      throw new Error('quota');
    };
    expect(await w.send('contentReady', REPORT, 7)).toEqual({ ok: false, error: 'quota' });
  });
});
