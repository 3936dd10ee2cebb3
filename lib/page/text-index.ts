import { compareDocumentOrder } from './document-order';
import type { Mark } from './marks';
import type { EntityCount } from './scan-document';

const NONE: readonly Mark[] = [];

/** The part of a mark that lies in one text node. */
interface Span {
  start: number;
  end: number;
  mark: Mark;
}

/**
 * Every mark on the page, found from a text node (for the pointer) or from an entity (for counts and
 * "jump to next"). A node's spans stay sorted, so a lookup is a binary search.
 */
export class MentionIndex {
  readonly #byNode = new Map<Text, Span[]>();
  readonly #byEntity = new Map<string, Set<Mark>>();
  readonly #inOrder = new Map<string, Mark[]>();
  /** No mark in the index comes from a pass before this one: a first reading has nothing to replace. */
  #oldestPass = Number.POSITIVE_INFINITY;

  add(mark: Mark): void {
    if (mark.pass < this.#oldestPass) this.#oldestPass = mark.pass;
    const last = mark.nodes.length - 1;
    mark.nodes.forEach((node, i) => {
      const span = {
        start: i === 0 ? mark.startOffset : 0,
        end: i === last ? mark.endOffset : node.length,
        mark,
      };
      const spans = this.#byNode.get(node);
      if (!spans) this.#byNode.set(node, [span]);
      else spans.splice(firstEndingAfter(spans, span.start), 0, span);
    });
    let marks = this.#byEntity.get(mark.entity);
    if (!marks) {
      marks = new Set();
      this.#byEntity.set(mark.entity, marks);
    }
    marks.add(mark);
    this.#inOrder.delete(mark.entity);
  }

  remove(mark: Mark): void {
    for (const node of mark.nodes) {
      const spans = this.#byNode.get(node);
      if (!spans) continue;
      const kept = spans.filter((span) => span.mark !== mark);
      if (kept.length > 0) this.#byNode.set(node, kept);
      else this.#byNode.delete(node);
    }
    const marks = this.#byEntity.get(mark.entity);
    if (marks?.delete(mark) && marks.size === 0) this.#byEntity.delete(mark.entity);
    this.#inOrder.delete(mark.entity);
    if (this.#byNode.size === 0) this.#oldestPass = Number.POSITIVE_INFINITY;
  }

  /** Whether any mark was made by a pass before `pass` (a first reading finds none: it asks nothing per node). */
  hasMarksBefore(pass: number): boolean {
    return this.#oldestPass < pass;
  }

  /** The marks on `node` made by passes before `pass`, for a pass that reads the node again to replace. */
  staleMarks(node: Text, pass: number): readonly Mark[] {
    if (!this.hasMarksBefore(pass)) return NONE;
    const spans = this.#byNode.get(node);
    if (!spans) return NONE;
    return spans.filter((span) => span.mark.pass < pass).map((span) => span.mark);
  }

  /**
   * The marks touching caret position `offset` (between two characters): the pointer is over the
   * character before it or the one after, so the caller checks the marks' boxes.
   */
  marksAtCaret(node: Text, offset: number): Mark[] {
    const spans = this.#byNode.get(node);
    if (!spans) return [];
    const found: Mark[] = [];
    for (let i = firstEndingAfter(spans, offset - 1); i < spans.length; i++) {
      const span = spans[i] as Span;
      if (span.start > offset) break;
      found.push(span.mark);
    }
    return found;
  }

  /** Every text node that carries a mark. */
  nodes(): IterableIterator<Text> {
    return this.#byNode.keys();
  }

  /** Every mark, each once. */
  *marks(): IterableIterator<Mark> {
    for (const marks of this.#byEntity.values()) yield* marks;
  }

  /** An entity's marks as a reader meets them, across shadow roots and frames. */
  ofEntity(entity: string): readonly Mark[] {
    let sorted = this.#inOrder.get(entity);
    if (!sorted) {
      sorted = [...(this.#byEntity.get(entity) ?? [])].sort(
        (a, b) =>
          compareDocumentOrder(a.nodes[0] as Text, b.nodes[0] as Text) || a.startOffset - b.startOffset,
      );
      this.#inOrder.set(entity, sorted);
    }
    return sorted;
  }

  /** How many times each entity is marked, most marked first (ties: first met first). */
  entities(): EntityCount[] {
    return [...this.#byEntity]
      .map(([id, marks]) => ({ id, count: marks.size }))
      .sort((a, b) => b.count - a.count);
  }

  clear(): void {
    this.#oldestPass = Number.POSITIVE_INFINITY;
    this.#byNode.clear();
    this.#byEntity.clear();
    this.#inOrder.clear();
  }
}

/** Index of the first span whose end lies after `offset` (spans never overlap: sorted by start and end). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((spans[mid] as Span).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
