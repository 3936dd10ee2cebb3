import { BLOCK_TAGS, SKIPPED_TAGS } from './elements';

/** One text node's text, in document order; `breakBefore` is true when a block boundary precedes it. */
export interface TextChunk<N = Text> {
  node: N;
  text: string;
  breakBefore: boolean;
}

export interface CollectOptions {
  /** Elements to leave out entirely (our own UI, for instance). */
  skip?: (el: Element) => boolean;
  /** Enter open shadow roots (the content script does; saved HTML has none). */
  shadowRoots?: boolean;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const DOCUMENT_NODE = 9;
const FRAGMENT_NODE = 11;

/** Whether an element's content is left out of the text; the page scanner's resumable walk shares the rule. */
export function isSkippedElement(el: Element, options: CollectOptions = {}): boolean {
  return SKIPPED_TAGS.has(el.tagName.toUpperCase()) || isSkippedByAttributes(el, options);
}

/**
 * The rules of `isSkippedElement` besides the tag's, as one selector: hidden, and editable as browsers read
 * `contenteditable` (any case; "plaintext-only" too). The page scanner's walk asks it of each element in one
 * call, which costs a cold page less than the three questions of `isSkippedByAttributes`; a browser test
 * holds the two to the same answers.
 */
export const SKIPPED_BY_ATTRIBUTES =
  '[hidden],[contenteditable=""],[contenteditable="true" i],[contenteditable="plaintext-only" i]';

const hides = (value: string | null) => value !== null;

const makesEditable = (value: string | null) => {
  const editable = value?.toLowerCase();
  return editable === '' || editable === 'true' || editable === 'plaintext-only';
};

/**
 * The attributes SKIPPED_BY_ATTRIBUTES reads, each with whether a value of it (null: absent) leaves the
 * element unread: the page scanner watches them change, as a tab panel shown or an editor opened.
 */
export const SKIPPING_ATTRIBUTES: Readonly<Record<string, (value: string | null) => boolean>> = {
  hidden: hides,
  contenteditable: makesEditable,
};

/** The rules of `isSkippedElement` besides the tag's (SKIPPED_BY_ATTRIBUTES), and the caller's own. */
export function isSkippedByAttributes(el: Element, options: Pick<CollectOptions, 'skip'> = {}): boolean {
  if (hides(el.getAttribute('hidden')) || makesEditable(el.getAttribute('contenteditable'))) return true;
  return options.skip?.(el) ?? false;
}

/**
 * Collects the visible text nodes under `root` in document order. Iterative, so that deep pages do
 * not exhaust the stack; works on any DOM (the browser's, or linkedom's for the scan command).
 */
export function collectTextChunks(root: Node, options: CollectOptions = {}): TextChunk[] {
  const chunks: TextChunk[] = [];
  let pendingBreak = false;
  // Stack of [node, exiting]: an element is pushed twice so that its end can mark a block boundary.
  const stack: Array<[Node, boolean]> = [[root, false]];
  while (stack.length > 0) {
    const [node, exiting] = stack.pop() as [Node, boolean];
    if (exiting) {
      pendingBreak = true;
      continue;
    }
    const type = node.nodeType;
    if (type === TEXT_NODE) {
      const text = (node as Text).data;
      if (text.length > 0) {
        chunks.push({ node: node as Text, text, breakBefore: pendingBreak && chunks.length > 0 });
        pendingBreak = false;
      }
      continue;
    }
    if (type === ELEMENT_NODE) {
      const el = node as Element;
      if (isSkippedElement(el, options)) continue;
      const block = BLOCK_TAGS.has(el.tagName.toUpperCase());
      if (block) {
        pendingBreak = true;
        stack.push([el, true]);
      }
      const shadow = options.shadowRoots
        ? (el as Element & { shadowRoot: ShadowRoot | null }).shadowRoot
        : null;
      const children = shadow ?? el;
      pushChildren(stack, children);
      continue;
    }
    if (type === DOCUMENT_NODE) {
      const body = (node as Document).body;
      if (body) stack.push([body, false]);
      continue;
    }
    if (type === FRAGMENT_NODE) pushChildren(stack, node);
  }
  return chunks;
}

function pushChildren(stack: Array<[Node, boolean]>, parent: Node): void {
  const kids = parent.childNodes;
  for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i] as Node, false]);
}
