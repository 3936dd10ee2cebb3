import { describe, expect, it } from 'vitest';
import { placeCard, type RectLike, VIEWPORT_MARGIN } from '../../../lib/briefing';

const viewport = { width: 1280, height: 800 };
const card = { width: 340, height: 300 };

function mark(left: number, top: number, width = 80, height = 18): RectLike {
  return { left, top, right: left + width, bottom: top + height };
}

function overlaps(a: RectLike, b: RectLike): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function cardRect(p: { top: number; left: number; maxHeight: number }, size = card): RectLike {
  const height = Math.min(size.height, p.maxHeight);
  return { top: p.top, left: p.left, right: p.left + size.width, bottom: p.top + height };
}

describe('placing the card', () => {
  it('goes below the mark, aligned with its start, a gap away', () => {
    const m = mark(200, 100);
    expect(placeCard(m, card, viewport)).toEqual({ top: 126, left: 200, side: 'below', maxHeight: 666 });
  });

  it('flips above when the bottom edge leaves no room below', () => {
    const m = mark(200, 700);
    const p = placeCard(m, card, viewport);
    expect(p.side).toBe('above');
    expect(p.top).toBe(700 - 8 - 300);
    expect(overlaps(cardRect(p), m)).toBe(false);
  });

  it('clamps against the right edge with a margin', () => {
    const p = placeCard(mark(1200, 100), card, viewport);
    expect(p.left).toBe(1280 - VIEWPORT_MARGIN - 340);
  });

  it('clamps against the left edge for a mark partly off screen', () => {
    expect(placeCard(mark(-30, 100), card, viewport).left).toBe(VIEWPORT_MARGIN);
  });

  it('takes the roomier side and shrinks when neither fits, still off the mark', () => {
    const tiny = { width: 300, height: 240 };
    for (const top of [10, 60, 110, 200]) {
      const m = mark(40, top);
      const p = placeCard(m, card, tiny);
      expect(overlaps(cardRect(p), m), `mark at ${top}`).toBe(false);
      expect(p.maxHeight).toBeLessThan(card.height);
      expect(p.left).toBe(VIEWPORT_MARGIN);
    }
    expect(placeCard(mark(40, 10), card, tiny).side).toBe('below');
    expect(placeCard(mark(40, 200), card, tiny).side).toBe('above');
  });

  it('never covers the mark, anywhere in the viewport', () => {
    for (let top = -40; top <= 840; top += 20) {
      for (let left = -20; left <= 1300; left += 130) {
        const m = mark(left, top, 120, 36);
        const p = placeCard(m, card, viewport, 6);
        expect(overlaps(cardRect(p), m), `mark at ${left},${top}`).toBe(false);
      }
    }
  });

  it('stays inside the viewport when the card fits one side', () => {
    for (const top of [20, 300, 460, 760]) {
      const p = placeCard(mark(600, top), card, viewport);
      const r = cardRect(p);
      expect(r.top).toBeGreaterThanOrEqual(VIEWPORT_MARGIN);
      expect(r.bottom).toBeLessThanOrEqual(viewport.height - VIEWPORT_MARGIN);
    }
  });

  it('keeps the side of an open card whose content grew, while that side has room', () => {
    const m = mark(200, 420);
    expect(placeCard(m, { width: 340, height: 120 }, viewport).side).toBe('below');
    const grown = { width: 340, height: 500 };
    expect(placeCard(m, grown, viewport).side).toBe('above');
    const kept = placeCard(m, grown, viewport, 8, 'below');
    expect(kept).toMatchObject({ side: 'below', top: 446, maxHeight: 346 });
    // Too little room left on the kept side: it moves after all.
    expect(placeCard(mark(200, 650), grown, viewport, 8, 'below').side).toBe('above');
  });
});
