import { type AutomatonView, compileAutomaton, viewOf } from './automaton';
import type { Lexicon } from './lexicon';
import { MatchStream, type Mention } from './stream';

export { type Automaton, type AutomatonView, compileAutomaton, LexiconError, viewOf } from './automaton';
export type { Lexicon, LexiconEntry } from './lexicon';
export { HARD_BREAK, MatchStream, type Mention } from './stream';
export { splitWords, wordKey } from './tokens';

/** A compiled matcher: build once per page, then match text or streams of text nodes. */
export interface Matcher {
  automaton: AutomatonView;
  /** All mentions in one string. */
  match(text: string): Mention[];
  /** A stream for text fed in pieces (text nodes), with block breaks between them. */
  stream(): MatchStream;
}

/** Compiles a lexicon (or takes an automaton already compiled, e.g. unpacked from the build). */
export function createMatcher(source: Lexicon | AutomatonView): Matcher {
  const automaton = 'entries' in source ? viewOf(compileAutomaton(source)) : source;
  return {
    automaton,
    match(text) {
      const stream = new MatchStream(automaton);
      return [...stream.push(text), ...stream.end()];
    },
    stream: () => new MatchStream(automaton),
  };
}
export { matchChunks } from './chunks';
export { packAutomaton, unpackAutomaton } from './packed';
