import { boundingRect, frameOffset, type Mark, markRects } from '../page';

/**
 * Where a mark is on screen now, in the viewport of `top` (its own document by default): the box around its
 * line boxes, shifted by the offsets of the frames between (empty if the page removed its text).
 */
export function markBox(mark: Mark, top: Document = mark.doc): DOMRect {
  const box = boundingRect(markRects(mark));
  if (top === mark.doc) return box;
  const { x, y } = frameOffset(mark.doc, top);
  return new DOMRect(box.x + x, box.y + y, box.width, box.height);
}

/**
 * Scrolls a mark into the middle of the view where it is out of it, and returns where it is then, in the
 * viewport of `top`. First every box that scrolls it, innermost first (a side rail, a chat panel, a body
 * that scrolls instead of the window); then each window from the mark's document outwards, the page
 * holding a frame bringing the frame, and so the mark, into its own view. The mark itself is centred,
 * which scrolling its element into view would not do in a long paragraph or a rail that is its element.
 */
export function revealMark(mark: Mark, top: Document): DOMRect {
  const element = mark.ranges[0]?.startContainer.parentElement;
  const view = mark.doc.defaultView;
  for (let at = element ?? null; at && at !== mark.doc.documentElement; at = at.parentElement) {
    const style = view?.getComputedStyle(at);
    if (!style || !/auto|scroll/.test(`${style.overflowX} ${style.overflowY}`)) continue;
    const box = markBox(mark);
    const shown = at.getBoundingClientRect();
    const left = box.left < shown.left || box.right > shown.right;
    const up = box.top < shown.top || box.bottom > shown.bottom;
    if (!left && !up) continue;
    at.scrollBy({
      left: left ? box.left + box.width / 2 - (shown.left + shown.width / 2) : 0,
      top: up ? box.top + box.height / 2 - (shown.top + shown.height / 2) : 0,
      behavior: 'instant',
    });
  }
  for (let at: Document | null = mark.doc; at; at = at === top ? null : parentDocument(at)) {
    const frameView = at.defaultView;
    const box = markBox(mark, at);
    if (!frameView || inViewport(box, frameView)) continue;
    const below = box.top < 0 || box.bottom > frameView.innerHeight;
    const beside = box.left < 0 || box.right > frameView.innerWidth;
    frameView.scrollBy({
      top: below ? box.top - frameView.innerHeight / 2 : 0,
      left: beside ? box.left - frameView.innerWidth / 2 : 0,
      behavior: 'instant',
    });
  }
  return markBox(mark, top);
}

function inViewport(box: DOMRect, view: Window): boolean {
  return box.top >= 0 && box.left >= 0 && box.bottom <= view.innerHeight && box.right <= view.innerWidth;
}

function parentDocument(doc: Document): Document | null {
  try {
    return doc.defaultView?.frameElement?.ownerDocument ?? null;
  } catch {
    return null;
  }
}
