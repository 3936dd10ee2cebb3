import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { LibraryApi } from '@/components/library';
import { LibraryApp } from '@/components/library';
import '@/components/library/library.css';
import { assembleBriefing, briefingToMarkdown, entityFacts } from '@/lib/briefing';
import { loadGazetteer } from '@/lib/gazetteer';
import { err, ok, type StoreFacets } from '@/lib/messages';
import { applyChange, DEFAULT_SETTINGS, type MarkSettings } from '@/lib/settings';
import type { Clip, ClipEntity, ClipSummary, EntityBriefing, ImportReport, WatchEntity } from '@/lib/store';

// --- An archive in memory, behind the same interface the extension's messages fill.

const { byId } = loadGazetteer();
const nameOf = (id: string) => byId.get(id)?.name ?? null;
const HOUR = 3_600_000;

function entity(
  id: string,
  score: number,
  sentences: string[] = [],
  count = sentences.length || 1,
): ClipEntity {
  return { id, score, count, sentences };
}

function makeClip(id: number, over: Partial<Clip>): Clip {
  const publishedAt = over.publishedAt ?? null;
  const clippedAt = over.clippedAt ?? (publishedAt ? Date.parse(publishedAt) + HOUR : Date.UTC(2025, 0, 1));
  const entities = over.entities ?? [];
  const url = over.url ?? `https://example.org/${id}`;
  return {
    id,
    url,
    title: `Article ${id}`,
    byline: null,
    siteName: null,
    publishedAt,
    lang: 'en',
    excerpt: '',
    html: '<p>Text.</p>',
    text: 'Text.',
    wordCount: 2,
    kind: 'article',
    tags: [],
    note: '',
    ...over,
    entities,
    entityIds: entities.map((e) => e.id),
    site: over.site ?? new URL(url).hostname.replace(/^www\./, ''),
    clippedAt,
    updatedAt: clippedAt,
  };
}

const ARTICLE_HTML = `
<h1>Aid workers face new limits</h1>
<p>The Taliban administration in <a href="https://en.wikipedia.org/wiki/Afghanistan">Afghanistan</a> announced on
Monday that foreign aid groups must register every field worker, the latest in a series of rules that the UN
mission says will make it harder to reach families in the north before winter.</p>
<p>Officials in Kabul said the rules were about security. Aid groups said they had not been consulted, and that
several programmes had already paused.</p>
<h3>Winter deadline</h3>
<p>Snow usually closes the northern passes by late November. The World Food Programme said it needs two more
months of access to pre-position food for 1.2 million people.</p>
<blockquote>“We are running out of time,” one aid coordinator said.</blockquote>
<p><a href="#footnote-1">See note 1</a> and <a href="/relative/path">a relative link</a>.</p>
`;

function seedClips(): Clip[] {
  const main = [
    makeClip(101, {
      url: 'https://apnews.com/article/afghanistan-aid-1',
      title: 'Taliban tighten restrictions on aid workers as winter approaches',
      siteName: 'AP News',
      byline: 'Rahim Faiez',
      publishedAt: '2025-03-04T08:00:00Z',
      excerpt: 'Foreign aid groups must register every field worker, the Taliban administration said.',
      html: ARTICLE_HTML,
      wordCount: 812,
      tags: ['aid', 'winter'],
      note: 'Follow up with WFP.',
      entities: [
        entity(
          'country:AF',
          0.95,
          ['The Taliban administration in Afghanistan announced new rules on Monday.'],
          6,
        ),
        entity('org:taliban', 0.7, ['The Taliban said the rules were about security.'], 3),
        entity(
          'org:unama',
          0.3,
          ['The UN mission said the rules would make it harder to reach families.'],
          1,
        ),
      ],
    }),
    makeClip(102, {
      url: 'https://www.reuters.com/world/asia/torkham-2',
      title: 'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
      siteName: 'Reuters',
      publishedAt: '2025-03-11T10:00:00Z',
      excerpt: 'Trucks queued for kilometres on both sides of the border.',
      tags: ['border', 'trade'],
      entities: [
        entity('country:PK', 0.9, ['Pakistan reopened the Torkham crossing on Tuesday.'], 4),
        entity(
          'country:AF',
          0.8,
          ['Trucks queued on both sides of the border between Pakistan and Afghanistan.'],
          3,
        ),
      ],
    }),
    makeClip(103, {
      url: 'https://www.theguardian.com/world/unama-report',
      title: 'What the UNAMA report says about civilian casualties in 2024',
      siteName: 'The Guardian',
      publishedAt: '2025-03-25T07:00:00Z',
      tags: ['aid'],
      entities: [
        entity('org:unama', 0.9, ['UNAMA published its annual report on Tuesday.'], 5),
        entity(
          'country:AF',
          0.85,
          ['Afghanistan recorded fewer conflict deaths than in any year since 2009.'],
          4,
        ),
      ],
    }),
    makeClip(104, {
      url: 'https://www.bbc.co.uk/news/world-asia-deportations',
      title: 'Iran steps up deportations of Afghan migrants',
      siteName: 'BBC News',
      publishedAt: '2025-03-27T12:00:00Z',
      tags: ['migration'],
      entities: [
        entity('country:IR', 0.9, ['Iran deported more than 20,000 people last week.'], 4),
        entity('country:AF', 0.6, ['Most of those deported to Afghanistan had lived in Iran for years.'], 2),
        entity('country:PK', 0.2, ['Pakistan has made similar moves.'], 1),
      ],
    }),
    makeClip(105, {
      url: 'https://news.un.org/en/story/unama-mandate',
      title: 'Security Council renews UN mission in Afghanistan for another year',
      siteName: 'UN News',
      publishedAt: '2025-04-01T15:00:00Z',
      entities: [
        entity('org:unama', 0.9, ['The mandate of UNAMA runs until March 2026.'], 3),
        entity('org:un', 0.6, ['The UN Security Council voted unanimously.'], 2),
        entity('country:AF', 0.7, ['The mission has been in Afghanistan since 2002.'], 2),
      ],
    }),
    makeClip(106, {
      url: 'https://www.dawn.com/live/election-results',
      title: 'Election results: live',
      siteName: 'Dawn',
      publishedAt: '2025-04-02T09:00:00Z',
      kind: 'bookmark',
      html: '',
      text: '',
      entities: [entity('country:PK', 0.9, [], 2)],
    }),
  ];
  // Older, duller clips, so that the list has more than one page.
  const filler = Array.from({ length: 26 }, (_, i) =>
    makeClip(i + 1, {
      url: `https://www.ft.com/content/markets-${i + 1}`,
      title: `Markets report ${i + 1}: sterling steadies`,
      siteName: 'Financial Times',
      publishedAt: new Date(Date.UTC(2025, 0, 2) + i * 24 * HOUR).toISOString(),
      tags: ['markets'],
      entities: [entity('country:GB', 0.8, ['Sterling steadied in London.'], 2)],
    }),
  );
  return [...main, ...filler];
}

const summary = ({ html: _h, text: _t, ...rest }: Clip): ClipSummary => rest;

function tally<T extends string>(values: string[], key: T) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .map(([value, count]) => ({ [key]: value, count }) as Record<T, string> & { count: number });
}

interface Fake {
  api: { [K in keyof LibraryApi]: LibraryApi[K] & ReturnType<typeof vi.fn> };
  clips: Clip[];
  watch: WatchEntity[];
  settings: MarkSettings;
}

function fakeApi(options: { clips?: Clip[]; watch?: WatchEntity[]; settings?: MarkSettings } = {}): Fake {
  const state: Fake = {
    api: undefined as unknown as Fake['api'],
    clips: options.clips ?? seedClips(),
    watch: options.watch ?? [],
    settings: options.settings ?? {
      ...DEFAULT_SETTINGS,
      disabledSites: ['www.dailymail.co.uk', 'twitter.com'],
      mutedOnSite: { 'www.bbc.co.uk': ['org:un'] },
    },
  };
  const byTime = (a: Clip, b: Clip) => b.clippedAt - a.clippedAt || b.id - a.id;
  const impl: LibraryApi = {
    listClips: async (filter, offset, limit) => {
      const matching = state.clips
        .filter(
          (c) =>
            (!filter.entity || c.entityIds.includes(filter.entity)) &&
            (!filter.site || c.site === filter.site) &&
            (!filter.tag || c.tags.includes(filter.tag)) &&
            (filter.from === undefined || c.clippedAt >= filter.from) &&
            (filter.to === undefined || c.clippedAt <= filter.to),
        )
        .sort(byTime);
      return ok({ total: matching.length, clips: matching.slice(offset, offset + limit).map(summary) });
    },
    storeFacets: async (): Promise<ReturnType<typeof ok<StoreFacets>>> =>
      ok({
        total: state.clips.length,
        sites: tally(
          state.clips.map((c) => c.site),
          'site',
        ),
        tags: tally(
          state.clips.flatMap((c) => c.tags),
          'tag',
        ),
        entities: tally(
          state.clips.flatMap((c) => c.entityIds),
          'id',
        ),
      }),
    searchClips: async (query, limit) => {
      const words = query.toLowerCase().split(/\s+/);
      const hits = state.clips
        .filter((c) =>
          words.every((w) => `${c.title} ${c.text} ${c.tags.join(' ')}`.toLowerCase().includes(w)),
        )
        .sort(byTime)
        .slice(0, limit);
      return ok(hits.map((c) => ({ clip: summary(c), score: 1, matches: [] })));
    },
    getClip: async (id) => ok(state.clips.find((c) => c.id === id) ?? null),
    updateClip: async ({ id, tags, note }) => {
      const clip = state.clips.find((c) => c.id === id);
      if (!clip) return err(`No clip ${id}`);
      Object.assign(clip, { tags, note, updatedAt: clip.updatedAt + 1 });
      return ok(summary(clip));
    },
    deleteClip: async (id) => {
      const clip = state.clips.find((c) => c.id === id);
      if (!clip) return err(`No clip ${id}`);
      state.clips = state.clips.filter((c) => c.id !== id);
      return ok(clip);
    },
    restoreClip: async (clip) => {
      state.clips.push(clip);
      return ok(summary(clip));
    },
    entityBriefing: async (id) => ok(assembleBriefing(id, state.clips.map(summary))),
    briefingMarkdown: async (id) => {
      const record = byId.get(id);
      return ok(
        briefingToMarkdown(
          assembleBriefing(id, state.clips.map(summary)),
          nameOf,
          record ? entityFacts(record, byId) : undefined,
        ),
      );
    },
    entityFacts: async (id) => {
      const record = byId.get(id);
      return record ? ok(entityFacts(record, byId)) : err(`unknown entity: ${id}`);
    },
    entityNames: async (ids) => {
      const out: Record<string, { name: string; kind: 'country' | 'organisation' }> = {};
      for (const id of ids) {
        const r = byId.get(id);
        if (r) out[id] = { name: r.name, kind: 'iso2' in r ? 'country' : 'organisation' };
      }
      return ok(out);
    },
    watchlist: async () => ok([...state.watch]),
    saveWatchlist: async (entities) => {
      state.watch = [...entities].sort((a, b) => a.name.localeCompare(b.name));
      return ok([...state.watch]);
    },
    markSettings: async () => ok(state.settings),
    changeSettings: async (change) => {
      state.settings = applyChange(state.settings, change);
      return ok(state.settings);
    },
    exportStore: async (ids) =>
      ok([
        JSON.stringify({
          format: 'dossier-export',
          version: 1,
          clips: ids ? state.clips.filter((c) => ids.includes(c.id)) : state.clips,
          watchlist: state.watch,
        }),
      ]),
    previewImport: async (json) => ok(previewOf(json, state.clips)),
    applyImport: async (json) => ok({ ...previewOf(json, state.clips), applied: true }),
  };
  const api = {} as Fake['api'];
  for (const [name, fn] of Object.entries(impl)) (api as Record<string, unknown>)[name] = vi.fn(fn);
  state.api = api;
  return state;
}

/** Like the store's preview: a broken file is refused with reasons and no counts. */
function previewOf(json: string, clips: readonly Clip[]): ImportReport {
  const refused = (problem: string): ImportReport => ({
    add: 0,
    update: 0,
    skip: 0,
    problems: [problem],
    applied: false,
  });
  let data: { format?: unknown; clips?: Clip[] };
  try {
    data = JSON.parse(json);
  } catch {
    return refused(
      'The file is not valid JSON (is it cut short, or not a Dossier export?). Nothing was imported.',
    );
  }
  if (data.format !== 'dossier-export')
    return refused(
      'This is not a Dossier export file (no "format": "dossier-export"); nothing was imported.',
    );
  const urls = new Set(clips.map((c) => c.url));
  const incoming = data.clips ?? [];
  const skip = incoming.filter((c) => urls.has(c.url)).length;
  return {
    add: incoming.length - skip,
    update: 0,
    skip,
    problems: skip ? [`${skip} skipped: the archive already has this page (${incoming[0]?.url}).`] : [],
    applied: false,
  };
}

// --- Mounting

let root: HTMLElement | null = null;

async function mount(hash: string, fake: Fake = fakeApi()) {
  history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
  root = document.createElement('div');
  document.body.append(root);
  render(<LibraryApp api={fake.api} />, root);
  await settle();
  return { fake, root };
}

/** Until no view says it is loading. */
async function settle() {
  await vi.waitFor(
    () => {
      const text = root?.textContent ?? '';
      if (/Loading/.test(text)) throw new Error('still loading');
    },
    { timeout: 4000, interval: 20 },
  );
}

const q = <T extends Element = HTMLElement>(selector: string): T => {
  const el = root?.querySelector<T>(selector);
  if (!el) throw new Error(`no ${selector}`);
  return el;
};
const qa = <T extends Element = HTMLElement>(selector: string): T[] => [
  ...(root?.querySelectorAll<T>(selector) ?? []),
];
const texts = (selector: string) => qa(selector).map((e) => e.textContent?.trim());

async function setColorScheme(value: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

/** What the store says when the disk is full (lib/store/errors.ts words it this way). */
const STORAGE_FULL =
  "Your browser's storage is full: free some space and try again; nothing already stored was lost.";

/** Captures what downloadText hands the browser: the file name and the Blob's text. */
function captureDownloads() {
  const blobs = new Map<string, Blob>();
  const files: Array<{ name: string; blob: Blob | undefined }> = [];
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${n++}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    files.push({ name: this.download, blob: blobs.get(this.getAttribute('href') ?? '') });
  });
  return files;
}

beforeEach(async () => {
  document.documentElement.lang = 'en';
  await page.viewport(1280, 900);
});

afterEach(async () => {
  if (root) {
    render(null, root);
    root.remove();
    root = null;
  }
  vi.restoreAllMocks();
  history.replaceState(null, '', `${location.pathname}${location.search}`);
  await setColorScheme('light');
});

// --- Browse

describe('browse', () => {
  it('lists the archive newest first, with site, date, entity chips and tags, and pages with Load more', async () => {
    const { fake } = await mount('#/');
    expect(q('h1').textContent).toBe('Your archive');
    expect(q('.view-sub').textContent).toBe('32 clipped articles');
    const items = qa('.clip-item');
    expect(items).toHaveLength(25);
    const first = items[0] as HTMLElement;
    expect(first.querySelector('h3')?.textContent).toBe('Election results: live');
    expect(first.querySelector('.badge')?.textContent).toBe('Bookmark');
    const taliban = items[5] as HTMLElement;
    expect(taliban.querySelector('h3 a')?.getAttribute('href')).toBe('#/clip/101');
    expect(taliban.querySelector('.meta')?.textContent).toContain('AP News');
    expect(taliban.querySelector('time')?.textContent).toBe('4 Mar 2025');
    await vi.waitFor(() =>
      expect([...taliban.querySelectorAll('a.chip:not(.tag)')].map((a) => a.textContent)).toEqual([
        'Afghanistan',
        'Taliban',
        'UN Assistance Mission in Afghanistan',
      ]),
    );
    expect(taliban.querySelector('a.chip')?.getAttribute('href')).toBe('#/entity/country%3AAF');
    expect([...taliban.querySelectorAll('a.chip.tag')].map((a) => a.textContent)).toEqual(['aid', 'winter']);
    expect(q('[role=status]').textContent).toBe('Showing 25 of 32 articles');

    await userEvent.click(page.getByRole('button', { name: 'Load more (7 left)' }));
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(32));
    expect(fake.api.listClips).toHaveBeenLastCalledWith({}, 25, 25);
    // The first new article takes focus, so that a keyboard reader carries on where the list grew.
    expect(document.activeElement?.textContent).toBe((qa('.clip-item h3 a')[25] as HTMLElement).textContent);
    expect(root?.textContent).not.toContain('Load more');
    expect(q('[role=status]').textContent).toBe('32 articles');
  });

  it('narrows the list by entity, site, tag and dates, and clears the filters', async () => {
    const { fake } = await mount('#/');
    await vi.waitFor(() => expect(qa('select option').length).toBeGreaterThan(10));

    await userEvent.selectOptions(page.getByLabelText('Entity'), 'country:AF');
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(5));
    expect(fake.api.listClips).toHaveBeenLastCalledWith({ entity: 'country:AF' }, 0, 25);
    expect(location.hash).toBe('#/?entity=country%3AAF');
    expect(q('a[href="#/entity/country%3AAF"]').textContent).toBe('Briefing on Afghanistan');

    await userEvent.selectOptions(page.getByLabelText('Tag'), 'aid');
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(2));
    expect(texts('.clip-item h3')).toEqual([
      'What the UNAMA report says about civilian casualties in 2024',
      'Taliban tighten restrictions on aid workers as winter approaches',
    ]);

    await userEvent.selectOptions(page.getByLabelText('Site'), 'theguardian.com');
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(1));

    await userEvent.click(page.getByRole('button', { name: 'Clear filters' }));
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(25));
    expect(location.hash).toBe('#/');
    expect(document.activeElement).toBe(q('input[type=search]'));

    await userEvent.fill(page.getByLabelText('Clipped from'), '2025-03-20');
    await userEvent.fill(page.getByLabelText('Clipped until'), '2025-03-31');
    await vi.waitFor(() => expect(qa('.clip-item')).toHaveLength(2));
    const filter = fake.api.listClips.mock.lastCall?.[0];
    expect(filter).toEqual({ from: new Date(2025, 2, 20).getTime(), to: new Date(2025, 3, 1).getTime() - 1 });
  });

  it('says when a date range runs backwards', async () => {
    await mount('#/?from=2025-04-01&to=2025-03-01');
    expect(q('[role=alert]').textContent).toContain('The start date is after the end date');
    expect(q('input[type=date]').getAttribute('aria-invalid')).toBe('true');
    expect(qa('.clip-item')).toHaveLength(0);
  });

  it('searches with the search box, within the filters', async () => {
    const { fake } = await mount('#/?tag=aid');
    await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }), 'taliban');
    await vi.waitFor(() => expect(fake.api.searchClips).toHaveBeenCalledWith('taliban', 200));
    await vi.waitFor(() =>
      expect(texts('.clip-item h3')).toEqual([
        'Taliban tighten restrictions on aid workers as winter approaches',
      ]),
    );
    expect(q('[role=status]').textContent).toBe('1 article matches “taliban”');
    await userEvent.fill(page.getByRole('searchbox', { name: 'Search' }), 'nothing like this');
    await vi.waitFor(() =>
      expect(root?.textContent).toContain(
        'No clipped article matches “nothing like this” with these filters.',
      ),
    );
  });

  it('welcomes a reader with an empty archive', async () => {
    await mount('#/', fakeApi({ clips: [] }));
    expect(q('.notice').textContent).toContain('Your archive is empty.');
  });

  it('says in words when the archive cannot be read', async () => {
    const fake = fakeApi();
    fake.api.listClips.mockResolvedValue(err("Dossier's background did not answer; try again in a moment."));
    await mount('#/', fake);
    expect(q('.notice.error').textContent).toBe(
      "Couldn't read your archive: Dossier's background did not answer; try again in a moment.",
    );
  });
});

// --- Reading a clip

describe('clip', () => {
  it('shows the article in a readable serif column, with its metadata and entities', async () => {
    await mount('#/clip/101');
    expect(q('h1').textContent).toBe('Taliban tighten restrictions on aid workers as winter approaches');
    await vi.waitFor(() =>
      expect(document.title).toBe(
        'Taliban tighten restrictions on aid workers as winter approaches · Dossier',
      ),
    );
    expect(q('.reader-head').textContent).toContain('By Rahim Faiez');
    expect(q('.reader-head').textContent).toContain('Published 4 Mar 2025');
    expect(q('.reader-head a').getAttribute('href')).toBe('https://apnews.com/article/afghanistan-aid-1');
    const body = q('.article-body');
    expect(getComputedStyle(body).fontFamily).toMatch(/serif/);
    const ch = Number.parseFloat(getComputedStyle(body).fontSize) * 0.5;
    expect(body.getBoundingClientRect().width).toBeLessThanOrEqual(75 * ch * 1.3);
    // The article's own <h1> sits under the clip's title, and no level is skipped.
    expect([...body.querySelectorAll('h1, h2, h3, h4')].map((h) => h.tagName)).toEqual(['H2', 'H3']);
    const links = [...body.querySelectorAll('a')];
    expect(links[0]?.getAttribute('target')).toBe('_blank');
    expect(links[0]?.getAttribute('rel')).toBe('noopener noreferrer');
    // A jump within the original page, or a path relative to it, would land inside the extension.
    expect(links.slice(1).map((a) => a.hasAttribute('href'))).toEqual([false, false]);
    await vi.waitFor(() =>
      expect(texts('.entity-list a')).toEqual([
        'Afghanistan',
        'Taliban',
        'UN Assistance Mission in Afghanistan',
      ]),
    );
    expect(q('.entity-list a').getAttribute('href')).toBe('#/entity/country%3AAF');
    expect(q('.entity-list .count').textContent).toBe('6 mentions');
  });

  it('renders a hostile clip without running any of it', async () => {
    const w = window as unknown as { __libraryPwned?: string };
    delete w.__libraryPwned;
    const hostile = makeClip(666, {
      title: 'Hostile',
      html: `<p>Readable text.</p>
        <img src="x-does-not-exist.png" onerror="window.__libraryPwned = 'img'">
        <script>window.__libraryPwned = 'script'</script>
        <a href="javascript:window.__libraryPwned='link'">click me</a>
        <iframe srcdoc="<script>parent.__libraryPwned='frame'</script>"></iframe>
        <svg><script>window.__libraryPwned='svg'</script><a href="javascript:alert(1)"><text>svg link</text></a></svg>
        <form action="https://evil.example"><input name="q"><button formaction="javascript:alert(1)">Go</button></form>
        <style>body { display: none }</style>
        <p style="position: fixed; inset: 0" id="app" onclick="window.__libraryPwned='click'">Styled</p>
        <details open ontoggle="window.__libraryPwned='toggle'"><summary>More</summary>inside</details>`,
    });
    await mount('#/clip/666', fakeApi({ clips: [hostile] }));
    const body = q('.article-body');
    expect(body.textContent).toContain('Readable text.');
    // Give the broken image time to fail and any handler time to run.
    await new Promise((r) => setTimeout(r, 300));
    (body.querySelector('p:last-of-type') as HTMLElement | null)?.click();
    expect(w.__libraryPwned).toBeUndefined();
    expect(body.querySelectorAll('script, iframe, style, form, input, button')).toHaveLength(0);
    const attributes = [...body.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => a.name));
    expect(attributes.filter((a) => /^on|^style$|^id$|^action$|^formaction$|^srcdoc$/i.test(a))).toEqual([]);
    expect([...body.querySelectorAll('a')].map((a) => a.getAttribute('href'))).toEqual([null, null]);
    expect(getComputedStyle(document.body).display).toBe('block');
  });

  it('saves edited tags and note with updateClip and says so', async () => {
    const { fake } = await mount('#/clip/101');
    const tags = page.getByLabelText('Tags');
    await expect.element(tags).toHaveValue('aid, winter');
    await userEvent.fill(tags, 'aid,  Kabul , aid, north');
    await expect.element(page.getByText('Unsaved changes')).toBeVisible();
    await userEvent.fill(page.getByLabelText('Note'), 'Ask WFP about the passes.');
    await userEvent.click(page.getByRole('button', { name: 'Save' }));
    await expect.element(page.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible();
    expect(fake.api.updateClip).toHaveBeenCalledWith({
      id: 101,
      tags: ['aid', 'Kabul', 'north'],
      note: 'Ask WFP about the passes.',
    });
    await expect.element(tags).toHaveValue('aid, Kabul, north');
    expect(fake.clips.find((c) => c.id === 101)?.tags).toEqual(['aid', 'Kabul', 'north']);
  });

  it('says why a save failed and keeps what was typed', async () => {
    const fake = fakeApi();
    fake.api.updateClip.mockResolvedValue(err('The disk is full.'));
    await mount('#/clip/101', fake);
    await userEvent.fill(page.getByLabelText('Tags'), 'kept');
    await userEvent.click(page.getByRole('button', { name: 'Save' }));
    await expect.element(page.getByText('Not saved: The disk is full.')).toBeVisible();
    await expect.element(page.getByLabelText('Tags')).toHaveValue('kept');
  });

  it('deletes, then Undo restores the whole clip', async () => {
    const { fake } = await mount('#/clip/102');
    await userEvent.click(page.getByRole('button', { name: 'Delete this article' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/'));
    await settle();
    expect(fake.api.deleteClip).toHaveBeenCalledWith(102);
    expect(texts('.clip-item h3')).not.toContain(
      'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
    );
    const toast = q('.toast');
    expect(toast.textContent).toContain(
      'Deleted “Pakistan and Afghanistan reopen Torkham crossing after week-long closure”.',
    );
    expect(document.activeElement).toBe(q('h1'));

    await userEvent.click(page.getByRole('button', { name: /^Undo deleting/ }));
    await vi.waitFor(() =>
      expect(texts('.clip-item h3')).toContain(
        'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
      ),
    );
    const restored = fake.api.restoreClip.mock.lastCall?.[0] as Clip;
    expect(restored.id).toBe(102);
    expect(restored.tags).toEqual(['border', 'trade']);
    expect(restored.entities).toHaveLength(2);
    expect(q('.toast').textContent).toContain('Restored');
    await userEvent.click(page.getByRole('button', { name: 'Open it' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/clip/102'));
  });

  it('says in words why a delete or its undo failed, and keeps the article', async () => {
    const fake = fakeApi();
    fake.api.deleteClip.mockResolvedValueOnce(err(STORAGE_FULL));
    await mount('#/clip/102', fake);
    await userEvent.click(page.getByRole('button', { name: 'Delete this article' }));
    await expect.element(page.getByText(`Not deleted: ${STORAGE_FULL}`)).toBeVisible();
    expect(location.hash).toBe('#/clip/102');
    expect(fake.clips.some((c) => c.id === 102)).toBe(true);

    fake.api.restoreClip.mockResolvedValueOnce(err(STORAGE_FULL));
    await userEvent.click(page.getByRole('button', { name: 'Delete this article' }));
    await vi.waitFor(() => expect(location.hash).toBe('#/'));
    await userEvent.click(page.getByRole('button', { name: /^Undo deleting/ }));
    await expect.element(page.getByText(`Couldn't restore the article: ${STORAGE_FULL}`)).toBeVisible();
  });

  it('lets the undo toast go after a few seconds, unless the reader is on it', async () => {
    await mount('#/clip/102');
    // The pointer away from where the toast will be (an earlier test clicked in one): hovering holds it.
    await userEvent.hover(page.getByRole('heading', { level: 1 }));
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      q<HTMLButtonElement>('.button.danger').click();
      await vi.waitFor(() => expect(root?.querySelector('.toast')).not.toBeNull());
      // Preact runs effects after the next frame; frames are real, only timeouts are faked.
      // Two frames: Preact schedules its effects from a frame callback that may come after ours.
      const frame = () =>
        new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))).then(() =>
          vi.advanceTimersByTimeAsync(0),
        );
      (q('.toast button') as HTMLButtonElement).focus();
      await frame();
      await vi.advanceTimersByTimeAsync(9000);
      expect(root?.querySelector('.toast')).not.toBeNull();
      (q('h1') as HTMLElement).focus();
      await frame();
      await vi.advanceTimersByTimeAsync(8100);
      expect(root?.querySelector('.toast')).toBeNull();
    } finally {
      vi.useRealTimers();
    }
  });

  it('says when a clip is gone', async () => {
    await mount('#/clip/999');
    expect(q('h1').textContent).toBe('Article not found');
    expect(root?.textContent).toContain('This article is not in your archive.');
  });
});

// --- Briefing

describe('briefing', () => {
  it('shows facts, a weekly timeline, the articles, co-occurring entities and latest sentences', async () => {
    await mount('#/entity/country%3AAF');
    expect(q('h1').textContent).toBe('Afghanistan');
    expect(q('.facts').textContent).toContain('Kabul');
    expect(q('.facts').textContent).toContain('Asia');
    expect(q<HTMLAnchorElement>('.facts a[href="#/entity/country%3APK"]').textContent).toBe('Pakistan');

    // Articles on 4, 11, 25 and 27 March and 1 April: five weeks, one of them empty.
    const bars = qa<SVGRectElement>('.timeline rect');
    expect(bars.map((b) => [b.dataset.week, Number(b.dataset.count)])).toEqual([
      ['2025-03-03', 1],
      ['2025-03-10', 1],
      ['2025-03-17', 0],
      ['2025-03-24', 2],
      ['2025-03-31', 1],
    ]);
    const heights = bars.map((b) => Number(b.getAttribute('height')));
    expect(heights).toEqual([50, 50, 0, 100, 50]);
    expect(bars[3]?.querySelector('title')?.textContent).toBe('Week of 24 Mar 2025: 2 articles');
    const svg = q('.timeline svg');
    expect(svg.getAttribute('role')).toBe('img');
    const summary = document.getElementById(svg.getAttribute('aria-describedby') ?? '');
    expect(summary?.textContent).toContain(
      '5 articles over 5 weeks, from the week of 3 Mar 2025 to the week of 31 Mar 2025.',
    );
    expect(summary?.textContent).toContain('The busiest was the week of 24 Mar 2025, with 2 articles.');
    expect(qa('.timeline tbody tr').map((r) => r.textContent)).toEqual([
      '3 Mar 20251',
      '10 Mar 20251',
      '24 Mar 20252',
      '31 Mar 20251',
    ]);

    expect(qa('.article-list li')).toHaveLength(5);
    expect(q('.article-list a').getAttribute('href')).toBe('#/clip/105');
    await vi.waitFor(() =>
      expect(qa('.chips a.chip').map((a) => a.textContent)).toEqual([
        'UN Assistance Mission in Afghanistan, 3 articles3',
        'Pakistan, 2 articles2',
        'Iran, 1 article1',
        'Taliban, 1 article1',
        'United Nations, 1 article1',
      ]),
    );
    expect(q('.chips a[href="#/entity/country%3APK"]')).toBeTruthy();
    expect(q('.sentence-list blockquote').textContent).toBe(
      'The mission has been in Afghanistan since 2002.',
    );
    expect(q('.sentence-list a').getAttribute('href')).toBe('#/clip/105');
  });

  it('exports the briefing as a Markdown file', async () => {
    const { fake } = await mount('#/entity/country%3AAF');
    const files = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Export as Markdown' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const expected = await fake.api.briefingMarkdown.mock.results[0]?.value;
    const file = files[0];
    expect(file?.name).toMatch(/^dossier-briefing-afghanistan-\d{4}-\d{2}-\d{2}\.md$/);
    expect(file?.blob?.type).toBe('text/markdown;charset=utf-8');
    const text = await file?.blob?.text();
    expect(text).toBe(expected.value);
    expect(text).toMatch(/^# Afghanistan\n/);
    expect(text).toContain('Taliban tighten restrictions on aid workers');
    await expect.element(page.getByText(`Downloaded ${file?.name}.`)).toBeVisible();
  });

  it('exports the briefing’s articles as a selection the store can import', async () => {
    const { fake } = await mount('#/entity/country%3AAF');
    const files = captureDownloads();
    const briefing = await fake.api.entityBriefing.mock.results[0]?.value;
    const shown = (briefing.value as EntityBriefing).articles.map((a) => a.clip.id);
    expect(shown.length).toBeGreaterThan(1);
    await userEvent.click(page.getByRole('button', { name: `Export its ${shown.length} articles (JSON)` }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    expect(fake.api.exportStore).toHaveBeenCalledWith(shown);
    const file = files[0];
    expect(file?.name).toMatch(/^dossier-export-afghanistan-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse((await file?.blob?.text()) ?? '{}') as { clips: Clip[] };
    expect(exported.clips.map((c) => c.id).sort()).toEqual([...shown].sort());
    expect(exported.clips.length).toBeLessThan(fake.clips.length);
    await expect.element(page.getByText(`Downloaded ${file?.name}.`)).toBeVisible();
  });

  it('briefs a watchlist entity from the reader’s own entry', async () => {
    const watch = [{ id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: 'Supplier in Herat.' }];
    const clips = [
      makeClip(1, {
        title: 'Acme wins road contract',
        publishedAt: '2025-03-04T08:00:00Z',
        entities: [entity('watch:acme', 0.9, ['Acme Corp won the contract.']), entity('country:AF', 0.5)],
      }),
    ];
    await mount('#/entity/watch%3Aacme', fakeApi({ clips, watch }));
    expect(q('h1').textContent).toBe('Acme Corp');
    expect(q('.briefing-description').textContent).toBe('On your watchlist');
    expect(q('.facts').textContent).toContain('Supplier in Herat.');
    expect(qa('.timeline rect')).toHaveLength(1);
  });

  it('says so when nothing in the archive mentions the entity', async () => {
    await mount('#/entity/country%3ANO');
    expect(q('h1').textContent).toBe('Norway');
    expect(root?.textContent).toContain('No clipped article mentions Norway yet.');
    expect(qa('.timeline')).toHaveLength(0);
  });
});

// --- Watchlist

describe('watchlist', () => {
  it('adds an entity with de-duplicated aliases and a watch: id, and says it will be marked', async () => {
    const { fake } = await mount('#/watchlist');
    expect(root?.textContent).toContain(
      'Dossier marks their names, and the aliases you give, on the pages you read',
    );
    await userEvent.fill(page.getByLabelText('Name'), 'Ursula von der Leyen');
    await userEvent.fill(page.getByLabelText('Aliases'), 'von der Leyen, VDL, vdl, Ursula von der Leyen');
    await userEvent.fill(page.getByLabelText('Note'), 'Commission president');
    await userEvent.click(page.getByRole('button', { name: 'Add to watchlist' }));
    await vi.waitFor(() => expect(texts('.watch-item h3')).toEqual(['Ursula von der Leyen']));
    expect(fake.api.saveWatchlist).toHaveBeenCalledWith([
      {
        id: 'watch:ursula-von-der-leyen',
        name: 'Ursula von der Leyen',
        aliases: ['von der Leyen', 'VDL'],
        note: 'Commission president',
      },
    ]);
    expect(q('.watch-item').textContent).toContain('Also: von der Leyen, VDL');
    expect(q('.list-heading').textContent).toBe('Watching 1 of 50');
    expect(root?.textContent).toContain('Added Ursula von der Leyen.');
    await expect.element(page.getByLabelText('Name')).toHaveValue('');
  });

  it('says in words why the watchlist was not saved, and keeps what was typed', async () => {
    const fake = fakeApi();
    fake.api.saveWatchlist.mockResolvedValueOnce(err(STORAGE_FULL));
    await mount('#/watchlist', fake);
    await userEvent.fill(page.getByLabelText('Name'), 'Acme Corp');
    await userEvent.click(page.getByRole('button', { name: 'Add to watchlist' }));
    await expect.element(page.getByText(`The watchlist was not saved: ${STORAGE_FULL}`)).toBeVisible();
    await expect.element(page.getByLabelText('Name')).toHaveValue('Acme Corp');
    expect(fake.watch).toEqual([]);
  });

  it('says what is wrong in words and saves nothing', async () => {
    const { fake } = await mount('#/watchlist');
    await userEvent.click(page.getByRole('button', { name: 'Add to watchlist' }));
    await vi.waitFor(() => expect(q('.problems').textContent).toContain('Give the entity a name.'));
    const name = q('input');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);
    expect(name.getAttribute('aria-describedby')).toContain(q('[role=alert]').id);

    await userEvent.fill(page.getByLabelText('Name'), 'Acme Corp');
    await userEvent.fill(page.getByLabelText('Aliases'), 'Acme, A');
    await userEvent.click(page.getByRole('button', { name: 'Add to watchlist' }));
    await vi.waitFor(() =>
      expect(q('.problems').textContent).toContain(
        'The alias “A” is too short: an alias needs at least 2 characters',
      ),
    );
    expect(fake.api.saveWatchlist).not.toHaveBeenCalled();
  });

  it('stops at 50 entities', async () => {
    const watch = Array.from({ length: 50 }, (_, i) => ({
      id: `watch:p${i}`,
      name: `Person ${i}`,
      aliases: [],
      note: '',
    }));
    const { fake } = await mount('#/watchlist', fakeApi({ watch }));
    await userEvent.fill(page.getByLabelText('Name'), 'One more');
    await userEvent.click(page.getByRole('button', { name: 'Add to watchlist' }));
    await vi.waitFor(() =>
      expect(q('.problems').textContent).toContain('You watch 50 entities, the most Dossier marks.'),
    );
    expect(fake.api.saveWatchlist).not.toHaveBeenCalled();
  });

  it('edits an entity in place and returns focus to its Edit button', async () => {
    const watch = [{ id: 'watch:acme-corp', name: 'Acme Corp', aliases: ['Acme'], note: '' }];
    const { fake } = await mount('#/watchlist', fakeApi({ watch }));
    await userEvent.click(page.getByRole('button', { name: 'Edit Acme Corp' }));
    const aliases = page.getByLabelText('Aliases').first();
    await expect.element(aliases).toHaveValue('Acme');
    await userEvent.fill(aliases, 'Acme, ACME Group');
    await userEvent.click(page.getByRole('button', { name: 'Save changes' }));
    await vi.waitFor(() => expect(q('.watch-item').textContent).toContain('Also: Acme, ACME Group'));
    expect(fake.api.saveWatchlist).toHaveBeenLastCalledWith([
      { id: 'watch:acme-corp', name: 'Acme Corp', aliases: ['Acme', 'ACME Group'], note: '' },
    ]);
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('aria-label')).toBe('Edit Acme Corp'));
  });

  it('removes an entity, with undo', async () => {
    const watch = [
      { id: 'watch:acme-corp', name: 'Acme Corp', aliases: [], note: '' },
      { id: 'watch:herat', name: 'Herat', aliases: [], note: 'City' },
    ];
    const { fake } = await mount('#/watchlist', fakeApi({ watch }));
    await userEvent.click(page.getByRole('button', { name: 'Remove Herat' }));
    await vi.waitFor(() => expect(texts('.watch-item h3')).toEqual(['Acme Corp']));
    expect(q('.toast').textContent).toContain('Removed Herat from your watchlist.');
    await userEvent.click(page.getByRole('button', { name: 'Undo removing Herat' }));
    await vi.waitFor(() => expect(texts('.watch-item h3')).toEqual(['Acme Corp', 'Herat']));
    expect(fake.watch.find((e) => e.id === 'watch:herat')?.note).toBe('City');
  });
});

// --- Settings, import and export

describe('settings', () => {
  it('changes the mark style with a live preview, the hover delay and the global switch', async () => {
    const { fake } = await mount('#/settings');
    const preview = q('.preview');
    expect(preview.dataset.previewStyle).toBe('underline');
    expect(getComputedStyle(q('.preview .kind-country')).textDecorationStyle).toBe('dotted');

    await userEvent.click(page.getByRole('radio', { name: /Tint/ }));
    await vi.waitFor(() =>
      expect(fake.api.changeSettings).toHaveBeenCalledWith({ kind: 'appearance', markStyle: 'tint' }),
    );
    await vi.waitFor(() => expect(q('.preview').dataset.previewStyle).toBe('tint'));
    expect(getComputedStyle(q('.preview .kind-country')).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    await expect.element(page.getByText('Saved. Pages pick this up the next time they load.')).toBeVisible();

    const slider = q<HTMLInputElement>('input[type=range]');
    expect([slider.min, slider.max, slider.value]).toEqual(['150', '2000', '500']);
    slider.focus();
    await userEvent.keyboard('{ArrowRight}');
    await vi.waitFor(() =>
      expect(fake.api.changeSettings).toHaveBeenLastCalledWith({ kind: 'appearance', hoverDelayMs: 550 }),
    );
    expect(q('output').textContent).toBe('550 ms');

    await userEvent.click(page.getByRole('checkbox', { name: /Mark countries, organisations/ }));
    await vi.waitFor(() =>
      expect(fake.api.changeSettings).toHaveBeenLastCalledWith({ kind: 'global', enabled: false }),
    );
    await expect.element(page.getByText('Marks are off everywhere.', { exact: false })).toBeVisible();
  });

  it('turns a site back on and marks a muted name again', async () => {
    const { fake } = await mount('#/settings');
    expect(texts('.site-list li span')).toContain('twitter.com');
    await userEvent.click(page.getByRole('button', { name: 'Turn back on: twitter.com' }));
    await vi.waitFor(() => expect(texts('.site-list li span')).not.toContain('twitter.com'));
    expect(fake.api.changeSettings).toHaveBeenCalledWith({
      kind: 'site',
      site: 'twitter.com',
      enabled: true,
    });
    await userEvent.click(page.getByRole('button', { name: 'Mark again: United Nations on www.bbc.co.uk' }));
    await vi.waitFor(() =>
      expect(fake.api.changeSettings).toHaveBeenLastCalledWith({
        kind: 'mute',
        site: 'www.bbc.co.uk',
        entity: 'org:un',
        muted: false,
      }),
    );
    await expect.element(page.getByText('No name is muted.', { exact: false })).toBeVisible();
  });

  it('says why a setting was not saved', async () => {
    const fake = fakeApi();
    fake.api.changeSettings.mockResolvedValue(err('could not save the settings: quota'));
    await mount('#/settings', fake);
    await userEvent.click(page.getByRole('radio', { name: /Tint/ }));
    await expect.element(page.getByText('Not saved: could not save the settings: quota')).toBeVisible();
  });

  it('exports everything to a dated JSON file', async () => {
    const { fake } = await mount('#/settings');
    const files = captureDownloads();
    await userEvent.click(page.getByRole('button', { name: 'Export all' }));
    await vi.waitFor(() => expect(files).toHaveLength(1));
    const today = new Date();
    const day = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    expect(files[0]?.name).toBe(`dossier-export-${day}.json`);
    expect(JSON.parse((await files[0]?.blob?.text()) ?? '').clips).toHaveLength(fake.clips.length);
  });

  async function chooseFile(content: string, name: string) {
    const input = q<HTMLInputElement>('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(new File([content], name, { type: 'application/json' }));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
  }

  it('previews an import with its counts, and imports only when asked', async () => {
    const { fake } = await mount('#/settings');
    const newClips = [
      makeClip(900, { url: 'https://new.example/a' }),
      makeClip(901, { url: 'https://new.example/b' }),
    ];
    const known = fake.clips[0] as Clip;
    await chooseFile(
      JSON.stringify({ format: 'dossier-export', version: 1, clips: [...newClips, known] }),
      'backup.json',
    );
    await expect.element(page.getByText('Importing will add 2, update 0 and skip 1.')).toBeVisible();
    expect(q('.import-preview').textContent).toContain('1 skipped: the archive already has this page');
    expect(q('.import-preview h3').textContent).toBe('In backup.json');
    expect(fake.api.applyImport).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(document.activeElement?.textContent).toBe('Import'));

    await userEvent.click(page.getByRole('button', { name: 'Import', exact: true }));
    await expect.element(page.getByText('Imported: 2 added, 0 updated, 1 skipped.')).toBeVisible();
    expect(fake.api.applyImport).toHaveBeenCalledTimes(1);
    expect(root?.querySelector('.import-preview')).toBeNull();
  });

  it('says in words why an import failed while writing, and imported nothing', async () => {
    const fake = fakeApi();
    fake.api.applyImport.mockResolvedValueOnce(err(STORAGE_FULL));
    await mount('#/settings', fake);
    const before = fake.clips.length;
    await chooseFile(
      JSON.stringify({
        format: 'dossier-export',
        version: 1,
        clips: [makeClip(900, { url: 'https://new.example/a' })],
      }),
      'backup.json',
    );
    await expect.element(page.getByText('Importing will add 1, update 0 and skip 0.')).toBeVisible();
    await userEvent.click(page.getByRole('button', { name: 'Import', exact: true }));
    await expect.element(page.getByText(`Nothing was imported: ${STORAGE_FULL}`)).toBeVisible();
    expect(fake.clips).toHaveLength(before);
  });

  it('refuses a file too large to be an export before reading it', async () => {
    const { fake } = await mount('#/settings');
    const read = vi.spyOn(Blob.prototype, 'text');
    vi.spyOn(Blob.prototype, 'size', 'get').mockReturnValue(700_000_000);
    await chooseFile('{}', 'holiday.mp4');
    await expect
      .element(page.getByText(/^Nothing was imported: holiday\.mp4 is larger than any Dossier export/))
      .toBeVisible();
    expect(read).not.toHaveBeenCalled();
    expect(fake.api.previewImport).not.toHaveBeenCalled();
  });

  it('refuses a bad file in words, offers no Import, and changes nothing', async () => {
    const { fake } = await mount('#/settings');
    await chooseFile('{"format": "dossier-export", "clips": [', 'cut-short.json');
    await expect
      .element(page.getByText('This file cannot be imported, and nothing was changed:'))
      .toBeVisible();
    expect(q('.import-preview').textContent).toContain('The file is not valid JSON');
    expect(root?.querySelector('.import-preview button.primary')).toBeNull();
    expect(fake.api.applyImport).not.toHaveBeenCalled();

    await chooseFile('{"hello": "world"}', 'other.json');
    await expect.element(page.getByText('This is not a Dossier export file', { exact: false })).toBeVisible();
    expect(fake.api.applyImport).not.toHaveBeenCalled();
    await userEvent.click(page.getByRole('button', { name: 'Cancel' }));
    expect(root?.querySelector('.import-preview')).toBeNull();
    expect(document.activeElement?.textContent).toBe('Import…');
  });
});

// --- The app: navigation, keyboard, accessibility, zoom

describe('the library page', () => {
  it('navigates by keyboard from the nav landmark, moving focus to each view’s heading', async () => {
    await mount('#/');
    const nav = q('nav');
    expect(nav.getAttribute('aria-label')).toBe('Library');
    expect(q('nav [aria-current=page]').textContent).toBe('Archive');
    q<HTMLButtonElement>('.skip-link').focus();
    await userEvent.keyboard('{Tab}{Tab}{Tab}{Tab}');
    expect(document.activeElement?.textContent).toBe('Settings');
    expect(getComputedStyle(document.activeElement as Element).outlineStyle).toBe('solid');
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(q('h1').textContent).toBe('Settings'));
    await settle();
    expect(document.activeElement).toBe(q('h1'));
    expect(q('nav [aria-current=page]').textContent).toBe('Settings');
    await vi.waitFor(() => expect(document.title).toBe('Settings · Dossier'));
  });

  it('says a stale link leads nowhere', async () => {
    await mount('#/somewhere-old');
    expect(q('h1').textContent).toBe('Page not found');
    expect(q('main a').getAttribute('href')).toBe('#/');
  });

  const views: Array<[string, string]> = [
    ['browse', '#/'],
    ['clip', '#/clip/101'],
    ['briefing', '#/entity/country%3AAF'],
    ['watchlist', '#/watchlist'],
    ['settings', '#/settings'],
  ];
  const watch = [{ id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: 'Supplier' }];

  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, hash] of views) {
      it(`${name} has no axe violations (${scheme})`, async () => {
        await setColorScheme(scheme);
        await mount(hash, fakeApi({ watch }));
        await new Promise((r) => setTimeout(r, 50));
        const results = await axe.run(document, { resultTypes: ['violations'] });
        const found = results.violations.map(
          (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
        );
        expect(found).toEqual([]);
      });
    }
  }

  it('axe does find violations here (the checks above are not vacuous)', async () => {
    await mount('#/');
    const broken = document.createElement('img');
    broken.src = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';
    q('main').append(broken);
    const results = await axe.run(document, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).toContain('image-alt');
  });

  it('an import preview and a toast have no axe violations', async () => {
    await mount('#/settings');
    const input = q<HTMLInputElement>('input[type=file]');
    const transfer = new DataTransfer();
    transfer.items.add(new File(['not json'], 'bad.json'));
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(root?.querySelector('.import-preview')).not.toBeNull());
    history.replaceState(null, '', `${location.pathname}${location.search}#/clip/102`);
    dispatchEvent(new HashChangeEvent('hashchange'));
    await settle();
    await userEvent.click(page.getByRole('button', { name: 'Delete this article' }));
    await vi.waitFor(() => expect(root?.querySelector('.toast')).not.toBeNull());
    // The toast fades in; axe measures colour contrast, so measure the finished look, not a frame of the fade.
    for (const animation of document.getAnimations()) animation.finish();
    const results = await axe.run(document, { resultTypes: ['violations'] });
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  it('fits a narrow window (200% zoom) without sideways scrolling', async () => {
    await page.viewport(640, 800);
    for (const [, hash] of views) {
      await mount(hash);
      const scroller = document.scrollingElement as HTMLElement;
      expect(scroller.scrollWidth, hash).toBeLessThanOrEqual(scroller.clientWidth);
      render(null, root as HTMLElement);
      root?.remove();
      root = null;
    }
  });
});

// --- Screenshots to look at (tests/browser/__screenshots__/library-*.png)

describe('library screenshots', () => {
  const shots: Array<[string, string, 'light' | 'dark']> = [
    ['browse', '#/', 'light'],
    ['clip', '#/clip/101', 'light'],
    ['briefing', '#/entity/country%3AAF', 'light'],
    ['briefing-dark', '#/entity/country%3AAF', 'dark'],
    ['settings', '#/settings', 'light'],
    ['watchlist', '#/watchlist', 'light'],
  ];
  for (const [name, hash, scheme] of shots) {
    it(name, async () => {
      await setColorScheme(scheme);
      const watch = [
        {
          id: 'watch:ursula-von-der-leyen',
          name: 'Ursula von der Leyen',
          aliases: ['von der Leyen', 'VDL'],
          note: 'Commission president',
        },
        { id: 'watch:acme', name: 'Acme Corp', aliases: ['Acme'], note: '' },
      ];
      // Ten articles: the list fits a screen, and the shot shows only what is inside the viewport.
      await mount(hash, fakeApi({ watch, clips: seedClips().slice(0, 10) }));
      // The whole view, up to a long screen: the shot shows only what is inside the viewport.
      await page.viewport(1280, Math.min(2400, Math.max(900, document.documentElement.scrollHeight)));
      await userEvent.hover(page.getByRole('heading', { level: 1 }));
      await new Promise((r) => setTimeout(r, 100));
      (document.activeElement as HTMLElement | null)?.blur();
      const path = await page.screenshot({ path: `__screenshots__/library-${name}.png` });
      expect(path).toMatch(/\.png$/);
    });
  }
});
