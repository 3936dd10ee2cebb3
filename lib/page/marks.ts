import type { Mention } from '../match';
import type { TextChunk } from '../text';

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

interface FedChunk {
  node: Text;
  text: string;
  /** Offset of the chunk's first character in the stream's text. */
  start: number;
}

/**
 * Turns a stream's mentions back into DOM positions: records each chunk as it is fed (a block break
 * counts one character, as in MatchStream) and maps offsets to nodes. Mentions come out in text order,
 * so a cursor moves forward and the chunks behind it are let go.
 */
export class MarkLocator {
  private chunks: FedChunk[] = [];
  private cursor = 0;
  private fed = 0;

  constructor(
    private readonly doc: Document,
    private readonly pass: number,
  ) {}

  /** Records a chunk; call in the order the chunks are pushed into the stream. */
  record(chunk: TextChunk): void {
    const start = this.fed + (chunk.breakBefore ? 1 : 0);
    this.chunks.push({ node: chunk.node, text: chunk.text, start });
    this.fed = start + chunk.text.length;
  }

  /** The mark for a mention, or null when its text changed since it was read (a rescan will follow). */
  locate(mention: Mention): Mark | null {
    const chunks = this.chunks;
    while (this.cursor < chunks.length && endOf(chunks[this.cursor] as FedChunk) <= mention.start)
      this.cursor++;
    if (this.cursor > 4096) {
      chunks.splice(0, this.cursor);
      this.cursor = 0;
    }
    const first = this.cursor;
    let last = first;
    while (last < chunks.length && endOf(chunks[last] as FedChunk) < mention.end) last++;
    if (last >= chunks.length) return null;
    const nodes: Text[] = [];
    for (let i = first; i <= last; i++) {
      const chunk = chunks[i] as FedChunk;
      // The page may have changed the node between our reading it and the mention coming out.
      if (chunk.node.data !== chunk.text) return null;
      nodes.push(chunk.node);
    }
    const startOffset = mention.start - (chunks[first] as FedChunk).start;
    const endOffset = mention.end - (chunks[last] as FedChunk).start;
    return {
      entity: mention.entity,
      text: mention.text,
      doc: this.doc,
      nodes,
      startOffset,
      endOffset,
      ranges: rangesOver(nodes, startOffset, endOffset),
      pass: this.pass,
    };
  }
}

function endOf(chunk: FedChunk): number {
  return chunk.start + chunk.text.length;
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
