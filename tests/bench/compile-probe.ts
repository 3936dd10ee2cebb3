import { readFileSync } from 'node:fs';
import { unpackAutomaton } from '../../lib/match';

/** Run in a fresh process: loads the packed automaton cold, as a content script does on page load. */
const packed = readFileSync(process.argv[2] as string, 'utf8');
const start = performance.now();
unpackAutomaton(packed);
process.stdout.write(`${performance.now() - start}\n`);
