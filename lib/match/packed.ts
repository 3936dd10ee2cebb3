import {
  AUTOMATON_VERSION,
  type Automaton,
  type AutomatonView,
  type MatchRule,
  type TrieNode,
} from './automaton';
import { type ScanSources, scanSources } from './scan-sources';
import { scanClasses } from './tokens';

/**
 * The packed form, sections split by SECTION: the version; JSON of [acronyms, lowerStarts, scan sources];
 * JSON of the ids; each rule as JSON, split by SUBTREE; JSON of an object from each first-word key to its
 * subtree's offset in the last section; and the keys' subtrees as JSON, each ended by SUBTREE. Loading parses
 * the header and the keys' object (one native parse; a key is then a property lookup, not a search loop in a
 * page's cold code), the ids
 * wait for the first mention, a rule for the first mention that needs it (a page meets a few of them; all
 * of them are ~40 kB of JSON), a subtree for the first time a page meets its word. (JSON text never holds a
 * raw control character, nor does a word key: the separators cannot occur inside a section.)
 */
const SECTION = '\u0001';
const SUBTREE = '\u0002';
const SECTIONS = 6;

/** Serialises a compiled automaton, so that the build compiles it once and every page only loads it. */
export function packAutomaton(automaton: Automaton): string {
  const sources = scanSources(scanClasses(), automaton.lowerStarts);
  const keys: Record<string, number> = {};
  let trees = '';
  for (const [key, node] of Object.entries(automaton.root)) {
    keys[key] = trees.length;
    trees += `${JSON.stringify(node)}${SUBTREE}`;
  }
  return [
    automaton.v,
    JSON.stringify([automaton.acronyms, automaton.lowerStarts, sources]),
    JSON.stringify(automaton.ids),
    automaton.rules.map((rule) => JSON.stringify(rule)).join(SUBTREE),
    JSON.stringify(keys),
    trees,
  ].join(SECTION);
}

export function unpackAutomaton(text: string): AutomatonView {
  const at: number[] = [];
  for (let i = text.indexOf(SECTION); i >= 0 && at.length < SECTIONS - 1; i = text.indexOf(SECTION, i + 1))
    at.push(i);
  const section = (n: number) => text.slice((at[n - 1] as number) + 1, at[n]);
  const v = Number(text.slice(0, at[0]));
  if (v !== AUTOMATON_VERSION || at.length < SECTIONS - 1)
    throw new Error(`packed automaton has version ${v}, this code reads ${AUTOMATON_VERSION}`);
  const [acronyms, lowerStarts, sources] = JSON.parse(section(1)) as [string[], string[], ScanSources];
  const offsets = JSON.parse(section(4)) as Record<string, unknown>;
  const treesAt = (at[4] as number) + 1;
  const parsed = new Map<string, TrieNode>();
  let ids: string[] | undefined;
  let ruleTexts: string[] | undefined;
  const rules: MatchRule[] = [];
  return {
    acronyms,
    lowerStarts,
    sources,
    get ids() {
      ids ??= JSON.parse(section(2)) as string[];
      return ids;
    },
    rule(index) {
      let rule = rules[index];
      if (!rule) {
        ruleTexts ??= section(3).split(SUBTREE);
        const text = ruleTexts[index];
        if (text === undefined) throw new Error(`packed automaton has no rule ${index}`);
        rule = JSON.parse(text) as MatchRule;
        rules[index] = rule;
      }
      return rule;
    },
    firstNode(key) {
      let node = parsed.get(key);
      if (node) return node;
      // Own numbers only: a word such as "constructor" must not find Object.prototype's.
      const offset = Object.hasOwn(offsets, key) ? offsets[key] : undefined;
      if (typeof offset !== 'number') return undefined;
      const from = treesAt + offset;
      node = JSON.parse(text.slice(from, text.indexOf(SUBTREE, from))) as TrieNode;
      parsed.set(key, node);
      return node;
    },
  };
}
