import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM } from '../../lib/cli/extension-browser';
import { startLocalServer } from '../../lib/cli/local-server';
import { loadGazetteer } from '../../lib/gazetteer';
import { compileAutomaton, packAutomaton } from '../../lib/match';
import { onlyThisPage } from '../support/corpus-server';
import { corpusPagePath, corpusPages, REPO_ROOT } from '../support/shared-corpus';
import type { Probe, ProbeResult } from './content-probe';
import { median, round } from './stats';
import type { Bench } from './types';

const CONTENT_JS = join(REPO_ROOT, '.output/chrome-mv3/content-scripts/content.js');
/** mark.js takes seconds a page with a long term list: it runs on the first pages only, each with a time limit. */
const MARKJS_PAGES = 8;
/**
 * Each page is loaded this many times for each measure (bare walk, Dossier's walk, the floor, Dossier), each
 * time fresh, and the median kept: one cold run of a page varies by a factor of two on a busy machine (garbage
 * collection, the page's own start-up work), which made the sums of single runs move by 20% from one run to the
 * next.
 */
const ROUNDS = 3;
const MARKJS_LIMIT_MS = 30_000;
/**
 * A page of one short paragraph, loaded fresh this many times: what Dossier costs any page load whatever
 * its length (first use of each function and browser API, the matcher's load), against the bare pass there.
 */
const ONE_PARAGRAPH = 'one-paragraph';
const ONE_PARAGRAPH_LOADS = 9;
const ONE_PARAGRAPH_HTML =
  '<!doctype html><html lang="en"><head><title>One paragraph</title></head><body><p>The bombing in Kabul ' +
  'was claimed by Islamic State; the United Nations and the U.S. condemned it.</p></body></html>';

async function probeBundle(): Promise<string> {
  const out = await build({
    entryPoints: [join(REPO_ROOT, 'tests/bench/content-probe.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    platform: 'browser',
    minify: true,
  });
  return out.outputFiles[0]?.text ?? '';
}

declare const dossierBench: Probe;

export const contentBench: Bench = {
  name: 'content',
  describe: `scan and mark in headless Chromium, cold in a fresh page, over the 39 corpus pages (median of ${ROUNDS} loads each)`,
  async run() {
    if (!existsSync(CONTENT_JS))
      throw new Error(`no built content script at ${CONTENT_JS}: run \`npm run build\` first`);
    const bundleKb = statSync(CONTENT_JS).size / 1024;
    const probe = await probeBundle();
    // mark.js is a UMD file that registers itself on `this`: give it the window explicitly.
    const markjs = `(function () {\n${readFileSync(join(REPO_ROOT, 'node_modules/mark.js/dist/mark.min.js'), 'utf8')}\n}).call(window);`;
    const gazetteer = loadGazetteer();
    const packed = packAutomaton(compileAutomaton(gazetteer.lexicon));
    const terms = [...new Set(gazetteer.lexicon.entries.filter((e) => e.entity >= 0).map((e) => e.text))];
    const firstWords = [...new Set(terms.map((t) => t.split(/[\s-]/)[0] as string))].join('|');

    // The matcher as the content script receives it: a message, which travels as JSON.
    const packedMessage = JSON.stringify(packed);
    const contentJs = readFileSync(CONTENT_JS, 'utf8');

    const pages = corpusPages();
    const routes: Record<string, string> = { [`/${ONE_PARAGRAPH}`]: ONE_PARAGRAPH_HTML };
    for (const { id } of pages) routes[`/${id}`] = readFileSync(corpusPagePath(id), 'utf8');
    // The saved pages' own scripts stay out; ours go in as init scripts. Compiling a string stays allowed,
    // so that each Dossier run compiles the built content script in its page, as the browser does.
    const server = await startLocalServer(routes, {
      headers: { 'content-security-policy': "script-src 'unsafe-eval'" },
    });
    const dossierArgs = [packedMessage, contentJs] as const;
    const browser: Browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--disable-gpu', '--disable-quic', '--no-sandbox'],
    });
    const open = async (id: string, scripts: string[]): Promise<Page> => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const url = `${server.url}${id}`;
      await onlyThisPage(page, url);
      for (const content of scripts) await page.addInitScript({ content });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    };
    /** Loads the page fresh with the probe script, runs `run` on it, and closes it. */
    const inFreshPage = async <T>(id: string, run: (page: Page) => Promise<T>): Promise<T> => {
      const page = await open(id, [probe]);
      try {
        return await run(page);
      } finally {
        await page.context().close();
      }
    };

    let walkMs = 0;
    let ruledWalkMs = 0;
    let floorMs = 0;
    let floorHits = 0;
    let dossierMs = 0;
    let compileMs = 0;
    let loadMs = 0;
    let drawMs = 0;
    let longestTaskMs = 0;
    let medianRunsTaskMs = 0;
    let marks = 0;
    let restyleMs = 0;
    let sheetRestyleMs = 0;
    const dossierOnPage = new Map<string, number>();
    try {
      for (const { id } of pages) {
        const walks: number[] = [];
        const ruledWalks: number[] = [];
        const floors: number[] = [];
        const runs: ProbeResult[] = [];
        // Interleaved, so that a slow spell of the machine falls on both.
        for (let round = 0; round < ROUNDS; round++) {
          walks.push(await inFreshPage(id, (page) => page.evaluate(() => dossierBench.textWalk())));
          ruledWalks.push(await inFreshPage(id, (page) => page.evaluate(() => dossierBench.ruledWalk())));
          const least = await inFreshPage(id, (page) =>
            page.evaluate((w) => dossierBench.floor(w), firstWords),
          );
          floors.push(least.ms);
          if (round === 0) floorHits += least.hits;
          runs.push(
            await inFreshPage(id, (page) =>
              page.evaluate(([m, c]) => dossierBench.dossier(m, c), dossierArgs),
            ),
          );
        }
        walkMs += median(walks);
        ruledWalkMs += median(ruledWalks);
        floorMs += median(floors);
        runs.sort((a, b) => a.ms - b.ms);
        const r = runs[runs.length >> 1] as (typeof runs)[number];
        dossierMs += r.ms;
        compileMs += r.compileMs;
        loadMs += r.loadMs;
        drawMs += r.drawMs;
        dossierOnPage.set(id, r.ms);
        // The figure is the worst task of every run; the table also gives the worst of the median runs.
        medianRunsTaskMs = Math.max(medianRunsTaskMs, r.longestSliceMs, r.longTaskMs);
        for (const run of runs) longestTaskMs = Math.max(longestTaskMs, run.longestSliceMs, run.longTaskMs);
        marks += r.marks;
        // What the marks cost the page's rendering: Dossier (the CSS file carries the style) against an
        // adopted sheet, once each.
        for (const sheet of [false, true]) {
          const restyled = await inFreshPage(id, (page) =>
            page.evaluate(([p, s]) => dossierBench.restyle(p, s), [packed, sheet] as const),
          );
          if (sheet) sheetRestyleMs += restyled.ms;
          else restyleMs += restyled.ms;
        }
      }
      const shortWalks: number[] = [];
      const shortRuns: number[] = [];
      for (let load = 0; load < ONE_PARAGRAPH_LOADS; load++) {
        shortWalks.push(
          await inFreshPage(ONE_PARAGRAPH, (page) => page.evaluate(() => dossierBench.textWalk())),
        );
        const run = await inFreshPage(ONE_PARAGRAPH, (page) =>
          page.evaluate(([m, c]) => dossierBench.dossier(m, c), dossierArgs),
        );
        shortRuns.push(run.ms);
      }
      let markjsMs = 0;
      let dossierSameMs = 0;
      let failures = 0;
      let timeouts = 0;
      for (const { id } of pages.slice(0, MARKJS_PAGES)) {
        const page = await open(id, [markjs]);
        // A string, not a function: the TypeScript runner would wrap a function's inner closures in helpers
        // that do not exist in the page.
        const result = (await page
          .evaluate(
            // One call with every term overflows mark.js's stack (each term nests a callback), so the terms go
            // in batches, one after another, as a user of mark.js would have to; a batch that throws counts.
            `new Promise((done) => {
              const terms = ${JSON.stringify(terms)};
              const start = performance.now();
              const timer = setTimeout(() => done({ ms: -1, failed: 0 }), ${MARKJS_LIMIT_MS});
              let failed = 0;
              const next = (i) => {
                if (i >= terms.length) { clearTimeout(timer); done({ ms: performance.now() - start, failed }); return; }
                try {
                  new Mark(document.body).mark(terms.slice(i, i + 100), {
                    separateWordSearch: false, caseSensitive: true, accuracy: 'exactly',
                    done: () => next(i + 100),
                  });
                } catch (e) { failed++; next(i + 100); }
              };
              next(0);
            })`,
          )
          .catch(() => ({ ms: -1, failed: 1 }))) as { ms: number; failed: number };
        await page.context().close();
        // A batch that throws ("Invalid regular expression: Stack overflow") is counted, and its time kept.
        failures += result.failed;
        if (result.ms < 0) timeouts++;
        else {
          markjsMs += result.ms;
          dossierSameMs += dossierOnPage.get(id) ?? 0;
        }
      }
      const figures = {
        ratioToTextWalk: round(dossierMs / walkMs),
        longestTaskMs: round(longestTaskMs, 1),
        speedupVsMarkjs: dossierSameMs > 0 ? round(markjsMs / dossierSameMs, 0) : 0,
        bundleKb: round(bundleKb, 1),
      };
      return {
        figures,
        table: [
          ['pages', `${pages.length}, ${marks} marks`],
          [
            `bare TreeWalker text pass (sum over pages of the median of ${ROUNDS})`,
            `${walkMs.toFixed(1)} ms`,
          ],
          [
            "Dossier's walk alone: skip rules, block breaks, shadow roots; no matching",
            `${ruledWalkMs.toFixed(1)} ms (${(ruledWalkMs / walkMs).toFixed(2)}× the bare pass)`,
          ],
          [
            // The probe's `floor`: no skip rules, block breaks, multi-word names, case or context rules.
            'the floor: the least any JavaScript matcher pays (first words, walk, one expression, lookups, highlights)',
            `${floorMs.toFixed(1)} ms (${(floorMs / walkMs).toFixed(2)}× the bare pass; ${floorHits} hits)`,
          ],
          [
            'Dossier: compile the content script + matcher message + set up + scan + draw marks (sum of medians)',
            `${dossierMs.toFixed(1)} ms (compile ${compileMs.toFixed(1)}, matcher message and load ` +
              `${loadMs.toFixed(1)}, marks registered near the viewport ${drawMs.toFixed(1)})`,
          ],
          ['ratioToTextWalk (target <= 3)', String(figures.ratioToTextWalk)],
          [
            `a page of one paragraph (3 names), median of ${ONE_PARAGRAPH_LOADS} fresh loads: what any page load costs`,
            `Dossier ${median(shortRuns).toFixed(1)} ms, bare pass ${median(shortWalks).toFixed(1)} ms; ` +
              `bare pass of the average corpus page ${(walkMs / pages.length).toFixed(1)} ms`,
          ],
          [
            "the page's style and layout again after every mark is drawn (sum, one load each)",
            `${restyleMs.toFixed(1)} ms; with an adopted highlight sheet instead of the CSS file: ${sheetRestyleMs.toFixed(1)} ms`,
          ],
          [
            'longestTaskMs (target <= 50)',
            `${figures.longestTaskMs}, the worst of all ${ROUNDS * pages.length} runs (of the median runs: ${medianRunsTaskMs.toFixed(1)})`,
          ],
          [
            `mark.js, same ${terms.length} terms, first ${MARKJS_PAGES} pages`,
            `${markjsMs.toFixed(0)} ms vs Dossier ${dossierSameMs.toFixed(1)} ms; ${failures} batches of 100 terms threw, ${timeouts} pages over ${MARKJS_LIMIT_MS / 1000} s`,
          ],
          ['speedupVsMarkjs (target >= 300)', String(figures.speedupVsMarkjs)],
          ['bundleKb: built content script (target < 60)', String(figures.bundleKb)],
        ],
      };
    } finally {
      await browser.close();
      await server.close();
    }
  },
};
