import { BLOCK_TAGS, SKIPPED_BY_ATTRIBUTES, SKIPPED_TAGS } from '../text';

export interface TextWalkerOptions {
  /** Elements to leave out entirely besides lib/text's rules (our own UI), as a selector. */
  skipSelector?: string;
  /** An open shadow root the walk enters: the scanner observes it and hit-tests into it. */
  onShadowRoot?(root: ShadowRoot): void;
  /** An iframe on the way: its document is a text of its own, scanned separately. */
  onFrame?(frame: HTMLIFrameElement): void;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

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

/**
 * The walk of `collectTextChunks` (same skip rules, same block breaks, open shadow roots entered) made
 * resumable, so that the scanner can stop at its time budget and carry on in the next slice. It also
 * reads what a shadow root's slots show (the host's light children) and reports iframes.
 *
 * It moves along sibling links and keeps only the open containers, in parallel arrays: the walk
 * allocates nothing per node. `nextText` is one loop over locals that calls none of our functions per
 * node: a page's walk runs mostly in the engine's interpreter (the code is cold on every page load), where
 * each call and each read of a field costs; the same steps as methods took a quarter more time.
 */
export class TextWalker {
  /** The node to visit next; null once the walk is over. */
  #at: Node | null;
  /** How many containers are open; entries past it are stale. */
  #depth = 0;
  /**
   * The open containers, outermost first, as parallel arrays: the container, whether it is a block, its
   * children when they come from a list (a slot's, a document's body) rather than along sibling links, and
   * the index in that list of the child being read.
   */
  readonly #nodes: (Node | null)[] = [];
  readonly #blocks: boolean[] = [];
  readonly #lists: (ArrayLike<Node> | null)[] = [];
  readonly #ats: number[] = [];
  #pendingBreak = false;
  #emitted = false;
  /** Whether a block boundary comes before the text node `nextText` returned last. */
  breakBefore = false;
  /** The text of the node `nextText` returned last, as read then (one read of `data` per node). */
  text = '';

  readonly #options: TextWalkerOptions;
  /** lib/text's attribute rules and the caller's, one selector: one question per element. */
  readonly #skipped: string;

  constructor(root: Node, options: TextWalkerOptions = {}) {
    this.#at = root;
    this.#options = options;
    this.#skipped = options.skipSelector
      ? `${SKIPPED_BY_ATTRIBUTES},${options.skipSelector}`
      : SKIPPED_BY_ATTRIBUTES;
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
    const nodes = this.#nodes;
    const blocks = this.#blocks;
    const lists = this.#lists;
    const ats = this.#ats;
    const options = this.#options;
    const skipped = this.#skipped;
    let node = this.#at;
    let depth = this.#depth;
    let pending = this.#pendingBreak;
    let found: Text | null = null;
    for (let steps = 0; steps < maxSteps && node !== null; steps++) {
      const type = node.nodeType;
      /** Whether `node` opens as a container (its children come next). */
      let opens = false;
      let block = false;
      /** Where the children come from when not along sibling links. */
      let list: ArrayLike<Node> | null = null;
      if (type === TEXT_NODE) {
        const text = (node as Text).data;
        if (text.length > 0) {
          this.text = text;
          this.breakBefore = pending && this.#emitted;
          pending = false;
          this.#emitted = true;
          // Past the node only below: leaving its blocks makes a break after it, not before.
          found = node as Text;
        }
      } else if (type === ELEMENT_NODE) {
        const el = node as Element;
        const tag = el.tagName;
        let kind = kinds.get(tag);
        if (kind === undefined) {
          kind = kindOfTag(tag);
          kinds.set(tag, kind);
        }
        if (kind & SKIPPED || el.matches(skipped)) {
          const own = options.skipSelector;
          if (el.localName === 'iframe' && !el.hasAttribute('hidden') && !(own && el.matches(own))) {
            options.onFrame?.(el as HTMLIFrameElement);
          }
        } else {
          opens = true;
          block = (kind & BLOCK) !== 0;
          if (block) pending = true;
          const shadow = kind & HOST ? el.shadowRoot : null;
          if (shadow) {
            options.onShadowRoot?.(shadow);
            list = shadow.childNodes;
          } else if (kind & SLOT && 'assignedNodes' in el) {
            // A slot shows the host's light children assigned to it, or its own fallback content.
            const assigned = (el as HTMLSlotElement).assignedNodes();
            if (assigned.length > 0) list = assigned;
          }
        }
      } else if (type === DOCUMENT_NODE) {
        const body = (node as Document).body;
        opens = true;
        list = body ? [body] : [];
      } else if (type === FRAGMENT_NODE) opens = true;
      /** The node to move past; null: past the last child of the innermost open container. */
      let from: Node | null = node;
      if (opens) {
        nodes[depth] = node;
        blocks[depth] = block;
        lists[depth] = list;
        ats[depth] = 0;
        depth++;
        const first = list ? list[0] : node.firstChild;
        if (first) {
          node = first;
          continue;
        }
        from = null;
      }
      for (;;) {
        if (depth === 0) {
          node = null;
          break;
        }
        const top = depth - 1;
        const siblings = lists[top] as ArrayLike<Node> | null;
        const next = from && (siblings ? siblings[++(ats[top] as number)] : from.nextSibling);
        if (next) {
          node = next;
          break;
        }
        depth = top;
        if (blocks[top]) pending = true;
        // The walk's root has no siblings to go on to.
        from = depth > 0 ? (nodes[top] as Node) : null;
        nodes[top] = null;
        lists[top] = null;
      }
      if (found) break;
    }
    this.#at = node;
    this.#depth = depth;
    this.#pendingBreak = pending;
    return found;
  }
}
