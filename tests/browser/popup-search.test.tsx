import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { type PopupApi, PopupApp } from '@/components/popup';
import { createFakePopupApi, type FakeWorld, SAMPLE_CLIPS, sampleWorld } from '@/components/popup/fake-api';
import { segments, snippet } from '@/components/popup/highlight';
import type { SearchHit } from '@/lib/store';

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
});

async function mount(world: Partial<FakeWorld> = {}, override?: Partial<PopupApi>) {
  const api = Object.assign(createFakePopupApi(sampleWorld(world)), override);
  const search = vi.spyOn(api, 'searchClips');
  const root = document.createElement('div');
  document.body.append(root);
  mounted.push(root);
  render(<PopupApp api={api} />, root);
  await vi.waitFor(() => expect(root.querySelector('[role="combobox"]')).not.toBeNull());
  const input = root.querySelector('[role="combobox"]') as HTMLInputElement;
  const listbox = document.getElementById(input.getAttribute('aria-controls') ?? '') as HTMLElement;
  const options = () => [...root.querySelectorAll<HTMLElement>('[role="option"]')];
  const titles = () => options().map((o) => o.querySelector('.hit-title')?.textContent);
  const status = () => root.querySelector('.search [role="status"]')?.textContent ?? '';
  return { api, world: api.world, search, root, input, listbox, options, titles, status };
}

const hit = (id: number, title: string): SearchHit => {
  const clip = SAMPLE_CLIPS.find((c) => c.id === id);
  if (!clip) throw new Error(`no clip ${id}`);
  return { clip: { ...clip, title }, score: 0, matches: [] };
};

describe('search', () => {
  it('shows results as the reader types, one request per pause, with the match highlighted', async () => {
    const { search, input, options, listbox } = await mount();
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(listbox.hidden).toBe(true);
    await userEvent.type(input, 'torkham');
    await vi.waitFor(() => expect(options()).toHaveLength(1));
    // Debounced: fewer requests than keys (one on a quiet machine), the last for the whole word.
    expect(search.mock.calls.length).toBeLessThan('torkham'.length);
    expect(search).toHaveBeenLastCalledWith('torkham', expect.any(Number));
    expect(input.getAttribute('aria-expanded')).toBe('true');
    expect(listbox.getAttribute('role')).toBe('listbox');
    const option = options()[0] as HTMLElement;
    expect(option.querySelector('.hit-title')?.textContent).toBe(
      'Pakistan and Afghanistan reopen Torkham crossing after week-long closure',
    );
    expect([...option.querySelectorAll('.hit-title mark')].map((m) => m.textContent)).toEqual(['Torkham']);
    expect(option.querySelector('.hit-meta')?.textContent).toBe('reuters.example · 18 Jul 2026');
  });

  it('shows where a match outside the title is, as a highlighted snippet', async () => {
    const { input, options } = await mount();
    await userEvent.type(input, 'snow');
    await vi.waitFor(() => expect(options()).toHaveLength(1));
    const snippetEl = options()[0]?.querySelector('.hit-snippet');
    expect(snippetEl?.textContent).toContain('reach families in the north before the snow.');
    expect(snippetEl?.querySelector('mark')?.textContent).toBe('snow');
  });

  it('ignores an answer that arrives after a newer one', async () => {
    const slow = new Promise<void>((r) => setTimeout(r, 600));
    const { input, titles, search } = await mount(
      {},
      {
        searchClips: async (query) => {
          if (query === 'kabul') {
            await slow;
            return { ok: true, value: [hit(1, 'Stale answer for kabul')] };
          }
          return { ok: true, value: [hit(2, `Fresh answer for ${query}`)] };
        },
      },
    );
    await userEvent.fill(input, 'kabul');
    await vi.waitFor(() => expect(search).toHaveBeenCalledWith('kabul', expect.any(Number)));
    await userEvent.fill(input, 'kandahar');
    await vi.waitFor(() => expect(titles()).toEqual(['Fresh answer for kandahar']));
    await slow;
    await new Promise((r) => setTimeout(r, 50));
    expect(titles()).toEqual(['Fresh answer for kandahar']);
  });

  it('moves through the results with the arrow keys, opens with Enter and clears with Escape', async () => {
    const { world, input, options, listbox } = await mount();
    await userEvent.type(input, 'the');
    await vi.waitFor(() => expect(options().length).toBe(3));
    const active = () => input.getAttribute('aria-activedescendant');
    const selected = () => options().findIndex((o) => o.getAttribute('aria-selected') === 'true');
    expect(active()).toBeNull();
    await userEvent.keyboard('{ArrowDown}');
    expect(active()).toBe(options()[0]?.id);
    expect(selected()).toBe(0);
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()).toBe(2);
    await userEvent.keyboard('{ArrowDown}');
    expect(selected()).toBe(0);
    await userEvent.keyboard('{ArrowUp}');
    expect(selected()).toBe(2);
    expect(active()).toBe(options()[2]?.id);
    expect(document.activeElement).toBe(input);
    const url = SAMPLE_CLIPS.find((c) => options()[2]?.textContent?.includes(c.title))?.url;
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(world.opened).toEqual([url]));
    await userEvent.keyboard('{Escape}');
    await vi.waitFor(() => expect(input.value).toBe(''));
    expect(options()).toHaveLength(0);
    expect(listbox.hidden).toBe(true);
    expect(input.getAttribute('aria-expanded')).toBe('false');
    expect(active()).toBeNull();
  });

  it('opens a result with a click', async () => {
    const { world, input, options } = await mount();
    await userEvent.type(input, 'unama');
    await vi.waitFor(() => expect(options()).toHaveLength(1));
    await userEvent.click(options()[0] as HTMLElement);
    await vi.waitFor(() =>
      expect(world.opened).toEqual(['https://guardian.example/world/unama-civilian-casualties']),
    );
    expect(document.activeElement).toBe(input);
  });

  it('says when nothing matches, and why a search failed', async () => {
    const { world, input, status } = await mount();
    await userEvent.type(input, 'zanzibar');
    await vi.waitFor(() => expect(status()).toContain('No clipped article matches “zanzibar”.'));
    world.failures.searchClips = 'the search index is being rebuilt';
    await userEvent.type(input, 's');
    await vi.waitFor(() =>
      expect(status()).toContain("Couldn't search your archive: the search index is being rebuilt"),
    );
  });
});

describe('highlights', () => {
  it('cuts text into runs at the match ranges, merging overlaps and dropping stray letters', () => {
    expect(segments('Pakistan and Afghanistan', [[0, 7]])).toEqual([
      { text: 'Pakistan', hit: true },
      { text: ' and Afghanistan', hit: false },
    ]);
    expect(
      segments('Torkham crossing', [
        [0, 3],
        [2, 6],
        [9, 9],
        [20, 40],
      ]),
    ).toEqual([
      { text: 'Torkham', hit: true },
      { text: ' crossing', hit: false },
    ]);
    expect(segments('abc', [])).toEqual([{ text: 'abc', hit: false }]);
  });

  it('shows a window of a long text around its first match, with the ranges moved into it', () => {
    const text = `${'word '.repeat(60)}the Torkham crossing reopened ${'more '.repeat(60)}`;
    const at = text.indexOf('Torkham');
    const cut = snippet(text, [[at, at + 6]]);
    expect(cut.text.startsWith('…')).toBe(true);
    expect(cut.text.endsWith('…')).toBe(true);
    expect(cut.text.length).toBeLessThanOrEqual(92);
    const [[s, e] = [0, 0]] = cut.indices;
    expect(cut.text.slice(s, e + 1)).toBe('Torkham');
  });
});
