const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * The node, then the shadow host or iframe element it lives under, and so on up to the top document,
 * outermost first. Two nodes' chains agree up to the tree they share.
 */
function anchorsOf(node: Node): Node[] {
  const chain: Node[] = [];
  let at: Node | null = node;
  while (at) {
    chain.push(at);
    const root = at.getRootNode();
    if (root.nodeType === FRAGMENT_NODE && 'host' in root) at = (root as ShadowRoot).host;
    else if (root.nodeType === DOCUMENT_NODE) at = (root as Document).defaultView?.frameElement ?? null;
    else at = null;
  }
  return chain.reverse();
}

/**
 * Orders nodes as a reader meets them, across shadow roots and same-origin frames, where
 * `compareDocumentPosition` alone only says "disconnected": a shadow tree's text sits at its host,
 * a frame's at its iframe element.
 */
export function compareDocumentOrder(a: Node, b: Node): number {
  if (a === b) return 0;
  const left = anchorsOf(a);
  const right = anchorsOf(b);
  const shared = Math.min(left.length, right.length);
  for (let i = 0; i < shared; i++) {
    const x = left[i] as Node;
    const y = right[i] as Node;
    if (x === y) continue;
    const position = x.compareDocumentPosition(y);
    if (position & Node.DOCUMENT_POSITION_FOLLOWING) return -1;
    if (position & Node.DOCUMENT_POSITION_PRECEDING) return 1;
    return 0;
  }
  return left.length - right.length;
}

/** Whether `node` is `ancestor` or inside it, looking through shadow roots (not frames). */
export function composedContains(ancestor: Node, node: Node): boolean {
  let at: Node | null = node;
  while (at) {
    if (at === ancestor) return true;
    at = at.parentNode ?? (at.nodeType === FRAGMENT_NODE && 'host' in at ? (at as ShadowRoot).host : null);
  }
  return false;
}
