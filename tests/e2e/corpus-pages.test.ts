import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, type ExtensionHarness, launchExtension } from '../../lib/cli/extension-browser';
import { callExtension, tabReportFor } from '../../lib/cli/extension-probes';
import type { LocalServer } from '../../lib/cli/local-server';
import { onlyThisPage, startCorpusServer } from '../support/corpus-server';
import { corpusPages } from '../support/shared-corpus';

/** Reads the page as the page's own scripts left it, after the extension had time to scan. */
interface PageState {
  html: string;
  problems: string[];
  highlights: number;
}

const pages = corpusPages();
const NOISE = /^Failed to load resource|^Refused to (execute|load)|Content Security Policy/;
let server: LocalServer;
let ext: ExtensionHarness;
let plain: Browser;
let plainContext: BrowserContext;

beforeAll(async () => {
  // The saved pages' own scripts stay out of both runs (see startCorpusServer).
  server = await startCorpusServer(pages.map((p) => p.id));
  ext = await launchExtension();
  plain = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--disable-gpu', '--disable-quic', '--no-sandbox'],
  });
  plainContext = await plain.newContext();
});

afterAll(async () => {
  await ext?.close();
  await plain?.close();
  await server?.close();
});

/** Opens a corpus page with nothing but the page itself reachable, so both runs see the same page. */
async function visit(
  context: BrowserContext,
  id: string,
  settle: (page: Page) => Promise<void>,
): Promise<PageState> {
  const page = await context.newPage();
  const url = `${server.url}${id}`;
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    // Subresources are cut off and scripts refused on purpose; how many the page asks for depends on timing.
    if (m.type() === 'error' && !NOISE.test(m.text())) problems.push(`console: ${m.text()}`);
  });
  await onlyThisPage(page, url);
  await page.goto(url, { waitUntil: 'load' });
  await settle(page);
  const html = await page.evaluate(() => document.documentElement.outerHTML);
  const highlights = await page.evaluate(() => (CSS.highlights ? CSS.highlights.size : -1));
  await page.close();
  return { html, problems, highlights };
}

async function reported(url: string): Promise<boolean> {
  return (await tabReportFor(ext, url)) !== null;
}

describe('the extension on all 39 corpus pages', () => {
  for (const { id } of pages) {
    it(`leaves ${id} byte-identical and error-free`, async () => {
      const without = await visit(plainContext, id, (page) => page.waitForTimeout(300));
      const withExt = await visit(ext.context, id, async () => {
        await expect.poll(() => reported(`${server.url}${id}`), { timeout: 15_000 }).toBe(true);
      });
      expect(withExt.html).toBe(without.html);
      expect(withExt.problems.sort()).toEqual(without.problems.sort());
    });
  }

  it('clips every page so that the archive, exported, passes its own import checks', async () => {
    for (const { id } of pages) {
      const page = await ext.context.newPage();
      const url = `${server.url}${id}`;
      await onlyThisPage(page, url);
      await page.goto(url, { waitUntil: 'load' });
      await expect.poll(() => reported(url), { timeout: 15_000 }).toBe(true);
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
  });
});
