import { describe, expect, it, vi } from 'vitest';
import { pageSummary } from '../../../lib/background/page-summary';
import type { TabReport } from '../../../lib/messages';
import { closeStore, saveClip, saveWatchlist } from '../../../lib/store';
import { draft, entity, testStore } from '../store/support';

const TAB = { id: 7, url: 'https://www.example.com/news/kabul' };

const report = (ids: string[]): TabReport => ({
  tabId: 7,
  url: 'https://www.example.com/news/kabul',
  textLength: 4000,
  receivedAt: 0,
  entities: ids.map((id, i) => ({ id, count: 5 - i })),
});

describe("the popup's page summary: report, names and counts in one answer", () => {
  it('names every entity on the page, watched ones from the watchlist, with its clip count', async () => {
    const store = testStore();
    await saveClip(store, draft({ url: 'https://apnews.com/a', entities: [entity('country:AF')] }));
    await saveWatchlist(store, [{ id: 'watch:acme', name: 'Acme Mining', aliases: ['Acme'], note: '' }]);
    const read = vi.fn(async () => report(['country:AF', 'org:taliban', 'watch:acme']));
    const findTab = vi.fn(async () => TAB);
    const r = await pageSummary({ store: () => store, findTab, readReport: read }, {});
    expect(findTab).toHaveBeenCalledWith(undefined);
    expect(read).toHaveBeenCalledWith(7);
    expect(r).toEqual({
      ok: true,
      value: {
        tab: TAB,
        report: report(['country:AF', 'org:taliban', 'watch:acme']),
        names: {
          'country:AF': { name: 'Afghanistan', kind: 'country' },
          'org:taliban': { name: 'Taliban', kind: 'organisation' },
          'watch:acme': { name: 'Acme Mining', kind: 'organisation' },
        },
        counts: { ok: true, value: { 'country:AF': 1, 'org:taliban': 0, 'watch:acme': 0 } },
      },
    });
  });

  it('still names the entities when the archive cannot be counted, and says why beside them', async () => {
    const store = testStore();
    closeStore(store);
    const r = await pageSummary(
      { store: () => store, findTab: async () => TAB, readReport: async () => report(['country:PK']) },
      { tabId: 7 },
    );
    expect(r.ok && r.value.names).toEqual({ 'country:PK': { name: 'Pakistan', kind: 'country' } });
    expect(r.ok && r.value.counts.ok).toBe(false);
    expect(r.ok && !r.value.counts.ok && r.value.counts.error).toMatch(/could not be read|closed/i);
  });

  it('answers a tab without a report, or no tab, with nothing to list, and a malformed request with an error', async () => {
    const store = testStore();
    const deps = {
      store: () => store,
      findTab: async (id?: number) => (id === 3 ? TAB : null),
      readReport: async () => null,
    };
    expect(await pageSummary(deps, { tabId: 3 })).toEqual({
      ok: true,
      value: { tab: TAB, report: null, names: {}, counts: { ok: true, value: {} } },
    });
    expect(await pageSummary(deps, {})).toEqual({
      ok: true,
      value: { tab: null, report: null, names: {}, counts: { ok: true, value: {} } },
    });
    expect(await pageSummary(deps, { tabId: 'x' })).toEqual({
      ok: false,
      error: 'pageSummary needs {tabId?: number}',
    });
  });
});
