import { BLOCK_TAGS, isSkippedElement, SKIPPING_ATTRIBUTES } from '../text';
import { compareDocumentOrder, composedContains } from './document-order';
import { OWN_UI_SELECTOR } from './scan-document';

export interface MutationWatcherOptions {
  /** Our own UI: changes inside it are never the page's. */
  skip: (el: Element) => boolean;
  /** A batch of changes. */
  onChange(change: PageChange): void;
  /** Quiet time that closes a batch. */
  debounceMs?: number;
  /** Under constant churn, the longest a change waits. */
  maxWaitMs?: number;
  /** The shortest time between two batches. */
  minIntervalMs?: number;
}

export interface PageChange {
  /**
   * The subtrees to read again (nearest blocks of changed text, added elements, elements shown), none inside
   * another, in document order.
   */
  units: Node[];
  /** Whether text may have left the page. */
  removed: boolean;
  /**
   * What the page hid or made editable, and marked text it moved into such a place: the text in them is no
   * longer read.
   */
  unread: Node[];
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

const ATTRIBUTES_WATCHED = Object.keys(SKIPPING_ATTRIBUTES);

/**
 * Batches the page's DOM changes into subtrees to rescan and subtrees no longer read. The observer callback
 * only sorts records into sets; finding blocks waits for the batch to close.
 */
export function createMutationWatcher(options: MutationWatcherOptions): MutationWatcher {
  const debounceMs = options.debounceMs ?? 200;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  const minIntervalMs = options.minIntervalMs ?? 1000;
  /** Added elements no text beside them can join into a name: read them whole, and nothing around them. */
  const added = new Set<Element>();
  /** Changed text, or parents whose inline content changed: read their nearest block. */
  const touched = new Set<Node>();
  /** Elements whose skip rules' attributes changed what is read: hidden, shown, made editable or not. */
  const toggled = new Set<Element>();
  /**
   * Nodes taken from their place: still on the page when the batch closes, they moved, perhaps somewhere not
   * read (whose records are ignored), with their marks.
   */
  const taken = new Set<Node>();
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
    if (record.type === 'attributes') return sortAttribute(target as Element, record);
    if (isIgnored(target)) return false;
    if (record.type === 'characterData') {
      if (target.nodeType !== TEXT_NODE) return false;
      touched.add(target);
      return true;
    }
    let relevant = false;
    for (const node of record.addedNodes) {
      // The parent's block is read again already: no node added to it needs a search of its own (a page
      // adding thousands of icons or placeholders at once pays one search, not one each).
      if (touched.has(target)) {
        relevant = true;
        break;
      }
      if (node.nodeType === TEXT_NODE) {
        // Spacing between a feed's posts makes no name; between "<b>United</b>" and "<b>Kingdom</b>" it does.
        if (isBlank(node) && !joinsText(target, node.previousSibling, node.nextSibling)) continue;
        touched.add(target);
        relevant = true;
      } else if (node.nodeType === ELEMENT_NODE) {
        const el = node as Element;
        if (options.skip(el)) continue;
        if (isSkippedElement(el) && el.localName !== 'iframe') continue;
        // An inline element (a custom element, a wrapper) no text beside it can join is a unit of its own:
        // touching its parent would read the whole feed again for each post it appends.
        if (isBlock(el) || !joinsText(target, el.previousSibling, el.nextSibling)) added.add(el);
        else touched.add(target);
        relevant = true;
      }
    }
    for (const node of record.removedNodes) {
      if (node.nodeType === ELEMENT_NODE && options.skip(node as Element)) continue;
      if (node.nodeType !== TEXT_NODE && node.nodeType !== ELEMENT_NODE) continue;
      removed = true;
      relevant = true;
      taken.add(node);
      // Inline content leaving may join the text on either side into a name, or end one it made with it:
      // its marks go with it (the scanner drops the marks of text that left), and what is left of them is
      // a name to mark again ("<b>Guinea</b>-Bissau" without "-Bissau").
      const inline = node.nodeType === TEXT_NODE || !isBlock(node as Element);
      if (inline && joinsText(target, record.previousSibling, record.nextSibling)) touched.add(target);
    }
    return relevant;
  }

  /** Only the skip rules' attributes come here (the observer's filter). */
  function sortAttribute(el: Element, record: MutationRecord): boolean {
    const name = record.attributeName as string;
    const skips = SKIPPING_ATTRIBUTES[name];
    // Set again to what it was, or to another value with the same effect ("false" to "inherit").
    if (!skips || skips(record.oldValue) === skips(el.getAttribute(name))) return false;
    if (options.skip(el) || el.closest(OWN_UI_SELECTOR) !== null) return false;
    const parent = el.parentElement;
    if (parent && isIgnored(parent)) return false;
    toggled.add(el);
    return true;
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
    const unread: Node[] = [];
    for (const el of added) {
      // The element itself may be an iframe: the walk reads its document, not its content.
      const parent = composedParent(el);
      if (el.isConnected && !options.skip(el) && !(parent && insideSkipped(parent, options.skip))) {
        candidates.push(el);
      }
    }
    for (const node of touched) {
      if (!node.isConnected || insideSkipped(node, options.skip)) continue;
      candidates.push(nearestBlock(node));
    }
    for (const el of toggled) {
      if (!el.isConnected) continue;
      const parent = composedParent(el);
      if (parent && insideSkipped(parent, options.skip)) continue;
      // An iframe is never read as text: hidden, its document is not read either (its own contenteditable
      // does not make its document editable, as the walk and the scanner's frame check agree).
      const hidden = el.localName === 'iframe' ? el.hasAttribute('hidden') : isSkippedElement(el, options);
      // Hidden, it is as if removed; shown, as if added.
      const joins = !isBlock(el) && joinsText(parent, el.previousSibling, el.nextSibling);
      if (hidden) {
        unread.push(el);
        // The text on either side may have made a name with the text now hidden, or make one without it.
        if (joins && parent) candidates.push(nearestBlock(parent));
      } else candidates.push(joins ? nearestBlock(el) : el);
    }
    /** Whether the nodes moved into a parent are not read there: a list reordered moves many into one. */
    const unreadParents = new Map<Node, boolean>();
    for (const node of taken) {
      const parent = node.isConnected ? composedParent(node) : null;
      if (!parent) continue;
      let skipped = unreadParents.get(parent);
      if (skipped === undefined) {
        skipped = insideSkipped(parent, options.skip);
        unreadParents.set(parent, skipped);
      }
      if (skipped) unread.push(node);
    }
    const hadRemovals = removed;
    taken.clear();
    added.clear();
    touched.clear();
    toggled.clear();
    removed = false;
    const units = outermost(candidates);
    if (units.length > 0 || hadRemovals || unread.length > 0) {
      options.onChange({ units, removed: hadRemovals, unread });
    }
  }

  return {
    observe(target) {
      if (watched.has(target)) return;
      watched.add(target);
      observer.observe(target, {
        childList: true,
        subtree: true,
        characterData: true,
        // What the walk reads depends on these attributes too: tab panels and accordions toggle `hidden`.
        attributeFilter: ATTRIBUTES_WATCHED,
        attributeOldValue: true,
      });
    },
    disconnect() {
      observer.disconnect();
      watched.clear();
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      added.clear();
      touched.clear();
      toggled.clear();
      taken.clear();
    },
  };
}

/** The composed parent: through a shadow root to its host. */
export function composedParent(node: Node): Node | null {
  if (node.parentNode) return node.parentNode;
  return node.nodeType === FRAGMENT_NODE && 'host' in node ? (node as ShadowRoot).host : null;
}

const isBlock = (el: Element) => BLOCK_TAGS.has(el.tagName.toUpperCase());

/** Whitespace only: what sits between a feed's elements. */
const isBlank = (node: Node) => !/\S/.test((node as Text).data);

/**
 * Whether text beside a node could make one name with the node's text, as the walk reads it: its siblings
 * `before` and `after` (past blank text, comments and what the walk skips, and into inline elements and
 * slots to the text at their near end: "<b>New</b>" before " Guinea"), then, where those run out, the
 * siblings of the inline elements holding it (`parent` and up), to the nearest block. A block ends the
 * search, and so does text ending a sentence on that side ("rain in Kenya."): a feed's posts and a chat's
 * messages, added or removed, are read alone, not with the whole feed.
 */
function joinsText(parent: Node | null, before: Node | null, after: Node | null): boolean {
  const budget = { steps: SEARCH_STEPS };
  let back = true;
  let ahead = true;
  let at = parent;
  for (;;) {
    if (back) {
      const found = textAlong(before, 'previousSibling', budget);
      if (found === TEXT) return true;
      back = found === OPEN;
    }
    if (ahead) {
      const found = textAlong(after, 'nextSibling', budget);
      if (found === TEXT) return true;
      ahead = found === OPEN;
    }
    if (!(back || ahead) || !at) return false;
    // A shadow root has no siblings: its host's come next.
    if (at.nodeType === ELEMENT_NODE ? isBlock(at as Element) : at.nodeType !== FRAGMENT_NODE) return false;
    before = back ? at.previousSibling : null;
    after = ahead ? at.nextSibling : null;
    at = composedParent(at);
  }
}

/** What `textAlong` met first: text, an edge names do not cross, or neither before the siblings ran out. */
const TEXT = 0;
const EDGE = 1;
const OPEN = 2;
type Found = typeof TEXT | typeof EDGE | typeof OPEN;

/**
 * The nodes one search looks at, at most: this runs in the observer's callback for every node added, and a
 * page appending thousands of empty or icon-only elements would otherwise have each search walk back over
 * all of them. Past it, the change is taken to join text (its block is read again, once a batch).
 */
const SEARCH_STEPS = 32;

/** Characters no name runs on past: a sentence's or a list's end ("rain in Kenya." then the next message). */
const ENDS_NAMES = '.!?,;:)]}"\u201d\u00bb|\u2022\u00b7';

function textAlong(
  from: Node | null,
  way: 'previousSibling' | 'nextSibling',
  budget: { steps: number },
): Found {
  for (let at = from; at; at = at[way]) {
    if (--budget.steps < 0) return TEXT;
    const found = nodeAlong(at, way, budget);
    if (found !== OPEN) return found;
  }
  return OPEN;
}

function nodeAlong(node: Node, way: 'previousSibling' | 'nextSibling', budget: { steps: number }): Found {
  if (node.nodeType === TEXT_NODE) {
    const text = (node as Text).data.trim();
    if (text === '') return OPEN;
    return ENDS_NAMES.includes(way === 'previousSibling' ? text.charAt(text.length - 1) : text.charAt(0))
      ? EDGE
      : TEXT;
  }
  if (node.nodeType !== ELEMENT_NODE) return OPEN;
  const el = node as Element;
  if (isBlock(el)) return EDGE;
  // The walk passes over what it skips: the text beyond is read next to the node's.
  if (isSkippedElement(el)) return OPEN;
  // A slot shows what the host put in it (the walk reads those), or its own content when nothing.
  const assigned =
    el.localName === 'slot' && 'assignedNodes' in el ? (el as HTMLSlotElement).assignedNodes() : [];
  if (assigned.length > 0) {
    const back = way === 'previousSibling';
    for (let i = back ? assigned.length - 1 : 0; i >= 0 && i < assigned.length; i += back ? -1 : 1) {
      if (--budget.steps < 0) return TEXT;
      const found = nodeAlong(assigned[i] as Node, way, budget);
      if (found !== OPEN) return found;
    }
    return OPEN;
  }
  const inside = el.shadowRoot ?? el;
  return textAlong(way === 'previousSibling' ? inside.lastChild : inside.firstChild, way, budget);
}

/** Whether the node sits in something the scan never reads (a script, a form field, our own UI). */
export function insideSkipped(node: Node, skip: (el: Element) => boolean): boolean {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at.nodeType === ELEMENT_NODE && isSkippedElement(at as Element, { skip })) return true;
  }
  return false;
}

/** The closest block element holding the node (names never cross a block's edge); the body at worst. */
function nearestBlock(node: Node): Node {
  for (let at: Node | null = node; at; at = composedParent(at)) {
    if (at.nodeType === ELEMENT_NODE && isBlock(at as Element)) return at;
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
