import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type PopupApi, PopupApp } from '@/components/popup';
import { DEFAULT_SETTINGS } from '@/lib/settings';
import type { ClipSummary } from '@/lib/store';

const ok = <T,>(value: T) => ({ ok: true as const, value });
const URL_ = 'https://news.example/kabul';

const CLIP: ClipSummary = {
  id: 7,
  url: 'https://wire.example/torkham',
  title: 'Pakistan shuts Torkham crossing',
  byline: null,
  siteName: 'The Dossier Wire',
  publishedAt: '2026-07-21T08:00:00Z',
  lang: 'en',
  excerpt: 'The crossing closed after an attack.',
  entities: [{ id: 'country:AF', count: 3, score: 1, sentences: ['Afghanistan reopened talks.'] }],
  entityIds: ['country:AF'],
  wordCount: 500,
  kind: 'article',
  site: 'wire.example',
  tags: [],
  note: '',
  clippedAt: Date.parse('2026-07-22T00:00:00Z'),
  updatedAt: Date.parse('2026-07-22T00:00:00Z'),
};

function fakeApi(overrides: Partial<PopupApi> = {}): PopupApi {
  return {
    currentTab: vi.fn(async () => ok({ id: 3, url: URL_ })),
    tabReport: vi.fn(async () =>
      ok({
        tabId: 3,
        url: URL_,
        textLength: 2000,
        receivedAt: 0,
        entities: [
          { id: 'country:AF', count: 4 },
          { id: 'org:taliban', count: 2 },
        ],
      }),
    ),
    entityNames: vi.fn(async () =>
      ok({
        'country:AF': { name: 'Afghanistan', kind: 'country' as const },
        'org:taliban': { name: 'Taliban', kind: 'organisation' as const },
      }),
    ),
    watchlist: vi.fn(async () => ok([])),
    entityCounts: vi.fn(async () => ok({ 'country:AF': 1, 'org:taliban': 0 })),
    entityInStore: vi.fn(async () =>
      ok({ id: 'country:AF', count: 1, latest: [{ clip: CLIP, sentence: 'Afghanistan reopened talks.' }] }),
    ),
    openBriefing: vi.fn(async () => ok(null)),
    searchClips: vi.fn(async () =>
      ok([
        {
          clip: CLIP,
          score: 0.1,
          matches: [{ key: 'title', value: CLIP.title, indices: [[0, 7]] as [number, number][] }],
        },
      ]),
    ),
    storeTotal: vi.fn(async () => ok(1)),
    clipForUrl: vi.fn(async () => ok(null)),
    clipTab: vi.fn(async () => ok({ saved: true as const, clip: { ...CLIP, url: URL_ }, created: true })),
    updateClip: vi.fn(async () => ok(CLIP)),
    markSettings: vi.fn(async () => ok({ settings: DEFAULT_SETTINGS, enabledHere: true, muted: [] })),
    changeSettings: vi.fn(async () => ok(DEFAULT_SETTINGS)),
    openUrl: vi.fn(async () => ok(null)),
    openLibrary: vi.fn(async () => ok(null)),
    ...overrides,
  };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function mount(api: PopupApi) {
  const root = document.createElement('div');
  root.style.width = '380px';
  document.body.append(root);
  mounted.push(root);
  render(<PopupApp api={api} />, root);
  const text = () => root.textContent ?? '';
  const button = (name: RegExp) => {
    const found = [...root.querySelectorAll('button')].find((b) =>
      name.test(b.getAttribute('aria-label') ?? b.textContent ?? ''),
    );
    if (!found) throw new Error(`no button ${name}`);
    return found;
  };
  return { root, text, button };
}

describe('the popup', () => {
  it('lists the entities on this page by kind, with mentions here and clipped articles', async () => {
    const { text } = mount(fakeApi());
    await vi.waitFor(() => expect(text()).toContain('1 clipped article'));
    expect(text()).toContain('Countries');
    expect(text()).toContain('Organisations');
    expect(text()).toContain('Afghanistan');
    expect(text()).toContain('4 mentions here');
    expect(text()).toContain('none clipped yet');
  });

  it('expands an entity into its clipped articles, with the sentence about it', async () => {
    const api = fakeApi();
    const { text, button } = mount(api);
    await vi.waitFor(() => expect(text()).toContain('Afghanistan'));
    const toggle = button(/Afghanistan/);
    await userEvent.click(toggle);
    await vi.waitFor(() => expect(text()).toContain('Afghanistan reopened talks.'));
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(api.entityInStore).toHaveBeenCalledWith('country:AF', expect.any(Number));
  });

  it('searches as the reader types, highlights the match, and moves through results by keyboard', async () => {
    const api = fakeApi();
    const { root } = mount(api);
    await vi.waitFor(() => expect(root.querySelector('[role="combobox"]')).not.toBeNull());
    const input = root.querySelector<HTMLInputElement>('[role="combobox"]') as HTMLInputElement;
    await userEvent.type(input, 'pakstan');
    await vi.waitFor(() => expect(root.querySelectorAll('[role="option"]').length).toBe(1));
    expect(root.querySelector('[role="option"] mark')?.textContent).toBe('Pakistan');
    await userEvent.keyboard('{ArrowDown}');
    expect(input.getAttribute('aria-activedescendant')).toBe(root.querySelector('[role="option"]')?.id);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(api.openUrl).toHaveBeenCalledWith(CLIP.url));
  });

  it('clips the page; a page with no article offers a bookmark', async () => {
    const clipTab = vi
      .fn<PopupApi['clipTab']>()
      .mockResolvedValueOnce(
        ok({ saved: false as const, reason: 'no-article' as const, url: URL_, title: 'x' }),
      )
      .mockResolvedValueOnce(
        ok({ saved: true as const, clip: { ...CLIP, kind: 'bookmark' as const }, created: true }),
      );
    const { text, button } = mount(fakeApi({ clipTab }));
    await vi.waitFor(() => button(/^Clip this page$/));
    await userEvent.click(button(/^Clip this page$/));
    await vi.waitFor(() => expect(text()).toContain('No article found on this page.'));
    await userEvent.click(button(/Save as bookmark/));
    await vi.waitFor(() =>
      expect(clipTab).toHaveBeenLastCalledWith(expect.objectContaining({ asBookmark: true })),
    );
  });

  it('switches marks off on this site', async () => {
    const api = fakeApi();
    const { root } = mount(api);
    await vi.waitFor(() => expect(root.querySelectorAll('[role="switch"]').length).toBe(2));
    const site = [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')].find((b) =>
      (b.textContent ?? '').includes('news.example'),
    );
    expect(site).toBeDefined();
    await userEvent.click(site as HTMLButtonElement);
    await vi.waitFor(() =>
      expect(api.changeSettings).toHaveBeenCalledWith({ kind: 'site', site: 'news.example', enabled: false }),
    );
  });

  it('says in words when the page cannot be read, and teaches on first run', async () => {
    const { text } = mount(
      fakeApi({
        tabReport: vi.fn(async () => ({ ok: false as const, error: 'the background did not answer' })),
        storeTotal: vi.fn(async () => ok(0)),
      }),
    );
    await vi.waitFor(() => expect(text()).toContain('the background did not answer'));
    expect(text()).toContain('Clip an article to start your archive');
  });

  it('has no accessibility violations (axe)', async () => {
    const { root, text } = mount(fakeApi());
    await vi.waitFor(() => expect(text()).toContain('1 clipped article'));
    const result = await axe.run(root);
    expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  });
});
