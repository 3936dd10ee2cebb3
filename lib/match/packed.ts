import {
  AUTOMATON_VERSION,
  type Automaton,
  type AutomatonView,
  type MatchRule,
  type TrieNode,
} from './automaton';
import { type ScanSources, scanSources } from './scan-sources';

/**
 * The packed form, sections split by SECTION: the version; JSON of [acronyms, lowerStarts, the scan's
 * expression sources (written here, not on every page)]; JSON of the ids; each rule as JSON, split by
 * SUBTREE; the first-word keys, sorted, split by SUBTREE; each key's offset in the last section,
 * OFFSET_DIGITS base-36 digits each; and the keys' subtrees as JSON, each ended by SUBTREE. Loading reads
 * the small header and splits the keys (native work, no object per key; a JSON object of the keys took a
 * fresh page five times as long to parse): the ids wait for the first mention, a rule for the first
 * mention that needs it (a page meets a few of them; all of them are ~40 kB of JSON), a subtree for the
 * first time a page meets its word. A key is found by binary search. (JSON text never holds a raw control
 * character, nor does a word key: the separators cannot occur inside a section.)
 */
const SECTION = '\u0001';
const SUBTREE = '\u0002';
const OFFSET_DIGITS = 6;

/** Serialises a compiled automaton, so that the build compiles it once and every page only loads it. */
export function packAutomaton(automaton: Automaton): string {
  const sources = scanSources(automaton.lowerStarts);
  // Code-unit order, as the `<` of the lookup compares.
  const keys = Object.keys(automaton.root).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let offsets = '';
  let trees = '';
  for (const key of keys) {
    offsets += trees.length.toString(36).padStart(OFFSET_DIGITS, '0');
    trees += `${JSON.stringify(automaton.root[key])}${SUBTREE}`;
  }
  return [
    automaton.v,
    JSON.stringify([automaton.acronyms, automaton.lowerStarts, sources]),
    JSON.stringify(automaton.ids),
    automaton.rules.map((rule) => JSON.stringify(rule)).join(SUBTREE),
    keys.join(SUBTREE),
    offsets,
    trees,
  ].join(SECTION);
}

export function unpackAutomaton(text: string): AutomatonView {
  const at: number[] = [];
  for (let i = text.indexOf(SECTION); i >= 0 && at.length < 6; i = text.indexOf(SECTION, i + 1)) at.push(i);
  const section = (n: number) => text.slice((at[n - 1] as number) + 1, at[n]);
  const v = Number(text.slice(0, at[0]));
  if (v !== AUTOMATON_VERSION || at.length < 6)
    throw new Error(`packed automaton has version ${v}, this code reads ${AUTOMATON_VERSION}`);
  const [acronyms, lowerStarts, sources] = JSON.parse(section(1)) as [string[], string[], ScanSources];
  const keys = section(4).split(SUBTREE);
  const offsetsAt = (at[4] as number) + 1;
  const treesAt = (at[5] as number) + 1;
  const parsed = new Map<number, TrieNode>();
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
      let lo = 0;
      let hi = keys.length;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((keys[mid] as string) < key) lo = mid + 1;
        else hi = mid;
      }
      if (keys[lo] !== key) return undefined;
      let node = parsed.get(lo);
      if (!node) {
        const digits = offsetsAt + lo * OFFSET_DIGITS;
        const from = treesAt + Number.parseInt(text.slice(digits, digits + OFFSET_DIGITS), 36);
        node = JSON.parse(text.slice(from, text.indexOf(SUBTREE, from))) as TrieNode;
        parsed.set(lo, node);
      }
      return node;
    },
  };
}
