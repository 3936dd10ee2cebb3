import { AUTOMATON_VERSION, type Automaton, type AutomatonView, type TrieNode } from './automaton';

/**
 * The packed form: [version, ids, rules, acronyms, lowerStarts, [key, subtreeJson, key, subtreeJson, ...]].
 * Each first word's subtree stays a JSON string until a page meets that word, so loading costs one
 * parse of a flat array of strings, not the building of thousands of nodes.
 */
type Packed = [number, string[], Automaton['rules'], string[], string[], string[]];

/** Serialises a compiled automaton, so that the build compiles it once and every page only loads it. */
export function packAutomaton(automaton: Automaton): string {
  const flat: string[] = [];
  for (const key of Object.keys(automaton.root)) flat.push(key, JSON.stringify(automaton.root[key]));
  const packed: Packed = [
    automaton.v,
    automaton.ids,
    automaton.rules,
    automaton.acronyms,
    automaton.lowerStarts,
    flat,
  ];
  return JSON.stringify(packed);
}

export function unpackAutomaton(text: string): AutomatonView {
  const [v, ids, rules, acronyms, lowerStarts, flat] = JSON.parse(text) as Packed;
  if (v !== AUTOMATON_VERSION)
    throw new Error(`packed automaton has version ${v}, this code reads ${AUTOMATON_VERSION}`);
  const firsts = new Map<string, string | TrieNode>();
  for (let i = 0; i < flat.length; i += 2) firsts.set(flat[i] as string, flat[i + 1] as string);
  return {
    ids,
    rules,
    acronyms,
    lowerStarts,
    firstNode(key) {
      const found = firsts.get(key);
      if (typeof found !== 'string') return found;
      const node = JSON.parse(found) as TrieNode;
      firsts.set(key, node);
      return node;
    },
  };
}
