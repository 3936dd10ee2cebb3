import { type AutomatonView, MatchStream, type Mention } from '../match';
import type { TextChunk } from '../text';
import { type Mark, MarkLocator } from './marks';
import { TextWalker, type TextWalkerOptions } from './text-walker';

export interface TextPassHooks {
  walker: TextWalkerOptions;
  /** A text node is about to be read: the marks older passes made on it are to go. */
  beforeRead(node: Text, pass: number): void;
  onMark(mark: Mark): void;
}

/** Text fed to the matcher at once: one string to scan instead of one per text node. */
const BATCH_CHARS = 4096;
/** Nodes walked between two looks at the clock when they hold no text. */
const WALK_STEPS = 512;

/**
 * One reading of a subtree (a document, or a block that changed) through one MatchStream, so that
 * names split across text nodes still match; resumable, a time slice at a time.
 */
export class TextPass {
  private readonly walker: TextWalker;
  private readonly stream: MatchStream;
  private readonly locator: MarkLocator;
  /** Characters read, block breaks included. */
  textLength = 0;

  constructor(
    readonly root: Node,
    doc: Document,
    automaton: AutomatonView,
    readonly pass: number,
    private readonly hooks: TextPassHooks,
  ) {
    this.walker = new TextWalker(root, hooks.walker);
    this.stream = new MatchStream(automaton);
    this.locator = new MarkLocator(doc, pass);
  }

  /** Reads on while `hasTime()`; true once the subtree is done. */
  step(hasTime: () => boolean): boolean {
    const batch: TextChunk[] = [];
    let size = 0;
    for (;;) {
      const chunk = this.walker.next(WALK_STEPS);
      if (chunk) {
        this.hooks.beforeRead(chunk.node, this.pass);
        this.locator.record(chunk);
        batch.push(chunk);
        const length = chunk.text.length + (chunk.breakBefore ? 1 : 0);
        size += length;
        this.textLength += length;
        if (size < BATCH_CHARS) continue;
      }
      if (batch.length > 0) {
        this.place(this.stream.pushAll(batch));
        batch.length = 0;
        size = 0;
      }
      if (this.walker.done) {
        this.place(this.stream.end());
        return true;
      }
      if (!hasTime()) return false;
    }
  }

  private place(mentions: Mention[]): void {
    for (const mention of mentions) {
      const mark = this.locator.locate(mention);
      // Text the page removed while we were reading it gets no mark.
      if (mark && (mark.nodes[0] as Text).isConnected) this.hooks.onMark(mark);
    }
  }
}
