import type { Page } from 'playwright-core';

/** Viewport coordinates, as the page's getBoundingClientRect gives them. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface MarkInView {
  text: string;
  box: Box;
}

/** In the page: sizes of Dossier's two highlights in its registry; -1 where one is not registered. */
export function highlightSizesHere(): { country: number; organisation: number } {
  return {
    country: CSS.highlights.get('dossier-country')?.size ?? -1,
    organisation: CSS.highlights.get('dossier-organisation')?.size ?? -1,
  };
}

export function highlightSizes(page: Page): Promise<{ country: number; organisation: number }> {
  return page.evaluate(highlightSizesHere);
}

/**
 * The first highlighted name a reader can point at: inside the viewport and not under anything else.
 * Only marks near the viewport are registered (lib/page/near-viewport.ts), so the page is scrolled down a
 * screen at a time until one shows; null if none does by the page's end.
 */
export function firstVisibleMark(page: Page): Promise<MarkInView | null> {
  return page.evaluate(async () => {
    const inView = () => {
      for (const name of ['dossier-organisation', 'dossier-country']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const b = range.getClientRects()[0];
          if (!b || b.width < 4 || b.top < 20 || b.bottom > innerHeight - 20) continue;
          if (b.left < 0 || b.right > innerWidth - 20) continue;
          // A sticky header or a banner over the name would take the pointer instead.
          const top = document.elementFromPoint((b.left + b.right) / 2, (b.top + b.bottom) / 2);
          if (!top?.contains(r.startContainer)) continue;
          return {
            text: range.toString(),
            box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
          };
        }
      }
      return null;
    };
    // Two frames: the intersection observer reports, then the marks it registered are laid out.
    const frames = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 20))));
    scrollTo({ top: 0, behavior: 'instant' });
    await frames();
    for (;;) {
      const found = inView();
      if (found) return found;
      if (scrollY + innerHeight >= document.documentElement.scrollHeight - 1) return null;
      scrollBy({ top: innerHeight * 0.8, behavior: 'instant' });
      await frames();
    }
  });
}

/**
 * In the page: the card as seen from outside its closed shadow root, the box of the viewport points whose
 * topmost element is the card's host (hit-testing retargets to the host), sampled every `step` px; null
 * when the card is not open. Self-contained: it runs in Chromium through Playwright and in Firefox
 * through WebDriver BiDi.
 */
export function cardBoxHere(step: number): Box | null {
  const host = document.querySelector('dossier-card');
  if (!host) return null;
  let box: Box | null = null;
  for (let y = 2; y < innerHeight; y += step) {
    for (let x = 2; x < innerWidth; x += step) {
      if (document.elementFromPoint(x, y) !== host) continue;
      box = box
        ? {
            left: Math.min(box.left, x),
            top: Math.min(box.top, y),
            right: Math.max(box.right, x),
            bottom: Math.max(box.bottom, y),
          }
        : { left: x, top: y, right: x, bottom: y };
    }
  }
  return box;
}

export function cardBox(page: Page, step = 8): Promise<Box | null> {
  return page.evaluate(cardBoxHere, step);
}
