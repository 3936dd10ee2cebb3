import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readPageText } from '../../lib/cli/read-page';
import { loadGazetteer } from '../../lib/gazetteer';
import {
  compileAutomaton,
  createMatcher,
  matchChunks,
  packAutomaton,
  unpackAutomaton,
} from '../../lib/match';
import type { TextChunk } from '../../lib/text';
import { corpusPagePath, corpusPages, REPO_ROOT } from '../support/shared-corpus';
import { median, round } from './stats';
import type { Bench } from './types';

const RUNS = 15;
const WARMUP = 3;
const COLD_LOADS = 7;

/** The baseline: a bare Unicode word pass, the least any word-level matcher must do. */
function wordPass(texts: readonly string[]): number {
  let words = 0;
  const re = /\p{L}+/gu;
  for (const text of texts) {
    re.lastIndex = 0;
    while (re.exec(text) !== null) words++;
  }
  return words;
}

function coldLoadMs(packed: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
  const file = join(dir, 'automaton.json');
  writeFileSync(file, packed);
  const times: number[] = [];
  for (let i = 0; i < COLD_LOADS; i++) {
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(REPO_ROOT, 'tests/bench/compile-probe.ts'), file],
      { cwd: REPO_ROOT, encoding: 'utf8' },
    );
    times.push(Number(out.trim()));
  }
  return median(times);
}

export const matcherBench: Bench = {
  name: 'matcher',
  describe: 'entity matcher over the visible text of the 39 corpus pages',
  async run() {
    const pages: Array<{ chunks: TextChunk[]; text: string }> = [];
    for (const page of corpusPages()) pages.push(await readPageText(corpusPagePath(page.id)));
    const texts = pages.map((p) => p.text);
    const chars = texts.reduce((n, t) => n + t.length, 0);

    const gazetteer = loadGazetteer();
    const t0 = performance.now();
    const automaton = compileAutomaton(gazetteer.lexicon);
    const compileFromGazetteerMs = performance.now() - t0;
    const packed = packAutomaton(automaton);
    const compileMs = coldLoadMs(packed);
    const matcher = createMatcher(unpackAutomaton(packed));

    const baseline: number[] = [];
    const matching: number[] = [];
    let mentions = 0;
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const b0 = performance.now();
      wordPass(texts);
      const b1 = performance.now();
      mentions = 0;
      for (const page of pages) mentions += matchChunks(matcher, page.chunks).length;
      const m1 = performance.now();
      if (i >= WARMUP) {
        baseline.push(b1 - b0);
        matching.push(m1 - b1);
      }
    }
    const matchMs = median(matching);
    const baseMs = median(baseline);
    const figures = {
      ratioToWordPass: round(matchMs / baseMs),
      compileMs: round(compileMs),
      mbPerSec: round(chars / 1e6 / (matchMs / 1000), 1),
    };
    return {
      figures,
      table: [
        ['corpus text', `${(chars / 1e6).toFixed(2)} M chars in ${pages.length} pages, ${mentions} mentions`],
        ['matcher (median of 15)', `${matchMs.toFixed(2)} ms`],
        ['baseline /\\p{L}+/gu word pass', `${baseMs.toFixed(2)} ms`],
        ['ratioToWordPass (target <= 3)', String(figures.ratioToWordPass)],
        ['throughput', `${figures.mbPerSec} M chars/s`],
        ['compileMs: load packed automaton, cold process (target < 5)', `${figures.compileMs} ms`],
        ['compile from the gazetteer at run time (for scale)', `${compileFromGazetteerMs.toFixed(2)} ms`],
        ['packed automaton', `${(packed.length / 1024).toFixed(1)} kB, ${automaton.ids.length} entities`],
      ],
    };
  },
};
