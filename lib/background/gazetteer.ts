import { type Gazetteer, loadGazetteer } from '../gazetteer';

// The gazetteer is constant data built from the bundle; rebuilding it on every worker start is
// the only cost, so it is memoised per worker lifetime (it holds no state of the reader's).
let gazetteer: Gazetteer | undefined;

/** The gazetteer, built once per worker: facts, names and the reader's automaton all read it. */
export const workerGazetteer = (): Gazetteer => {
  gazetteer ??= loadGazetteer();
  return gazetteer;
};
