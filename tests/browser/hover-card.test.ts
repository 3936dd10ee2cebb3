import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import { cardRenderer, type StoreState } from '@/components/card';
import { entityFacts } from '@/lib/briefing';
import { createFactsCache } from '@/lib/content/facts-cache';
import { attachHoverCard, type HoverCardOptions } from '@/lib/content/hover-card';
import { attachKeyboardMarks } from '@/lib/content/keyboard-marks';
import { markBox } from '@/lib/content/mark-box';
import { loadGazetteer } from '@/lib/gazetteer';
import { HIGHLIGHT_NAMES, type Mark } from '@/lib/page';
import type { CardRenderer } from '@/lib/ui';
import { threeArticles } from './card-fixtures';
import { centre, cleanUp, highlightTexts, mount, painted, scannerFor, sleep } from './page-fixtures';

const { byId } = loadGazetteer();

async function factsOf(id: string) {
  const record = byId.get(id);
  return record ? entityFacts(record, byId) : null;
}

const TEXT = 'font: 20px/30px sans-serif; margin: 0; padding: 0';
const OPEN_DELAY = 150;

const detachers: Array<() => void> = [];

/**
 * The content script's card on this page, as run-dossier wires it: the real scanner, hover card and keyboard
 * marks, with facts from the bundled gazetteer and a store that answers at once.
 */
async function dossierOn(html: string, options: Partial<HoverCardOptions> = {}) {
  mount(html);
  const scanner = scannerFor({ watchMutations: false });
  await scanner.start();
  await painted();
  let cardMount: Element | null = null;
  // The host's shadow root is closed: the renderer is where the test sees the card it draws.
  const renderer: CardRenderer = {
    css: cardRenderer.css,
    render(props, into) {
      cardMount = into;
      cardRenderer.render(props, into);
    },
  };
  const calls = {
    openBriefing: vi.fn(),
    mute: vi.fn(),
  };
  const card = attachHoverCard({
    doc: document,
    scanner,
    facts: factsOf,
    store: async (): Promise<StoreState> => ({ status: 'empty' }),
    onOpenBriefing: calls.openBriefing,
    onClip: async () => ({ status: 'idle' }),
    onMute: calls.mute,
    renderer: async () => renderer,
    openDelayMs: OPEN_DELAY,
    ...options,
  });
  const detachKeys = attachKeyboardMarks({
    doc: document,
    scanner,
    open: (mark, rect) => card.openOn(mark, rect),
  });
  detachers.push(() => {
    detachKeys();
    card.destroy();
  });
  const dialog = (): HTMLElement | null => cardMount?.querySelector<HTMLElement>('[role="dialog"]') ?? null;
  const shown = (): HTMLElement => {
    const card = dialog();
    if (!card) throw new Error('the card is not open');
    return card;
  };
  const button = (label: string): HTMLButtonElement => {
    const found = [...shown().querySelectorAll('button')].find((b) => b.textContent?.includes(label));
    if (!found) throw new Error(`no button "${label}"`);
    return found;
  };
  const mark = (entity: string, n = 0): Mark => {
    const found = scanner.mentionsOf(entity)[n];
    if (!found) throw new Error(`no mark ${n} of ${entity}`);
    return found;
  };
  /** What has keyboard focus, looking into the card's closed root. */
  const focused = (): Element | null => {
    const root = cardMount?.getRootNode();
    const inCard = root instanceof ShadowRoot ? root.activeElement : null;
    return inCard ?? document.activeElement;
  };
  return { scanner, card, dialog, shown, button, mark, focused, calls };
}

/** Moves the real pointer to a point of the viewport in one move. */
async function pointerAt(x: number, y: number): Promise<void> {
  const html = document.documentElement.getBoundingClientRect();
  await userEvent.hover(document.documentElement, {
    position: { x: Math.round(x - html.left), y: Math.round(y - html.top) },
  });
}

/** Moves the real pointer out of the window, past its right edge. */
async function pointerOutOfWindow(): Promise<void> {
  await cdp().send('Input.dispatchMouseEvent', { type: 'mouseMoved', x: window.innerWidth + 100, y: 300 });
}

/** Clicks an element of the card with the real pointer (locators cannot reach into its closed root). */
async function pointerClick(element: Element): Promise<void> {
  const { x, y } = centre(element.getBoundingClientRect());
  const html = document.documentElement.getBoundingClientRect();
  await userEvent.click(document.documentElement, {
    position: { x: Math.round(x - html.left), y: Math.round(y - html.top) },
  });
}

async function pointerOn(box: DOMRect): Promise<void> {
  const { x, y } = centre(box);
  await pointerAt(x, y);
}

const cardIsOpen = async (dialog: () => HTMLElement | null) => {
  await expect.poll(dialog, { timeout: 2000 }).not.toBeNull();
};

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The card sits just above or below the mark (8 px apart), never over it. */
function besideMark(card: DOMRect, mark: DOMRect): boolean {
  const below = Math.abs(card.top - mark.bottom - 8) <= 2;
  const above = Math.abs(mark.top - card.bottom - 8) <= 2;
  return !overlaps(card, mark) && (below || above) && card.left < mark.right && mark.left < card.right;
}

const SHORTCUT = '{Alt>}{Shift>}{KeyM}{/Shift}{/Alt}';

/** The text of the mark drawn as focused (the card's mark, or the one the keyboard walked to). */
function focusMarkText(): string[] {
  return highlightTexts(HIGHLIGHT_NAMES.focus);
}

beforeEach(async () => {
  await page.viewport(800, 600);
  window.scrollTo(0, 0);
});

afterEach(() => {
  for (const detach of detachers.splice(0)) detach();
  cleanUp();
});

describe('the hover card under the pointer', () => {
  it('stays open while the pointer rests in it after one move from the mark, and closes after it leaves', async () => {
    const { dialog, shown, mark } = await dossierOn(
      `<p style="${TEXT}; margin: 40px">Talks in Afghanistan resumed.</p>`,
    );
    await pointerOn(markBox(mark('country:AF')));
    await cardIsOpen(dialog);
    const card = shown().getBoundingClientRect();
    // Straight from the mark into the card: the card sees the pointer before the next hit-test does.
    await pointerAt(card.left + 60, card.top + 24);
    await sleep(800);
    expect(dialog()).not.toBeNull();
    await pointerAt(760, 560);
    await sleep(150);
    expect(dialog()).not.toBeNull();
    await sleep(400);
    expect(dialog()).toBeNull();
  });
});

describe('a card moved by "Next"', () => {
  const twoMentions = `<p style="${TEXT}; position: absolute; top: 40px; left: 20px">Aid for Afghanistan.</p>
    <p style="${TEXT}; position: absolute; top: 1500px; left: 430px">Afghanistan again.</p>
    <div style="height: 2400px"></div>`;

  it('stays beside the next mark under a still pointer, until the pointer enters it and leaves', async () => {
    const { dialog, shown, button, mark } = await dossierOn(twoMentions);
    await pointerOn(markBox(mark('country:AF')));
    await cardIsOpen(dialog);
    await pointerClick(button('Next'));
    await expect.poll(() => shown().textContent).toContain('2 of 2');
    const second = markBox(mark('country:AF', 1));
    expect(second.top).toBeGreaterThan(0);
    expect(second.bottom).toBeLessThan(window.innerHeight);
    expect(besideMark(shown().getBoundingClientRect(), second)).toBe(true);
    await sleep(800);
    expect(dialog()).not.toBeNull();
    expect(focusMarkText()).toEqual(['Afghanistan']);
    expect(mark('country:AF', 1).ranges[0]?.startContainer.parentElement?.textContent).toBe(
      'Afghanistan again.',
    );

    const card = shown().getBoundingClientRect();
    await pointerAt(card.left + 60, card.top + 24);
    await sleep(400);
    expect(dialog()).not.toBeNull();
    await pointerAt(20, window.innerHeight - 20);
    await sleep(150);
    expect(dialog()).not.toBeNull();
    await sleep(400);
    expect(dialog()).toBeNull();
    expect(focusMarkText()).toEqual([]);
  });

  for (const [how, close] of [
    ['Escape', () => userEvent.keyboard('{Escape}')],
    [
      'its close button',
      async (card: HTMLElement) => card.querySelector<HTMLButtonElement>('button.close')?.click(),
    ],
  ] as const) {
    it(`stays until ${how} closes it`, async () => {
      const { dialog, shown, button, mark } = await dossierOn(twoMentions);
      await pointerOn(markBox(mark('country:AF')));
      await cardIsOpen(dialog);
      await pointerClick(button('Next'));
      await expect.poll(() => shown().textContent).toContain('2 of 2');
      await sleep(800);
      expect(dialog()).not.toBeNull();
      await close(shown());
      expect(dialog()).toBeNull();
      expect(focusMarkText()).toEqual([]);
    });
  }
});

describe('the card and the window', () => {
  it('closes after the usual delay when the pointer leaves the window from a mark', async () => {
    const { dialog, mark } = await dossierOn(
      `<p style="${TEXT}; margin: 40px">Talks in Afghanistan resumed.</p>`,
    );
    await pointerOn(markBox(mark('country:AF')));
    await cardIsOpen(dialog);
    await pointerOutOfWindow();
    await sleep(150);
    expect(dialog()).not.toBeNull();
    await sleep(400);
    expect(dialog()).toBeNull();
  });

  it('does not open on a mark the pointer left the window from before the wait was over', async () => {
    const { dialog, mark } = await dossierOn(
      `<p style="${TEXT}; margin: 40px">Talks in Afghanistan resumed.</p>`,
    );
    await pointerOn(markBox(mark('country:AF')));
    await pointerOutOfWindow();
    await sleep(OPEN_DELAY + 400);
    expect(dialog()).toBeNull();
  });
});

describe('the card from the keyboard', () => {
  const article = `<p style="${TEXT}; margin: 40px">Talks in Afghanistan resumed.</p>
    <button id="page-button" style="margin: 40px">Subscribe</button>`;

  it('opens on the mark the shortcut reached with Enter, takes focus, and gives it back on Escape', async () => {
    const { dialog, shown, focused, mark } = await dossierOn(article);
    const pageButton = document.querySelector<HTMLButtonElement>('#page-button') as HTMLButtonElement;
    const clicks = vi.fn();
    pageButton.addEventListener('click', clicks);
    pageButton.focus();
    await userEvent.keyboard(SHORTCUT);
    expect(focusMarkText()).toEqual(['Afghanistan']);
    await userEvent.keyboard('{Enter}');
    await cardIsOpen(dialog);
    expect(clicks).not.toHaveBeenCalled();
    expect(focused()).toBe(shown());
    expect(besideMark(shown().getBoundingClientRect(), markBox(mark('country:AF')))).toBe(true);
    // Opened from the keyboard: the pointer leaving the window does not close it.
    await pointerOutOfWindow();
    await sleep(600);
    expect(dialog()).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    expect(dialog()).toBeNull();
    expect(document.activeElement).toBe(pageButton);
    expect(focusMarkText()).toEqual([]);
  });

  it("leaves Enter to the card's buttons", async () => {
    const { dialog, button, focused, calls } = await dossierOn(article);
    await userEvent.keyboard(SHORTCUT);
    await userEvent.keyboard('{Enter}');
    await cardIsOpen(dialog);
    const open = button('Open briefing');
    open.focus();
    expect(focused()).toBe(open);
    await userEvent.keyboard('{Enter}');
    expect(calls.openBriefing).toHaveBeenCalledExactlyOnceWith('country:AF');
  });

  it("leaves Enter to the page's buttons once focus has moved on from the mark", async () => {
    const { dialog } = await dossierOn(article);
    const pageButton = document.querySelector<HTMLButtonElement>('#page-button') as HTMLButtonElement;
    const clicks = vi.fn();
    pageButton.addEventListener('click', clicks);
    await userEvent.keyboard(SHORTCUT);
    pageButton.focus();
    await userEvent.keyboard('{Enter}');
    expect(clicks).toHaveBeenCalledOnce();
    await sleep(OPEN_DELAY);
    expect(dialog()).toBeNull();
  });
});

describe('a mark inside a same-origin frame', () => {
  const BORDER_AND_PADDING = 5 + 7;

  async function framedPage(topHtml: string, frameTop: number) {
    const frame = document.createElement('iframe');
    frame.style.cssText = `position: absolute; top: ${frameTop}px; left: 150px; width: 500px; height: 300px;
      border: 5px solid black; padding: 7px; margin: 0`;
    frame.srcdoc = `<body style="margin: 0"><div style="height: 400px"></div>
      <p style="${TEXT}; margin-left: 30px">Floods in <span>Mozambique</span>.</p>
      <div style="height: 400px"></div></body>`;
    const holder = document.createElement('div');
    holder.innerHTML = topHtml;
    holder.append(frame);
    document.body.append(holder);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const harness = await dossierOn('');
    /** Where the frame's name is in this page's viewport, measured from the frame's own layout. */
    const framedName = (): DOMRect => {
      const name = frame.contentDocument?.querySelector('span');
      if (!name) throw new Error('the frame has no name');
      const inner = name.getBoundingClientRect();
      const outer = frame.getBoundingClientRect();
      const x = outer.left + BORDER_AND_PADDING;
      const y = outer.top + BORDER_AND_PADDING;
      return new DOMRect(inner.x + x, inner.y + y, inner.width, inner.height);
    };
    return { frame, framedName, ...harness };
  }

  it('gets its card beside it from the keyboard, scrolled into the view of the page', async () => {
    const { dialog, shown, framedName } = await framedPage('<div style="height: 2000px"></div>', 900);
    await userEvent.keyboard(SHORTCUT);
    await userEvent.keyboard('{Enter}');
    await cardIsOpen(dialog);
    const where = framedName();
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(besideMark(shown().getBoundingClientRect(), where)).toBe(true);
  });

  it('is scrolled into view by "Next", in the frame and in the page, with the card beside it', async () => {
    const { dialog, shown, button, mark, framedName } = await framedPage(
      `<p style="${TEXT}; margin: 40px">Aid reached Mozambique.</p><div style="height: 2000px"></div>`,
      1200,
    );
    await pointerOn(markBox(mark('country:MZ')));
    await cardIsOpen(dialog);
    button('Next').click();
    await expect.poll(() => shown().textContent).toContain('2 of 2');
    const where = framedName();
    expect(where.top).toBeGreaterThanOrEqual(0);
    expect(where.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(besideMark(shown().getBoundingClientRect(), where)).toBe(true);
  });
});

describe('a lookup that fails', () => {
  const invalidated = () => new Error('Extension context invalidated.');
  const sentence = `<p style="${TEXT}; margin: 40px">Talks in Afghanistan resumed.</p>`;

  it('reaches onError, not the page as an unhandled rejection, and leaves no card half-open', async () => {
    const unhandled = vi.fn((e: PromiseRejectionEvent) => e.preventDefault());
    window.addEventListener('unhandledrejection', unhandled);
    const onError = vi.fn();
    const facts = vi.fn((_id: string) => Promise.reject(invalidated()));
    try {
      const { dialog, mark } = await dossierOn(sentence, { facts, onError });
      await pointerOn(markBox(mark('country:AF')));
      await expect.poll(() => onError.mock.calls.length, { timeout: 2000 }).toBe(1);
      expect(onError.mock.calls[0]?.[0]).toMatchObject({ message: 'Extension context invalidated.' });
      await sleep(100);
      expect(unhandled).not.toHaveBeenCalled();
      expect(dialog()).toBeNull();
      expect(focusMarkText()).toEqual([]);
      // Not stuck as "open": the pointer coming back to the mark asks again.
      await pointerAt(760, 560);
      await pointerOn(markBox(mark('country:AF')));
      await expect.poll(() => facts.mock.calls.length, { timeout: 2000 }).toBe(2);
    } finally {
      window.removeEventListener('unhandledrejection', unhandled);
    }
  });

  it('prints nothing for an invalidated context when no one listens for errors', async () => {
    const unhandled = vi.fn((e: PromiseRejectionEvent) => e.preventDefault());
    window.addEventListener('unhandledrejection', unhandled);
    const printed = [vi.spyOn(console, 'error'), vi.spyOn(console, 'warn'), vi.spyOn(console, 'log')];
    const facts = vi.fn((_id: string) => Promise.reject(invalidated()));
    try {
      const { dialog } = await dossierOn(sentence, { facts });
      await userEvent.keyboard(SHORTCUT);
      await userEvent.keyboard('{Enter}');
      await expect.poll(() => facts.mock.calls.length).toBe(1);
      await sleep(100);
      expect(unhandled).not.toHaveBeenCalled();
      for (const spy of printed) expect(spy).not.toHaveBeenCalled();
      expect(dialog()).toBeNull();
    } finally {
      window.removeEventListener('unhandledrejection', unhandled);
      for (const spy of printed) spy.mockRestore();
    }
  });

  it('is asked again after it failed, not answered from the cache with the failure', async () => {
    const lookup = vi
      .fn<(id: string) => Promise<null>>()
      .mockRejectedValueOnce(invalidated())
      .mockResolvedValue(null);
    const facts = createFactsCache(lookup);
    await expect(facts('country:AF')).rejects.toThrow('invalidated');
    await expect(facts('country:AF')).resolves.toBeNull();
    await expect(facts('country:AF')).resolves.toBeNull();
    expect(lookup).toHaveBeenCalledTimes(2);
  });
});

describe('a card cut to the height of the view', () => {
  it('keeps its actions in sight', async () => {
    await page.viewport(800, 420);
    const { dialog, shown, button, mark } = await dossierOn(
      `<p style="${TEXT}; margin: 180px 40px 0">Talks in Afghanistan resumed.</p>`,
      {
        store: async () => threeArticles(),
      },
    );
    await pointerOn(markBox(mark('country:AF')));
    await cardIsOpen(dialog);
    await expect.poll(() => shown().textContent).toContain('Article 1');
    const card = shown();
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
    const root = card.getRootNode() as ShadowRoot;
    for (const label of ['Open briefing', 'Clip this page', 'on this site']) {
      const at = centre(button(label).getBoundingClientRect());
      // What the reader would click there: the button itself, inside the card's visible box.
      expect(root.elementFromPoint(at.x, at.y), label).toBe(button(label));
    }
  });
});

describe('after the content script stops', () => {
  it('draws no card when a lookup under way comes back', async () => {
    let answer: (state: StoreState) => void = () => {};
    const { card, dialog, mark } = await dossierOn(
      `<p style="${TEXT}; margin: 40px">Talks in Afghanistan.</p>`,
      {
        store: () => new Promise<StoreState>((resolve) => (answer = resolve)),
      },
    );
    await pointerOn(markBox(mark('country:AF')));
    await cardIsOpen(dialog);
    // Settings changed, or the extension went: the script stops while the store is still being asked.
    card.destroy();
    expect(document.querySelector('dossier-card')).toBeNull();
    answer({ status: 'empty' });
    await sleep(OPEN_DELAY * 3);
    expect(document.querySelector('dossier-card')).toBeNull();
  });
});

describe('walking the marks from the keyboard', () => {
  it('brings a mark in a sideways-scrolling rail into view', async () => {
    const { mark } = await dossierOn(
      `<p style="${TEXT}">Talks resumed.</p>
       <div id="rail" style="${TEXT}; width: 600px; overflow-x: auto; white-space: nowrap">
         <span style="display: inline-block; width: 1500px">related stories</span> Kenya</div>`,
    );
    await userEvent.keyboard(SHORTCUT);
    expect(focusMarkText()).toEqual(['Kenya']);
    const box = markBox(mark('country:KE'));
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
  });

  it('brings a mark into view on a page whose body scrolls, not its window', async () => {
    const html = document.documentElement.style;
    const body = document.body.style;
    html.overflow = 'hidden';
    html.height = '100%';
    Object.assign(body, { overflow: 'auto', height: '100%', margin: '0' });
    try {
      const { mark } = await dossierOn(
        `<p style="${TEXT}">Talks resumed.</p><div style="height: 2400px"></div><p style="${TEXT}">Kenya</p>`,
      );
      await userEvent.keyboard(SHORTCUT);
      const box = markBox(mark('country:KE'));
      expect(box.top).toBeGreaterThanOrEqual(0);
      expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    } finally {
      for (const style of [html, body]) style.cssText = '';
    }
  });

  it('leaves the shortcut and Enter to a field inside an open shadow root', async () => {
    await dossierOn(`<p style="${TEXT}">Talks in Kenya.</p><div id="widget"></div>`);
    const widget = document.querySelector('#widget') as HTMLElement;
    const root = widget.attachShadow({ mode: 'open' });
    root.innerHTML = '<form><input name="q"></form>';
    const input = root.querySelector('input') as HTMLInputElement;
    const submits = vi.fn((e: Event) => e.preventDefault());
    root.querySelector('form')?.addEventListener('submit', submits);
    const prevented: boolean[] = [];
    // Bubbling, so it runs after the content script's capturing listener.
    input.addEventListener('keydown', (e) => prevented.push(e.defaultPrevented));
    input.focus();
    await userEvent.keyboard(SHORTCUT);
    await userEvent.keyboard('{Enter}');
    expect(prevented).toEqual([false, false, false, false]);
    expect(submits).toHaveBeenCalledOnce();
    expect(focusMarkText()).toEqual([]);
  });
});
