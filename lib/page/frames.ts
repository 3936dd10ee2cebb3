/** A frame's document when it is same-origin (null for cross-origin frames: we never read those). */
export function frameDocument(frame: HTMLIFrameElement): Document | null {
  try {
    return frame.contentDocument;
  } catch {
    return null;
  }
}

/** Where a frame's viewport starts, in the viewport of the document holding the frame. */
export function frameContentOrigin(frame: HTMLIFrameElement): { x: number; y: number } {
  const box = frame.getBoundingClientRect();
  const style = frame.ownerDocument.defaultView?.getComputedStyle(frame);
  return {
    x: box.left + frame.clientLeft + Number.parseFloat(style?.paddingLeft ?? '0'),
    y: box.top + frame.clientTop + Number.parseFloat(style?.paddingTop ?? '0'),
  };
}

/**
 * Where a frame's viewport starts in the viewport of `top` (the top page by default): add it to a
 * pointer event's coordinates in the frame to get the page's.
 */
export function frameOffset(doc: Document, top?: Document): { x: number; y: number } {
  let x = 0;
  let y = 0;
  for (let at = doc; at !== top; ) {
    const frame = frameOf(at);
    if (!frame) break;
    const origin = frameContentOrigin(frame);
    x += origin.x;
    y += origin.y;
    at = frame.ownerDocument;
  }
  return { x, y };
}

function frameOf(doc: Document): HTMLIFrameElement | null {
  try {
    const element = doc.defaultView?.frameElement;
    return element?.localName === 'iframe' ? (element as HTMLIFrameElement) : null;
  } catch {
    return null;
  }
}

/** The iframe under a point, looking through open shadow roots, or null. */
export function frameAtPoint(doc: Document, x: number, y: number): HTMLIFrameElement | null {
  let element = doc.elementFromPoint(x, y);
  while (element?.shadowRoot) {
    const inner = element.shadowRoot.elementFromPoint(x, y);
    if (!inner || inner === element) break;
    element = inner;
  }
  return element?.localName === 'iframe' ? (element as HTMLIFrameElement) : null;
}
