import { BLOCK_TAGS, SKIPPED_TAGS } from '../text';

export interface TextWalkerOptions {
  /** Elements to leave out entirely (our own UI). */
  skip?: (el: Element) => boolean;
  /** An open shadow root the walk enters: the scanner observes it and hit-tests into it. */
  onShadowRoot?(root: ShadowRoot): void;
  /** An iframe on the way: its document is a text of its own, scanned separately. */
  onFrame?(frame: HTMLIFrameElement): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** A container the walk is in: its children come from `list` (slots, a document's body) or along sibling links. */
interface Frame {
  node: Node | null;
  block: boolean;
  list: ArrayLike<Node> | null;
  /** Index in `list` of the child being read. */
  at: number;
}

const BLOCK = 1;
const SKIPPED = 2;
/** An element that may carry a shadow root: a custom element, or one of the tags `attachShadow` accepts. */
const HOST = 4;
const SLOT = 8;

/** The elements `attachShadow` accepts, besides custom elements (DOM standard, "valid shadow host name"). */
const SHADOW_HOST_TAGS: ReadonlySet<string> = new Set(
  'ARTICLE ASIDE BLOCKQUOTE BODY DIV FOOTER H1 H2 H3 H4 H5 H6 HEADER MAIN NAV P SECTION SPAN'.split(' '),
);

/**
 * What a tag is to the walk, worked out once per tag name: the other elements are asked nothing more
 * (no `shadowRoot`, no `localName`), which is most of an element's cost in a page's cold code.
 */
const kinds = new Map<string, number>();

function kindOfTag(tagName: string): number {
  // Upper case as in lib/text (only foreign elements, "svg", and XHTML pages need it).
  const tag = tagName.toUpperCase();
  let kind = BLOCK_TAGS.has(tag) ? BLOCK : SKIPPED_TAGS.has(tag) ? SKIPPED : 0;
  if (SHADOW_HOST_TAGS.has(tag) || tag.includes('-')) kind |= HOST;
  if (tag === 'SLOT') kind |= SLOT;
  return kind;
}

function kindOf(el: Element): number {
  const tag = el.tagName;
  let kind = kinds.get(tag);
  if (kind === undefined) {
    kind = kindOfTag(tag);
    kinds.set(tag, kind);
  }
  return kind;
}

/**
 * The walk of `collectTextChunks` (same skip rules, same block breaks, open shadow roots entered) made
 * resumable, so that the scanner can stop at its time budget and carry on in the next slice. It also
 * reads what a shadow root's slots show (the host's light children) and reports iframes.
 *
 * It moves along sibling links and keeps only the open containers on a stack: the walk allocates
 * nothing per node, which is most of its cost in a page's cold code.
 */
export class TextWalker {
  /** The node to visit next; null once the walk is over. */
  #at: Node | null;
  /** Open containers, innermost at `#depth - 1`; frames past it are kept to be used again, not garbage. */
  readonly #open: Frame[] = [];
  #depth = 0;
  #pendingBreak = false;
  #emitted = false;
  /** Whether a block boundary comes before the text node `nextText` returned last. */
  breakBefore = false;
  /** The text of the node `nextText` returned last, as read then (one read of `data` per node). */
  text = '';

  readonly #options: TextWalkerOptions;

  constructor(root: Node, options: TextWalkerOptions = {}) {
    this.#at = root;
    this.#options = options;
  }

  get done(): boolean {
    return this.#at === null;
  }

  /**
   * The next non-empty text node (`breakBefore` tells whether a block boundary precedes it), or null when
   * the walk is done or `maxSteps` nodes went by without text (a page of empty elements must not hold the
   * thread either: check `done`).
   */
  nextText(maxSteps = Number.POSITIVE_INFINITY): Text | null {
    for (let steps = 0; steps < maxSteps; steps++) {
      const node = this.#at;
      if (node === null) return null;
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const text = (node as Text).data;
        if (text.length === 0) {
          this.#advance(node);
          continue;
        }
        this.text = text;
        this.breakBefore = this.#pendingBreak && this.#emitted;
        this.#pendingBreak = false;
        this.#emitted = true;
        // Past the node only now: leaving its blocks makes a break after it, not before.
        this.#advance(node);
        return node as Text;
      }
      if (type === ELEMENT_NODE) this.#enter(node as Element);
      else if (type === DOCUMENT_NODE) {
        const body = (node as Document).body;
        this.#descend(node, false, body ? [body] : []);
      } else if (type === FRAGMENT_NODE) this.#descend(node, false, null);
      else this.#advance(node);
    }
    return null;
  }

  #enter(el: Element): void {
    const kind = kindOf(el);
    if (kind & SKIPPED || (el.hasAttributes() && this.#skipped(el))) {
      if (el.localName === 'iframe' && !el.hasAttribute('hidden') && !this.#options.skip?.(el)) {
        this.#options.onFrame?.(el as HTMLIFrameElement);
      }
      this.#advance(el);
      return;
    }
    const block = (kind & BLOCK) !== 0;
    if (block) this.#pendingBreak = true;
    const shadow = kind & HOST ? el.shadowRoot : null;
    if (shadow) {
      this.#options.onShadowRoot?.(shadow);
      this.#descend(el, block, shadow.childNodes);
    } else if (kind & SLOT && 'assignedNodes' in el) {
      // A slot shows the host's light children assigned to it, or its own fallback content.
      const assigned = (el as HTMLSlotElement).assignedNodes();
      this.#descend(el, block, assigned.length > 0 ? assigned : null);
    } else this.#descend(el, block, null);
  }

  /** The attribute rules of `isSkippedElement` (its tag rule is `kindOf`'s). */
  #skipped(el: Element): boolean {
    if (el.hasAttribute('hidden')) return true;
    const editable = el.getAttribute('contenteditable');
    if (editable === 'true' || editable === '') return true;
    return this.#options.skip?.(el) ?? false;
  }

  /** Opens a container: its children come next, from `list` or along sibling links. */
  #descend(node: Node, block: boolean, list: ArrayLike<Node> | null): void {
    const frame = this.#open[this.#depth];
    if (frame) {
      frame.node = node;
      frame.block = block;
      frame.list = list;
      frame.at = 0;
    } else this.#open.push({ node, block, list, at: 0 });
    this.#depth++;
    const first = list ? list[0] : node.firstChild;
    if (first) this.#at = first;
    else this.#advance(null);
  }

  /** Moves past `node` (null: past the last child of the innermost open container). */
  #advance(node: Node | null): void {
    let from = node;
    for (;;) {
      const frame = this.#depth > 0 ? (this.#open[this.#depth - 1] as Frame) : null;
      if (!frame) {
        this.#at = null;
        return;
      }
      const next = from && (frame.list ? frame.list[++frame.at] : from.nextSibling);
      if (next) {
        this.#at = next;
        return;
      }
      this.#depth--;
      if (frame.block) this.#pendingBreak = true;
      // The walk's root has no siblings to go on to.
      from = this.#depth > 0 ? frame.node : null;
      frame.node = null;
      frame.list = null;
    }
  }
}
