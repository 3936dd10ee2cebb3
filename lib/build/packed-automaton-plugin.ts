import type { Plugin } from 'vite';
import { loadGazetteer } from '../gazetteer';
import { compileAutomaton, packAutomaton } from '../match';

export const PACKED_AUTOMATON_MODULE = 'virtual:dossier/packed-automaton';
const RESOLVED = `\0${PACKED_AUTOMATON_MODULE}`;

/**
 * Compiles the gazetteer into the packed automaton at build time, so that no page pays for word
 * splitting and normalisation: `import packed from 'virtual:dossier/packed-automaton'` is a string.
 */
export function packedAutomatonPlugin(): Plugin {
  return {
    name: 'dossier-packed-automaton',
    resolveId(source) {
      return source === PACKED_AUTOMATON_MODULE ? RESOLVED : undefined;
    },
    load(id) {
      if (id !== RESOLVED) return undefined;
      const packed = packAutomaton(compileAutomaton(loadGazetteer().lexicon));
      return `export default ${JSON.stringify(packed)};`;
    },
  };
}
