/** A rectangle in viewport coordinates, as `getBoundingClientRect()` gives it. */
export interface RectLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Size {
  width: number;
  height: number;
}

export interface CardPlacement {
  top: number;
  left: number;
  side: 'below' | 'above';
  /** Room on the chosen side; less than the card's height when neither side fits it, and the card then scrolls. */
  maxHeight: number;
}

/** Space kept between the card and the viewport's edges. */
export const VIEWPORT_MARGIN = 8;

/** A card that is already open keeps its side while it has at least this much room there. */
export const MIN_ROOM_TO_KEEP_SIDE = 160;

/**
 * Where the card goes for a mark: below it, aligned with its start, unless only above has room. The card never
 * covers the mark, even when neither side fits it: it then takes the roomier side and is cut to `maxHeight`.
 * `keepSide` is the side of a card already open for this mark: content that grows (the store answering) makes
 * it scroll rather than jump to the other side.
 */
export function placeCard(
  mark: RectLike,
  card: Size,
  viewport: Size,
  gap = 8,
  keepSide?: CardPlacement['side'],
): CardPlacement {
  // Clamped to the viewport for a mark partly scrolled out of it; moving away from the mark never covers it.
  const belowTop = Math.max(mark.bottom + gap, VIEWPORT_MARGIN);
  const aboveBottom = Math.min(mark.top - gap, viewport.height - VIEWPORT_MARGIN);
  const roomBelow = Math.max(0, viewport.height - VIEWPORT_MARGIN - belowTop);
  const roomAbove = Math.max(0, aboveBottom - VIEWPORT_MARGIN);
  const kept = keepSide === 'below' ? roomBelow : keepSide === 'above' ? roomAbove : 0;
  const below =
    kept >= Math.min(card.height, MIN_ROOM_TO_KEEP_SIDE)
      ? keepSide === 'below'
      : card.height <= roomBelow || (card.height > roomAbove && roomBelow >= roomAbove);
  const maxHeight = below ? roomBelow : roomAbove;
  const top = below ? belowTop : aboveBottom - Math.min(card.height, maxHeight);
  return {
    top,
    left: clampLeft(mark.left, card.width, viewport.width),
    side: below ? 'below' : 'above',
    maxHeight,
  };
}

function clampLeft(left: number, width: number, viewportWidth: number): number {
  const rightmost = viewportWidth - VIEWPORT_MARGIN - width;
  // A card wider than the viewport keeps its start visible: the reader reads from the left.
  return Math.max(VIEWPORT_MARGIN, Math.min(left, rightmost));
}
