import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type ExtensionHarness, launchExtension } from '../../lib/cli/extension-browser';
import { callExtension, tabReportFor } from '../../lib/cli/extension-probes';
import type { LocalServer } from '../../lib/cli/local-server';
import type { TabReport } from '../../lib/messages';
import { onlyThisPage, requestsNotFromThePage, startCorpusServer } from '../support/corpus-server';
import { cardBox, firstVisibleMark, highlightSizes } from '../support/page-marks';
import { corpusPagePath, corpusPages, REPO_ROOT } from '../support/shared-corpus';

/** A corpus page as it stood once loaded (and, with the extension, once scanned). */
interface Visit {
  html: string;
  /** Page errors, console errors other than the refused subresources', and anything Dossier logged. */
  problems: string[];
  /** Every request refused: all but the page itself. */
  requests: string[];
}

const pages = corpusPages();
const NOISE = /^Failed to load resource|^Refused to (execute|load)|Content Security Policy/;
const VIEWPORT = { width: 1280, height: 800 };
const CARD_HOST = '<dossier-card data-dossier-ui=""></dossier-card>';
// A maths post whose one candidate, "Jordan", is the algebra and the physicist (see its file in tests/gold).
const NAMES_NONE = new Set(['defuddle--general--cp4space-jordan-algebra']);
// Pages that keep their own styles (inline) and whose first mark's card reads well; one is in the README.
const SCREENSHOTS: Record<string, string> = {
  'aeb--374ac9a59a': 'corpus-cnbc-card.png',
  'aeb--702d1da63b': 'corpus-nytimes-card.png',
  'aeb--5fa3154ec0': 'corpus-guardian-card.png',
};
const SCREENSHOT_DIR = join(REPO_ROOT, 'tests/e2e/screenshots');

let server: LocalServer;
let ext: ExtensionHarness;
let plain: Browser;
let plainContext: BrowserContext;
/** Warnings and errors from the extension's service worker, and anything it logged as Dossier. */
const workerProblems: string[] = [];
const timings: string[] = [];

beforeAll(async () => {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // The saved pages' own scripts stay out of both runs (see startCorpusServer).
  server = await startCorpusServer(pages.map((p) => p.id));
  ext = await launchExtension();
  // The harness keeps console errors only; the background's "[Dossier] …" notes are console.warn. A worker
  // stopped while idle comes back as a new one.
  const watch = (worker: Worker) =>
    worker.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning' || m.text().includes('[Dossier]')) {
        workerProblems.push(`${m.type()}: ${m.text()}`);
      }
    });
  watch(ext.worker);
  ext.context.on('serviceworker', watch);
  plain = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-quic', '--no-sandbox'],
  });
  plainContext = await plain.newContext({ viewport: VIEWPORT });
});

afterAll(async () => {
  if (timings.length > 0) console.info(`corpus pages, ms: ${timings.join(', ')}`);
  await ext?.close();
  await plain?.close();
  await server?.close();
});

/** Opens a corpus page with nothing but the page itself reachable, so both runs see the same page. */
async function open(context: BrowserContext, id: string): Promise<{ page: Page; visit: Visit }> {
  const page = await context.newPage();
  await page.setViewportSize(VIEWPORT);
  const visit: Visit = { html: '', problems: [], requests: [] };
  page.on('pageerror', (e) => visit.problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Subresources are cut off and scripts refused on purpose; how many the page asks for depends on timing.
    const ours = m.text().includes('[Dossier]');
    if (ours || (m.type() === 'error' && !NOISE.test(m.text()))) {
      visit.problems.push(`console.${m.type()}: ${m.text()}`);
    }
  });
  visit.requests = await onlyThisPage(page, `${server.url}${id}`);
  await page.goto(`${server.url}${id}`, { waitUntil: 'load' });
  return { page, visit };
}

/**
 * Waits for the content script's first full scan to end: its report then carries the text length it read
 * (0 in the reports sent while the page's text is still being read), and neither the report nor the
 * highlights change any more.
 */
async function scanned(page: Page, url: string): Promise<TabReport> {
  const read = async () => ({ report: await tabReportFor(ext, url), sizes: await highlightSizes(page) });
  let last = '';
  let state = await read();
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const now = JSON.stringify(state);
    if ((state.report?.textLength ?? 0) > 0 && now === last) return state.report as TabReport;
    last = now;
    await page.waitForTimeout(400);
    state = await read();
  }
  throw new Error(`the scan of ${url} did not finish within 20 s: ${JSON.stringify(state)}`);
}

async function visitWithout(id: string): Promise<Visit> {
  const { page, visit } = await open(plainContext, id);
  await page.waitForTimeout(300);
  visit.html = await page.evaluate(() => document.documentElement.outerHTML);
  await page.close();
  return visit;
}

/** Rests the pointer on the first mark in view and expects the card beside it, adding nothing but its host. */
async function expectCardOnFirstMark(page: Page, html: string): Promise<void> {
  const mark = await firstVisibleMark(page);
  if (!mark) throw new Error('no marked name anywhere on the page');
  const centre = { x: (mark.box.left + mark.box.right) / 2, y: (mark.box.top + mark.box.bottom) / 2 };
  await page.mouse.move(centre.x - 40, centre.y - 30);
  await page.mouse.move(centre.x, centre.y, { steps: 4 });
  await expect
    .poll(() => cardBox(page, 16), { timeout: 5_000, message: `the card did not open on "${mark.text}"` })
    .not.toBeNull();
  // The card fades in over 120 ms.
  await page.waitForTimeout(200);
  const card = await cardBox(page);
  if (!card) throw new Error(`the card on "${mark.text}" closed again`);
  expect(card.right - card.left, 'the card is too narrow to read').toBeGreaterThan(200);
  expect(card.bottom - card.top, 'the card is too short to read').toBeGreaterThan(100);
  // Beside the mark (8 px away, give or take the 8 px sampling), never over it.
  const below = card.top - mark.box.bottom;
  const above = mark.box.top - card.bottom;
  expect(
    (below >= 0 && below < 24) || (above >= 0 && above < 24),
    `the card at ${JSON.stringify(card)} is not beside "${mark.text}" at ${JSON.stringify(mark.box)}`,
  ).toBe(true);
  expect(card.left <= mark.box.right && card.right >= mark.box.left, 'the card is off to one side').toBe(
    true,
  );
  // The card's host, at the end of <html>, is all the extension adds.
  const during = await page.evaluate(() => document.documentElement.outerHTML);
  expect(during.endsWith(`${CARD_HOST}</html>`)).toBe(true);
  expect(during.replace(CARD_HOST, '')).toBe(html);
}

describe('the extension on all 39 corpus pages', () => {
  for (const { id } of pages) {
    const what = NAMES_NONE.has(id)
      ? 'marks nothing on a page that names no country or organisation'
      : 'marks its names and opens the card on a hovered mark';
    it(`${id}: ${what}, and leaves the page byte-identical, error-free and offline`, async () => {
      const started = Date.now();
      const url = `${server.url}${id}`;
      const without = await visitWithout(id);
      const workerBefore = workerProblems.length;
      const { page, visit } = await open(ext.context, id);

      const report = await scanned(page, url);
      visit.html = await page.evaluate(() => document.documentElement.outerHTML);
      expect(visit.html, 'the page with the extension differs from the page without it').toBe(without.html);
      if (NAMES_NONE.has(id)) {
        expect(report.entities).toEqual([]);
        expect(await highlightSizes(page)).toEqual({ country: -1, organisation: -1 });
      } else {
        expect(report.entities.length, 'the report names no entity').toBeGreaterThan(0);
        const sizes = await highlightSizes(page);
        expect(sizes.country, 'dossier-country is not in CSS.highlights').toBeGreaterThanOrEqual(0);
        expect(sizes.organisation, 'dossier-organisation is not in CSS.highlights').toBeGreaterThanOrEqual(0);
        await expectCardOnFirstMark(page, without.html);
        const shot = SCREENSHOTS[id];
        if (shot) await page.screenshot({ path: join(SCREENSHOT_DIR, shot) });
      }
      await page.close();

      expect(visit.problems.sort()).toEqual(without.problems.sort());
      expect(workerProblems.slice(workerBefore)).toEqual([]);
      // Only what the page itself asks for: the extension must add no request, to any host.
      const source = readFileSync(corpusPagePath(id), 'utf8');
      expect(requestsNotFromThePage(visit.requests, without.requests, source, url)).toEqual([]);
      timings.push(`${id} ${Date.now() - started}`);
    });
  }

  it('clips every page so that the archive, exported, passes its own import checks', async () => {
    for (const { id } of pages) {
      const page = await ext.context.newPage();
      const url = `${server.url}${id}`;
      await onlyThisPage(page, url);
      await page.goto(url, { waitUntil: 'load' });
      await expect.poll(() => tabReportFor(ext, url), { timeout: 15_000 }).not.toBeNull();
      const tabId = (await tabReportFor(ext, url))?.tabId as number;
      const clipped = await callExtension(ext, 'clipTab', { tabId, asBookmark: false });
      expect(clipped, id).toMatchObject({ ok: true, value: { saved: true } });
      await page.close();
    }
    const file = await callExtension(ext, 'exportStore', {});
    if (!file.ok) throw new Error(file.error);
    // Sanitised article HTML from 39 real pages must never trip the check that keeps script out of an
    // import: a reader's backup of these clips has to come back in.
    const preview = await callExtension(ext, 'previewImport', { json: file.value });
    if (!preview.ok) throw new Error(preview.error);
    expect(preview.value.skip).toBe(pages.length);
    for (const problem of preview.value.problems) expect(problem).toMatch(/already has this page/);
  });

  it('logged no errors in the extension', () => {
    expect(ext.errors.filter((e) => e.includes('chrome-extension://') || e.includes('Dossier'))).toEqual([]);
    expect(workerProblems).toEqual([]);
  });
});
