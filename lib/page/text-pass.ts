import { type AutomatonView, HARD_BREAK, MatchStream, type Mention } from '../match';
import { type Mark, MarkLocator } from './marks';
import { TextWalker, type TextWalkerOptions } from './text-walker';

export interface TextPassHooks {
  walker: TextWalkerOptions;
  /** Whether older passes left marks that this one may replace; asked once a slice (false on a first reading). */
  replaces(pass: number): boolean;
  /** A text node is about to be read: the marks older passes made on it are to go. */
  beforeRead(node: Text, pass: number): void;
  onMark(mark: Mark): void;
}

/** Text fed to the matcher at once: one string to scan instead of one per text node. */
const BATCH_CHARS = 512;
/** A stream that took longer than this to set up (it compiled) ends its slice there. */
const SET_UP_ALONE_MS = 1;
/** Nodes walked between two looks at the clock when they hold no text. */
const WALK_STEPS = 128;
/** Text nodes read between two looks at the clock. */
const READS_PER_CHECK = 8;

/**
 * One reading of a subtree (a document, or a block that changed) through one MatchStream, so that
 * names split across text nodes still match; resumable, a time slice at a time.
 */
export class TextPass {
  readonly #walker: TextWalker;
  /** Made by the first step, in a time slice: its expressions take milliseconds to compile on a fresh page. */
  #stream: MatchStream | null = null;
  readonly #automaton: AutomatonView;
  readonly #locator: MarkLocator;
  readonly #hooks: TextPassHooks;
  /** The batch being read (text and block breaks), kept across slices until it is matched. */
  readonly #parts: string[] = [];
  #size = 0;
  /** Characters read, block breaks included. */
  textLength = 0;

  constructor(
    readonly root: Node,
    doc: Document,
    automaton: AutomatonView,
    readonly pass: number,
    hooks: TextPassHooks,
  ) {
    this.#hooks = hooks;
    this.#walker = new TextWalker(root, hooks.walker);
    this.#automaton = automaton;
    this.#locator = new MarkLocator(doc, pass);
  }

  /** Reads on while `hasTime()`; true once the subtree is done. */
  step(hasTime: () => boolean): boolean {
    const stream = this.#stream;
    if (!stream) {
      const from = performance.now();
      this.#stream = new MatchStream(this.#automaton);
      this.#stream.warmUp();
      // The page's first reading compiles the expressions (later ones share them): that gets a slice of its
      // own, as it can take longer than a slice's budget on a busy page.
      return hasTime() && performance.now() - from < SET_UP_ALONE_MS ? this.step(hasTime) : false;
    }
    const walker = this.#walker;
    const hooks = this.#hooks;
    const parts = this.#parts;
    // No other pass runs within a slice: what this one may replace is known for the whole slice.
    const replaces = hooks.replaces(this.pass);
    let reads = 0;
    for (;;) {
      while (this.#size < BATCH_CHARS && !walker.done) {
        const node = walker.nextText(WALK_STEPS);
        if (node) {
          if (replaces) hooks.beforeRead(node, this.pass);
          const text = walker.text;
          const breakBefore = walker.breakBefore;
          this.#locator.add(node, text, breakBefore);
          if (breakBefore) parts.push(HARD_BREAK);
          parts.push(text);
          const length = text.length + (breakBefore ? 1 : 0);
          this.#size += length;
          this.textLength += length;
          if (++reads % READS_PER_CHECK !== 0) continue;
        }
        if (!hasTime()) return false;
      }
      // Reading a batch on a cold page can take a slice's budget, and so can matching it (the first batch
      // runs the matcher's code for the first time): a batch read in a slice that has run out is matched
      // in the next one.
      if (reads > 0 && !hasTime()) return false;
      if (parts.length > 0) {
        this.#place(stream.push(parts.join('')));
        parts.length = 0;
        this.#size = 0;
      }
      if (walker.done) {
        this.#place(stream.end());
        return true;
      }
      if (!hasTime()) return false;
    }
  }

  #place(mentions: Mention[]): void {
    for (const mention of mentions) {
      const mark = this.#locator.locate(mention);
      // Text the page removed while we were reading it gets no mark.
      if (mark && (mark.nodes[0] as Text).isConnected) this.#hooks.onMark(mark);
    }
  }
}
