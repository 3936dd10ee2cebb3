import { BLOCK_TAGS, isSkippedElement } from '../text';
import { compareDocumentOrder, composedContains } from './document-order';
import { OWN_UI_SELECTOR } from './scan-document';

export interface MutationWatcherOptions {
  /** Our own UI: changes inside it are never the page's. */
  skip: (el: Element) => boolean;
  /**
   * A batch of changes, as the subtrees to read again (nearest blocks of changed text, added blocks),
   * none inside another, in document order; `removed` says whether text may have left the page.
   */
  onChange(units: Node[], removed: boolean): void;
  /** Quiet time that closes a batch. */
  debounceMs?: number;
  /** Under constant churn, the longest a change waits. */
  maxWaitMs?: number;
  /** The shortest time between two batches. */
  minIntervalMs?: number;
}

export interface MutationWatcher {
  /** Watches a document or an open shadow root (the document's observer does not see into those). */
  observe(target: Document | ShadowRoot): void;
  disconnect(): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/**
 * Batches the page's DOM changes into subtrees to rescan. The observer callback only sorts records
 * into two sets; finding blocks waits for the batch to close.
 */
export function createMutationWatcher(options: MutationWatcherOptions): MutationWatcher {
  const debounceMs = options.debounceMs ?? 200;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const minIntervalMs = options.minIntervalMs ?? 1000;
  /** Added block elements: read them whole, and nothing around them (a name never crosses a block). */
  const addedBlocks = new Set<Element>();
  /** Changed text, or parents whose inline content changed: read their nearest block. */
  const touched = new Set<Node>();
  let removed = false;
  let firstPending = 0;
  let lastBatch = Number.NEGATIVE_INFINITY;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const watched = new Set<Node>();

  const observer = new MutationObserver((records) => {
    let relevant = false;
    for (const record of records) relevant = sortRecord(record) || relevant;
    if (relevant) schedule();
  });

  /** Cheap checks only: the full look up the tree waits for the batch. */
  function isIgnored(node: Node): boolean {
    const el = node.nodeType === ELEMENT_NODE ? (node as Element) : node.parentElement;
    if (!el) return false;
    return isSkippedElement(el, options) || el.closest(OWN_UI_SELECTOR) !== null;
  }

  function sortRecord(record: MutationRecord): boolean {
    const target = record.target;
    if (isIgnored(target)) return false;
    if (record.type === 'characterData') {
      if (target.nodeType !== TEXT_NODE) return false;
      touched.add(target);
      return true;
    }
    let relevant = false;
    for (const node of record.addedNodes) {
      if (node.nodeType === TEXT_NODE) {
        touched.add(target);
        relevant = true;
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (options.skip(el)) continue;
        if (isSkippedElement(el) && el.localName !== 'iframe') continue;
        if (BLOCK_TAGS.has(el.tagName.toUpperCase())) addedBlocks.add(el);
        else touched.add(target);
        relevant = true;
      }
    }
    for (const node of record.removedNodes) {
      if (node.nodeType === ELEMENT_NODE && options.skip(node as Element)) continue;
      if (node.nodeType !== TEXT_NODE && node.nodeType !== ELEMENT_NODE) continue;
      removed = true;
      relevant = true;
      // Inline content leaving may join the text on either side into a name.
      if (node.nodeType === TEXT_NODE || !BLOCK_TAGS.has((node as Element).tagName.toUpperCase())) {
        touched.add(target);
      }
    }
    return relevant;
  }

  function schedule(): void {
    const now = performance.now();
    if (timer === undefined) firstPending = now;
    else clearTimeout(timer);
    const due = Math.max(Math.min(now + debounceMs, firstPending + maxWaitMs), lastBatch + minIntervalMs);
    timer = setTimeout(flush, Math.max(0, due - now));
  }

  function flush(): void {
    timer = undefined;
    lastBatch = performance.now();
    const candidates: Node[] = [];
    for (const el of addedBlocks) if (el.isConnected && !insideSkipped(el, options.skip)) candidates.push(el);
    for (const node of touched) {
      if (!node.isConnected || insideSkipped(node, options.skip)) continue;
      candidates.push(nearestBlock(node));
    }
    const hadRemovals = removed;
    addedBlocks.clear();
    touched.clear();
    removed = false;
    const units = outermost(candidates);
    if (units.length > 0 || hadRemovals) options.onChange(units, hadRemovals);
  }

  return {
    observe(target) {
      if (watched.has(target)) return;
      watched.add(target);
      observer.observe(target, { childList: true, subtree: true, characterData: true });
    },
    disconnect() {
      observer.disconnect();
      watched.clear();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      addedBlocks.clear();
      touched.clear();
    },
  };
}

/** The composed parent: through a shadow root to its host. */
function parentOf(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === FRAGMENT_NODE && 'host' in node ? (node as ShadowRoot).host : null;
}

/** Whether the node sits in something the scan never reads (a script, a form field, our own UI). */
function insideSkipped(node: Node, skip: (el: Element) => boolean): boolean {
  for (let at: Node | null = node; at; at = parentOf(at)) {
    if (at.nodeType === ELEMENT_NODE && isSkippedElement(at as Element, { skip })) return true;
  }
  return false;
}

/** The closest block element holding the node (names never cross a block's edge); the body at worst. */
function nearestBlock(node: Node): Node {
  for (let at: Node | null = node; at; at = parentOf(at)) {
    if (at.nodeType === ELEMENT_NODE && BLOCK_TAGS.has((at as Element).tagName.toUpperCase())) return at;
    if (at.nodeType === DOCUMENT_NODE) return (at as Document).body ?? at;
  }
  return node.ownerDocument?.body ?? node;
}

/** The units that no other unit contains, in document order. */
function outermost(nodes: Node[]): Node[] {
  const sorted = [...new Set(nodes)].sort(compareDocumentOrder);
  const kept: Node[] = [];
  for (const node of sorted) {
    const last = kept[kept.length - 1];
    if (last && composedContains(last, node)) continue;
    kept.push(node);
  }
  return kept;
}
