import type { AliasRule } from '../gazetteer';

/** One surface form of one entity, as the automaton compiles it. */
export interface LexiconEntry {
  /** Index into `Lexicon.ids`, or -1 for a blocker: a phrase that hides the names inside it ("New Mexico"). */
  entity: number;
  text: string;
  /** Matches only in exactly this case (acronyms). */
  exact?: boolean;
  rule?: AliasRule;
}

/** What the matcher needs of the gazetteer: entity ids and their surface forms. */
export interface Lexicon {
  ids: string[];
  entries: LexiconEntry[];
}
