import { render } from 'preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { FIRST_PAINT_MARK, type PopupApi, PopupApp } from '@/components/popup';
import { tabIdParam } from '@/components/popup/api';
import {
  createFakePopupApi,
  type FakeWorld,
  SAMPLE_REPORT,
  SAMPLE_TAB,
  sampleWorld,
} from '@/components/popup/fake-api';
import { DEFAULT_SETTINGS } from '@/lib/settings';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

function mount(world: Partial<FakeWorld> = {}) {
  const api = createFakePopupApi(sampleWorld(world));
  for (const key of Object.keys(api) as Array<keyof PopupApi>) {
    if (typeof api[key] === 'function') vi.spyOn(api, key);
  }
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(<PopupApp api={api} />, root);
  const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
  const buttons = () => [...root.querySelectorAll('button')];
  const button = (name: string | RegExp) => {
    const found = buttons().find((b) => {
      const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
      return typeof name === 'string' ? label === name : name.test(label);
    });
    if (!found)
      throw new Error(
        `no button ${name} among ${buttons()
          .map((b) => b.textContent)
          .join(' | ')}`,
      );
    return found;
  };
  const shows = (words: string) => vi.waitFor(() => expect(text()).toContain(words));
  const rows = () =>
    [...root.querySelectorAll('.entity')].map((li) => ({
      name: li.querySelector('.entity-name')?.textContent,
      meta: li.querySelector('.entity-meta')?.textContent,
    }));
  const statuses = () => [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent).join(' | ');
  return { api, world: api.world, root, text, button, shows, rows, statuses };
}

describe('On this page', () => {
  it('groups the entities into countries and organisations, with mentions here and clipped articles', async () => {
    const { api, root, rows, shows } = mount();
    await shows('3 clipped articles');
    const groups = [...root.querySelectorAll('.group')].map((g) => g.querySelector('h3')?.textContent);
    expect(groups).toEqual(['Countries 3', 'Organisations 2']);
    expect(rows()).toEqual([
      { name: 'Afghanistan', meta: '9 mentions here · 3 clipped articles' },
      { name: 'Pakistan', meta: '3 mentions here · 1 clipped article' },
      { name: 'Iran', meta: '1 mention here · none clipped yet' },
      { name: 'Taliban', meta: '4 mentions here · 1 clipped article' },
      { name: 'UN Assistance Mission in Afghanistan', meta: '2 mentions here · 1 clipped article' },
    ]);
    // One request brings the report, the names and the counts; none is asked for again.
    expect(api.pageSummary).toHaveBeenCalledOnce();
    expect(api.entityCounts).not.toHaveBeenCalled();
  });

  it('draws the list with its counts in one go, without waiting for clip state, search or settings, and marks that paint', async () => {
    performance.clearMarks(FIRST_PAINT_MARK);
    const { root, rows, shows } = mount({
      delays: {
        pageSummary: 200,
        clipForUrl: 5000,
        storeTotal: 5000,
        searchClips: 5000,
        markSettings: 5000,
      },
    });
    await shows('Looking at this page…');
    expect(performance.getEntriesByName(FIRST_PAINT_MARK)).toHaveLength(0);
    await shows('Afghanistan');
    // The first time the list shows, its archive counts are in it: no "counting…" flash, no jump after.
    expect(rows()[0]?.meta).toBe('9 mentions here · 3 clipped articles');
    await vi.waitFor(() => expect(performance.getEntriesByName(FIRST_PAINT_MARK)).toHaveLength(1));
    // The clip state is still on its way: the list did not wait for it.
    expect(root.textContent).toContain('Checking your archive for this page');
  });

  it("names an article's publication where the clip knows it, else its site", async () => {
    const clips = sampleWorld().clips.map((c, i) => (i === 0 ? { ...c, siteName: 'The Dossier Wire' } : c));
    const { root, button, shows } = mount({ clips });
    await shows('3 clipped articles');
    await userEvent.click(button(/^Afghanistan/));
    await vi.waitFor(() => expect(root.querySelectorAll('.article .meta')).toHaveLength(3));
    const metas = [...root.querySelectorAll('.article .meta')].map((m) => m.textContent ?? '');
    expect(metas.some((m) => m.startsWith('The Dossier Wire · '))).toBe(true);
    expect(metas.some((m) => m.startsWith('apnews.example · ') || m.startsWith('reuters.example · '))).toBe(
      true,
    );
  });

  it('expands an entity into its latest clipped articles, with the sentence about it, opening in a new tab', async () => {
    const { api, root, button, shows } = mount();
    await shows('3 clipped articles');
    const toggle = button(/^Afghanistan/);
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    const panel = document.getElementById(toggle.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(panel.hidden).toBe(true);
    await userEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await vi.waitFor(() => expect(panel.querySelectorAll('.article')).toHaveLength(3));
    expect(api.entityInStore).toHaveBeenCalledWith('country:AF', 5);
    const first = panel.querySelector('.article') as HTMLElement;
    const link = first.querySelector('a') as HTMLAnchorElement;
    expect(link.textContent).toBe('Taliban tighten restrictions on aid workers as winter approaches');
    expect(link.href).toBe('https://apnews.example/article/afghanistan-aid-winter');
    expect(link.target).toBe('_blank');
    expect(link.rel).toContain('noopener');
    expect(first.querySelector('.meta')?.textContent).toBe('apnews.example · 20 Jul 2026');
    expect(first.querySelector('.sentence')?.textContent).toBe(
      'The UN mission in Afghanistan said the new rules would make it harder to reach families.',
    );
    await userEvent.click(toggle);
    expect(panel.hidden).toBe(true);
    expect(root.querySelectorAll('.article')).toHaveLength(0);
  });

  it('says so when no clipped article mentions the entity', async () => {
    const { button, shows } = mount();
    await shows('none clipped yet');
    await userEvent.click(button(/^Iran/));
    await shows('No clipped articles mention Iran yet.');
  });

  it('opens the briefing on an entity, and says in words when it cannot', async () => {
    const { world, button, shows, statuses } = mount();
    await shows('Taliban');
    await userEvent.click(button('Open the briefing on Taliban'));
    await vi.waitFor(() => expect(world.opened).toEqual(['briefing:org:taliban']));
    world.failures.openBriefing = 'the library page is missing';
    await userEvent.click(button('Open the briefing on Iran'));
    await vi.waitFor(() =>
      expect(statuses()).toContain("Couldn't open the briefing: the library page is missing"),
    );
  });

  it("lists the reader's watchlist entities in their own group", async () => {
    const report = { ...sampleWorld().report, entities: [{ id: 'watch:acme-mining', count: 3 }] };
    const { shows, rows } = mount({
      report: report as FakeWorld['report'],
      watchlist: [{ id: 'watch:acme-mining', name: 'Acme Mining', aliases: [], note: '' }],
    });
    await shows('Your watchlist');
    expect(rows()).toEqual([{ name: 'Acme Mining', meta: '3 mentions here · none clipped yet' }]);
  });
});

describe('the clip of this page', () => {
  it('clips the page with tags and a note, then saves later changes to them', async () => {
    const { api, root, button, shows, statuses } = mount();
    await shows('Clip this page');
    await userEvent.click(button('Tags and note'));
    const tags = root.querySelector('input.field') as HTMLInputElement;
    const note = root.querySelector('textarea') as HTMLTextAreaElement;
    await userEvent.fill(tags, 'kabul, aid , Kabul,');
    await userEvent.fill(note, 'Follow the aid story');
    await userEvent.click(button('Clip this page'));
    await vi.waitFor(() => expect(statuses()).toContain('Clipped ✓'));
    expect(api.clipTab).toHaveBeenCalledWith({
      tabId: SAMPLE_TAB.id,
      tags: ['kabul', 'aid'],
      note: 'Follow the aid story',
    });
    await shows('Clipped on 22 Jul 2026');
    expect(tags.value).toBe('kabul, aid');
    // The archive changed: the counts are asked again.
    await vi.waitFor(() => expect(api.entityCounts).toHaveBeenCalledOnce());

    await userEvent.fill(note, 'Follow the aid story; call the UN office');
    await userEvent.click(button('Save tags and note'));
    await vi.waitFor(() => expect(statuses()).toContain('Tags and note saved ✓'));
    expect(api.updateClip).toHaveBeenCalledWith({
      id: expect.any(Number),
      tags: ['kabul', 'aid'],
      note: 'Follow the aid story; call the UN office',
    });
    expect(() => button('Save tags and note')).toThrow();
  });

  it('shows when a clipped page was clipped, its tags, and updates it', async () => {
    const world = sampleWorld();
    const stored = world.clips[0];
    if (!stored) throw new Error('no sample clip');
    stored.url = SAMPLE_TAB.url as string;
    const { api, root, button, shows, statuses } = mount(world);
    await shows('Clipped on 21 Jul 2026');
    expect(root.querySelector<HTMLInputElement>('input.field')?.value).toBe('aid, winter');
    await userEvent.click(button('Tags and note'));
    expect([...root.querySelectorAll('.chip')].map((c) => c.textContent)).toEqual(['aid', 'winter']);
    await userEvent.click(button('Update the clip of this page'));
    await vi.waitFor(() => expect(statuses()).toContain('Clip updated ✓'));
    expect(api.clipTab).toHaveBeenCalledWith({ tabId: SAMPLE_TAB.id });
  });

  it('finds the clip of a page filed under its canonical address, and updating it keeps its note', async () => {
    const world = sampleWorld({
      // The reader arrived from a newsletter at a syndicated copy that names the original as canonical.
      tab: { id: SAMPLE_TAB.id, url: 'https://syndicated.example/wire/kabul?ref=newsletter' },
      report: {
        ...SAMPLE_REPORT,
        url: 'https://syndicated.example/wire/kabul?ref=newsletter',
        canonicalUrl: SAMPLE_TAB.url ?? undefined,
      },
    });
    const stored = world.clips[0];
    if (!stored) throw new Error('no sample clip');
    Object.assign(stored, { url: SAMPLE_TAB.url, note: 'Ask the UN office about the convoy' });
    const { api, root, button, shows, statuses } = mount(world);
    await shows('Clipped on 21 Jul 2026');
    expect(root.querySelector('textarea')?.value).toBe('Ask the UN office about the convoy');
    await userEvent.click(button('Update the clip of this page'));
    await vi.waitFor(() => expect(statuses()).toContain('Clip updated ✓'));
    expect(api.clipTab).toHaveBeenCalledWith({ tabId: SAMPLE_TAB.id });
    expect(stored.note).toBe('Ask the UN office about the convoy');
    expect(stored.tags).toEqual(['aid', 'winter']);
    expect(world.clips.filter((c) => c.url === SAMPLE_TAB.url)).toHaveLength(1);
  });

  it('saves the tags and note as edited when the reader changes them and updates the clip', async () => {
    const world = sampleWorld();
    const stored = world.clips[0];
    if (!stored) throw new Error('no sample clip');
    Object.assign(stored, { url: SAMPLE_TAB.url, note: 'Ask the UN ofice' });
    const { api, root, button, statuses } = mount(world);
    await vi.waitFor(() => expect(root.querySelector('textarea')?.value).toBe('Ask the UN ofice'));
    await userEvent.fill(root.querySelector('input.field') as HTMLInputElement, 'aid');
    await userEvent.fill(root.querySelector('textarea') as HTMLTextAreaElement, 'Ask the UN office');
    await userEvent.click(button('Update the clip of this page'));
    await vi.waitFor(() => expect(statuses()).toContain('Clip updated ✓'));
    expect(api.clipTab).toHaveBeenCalledWith({ tabId: SAMPLE_TAB.id });
    expect(api.updateClip).toHaveBeenCalledWith({ id: stored.id, tags: ['aid'], note: 'Ask the UN office' });
    expect(stored).toMatchObject({ tags: ['aid'], note: 'Ask the UN office' });
  });

  it('never erases a note it did not show: a clip after a failed lookup adds what the reader typed', async () => {
    const world = sampleWorld({ failures: { clipForUrl: 'database closed' } });
    const stored = world.clips[0];
    if (!stored) throw new Error('no sample clip');
    Object.assign(stored, { url: SAMPLE_TAB.url, note: 'Ask the UN office about the convoy' });
    const { api, root, button, shows, statuses } = mount(world);
    await shows("Couldn't tell whether this page is clipped");
    await userEvent.click(button('Clip this page'));
    await vi.waitFor(() => expect(statuses()).toContain('its tags and note kept'));
    expect(api.clipTab).toHaveBeenLastCalledWith({ tabId: SAMPLE_TAB.id });
    expect(root.querySelector('textarea')?.value).toBe('Ask the UN office about the convoy');

    world.failures = {};
    const second = mount(sampleWorld({ ...world, failures: { clipForUrl: 'database closed' } }));
    await second.shows("Couldn't tell whether this page is clipped");
    await userEvent.click(second.button('Tags and note'));
    await userEvent.fill(
      second.root.querySelector('textarea') as HTMLTextAreaElement,
      'Second source agrees',
    );
    await userEvent.click(second.button('Clip this page'));
    await vi.waitFor(() => expect(second.statuses()).toContain('your tags and note added to its own'));
    expect(second.api.clipTab).toHaveBeenLastCalledWith({
      tabId: SAMPLE_TAB.id,
      note: 'Second source agrees',
    });
    expect(stored.note).toBe('Ask the UN office about the convoy\n\nSecond source agrees');
    expect(second.root.querySelector('textarea')?.value).toBe(stored.note);
  });

  it('offers a bookmark when the page has no article', async () => {
    const { api, button, shows, statuses } = mount({ noArticle: true });
    await shows('Clip this page');
    await userEvent.click(button('Clip this page'));
    await vi.waitFor(() => expect(statuses()).toContain('No article found on this page.'));
    await userEvent.click(button('Save as bookmark'));
    await vi.waitFor(() => expect(statuses()).toContain('Saved as a bookmark ✓'));
    expect(api.clipTab).toHaveBeenLastCalledWith(expect.objectContaining({ asBookmark: true }));
    await shows('Saved as a bookmark on 22 Jul 2026');
  });

  it('tells how the last clip from the menu or keyboard shortcut went on this page, until the panel clips', async () => {
    const quick = (outcome: 'clipped' | 'bookmark' | 'failed', detail: string, tabUrl = SAMPLE_TAB.url) =>
      ({ tabUrl, at: Date.now(), outcome, detail }) as const;
    const failed = mount({
      clips: [],
      quickClip: quick('failed', "Your browser's storage is full: the clip was not saved."),
    });
    await failed.shows(
      "Your last clip from the menu or keyboard shortcut did not save this page: Your browser's storage is full: the clip was not saved.",
    );
    await userEvent.click(failed.button('Clip this page'));
    await vi.waitFor(() => expect(failed.statuses()).toContain('Clipped ✓'));
    expect(failed.text()).not.toContain('Your last clip from the menu');

    const bookmark = mount({ clips: [], quickClip: quick('bookmark', 'Search results') });
    await bookmark.shows('saved this page as a bookmark: it has no article');

    // The tab has moved on to another page since: that outcome is not this page's.
    const elsewhere = mount({ clips: [], quickClip: quick('failed', 'disk full', 'https://other.example/') });
    await elsewhere.shows('Clip this page');
    expect(elsewhere.text()).not.toContain('Your last clip from the menu');
  });

  it('says in words why a clip failed, in a status region', async () => {
    const { button, shows, statuses } = mount({ failures: { clipTab: "your browser's storage is full" } });
    await shows('Clip this page');
    await userEvent.click(button('Clip this page'));
    await vi.waitFor(() => expect(statuses()).toContain("Not clipped: your browser's storage is full"));
    expect(button('Clip this page').getAttribute('aria-disabled')).toBe('false');
  });
});

describe('the switches', () => {
  it('turns marks off on this site and everywhere, as real switches', async () => {
    const { api, root, shows } = mount();
    await vi.waitFor(() => expect(root.querySelectorAll('[role="switch"]')).toHaveLength(2));
    const [global, site] = [...root.querySelectorAll<HTMLButtonElement>('[role="switch"]')] as [
      HTMLButtonElement,
      HTMLButtonElement,
    ];
    expect(global.textContent).toBe('Mark countries and organisations on pages');
    expect(site.textContent).toBe('Mark them on www.bbc.example');
    expect(site.getAttribute('aria-checked')).toBe('true');
    await userEvent.click(site);
    await vi.waitFor(() => expect(site.getAttribute('aria-checked')).toBe('false'));
    expect(api.changeSettings).toHaveBeenCalledWith({
      kind: 'site',
      site: 'www.bbc.example',
      enabled: false,
    });
    await shows('Marks are off on www.bbc.example.');

    await userEvent.click(global);
    await vi.waitFor(() => expect(global.getAttribute('aria-checked')).toBe('false'));
    expect(api.changeSettings).toHaveBeenLastCalledWith({ kind: 'global', enabled: false });
    await shows('Marks are off everywhere, so this site is off too.');

    // Keyboard: Space toggles the focused switch.
    global.focus();
    await userEvent.keyboard(' ');
    await vi.waitFor(() => expect(global.getAttribute('aria-checked')).toBe('true'));
  });

  it('keeps the switch as it was and says why when the change fails', async () => {
    const { root, statuses } = mount({
      failures: { changeSettings: 'could not save the settings: disk full' },
    });
    await vi.waitFor(() => expect(root.querySelectorAll('[role="switch"]')).toHaveLength(2));
    const global = root.querySelector<HTMLButtonElement>('[role="switch"]') as HTMLButtonElement;
    await userEvent.click(global);
    await vi.waitFor(() =>
      expect(statuses()).toContain("Couldn't change the setting: could not save the settings: disk full"),
    );
    expect(global.getAttribute('aria-checked')).toBe('true');
  });
});

describe('empty states and errors', () => {
  it('teaches on first run, under the clip button, and stops once something is clipped', async () => {
    const { root, shows, button, text } = mount({ clips: [] });
    const lesson =
      'Dossier marks countries and organisations on news pages. Clip an article to start your archive: the button above, right-click → Clip this page to Dossier, or Alt+Shift+S.';
    await shows(lesson);
    const clip = root.querySelector('.clip .button.primary') as HTMLElement;
    const teach = root.querySelector('.clip .teach') as HTMLElement;
    expect(clip.compareDocumentPosition(teach) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    await userEvent.click(button('Clip this page'));
    await shows('Clipped on');
    expect(text()).not.toContain(lesson);
  });

  it('counts the whole archive only after the first paint, and not at all when the page counts prove it full', async () => {
    performance.clearMarks(FIRST_PAINT_MARK);
    const empty = mount({ clips: [] });
    await empty.shows('Clip an article to start your archive');
    const [mark] = performance.getEntriesByName(FIRST_PAINT_MARK);
    expect(mark).toBeDefined();
    expect(empty.api.storeTotal).toHaveBeenCalledOnce();
    const full = mount();
    await full.shows('3 clipped articles');
    await new Promise((r) => setTimeout(r, 100));
    expect(full.api.storeTotal).not.toHaveBeenCalled();
  });

  it('says when the page names no country or organisation', async () => {
    const { shows } = mount({
      report: { ...(sampleWorld().report as NonNullable<FakeWorld['report']>), entities: [] },
    });
    await shows('Dossier found no countries or organisations on this page.');
  });

  it('says when Dossier cannot run on the page, and offers no clip or site switch there', async () => {
    const { root, shows } = mount({ tab: { id: 5, url: 'chrome://newtab/' }, report: null, clips: [] });
    await shows("Dossier can't read this page");
    await shows('reload it');
    await shows('open one and use the Clip button here');
    expect(root.querySelector('.clip')).toBeNull();
    await vi.waitFor(() => expect(root.querySelectorAll('[role="switch"]')).toHaveLength(1));
  });

  it('says when marks are off on the site, rather than that the page names nothing', async () => {
    const { shows, text } = mount({
      report: { ...(sampleWorld().report as NonNullable<FakeWorld['report']>), entities: [] },
      settings: { ...DEFAULT_SETTINGS, disabledSites: ['www.bbc.example'] },
    });
    await shows('Marks are off on www.bbc.example. Switch them on below');
    expect(text()).not.toContain('found no countries');
  });

  it('shows failures of the background in words', async () => {
    const page = mount({
      failures: { pageSummary: "Dossier's background did not answer; try again in a moment." },
    });
    await page.shows(
      "Couldn't read what Dossier found on this page: Dossier's background did not answer; try again in a moment.",
    );
    const counts = mount({ failures: { entityCounts: 'database closed', entityInStore: 'database closed' } });
    await counts.shows('9 mentions here · archive count unavailable');
    await userEvent.click(counts.button(/^Afghanistan/));
    await counts.shows("Couldn't read your clipped articles: database closed");
    const clip = mount({ failures: { clipForUrl: 'database closed' } });
    await clip.shows("Couldn't tell whether this page is clipped: database closed");
  });
});

describe('the popup shell', () => {
  it('opens the library', async () => {
    const { world, button } = mount();
    await userEvent.click(button('Open library'));
    await vi.waitFor(() => expect(world.opened).toEqual(['library']));
  });

  it('describes the tab named by ?tabId= (benchmarks) and otherwise the active tab', () => {
    expect(tabIdParam('?tabId=123')).toBe(123);
    expect(tabIdParam('?x=1&tabId=7')).toBe(7);
    expect(tabIdParam('')).toBeNull();
    expect(tabIdParam('?tabId=abc')).toBeNull();
  });
});

beforeEach(() => {
  document.body.style.margin = '0';
});
