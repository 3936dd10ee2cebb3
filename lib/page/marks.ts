import type { Mention } from '../match';

/** One mention on the page, located in the DOM. */
export interface Mark {
  readonly entity: string;
  readonly text: string;
  /** The document it is in: the page, or a same-origin frame (each has its own highlight registry). */
  readonly doc: Document;
  /** The text nodes it covers, first to last ("United" + <b>"Nations"</b> is two). */
  readonly nodes: readonly Text[];
  /** Offset in the first node where it starts, and in the last where it ends. */
  readonly startOffset: number;
  readonly endOffset: number;
  /**
   * Static ranges: live ones would be updated by the browser on every DOM change of the page, a cost
   * that grows with the number of marks. Usually one; one per tree when a name runs out of a shadow tree.
   */
  readonly ranges: readonly StaticRange[];
  /** The pass that made it: a later pass over the same text replaces it. */
  readonly pass: number;
}

/**
 * Turns a stream's mentions back into DOM positions: records each text node as it is fed (a block break
 * counts one character, as in MatchStream) and maps offsets to nodes. Mentions come out in text order,
 * so a cursor moves forward and the nodes behind it are let go. Parallel arrays, not an object per node.
 */
export class MarkLocator {
  #nodes: Text[] = [];
  #texts: string[] = [];
  /** Offset of each node's first character in the stream's text. */
  #starts: number[] = [];
  #cursor = 0;
  #fed = 0;

  readonly #doc: Document;
  readonly #pass: number;

  constructor(doc: Document, pass: number) {
    this.#doc = doc;
    this.#pass = pass;
  }

  /** Records a text node's text; call in the order the texts are pushed into the stream. */
  add(node: Text, text: string, breakBefore: boolean): void {
    const start = this.#fed + (breakBefore ? 1 : 0);
    this.#nodes.push(node);
    this.#texts.push(text);
    this.#starts.push(start);
    this.#fed = start + text.length;
  }

  /** The mark for a mention, or null when its text changed since it was read (a rescan will follow). */
  locate(mention: Mention): Mark | null {
    const texts = this.#texts;
    const starts = this.#starts;
    const count = texts.length;
    const endOf = (i: number) => (starts[i] as number) + (texts[i] as string).length;
    while (this.#cursor < count && endOf(this.#cursor) <= mention.start) this.#cursor++;
    if (this.#cursor > 4096) {
      this.#nodes.splice(0, this.#cursor);
      texts.splice(0, this.#cursor);
      starts.splice(0, this.#cursor);
      this.#cursor = 0;
    }
    const first = this.#cursor;
    let last = first;
    while (last < texts.length && endOf(last) < mention.end) last++;
    if (last >= texts.length) return null;
    const nodes: Text[] = [];
    for (let i = first; i <= last; i++) {
      const node = this.#nodes[i] as Text;
      // The page may have changed the node between our reading it and the mention coming out.
      if (node.data !== texts[i]) return null;
      nodes.push(node);
    }
    const startOffset = mention.start - (starts[first] as number);
    const endOffset = mention.end - (starts[last] as number);
    return {
      entity: mention.entity,
      text: mention.text,
      doc: this.#doc,
      nodes,
      startOffset,
      endOffset,
      ranges: rangesOver(nodes, startOffset, endOffset),
      pass: this.#pass,
    };
  }
}

/** One range from the first node to the last, split where the nodes change tree (a shadow boundary). */
function rangesOver(nodes: readonly Text[], startOffset: number, endOffset: number): StaticRange[] {
  const first = nodes[0] as Text;
  const last = nodes[nodes.length - 1] as Text;
  if (nodes.length === 1 || first.getRootNode() === last.getRootNode()) {
    return [
      new StaticRange({ startContainer: first, startOffset, endContainer: last, endOffset: endOffset }),
    ];
  }
  const ranges: StaticRange[] = [];
  let runStart = 0;
  for (let i = 1; i <= nodes.length; i++) {
    const node = nodes[i];
    if (node && node.getRootNode() === (nodes[runStart] as Text).getRootNode()) continue;
    const a = nodes[runStart] as Text;
    const b = nodes[i - 1] as Text;
    ranges.push(
      new StaticRange({
        startContainer: a,
        startOffset: runStart === 0 ? startOffset : 0,
        endContainer: b,
        endOffset: i === nodes.length ? endOffset : b.length,
      }),
    );
    runStart = i;
  }
  return ranges;
}
