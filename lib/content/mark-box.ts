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
 * viewport of `top`. From the mark's own document outwards: once its frame shows it, the page holding the
 * frame scrolls the mark (and so the frame) into its own view.
 */
export function revealMark(mark: Mark, top: Document): DOMRect {
  const element = mark.ranges[0]?.startContainer.parentElement;
  // Only scrollIntoView reaches a scrolling box inside the page (a chat panel, a feed); windows are done below.
  if (element && insideScrollingBox(element))
    element.scrollIntoView({ block: 'center', behavior: 'instant' });
  for (let at: Document | null = mark.doc; at; at = at === top ? null : parentDocument(at)) {
    const view = at.defaultView;
    const box = markBox(mark, at);
    if (view && (box.top < 0 || box.bottom > view.innerHeight)) {
      view.scrollBy({ top: box.top - view.innerHeight / 2, behavior: 'instant' });
    }
  }
  return markBox(mark, top);
}

function parentDocument(doc: Document): Document | null {
  try {
    return doc.defaultView?.frameElement?.ownerDocument ?? null;
  } catch {
    return null;
  }
}

function insideScrollingBox(element: Element): boolean {
  const doc = element.ownerDocument;
  const view = doc.defaultView;
  for (
    let at = element.parentElement;
    at && at !== doc.body && at !== doc.documentElement;
    at = at.parentElement
  ) {
    if (at.scrollHeight > at.clientHeight && /auto|scroll/.test(view?.getComputedStyle(at).overflowY ?? '')) {
      return true;
    }
  }
  return false;
}
