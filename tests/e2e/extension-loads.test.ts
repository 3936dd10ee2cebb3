import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WxtBrowser } from 'wxt/browser';
import { callExtension, tabReportFor } from '../../lib/cli/extension-probes';
import {
  EXTENSION_DIR,
  type ExtensionHarness,
  launchExtension,
  startTestServer,
  type TestServer,
} from './launch';

// `chrome` as seen inside the extension's own pages and worker (the callbacks below run there).
declare const chrome: WxtBrowser;

let ext: ExtensionHarness;
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('the built extension', () => {
  it('starts its service worker', () => {
    expect(ext.extensionId).toMatch(/^[a-p]{32}$/);
    expect(ext.worker.url()).toBe(`chrome-extension://${ext.extensionId}/background.js`);
  });

  it('runs the content script on a news page and reports to the background', async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url);

    const readReport = () => tabReportFor(ext, server.url);

    await expect
      .poll(readReport, {
        timeout: 15_000,
        message: 'no contentReady report for the test page in storage.session',
      })
      .not.toBeNull();
    const report = await readReport();
    // With the address a clip of the page is filed under, which the popup looks the page's clip up by.
    expect(report).toMatchObject({ url: server.url, canonicalUrl: expect.stringMatching(/^http/) });
    expect(report?.textLength).toBeGreaterThan(100);
    // The real engine ran on the page: the countries and organisations it names.
    expect(report?.entities.map((e) => e.id)).toEqual(
      expect.arrayContaining(['country:AF', 'org:taliban', 'org:un', 'country:QA']),
    );
    const badge = await ext.worker.evaluate(
      (tabId) => chrome.action.getBadgeText({ tabId }),
      report?.tabId as number,
    );
    expect(badge).toBe(String(report?.entities.length));
    expect(report?.tabId).toEqual(expect.any(Number));

    // The content script must not touch the page's own DOM.
    const attrs = await page.evaluate(() => ({
      html: document.documentElement.getAttributeNames(),
      body: document.body.getAttributeNames(),
      children: [...document.body.children].map((e) => e.tagName),
    }));
    expect(attrs).toEqual({ html: ['lang'], body: [], children: ['ARTICLE'] });
    await page.close();
  });

  it('offers clipping from a keyboard shortcut and from the page’s context menu', async () => {
    const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
    expect(manifest.permissions).toEqual(expect.arrayContaining(['contextMenus', 'scripting']));
    const commands = await ext.worker.evaluate(() => chrome.commands.getAll());
    expect(commands).toContainEqual(
      expect.objectContaining({ name: 'clip-page', description: 'Clip this page to Dossier' }),
    );
  });

  it('keeps the card out of the content script that every page parses: it is injected on first hover', () => {
    const content = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
    const card = readFileSync(join(EXTENSION_DIR, 'card.js'), 'utf8');
    // The card's style sheet (its keyframes' name) and the palette it takes travel in card.js only.
    expect(card).toContain('dossier-card-in');
    expect(card).toContain('--accent-hover');
    expect(content).not.toContain('dossier-card-in');
    expect(content).not.toContain('--accent-hover');
    expect(Buffer.byteLength(content) / 1024).toBeLessThan(60);
  });

  it('opens and renders the popup, which can reach the background', async () => {
    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await expect.poll(() => page.textContent('h1'), { timeout: 10_000 }).toBe('Dossier');
    expect(await page.textContent('p')).toBeTruthy();

    // `ping` through the real runtime, in @webext-core/messaging's wire format.
    const { version } = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
      version: string;
    };
    expect(await callExtension(ext, 'ping', undefined)).toEqual({ ok: true, value: { version } });
    await page.close();
  });

  it("lists the page's countries and organisations in the popup, with how many clipped articles name each", async () => {
    const page = await ext.context.newPage();
    await page.goto(server.url);
    await expect.poll(() => tabReportFor(ext, server.url), { timeout: 15_000 }).not.toBeNull();
    const tabId = (await tabReportFor(ext, server.url))?.tabId as number;
    const clipped = await callExtension(ext, 'clipTab', { tabId, asBookmark: true });
    expect(clipped.ok && clipped.value.saved).toBe(true);

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    const row = popup.locator('.entity', { hasText: 'Afghanistan' }).first();
    await expect.poll(() => row.textContent(), { timeout: 10_000 }).toContain('1 clipped article');
    expect(await popup.locator('.group h3').allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Countries \d+$/),
        expect.stringMatching(/^Organisations \d+$/),
      ]),
    );
    // The first paint was marked, with the list and its counts on screen.
    expect(await popup.evaluate(() => performance.getEntriesByName('dossier:popup-first-paint').length)).toBe(
      1,
    );
    await popup.close();
    await page.close();
  });

  it('logged no console errors anywhere', () => {
    expect(ext.errors).toEqual([]);
  });
});
