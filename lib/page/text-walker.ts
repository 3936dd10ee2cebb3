import { BLOCK_TAGS, isSkippedElement, type TextChunk } from '../text';

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

/**
 * The walk of `collectTextChunks` (same skip rules, same block breaks, open shadow roots entered) made
 * resumable, so that the scanner can stop at its time budget and carry on in the next slice. It also
 * reads what a shadow root's slots show (the host's light children) and reports iframes.
 */
export class TextWalker {
  private readonly stack: Array<[Node, boolean]>;
  private pendingBreak = false;
  private emitted = false;
  private readonly skipOptions: { skip?: (el: Element) => boolean };

  constructor(
    root: Node,
    private readonly options: TextWalkerOptions = {},
  ) {
    this.stack = [[root, false]];
    this.skipOptions = { skip: options.skip };
  }

  get done(): boolean {
    return this.stack.length === 0;
  }

  /**
   * The next non-empty text node, or null when the walk is done or `maxSteps` nodes went by without
   * text (a page of empty elements must not hold the thread either: check `done`).
   */
  next(maxSteps = Number.POSITIVE_INFINITY): TextChunk | null {
    const stack = this.stack;
    for (let steps = 0; stack.length > 0 && steps < maxSteps; steps++) {
      const [node, exiting] = stack.pop() as [Node, boolean];
      if (exiting) {
        this.pendingBreak = true;
        continue;
      }
      const type = node.nodeType;
      if (type === TEXT_NODE) {
        const text = (node as Text).data;
        if (text.length === 0) continue;
        const chunk = { node: node as Text, text, breakBefore: this.pendingBreak && this.emitted };
        this.pendingBreak = false;
        this.emitted = true;
        return chunk;
      }
      if (type === ELEMENT_NODE) this.enter(node as Element);
      else if (type === DOCUMENT_NODE) {
        const body = (node as Document).body;
        if (body) stack.push([body, false]);
      } else if (type === FRAGMENT_NODE) this.pushChildren(node.childNodes);
    }
    return null;
  }

  private enter(el: Element): void {
    if (isSkippedElement(el, this.skipOptions)) {
      if (el.localName === 'iframe' && !el.hasAttribute('hidden') && !this.options.skip?.(el)) {
        this.options.onFrame?.(el as HTMLIFrameElement);
      }
      return;
    }
    if (BLOCK_TAGS.has(el.tagName.toUpperCase())) {
      this.pendingBreak = true;
      this.stack.push([el, true]);
    }
    const shadow = el.shadowRoot;
    if (shadow) {
      this.options.onShadowRoot?.(shadow);
      this.pushChildren(shadow.childNodes);
    } else if (el.localName === 'slot' && 'assignedNodes' in el) {
      // A slot shows the host's light children assigned to it, or its own fallback content.
      const assigned = (el as HTMLSlotElement).assignedNodes();
      this.pushChildren(assigned.length > 0 ? assigned : el.childNodes);
    } else this.pushChildren(el.childNodes);
  }

  private pushChildren(kids: ArrayLike<Node>): void {
    for (let i = kids.length - 1; i >= 0; i--) this.stack.push([kids[i] as Node, false]);
  }
}
