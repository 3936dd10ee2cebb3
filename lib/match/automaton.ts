import type { AliasRule } from '../gazetteer';
import type { Lexicon } from './lexicon';
import { type ScanSources, scanSources } from './scan-sources';
import { cleanWord, splitWords, startsLower, startsUpper, wordKey } from './tokens';

/**
 * An alias that ends at a trie node: [entity, case, rule?]. `case` is, for a name, a bit mask of the
 * words that must be capitalised; for an acronym, its exact words (clean, space-separated). `rule`
 * indexes `Automaton.rules`. Entity -1 is a blocker.
 */
export type AliasEnd = [entity: number, casing: number | string, rule?: number];

/** A trie node: the aliases ending here (0 if none) and the next words (0 if none). */
export type TrieNode = [ends: AliasEnd[] | 0, next: TrieLevel | 0];
export type TrieLevel = Record<string, TrieNode>;

/**
 * The compiled gazetteer: a trie over word keys, walked once left to right. Plain JSON, so that the
 * build can precompile it and a page only parses it.
 */
export interface Automaton {
  v: number;
  ids: string[];
  rules: MatchRule[];
  /** Exact acronyms (clean form): an all-caps neighbour that is one of these is not a shouting headline. */
  acronyms: string[];
  /** First words that start in lower case ("al" of "al-Qaeda"): the scanner must look at these too. */
  lowerStarts: string[];
  root: TrieLevel;
}

export const AUTOMATON_VERSION = 6;

/** A rule as pages need it: the note and the example sentences stay with the data. */
export type MatchRule = Omit<AliasRule, 'note' | 'examples'>;

function matchRule(rule: AliasRule): MatchRule {
  const { note: _note, examples: _examples, ...match } = rule;
  return match;
}

/** What the scanner needs of an automaton, whether compiled here or unpacked from the build. */
export interface AutomatonView {
  ids: string[];
  /** The rule an alias end names (`AliasEnd[2]`). */
  rule(index: number): MatchRule;
  acronyms: string[];
  lowerStarts: string[];
  /** The scanner's expressions, in explicit character classes. */
  sources: ScanSources;
  /** The trie node for a text's first word, by key. */
  firstNode(key: string): TrieNode | undefined;
}

export function viewOf(automaton: Automaton): AutomatonView {
  const { ids, rules, acronyms, lowerStarts, root } = automaton;
  return {
    ids,
    rule: (index) => rules[index] as MatchRule,
    acronyms,
    lowerStarts,
    sources: scanSources(lowerStarts),
    firstNode: (key) => childNode(root, key),
  };
}

export class LexiconError extends Error {}

/** The node for `key` in a level; guards against keys that name Object.prototype members. */
export function childNode(level: TrieLevel, key: string): TrieNode | undefined {
  const node = level[key];
  return Array.isArray(node) ? node : undefined;
}

export function compileAutomaton(lexicon: Lexicon): Automaton {
  const root: TrieLevel = {};
  const acronyms = new Set<string>();
  const lowerStarts = new Set<string>();
  const rules: MatchRule[] = [];
  const ruleIndex = new Map<AliasRule, number>();
  for (const entry of lexicon.entries) {
    const words = splitWords(entry.text);
    if (words.length === 0) throw new LexiconError(`alias without words: ${JSON.stringify(entry.text)}`);
    if (words.length > 31) throw new LexiconError(`alias too long: ${entry.text}`);
    if (!words.some(startsUpper) && entry.entity >= 0) {
      throw new LexiconError(`alias has no capitalised word, it would match ordinary text: ${entry.text}`);
    }
    if (entry.exact) for (const w of words) acronyms.add(cleanWord(w));
    if (startsLower(words[0] as string)) lowerStarts.add(wordKey(words[0] as string));
    let level = root;
    let node: TrieNode | undefined;
    for (const word of words) {
      if (node) {
        if (node[1] === 0) node[1] = {};
        level = node[1];
      }
      const key = wordKey(word);
      node = childNode(level, key);
      if (!node) {
        node = [0, 0];
        level[key] = node;
      }
    }
    const casing = entry.exact
      ? words.map(cleanWord).join(' ')
      : words.reduce((mask, w, i) => (startsUpper(w) ? mask | (1 << i) : mask), 0);
    const end: AliasEnd = [entry.entity, casing];
    if (entry.rule) {
      let r = ruleIndex.get(entry.rule);
      if (r === undefined) {
        r = rules.push(matchRule(entry.rule)) - 1;
        ruleIndex.set(entry.rule, r);
      }
      end.push(r);
    }
    const target = node as TrieNode;
    if (target[0] === 0) target[0] = [];
    target[0].push(end);
  }
  return {
    v: AUTOMATON_VERSION,
    ids: lexicon.ids,
    rules,
    acronyms: [...acronyms],
    lowerStarts: [...lowerStarts],
    root,
  };
}
