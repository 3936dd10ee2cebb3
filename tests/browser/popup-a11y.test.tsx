import axe from 'axe-core';
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { PopupApp } from '@/components/popup';
import {
  createFakePopupApi,
  type FakeWorld,
  SAMPLE_REPORT,
  SAMPLE_TAB,
  sampleWorld,
} from '@/components/popup/fake-api';

async function setColorScheme(value: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

const mounted: HTMLElement[] = [];
afterEach(async () => {
  for (const el of mounted.splice(0)) {
    render(null, el);
    el.remove();
  }
  document.body.style.background = '';
  await setColorScheme('light');
});

function mount(world: Partial<FakeWorld> = {}) {
  const api = createFakePopupApi(sampleWorld(world));
  const root = document.createElement('div');
  // As the browser shows a popup: at the top left, sized by its content.
  root.style.cssText = 'display: inline-block; vertical-align: top;';
  document.body.append(root);
  mounted.push(root);
  render(<PopupApp api={api} />, root);
  const shows = (words: string) =>
    vi.waitFor(() => expect((root.textContent ?? '').replace(/\s+/g, ' ')).toContain(words));
  return { api, root, shows };
}

/** The sample page, clipped, with search results (one active) and an entity expanded. */
async function busyPopup() {
  const world = sampleWorld();
  const stored = world.clips[2];
  if (stored) {
    stored.url = SAMPLE_TAB.url as string;
    stored.note = 'Compare with the 2024 figures.';
  }
  const popup = mount(world);
  await popup.shows('3 clipped articles');
  await popup.shows('Clipped on');
  const input = popup.root.querySelector('[role="combobox"]') as HTMLInputElement;
  await userEvent.type(input, 'the');
  await vi.waitFor(() => expect(popup.root.querySelectorAll('[role="option"]')).toHaveLength(3));
  await userEvent.keyboard('{ArrowDown}{ArrowDown}');
  const toggle = popup.root.querySelector('.entity-toggle') as HTMLButtonElement;
  await userEvent.click(toggle);
  await popup.shows('Trucks queued');
  return popup;
}

const STATES: Array<[string, () => Promise<{ root: HTMLElement }>]> = [
  ['busy', busyPopup],
  [
    'first-run',
    async () => {
      const popup = mount({ clips: [], noArticle: true });
      await popup.shows('none clipped yet');
      // The clip button comes with the clip state, which loads after the first paint.
      const clip = await vi.waitFor(() => {
        const button = popup.root.querySelector<HTMLElement>('.clip .button.primary');
        expect(button).not.toBeNull();
        return button as HTMLElement;
      });
      await userEvent.click(clip);
      await popup.shows('No article found on this page.');
      return popup;
    },
  ],
  [
    'quick-clip-failed',
    async () => {
      const popup = mount({
        clips: [],
        quickClip: {
          tabUrl: SAMPLE_TAB.url,
          at: Date.now(),
          outcome: 'failed',
          detail:
            "Your browser's storage is full. Free some space and clip again; nothing already stored was lost.",
        },
      });
      await popup.shows('did not save this page');
      return popup;
    },
  ],
  [
    'cannot-run',
    async () => {
      const popup = mount({ tab: { id: 9, url: 'chrome://settings/' }, report: null });
      await popup.shows("Dossier can't read this page");
      await vi.waitFor(() => expect(popup.root.querySelector('[role="switch"]')).not.toBeNull());
      return popup;
    },
  ],
];

async function violations(root: HTMLElement): Promise<string[]> {
  const result = await axe.run(root, { resultTypes: ['violations'] });
  return result.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

describe('popup accessibility', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, build] of STATES) {
      it(`has no axe violations: ${name}, ${scheme}`, async () => {
        await setColorScheme(scheme);
        const { root } = await build();
        expect(getComputedStyle(root.querySelector('.popup') as HTMLElement).colorScheme).toBe(scheme);
        expect(await violations(root)).toEqual([]);
      });
    }
  }

  it('follows the system colour scheme', async () => {
    const { root, shows } = mount();
    await shows('Afghanistan');
    const popup = root.querySelector('.popup') as HTMLElement;
    const light = getComputedStyle(popup).backgroundColor;
    await setColorScheme('dark');
    expect(getComputedStyle(popup).backgroundColor).not.toBe(light);
  });

  it('reaches every control from the keyboard, in order, with a visible focus ring', async () => {
    const { root } = await busyPopup();
    const focusables = [...root.querySelectorAll<HTMLElement>('button, a[href], input, textarea')].filter(
      (el) => el.offsetParent !== null,
    );
    (root.querySelector('.popup') as HTMLElement).tabIndex = -1;
    (root.querySelector('.popup') as HTMLElement).focus();
    const reached: HTMLElement[] = [];
    for (let i = 0; i < focusables.length; i++) {
      await userEvent.tab();
      const active = document.activeElement as HTMLElement;
      reached.push(active);
      const style = getComputedStyle(active);
      expect(`${style.outlineStyle} ${style.outlineWidth}`, active.outerHTML.slice(0, 80)).toBe('solid 2px');
    }
    expect(reached).toEqual(focusables);
  });

  it('is readable at 200% zoom: nothing runs off the side or is cut off', async () => {
    const long = 'Organisation for the Prohibition of Chemical Weapons and Internationalisation';
    const report = {
      ...SAMPLE_REPORT,
      entities: [...SAMPLE_REPORT.entities, { id: 'org:long', count: 1200 }],
    };
    const popup = mount({
      report,
      names: { ...sampleWorld().names, 'org:long': { name: long, kind: 'organisation' } },
      tab: { id: 42, url: `https://${'very-long-subdomain.'.repeat(3)}example/news` },
    });
    popup.root.style.zoom = '2';
    await popup.shows(long);
    await userEvent.click(popup.root.querySelector('.entity-toggle') as HTMLElement);
    await popup.shows('Trucks queued');
    const main = popup.root.querySelector('.popup') as HTMLElement;
    // The popup grows to 760 device pixels (Chrome allows 800); its layout is the same, only bigger.
    expect(main.getBoundingClientRect().width).toBe(760);
    expect(getComputedStyle(main).height).not.toMatch(/^0/);
    const clipped = [...main.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !el.closest('.visually-hidden') && !el.classList.contains('article-title'))
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .filter((el) => getComputedStyle(el).overflow !== 'visible' || el === main)
      .map((el) => el.className || el.tagName);
    expect(clipped).toEqual([]);
    expect(main.scrollWidth).toBeLessThanOrEqual(main.clientWidth);
  });
});

describe('popup screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    for (const [name, build] of STATES) {
      it(`${name} (${scheme})`, async () => {
        await setColorScheme(scheme);
        // Tall enough for the whole popup: what lies outside the test frame's viewport is not drawn.
        await page.viewport(600, 1500);
        document.body.style.background = scheme === 'dark' ? '#111317' : '#f6f7f9';
        const { root } = await build();
        const path = await page.screenshot({
          element: root,
          path: `__screenshots__/popup/${name}-${scheme}.png`,
        });
        expect(path).toMatch(/\.png$/);
      });
    }
  }
});
