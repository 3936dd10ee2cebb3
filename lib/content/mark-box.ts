import { boundingRect, type Mark, markRects } from '../page';

/** Where a mark is on screen now: the box around its line boxes (empty if the page removed its text). */
export function markBox(mark: Mark): DOMRect {
  return boundingRect(markRects(mark));
}
