import type { Mark } from './marks';
import type { MentionIndex } from './text-index';

/** The mark under the pointer, with its boxes in the coordinates of the viewport the point was given in. */
export interface MentionHit {
  mark: Mark;
  /** The whole mention's bounding box (for placing the card). */
  rect: DOMRect;
  /** The mention's box on the line the pointer is on (a mention may wrap onto two lines). */
  lineRect: DOMRect;
}

interface Caret {
  node: Node;
  offset: number;
}

const TEXT_NODE = 3;

/** The caret position at a point: the standard call where there is one (it can look into shadow roots). */
export function caretAt(doc: Document, x: number, y: number, shadowRoots: ShadowRoot[] = []): Caret | null {
  if (typeof doc.caretPositionFromPoint === 'function') {
    const position = doc.caretPositionFromPoint(x, y, { shadowRoots });
    return position ? { node: position.offsetNode, offset: position.offset } : null;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : null;
}

/** The client rects of a mark, measured through a live range made for the moment. */
export function markRects(mark: Mark): DOMRect[] {
  const rects: DOMRect[] = [];
  for (const part of mark.ranges) {
    const range = mark.doc.createRange();
    try {
      range.setStart(part.startContainer, part.startOffset);
      range.setEnd(part.endContainer, part.endOffset);
    } catch {
      // The page shortened the text since the scan; the rescan that follows will redo this mark.
      continue;
    }
    for (const rect of range.getClientRects()) if (rect.width > 0 && rect.height > 0) rects.push(rect);
  }
  return rects;
}

/** The smallest box around some boxes. */
export function boundingRect(rects: readonly DOMRect[]): DOMRect {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const r of rects) {
    left = Math.min(left, r.left);
    top = Math.min(top, r.top);
    right = Math.max(right, r.right);
    bottom = Math.max(bottom, r.bottom);
  }
  return rects.length === 0 ? new DOMRect() : new DOMRect(left, top, right - left, bottom - top);
}

/** Boxes merged per line: "United " and <b>"Nations"</b> are two boxes but one line. */
export function lineBoxes(rects: readonly DOMRect[]): DOMRect[] {
  const lines: DOMRect[][] = [];
  for (const rect of rects) {
    const middle = (rect.top + rect.bottom) / 2;
    const line = lines.find(([first]) => first && middle > first.top && middle < first.bottom);
    if (line) line.push(rect);
    else lines.push([rect]);
  }
  return lines.map(boundingRect);
}

/**
 * The mark under viewport point (x, y) of `doc`, or null. The caret lands on the nearest character even
 * when the pointer is past the end of a line or in a margin, so the point must also fall inside one of
 * the mark's line boxes.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  index: MentionIndex,
  shadowRoots: ShadowRoot[] = [],
): MentionHit | null {
  const caret = caretAt(doc, x, y, shadowRoots);
  if (!caret || caret.node.nodeType !== TEXT_NODE) return null;
  for (const mark of index.marksAtCaret(caret.node as Text, caret.offset)) {
    const lines = lineBoxes(markRects(mark));
    const lineRect = lines.find((r) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom);
    if (lineRect) return { mark, rect: boundingRect(lines), lineRect };
  }
  return null;
}

/** A function that runs `fn` at most once per animation frame, with the latest arguments (pointermove). */
export interface FrameThrottled<A extends unknown[]> {
  (...args: A): void;
  cancel(): void;
}

export function throttleToFrame<A extends unknown[]>(
  fn: (...args: A) => void,
  view: Pick<Window, 'requestAnimationFrame' | 'cancelAnimationFrame'> = window,
): FrameThrottled<A> {
  let latest: A | null = null;
  let frame = 0;
  const run = () => {
    frame = 0;
    const args = latest;
    latest = null;
    if (args) fn(...args);
  };
  const throttled = (...args: A) => {
    latest = args;
    if (frame === 0) frame = view.requestAnimationFrame(run);
  };
  throttled.cancel = () => {
    if (frame !== 0) view.cancelAnimationFrame(frame);
    frame = 0;
    latest = null;
  };
  return throttled;
}
