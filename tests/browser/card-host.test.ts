import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cdp, page, userEvent } from 'vitest/browser';
import type { BriefingCardProps, StoreState } from '@/components/card';
import { cardRenderer } from '@/components/card';
import { entityFacts } from '@/lib/briefing';
import { loadGazetteer } from '@/lib/gazetteer';
import { CARD_HOST_TAG, type CardHost, createCardHost } from '@/lib/ui';
import { threeArticles } from './card-fixtures';

const { byId } = loadGazetteer();

function props(id = 'country:AF', store: StoreState = { status: 'empty' }): BriefingCardProps {
  const record = byId.get(id);
  if (!record) throw new Error(`no record ${id}`);
  return {
    facts: entityFacts(record, byId),
    pageMentions: { count: 3, index: 0 },
    store,
    onNextMention: vi.fn(),
    onOpenBriefing: vi.fn(),
    onClip: vi.fn(),
    onMuteOnSite: vi.fn(),
    onClose: vi.fn(),
  };
}

/** A line of article text with one marked name, placed at `top`/`left` in the viewport. */
function markAt(top: number, left = 40, text = 'Afghanistan'): HTMLElement {
  const p = document.createElement('p');
  p.style.cssText = `position: fixed; top: ${top}px; left: ${left}px; margin: 0; font: 16px/1.5 serif;`;
  p.innerHTML = `Talks in <span class="mark">${text}</span> resumed.`;
  document.body.append(p);
  const mark = p.querySelector<HTMLElement>('.mark');
  if (!mark) throw new Error('no mark');
  return mark;
}

function dialogOf(host: CardHost): HTMLElement {
  const card = host.shadowRoot?.querySelector<HTMLElement>('[role="dialog"]');
  if (!card) throw new Error('card is not shown');
  return card;
}

/**
 * Moves the real pointer onto an element inside the closed shadow root. Locators cannot reach into a closed
 * root, so the pointer goes to the element's centre, as a position on <html>.
 */
async function pointerTo(el: Element, { click = false } = {}): Promise<void> {
  const r = el.getBoundingClientRect();
  const position = { x: Math.round(r.left + r.width / 2), y: Math.round(r.top + r.height / 2) };
  if (click) await userEvent.click(document.documentElement, { position });
  else await userEvent.hover(document.documentElement, { position });
}

function overlaps(a: DOMRect, b: DOMRect): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

/** The card once its fade-in is over: a screenshot before that shows the page through it. */
async function settled(card: HTMLElement): Promise<HTMLElement> {
  await Promise.all(card.getAnimations().map((animation) => animation.finished));
  return card;
}

/** The alpha of a computed colour ("rgb(…)" is opaque). */
function alphaOf(color: string): number {
  const match = color.match(/^rgba\(.*,\s*([\d.]+)\)$/);
  return match ? Number(match[1]) : 1;
}

async function setColorScheme(value: 'light' | 'dark'): Promise<void> {
  await cdp().send('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value }] });
}

let host: CardHost | undefined;

beforeEach(async () => {
  await page.viewport(800, 600);
});

afterEach(async () => {
  host?.destroy();
  host = undefined;
  document.body.replaceChildren();
  for (const el of document.head.querySelectorAll('style[data-test]')) el.remove();
  await setColorScheme('light');
});

describe('the card host', () => {
  it('adds nothing to the page until the card first opens, then exactly one host under <html>', () => {
    const mark = markAt(100);
    const before = document.documentElement.outerHTML;
    host = createCardHost(document, cardRenderer);
    expect(document.documentElement.outerHTML).toBe(before);
    expect(host.isOpen).toBe(false);

    host.show(props(), mark.getBoundingClientRect());
    const hosts = document.querySelectorAll(CARD_HOST_TAG);
    expect(hosts).toHaveLength(1);
    const element = hosts[0];
    expect(element?.parentElement).toBe(document.documentElement);
    expect(element?.hasAttribute('data-dossier-ui')).toBe(true);
    // Closed: the page cannot read the reader's dossier out of the card.
    expect(element?.shadowRoot).toBeNull();
    expect(dialogOf(host).getAttribute('aria-label')).toBe('Dossier briefing: Afghanistan');

    host.show(props('org:unama'), mark.getBoundingClientRect());
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(1);
    expect(host.shadowRoot?.querySelectorAll('[role="dialog"]')).toHaveLength(1);
    expect(dialogOf(host).getAttribute('aria-label')).toBe(
      'Dossier briefing: UN Assistance Mission in Afghanistan',
    );
  });

  it("keeps the page's CSS out of the card", () => {
    // A fixed rect: the page's CSS below moves the page's own text, and the card's place with it.
    const markRect = { top: 100, left: 94, bottom: 120, right: 190 };
    host = createCardHost(document, cardRenderer);
    const probe = () => {
      host?.show(props('country:AF', { status: 'empty' }), markRect);
      const card = dialogOf(host as CardHost);
      const pick = (el: Element | null) => {
        if (!el) throw new Error('missing element');
        const s = getComputedStyle(el);
        return [s.color, s.fontSize, s.fontFamily, s.lineHeight, s.backgroundColor, s.display, s.margin];
      };
      const button = card.querySelector('.primary');
      return {
        card: pick(card),
        name: pick(card.querySelector('.name')),
        dt: pick(card.querySelector('dt')),
        button: pick(button),
        rect: card.getBoundingClientRect().toJSON(),
        visible: card.checkVisibility(),
      };
    };
    const clean = probe();
    host.hide();

    const hostile = document.createElement('style');
    hostile.dataset.test = '';
    hostile.textContent = `
      * { color: red !important; font-size: 40px !important; font-family: serif !important;
          line-height: 5 !important; margin: 20px !important; }
      html { font: 30px/3 cursive !important; letter-spacing: 4px !important; direction: rtl; }
      button { background: yellow !important; display: block !important; }
      dossier-card { display: none !important; position: static !important; opacity: 0 !important; }
      [data-dossier-ui] { visibility: hidden !important; transform: scale(2) !important; }
    `;
    document.head.append(hostile);
    expect(getComputedStyle(document.body).color).toBe('rgb(255, 0, 0)');
    const attacked = probe();
    expect(attacked).toEqual(clean);
    expect(attacked.visible).toBe(true);
    expect(attacked.card[1]).toBe('13px');
  });

  it('never covers the mark: below by default, above near the bottom edge, clamped at the right', () => {
    host = createCardHost(document, cardRenderer);
    for (const [top, left, side] of [
      [40, 40, 'below'],
      [540, 40, 'above'],
      [300, 700, undefined],
      [560, 760, 'above'],
    ] as const) {
      const mark = markAt(top, left);
      const markRect = mark.getBoundingClientRect();
      host.show(props('org:nato'), markRect);
      const card = dialogOf(host);
      const cardRect = card.getBoundingClientRect();
      expect(overlaps(cardRect, markRect), `mark at ${left},${top}`).toBe(false);
      expect(cardRect.left).toBeGreaterThanOrEqual(8);
      expect(cardRect.right).toBeLessThanOrEqual(document.documentElement.clientWidth - 8);
      if (side) expect(card.dataset.side).toBe(side);
      mark.parentElement?.remove();
    }
  });

  it('scrolls a card taller than the room on either side, still off the mark', async () => {
    await page.viewport(800, 300);
    const mark = markAt(130);
    host = createCardHost(document, cardRenderer);
    host.show(props('country:AF', threeArticles()), mark.getBoundingClientRect());
    const card = dialogOf(host);
    expect(overlaps(card.getBoundingClientRect(), mark.getBoundingClientRect())).toBe(false);
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
  });

  it('keeps its side when the store answers and the card grows', async () => {
    await page.viewport(800, 900);
    const markRect = markAt(460).getBoundingClientRect();
    host = createCardHost(document, cardRenderer);
    // A fresh tall card has more room above here...
    host.show(props('country:AF', threeArticles()), markRect);
    expect(dialogOf(host).dataset.side).toBe('above');
    host.hide();
    // ...but one that opened short, below, stays below as it grows, and scrolls.
    host.show(props('country:AF', { status: 'loading' }), markRect);
    expect(dialogOf(host).dataset.side).toBe('below');
    host.show(props('country:AF', threeArticles()), markRect);
    const card = dialogOf(host);
    expect(card.dataset.side).toBe('below');
    expect(overlaps(card.getBoundingClientRect(), markRect)).toBe(false);
    expect(card.getBoundingClientRect().bottom).toBeLessThanOrEqual(900 - 8);
    expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
  });

  it('hides (the empty host stays) and destroys (the host goes)', () => {
    const mark = markAt(100);
    host = createCardHost(document, cardRenderer);
    host.show(props(), mark.getBoundingClientRect());
    host.hide();
    expect(host.isOpen).toBe(false);
    expect(host.shadowRoot?.querySelector('[role="dialog"]')).toBeNull();
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(1);
    host.destroy();
    expect(document.querySelector(CARD_HOST_TAG)).toBeNull();
    expect(host.shadowRoot).toBeNull();
    host.show(props(), mark.getBoundingClientRect());
    expect(document.querySelectorAll(CARD_HOST_TAG)).toHaveLength(1);
  });

  it('knows its own nodes, from the page side and from inside', () => {
    const mark = markAt(100);
    host = createCardHost(document, cardRenderer);
    expect(host.contains(mark)).toBe(false);
    host.show(props(), mark.getBoundingClientRect());
    expect(host.contains(document.querySelector(CARD_HOST_TAG))).toBe(true);
    expect(host.contains(dialogOf(host).querySelector('button'))).toBe(true);
    expect(host.contains(mark)).toBe(false);
    expect(host.contains(null)).toBe(false);
  });

  it('closes on Escape and tells the caller', async () => {
    const mark = markAt(100);
    host = createCardHost(document, cardRenderer);
    const p = props();
    host.show(p, mark.getBoundingClientRect());
    await userEvent.keyboard('{Escape}');
    expect(host.isOpen).toBe(false);
    expect(p.onClose).toHaveBeenCalledOnce();
    await userEvent.keyboard('{Escape}');
    expect(p.onClose).toHaveBeenCalledOnce();
  });

  it('closes from its close button, and focuses the dialog when opened from the keyboard', () => {
    const mark = markAt(100);
    host = createCardHost(document, cardRenderer);
    const p = props();
    host.show(p, mark.getBoundingClientRect(), { focus: true });
    expect(host.shadowRoot?.activeElement).toBe(dialogOf(host));
    dialogOf(host).querySelector<HTMLButtonElement>('button.close')?.click();
    expect(p.onClose).toHaveBeenCalledOnce();
    expect(host.isOpen).toBe(false);
  });

  it("reports the pointer entering and leaving the card, and keeps clicks from the page's handlers", async () => {
    const mark = markAt(100);
    const entered = vi.fn();
    const left = vi.fn();
    host = createCardHost(document, cardRenderer, { onPointerEnter: entered, onPointerLeave: left });
    const p = props();
    host.show(p, mark.getBoundingClientRect());
    const pageClicks = vi.fn();
    document.addEventListener('click', pageClicks);
    const card = dialogOf(host);
    await pointerTo(card);
    expect(entered).toHaveBeenCalledOnce();
    expect(left).not.toHaveBeenCalled();
    await pointerTo(card.querySelector('.primary') as HTMLElement, { click: true });
    expect(p.onOpenBriefing).toHaveBeenCalledOnce();
    expect(pageClicks).not.toHaveBeenCalled();
    expect(entered).toHaveBeenCalledOnce();
    await userEvent.hover(mark);
    expect(left).toHaveBeenCalledOnce();
    document.removeEventListener('click', pageClicks);
  });
});

describe('card host screenshots', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`on an article page (${scheme})`, async () => {
      await page.viewport(720, 640);
      await setColorScheme(scheme);
      const article = document.createElement('article');
      article.style.cssText = `font: 18px/1.6 Georgia, serif; max-width: 620px; margin: 24px auto; padding: 0 24px;
        color: ${scheme === 'dark' ? '#ddd' : '#222'};`;
      document.body.style.background = scheme === 'dark' ? '#121212' : '#fff';
      article.innerHTML = `<h1 style="font-size: 28px">Aid talks resume in Kabul</h1>
        <p>Envoys met in <span class="mark" style="background: rgba(255, 200, 0, .35)">Afghanistan</span>
        on Monday as the UN Assistance Mission pressed for access to the north before winter.</p>
        <p>${'Officials from Pakistan and Iran joined by video. '.repeat(8)}</p>`;
      document.body.append(article);
      const mark = article.querySelector('.mark') as HTMLElement;
      host = createCardHost(document, cardRenderer);
      host.show(props('country:AF', threeArticles()), mark.getBoundingClientRect());
      const card = await settled(dialogOf(host));
      // As the reader sees it: beside the name, not over it, and not letting the article show through.
      const cardRect = card.getBoundingClientRect();
      const markRect = mark.getBoundingClientRect();
      expect(overlaps(cardRect, markRect)).toBe(false);
      expect(cardRect.top - markRect.bottom).toBeGreaterThanOrEqual(0);
      expect(cardRect.top - markRect.bottom).toBeLessThanOrEqual(12);
      expect(getComputedStyle(card).opacity).toBe('1');
      expect(alphaOf(getComputedStyle(card).backgroundColor)).toBe(1);
      // Cut to the room below the name, the card scrolls, and its actions stay in sight.
      expect(card.scrollHeight).toBeGreaterThan(card.clientHeight);
      const open = card.querySelector('.primary') as HTMLElement;
      const at = open.getBoundingClientRect();
      expect(host.shadowRoot?.elementFromPoint(at.left + at.width / 2, at.top + at.height / 2)).toBe(open);
      await page.screenshot({ path: `__screenshots__/card-host/article-${scheme}.png` });
      document.body.style.background = '';
    });
  }

  it('an organisation near the bottom edge (light)', async () => {
    await page.viewport(720, 640);
    const mark = markAt(560, 420, 'UNAMA');
    host = createCardHost(document, cardRenderer);
    host.show(props('org:unama'), mark.getBoundingClientRect());
    const card = await settled(dialogOf(host));
    expect(card.dataset.side).toBe('above');
    expect(getComputedStyle(card).opacity).toBe('1');
    await page.screenshot({ path: '__screenshots__/card-host/organisation-above-light.png' });
  });
});
