import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callExtension, centreOfWord } from '../../lib/cli/extension-probes';
import { REPO_ROOT } from '../support/shared-corpus';
import {
  type ExtensionHarness,
  launchExtension,
  NEWS_PAGE,
  startTestServer,
  type TestServer,
} from './launch';

// The frame's text sits well below and right of the page's origin, so a missed frame offset misses the mark.
const FRAMED_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Framed</title></head>
<body style="margin:0"><p style="margin:40px">A page that embeds a story.</p>
<iframe style="margin-left:120px;border:6px solid #999;width:600px;height:200px" srcdoc="<p style='font:20px serif;margin:30px'>Aid talks: envoys of the <b>World Health Organization</b> met in Geneva.</p>"></iframe>
</body></html>`;

// Declarative shadow DOM: the shadow root is there without a script.
const SHADOW_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shadow</title></head>
<body style="margin:20px;background:#fff"><p id="light" style="font:40px sans-serif;margin:0 0 20px">Kenya</p>
<div id="host"><template shadowrootmode="open"><p style="font:40px sans-serif;margin:0">Uganda</p></template></div>
</body></html>`;

const ARTIFACTS = join(REPO_ROOT, 'tests/e2e/artifacts');
let ext: ExtensionHarness;
let server: TestServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startTestServer({
    '/': NEWS_PAGE,
    '/framed': FRAMED_PAGE,
    '/shadow': SHADOW_PAGE,
    '/article': readFileSync(join(REPO_ROOT, 'public/demo/kabul-briefing.html'), 'utf8'),
  });
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
});

describe('marks and the hover card on a live page', () => {
  it('marks countries and organisations with highlights, and opens the card on a hovered mark', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(server.url);
    const before = await page.evaluate(() => document.documentElement.outerHTML);

    await expect
      .poll(
        () =>
          page.evaluate(
            () =>
              (CSS.highlights.get('dossier-country')?.size ?? 0) > 1 &&
              (CSS.highlights.get('dossier-organisation')?.size ?? 0) > 1,
          ),
        {
          timeout: 15_000,
          message: 'no Dossier highlights registered on the page',
        },
      )
      .toBe(true);
    const marked = await page.evaluate(() =>
      [...(CSS.highlights.get('dossier-country') ?? [])].map((r) =>
        (r as AbstractRange).startContainer.textContent?.slice(
          (r as AbstractRange).startOffset,
          (r as AbstractRange).endOffset,
        ),
      ),
    );
    expect(marked).toEqual(expect.arrayContaining(['Afghanistan', 'Qatar']));
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(before);

    // Rest the pointer on "Taliban": the card opens after ~500 ms.
    const box = await centreOfWord(page, 'Taliban');
    expect(box).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move(box?.x ?? 0, box?.y ?? 0, { steps: 4 });
    await expect
      .poll(
        () =>
          page.evaluate(() => document.querySelector('dossier-card')?.getBoundingClientRect !== undefined),
        {
          timeout: 5_000,
          message: 'the card did not open on a hovered mark',
        },
      )
      .toBe(true);
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(ARTIFACTS, 'card-on-test-page.png') });

    // Moving away closes it (~300 ms).
    await page.mouse.move(900, 650);
    await page.waitForTimeout(700);
    await page.keyboard.press('Escape');
    await page.close();
  });

  it('clips the page from the card’s “Clip this page”', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.url}article`);
    await expect
      .poll(() => page.evaluate(() => (CSS.highlights.get('dossier-organisation')?.size ?? 0) > 0), {
        timeout: 15_000,
      })
      .toBe(true);
    const word = await centreOfWord(page, 'Taliban');
    await page.mouse.move(5, 5);
    await page.mouse.move(word?.x ?? 0, word?.y ?? 0, { steps: 4 });
    // The card is drawn in a closed shadow root: where it is, is where the page's hit-testing finds its host.
    const cardBox = () =>
      page.evaluate(() => {
        const host = document.querySelector('dossier-card');
        let box = null as { left: number; bottom: number } | null;
        for (let y = 2; host && y < innerHeight; y += 8)
          for (let x = 2; x < innerWidth; x += 8)
            if (document.elementFromPoint(x, y) === host)
              box = { left: Math.min(box?.left ?? x, x), bottom: Math.max(box?.bottom ?? y, y) };
        return box;
      });
    await expect.poll(cardBox, { timeout: 5_000, message: 'the card did not open' }).not.toBeNull();
    await page.waitForTimeout(300);
    const card = (await cardBox()) as { left: number; bottom: number };
    // "Clip this page" is the second button of the card's last row but one (the mute link is last).
    await page.mouse.move(card.left + 190, card.bottom - 60, { steps: 3 });
    await page.mouse.click(card.left + 190, card.bottom - 60);
    await expect
      .poll(
        async () => {
          const r = await callExtension(ext, 'clipForUrl', { url: `${server.url}article` });
          return r.ok ? r.value?.url : null;
        },
        { timeout: 15_000, message: 'no clip of the page after "Clip this page"' },
      )
      .toBe(`${server.url}article`);
    await page.close();
  });

  it('opens the card on a mark inside a same-origin frame', async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 1000, height: 700 });
    await page.goto(`${server.url}framed`);
    const frame = page.frameLocator('iframe');
    await expect
      .poll(() => page.evaluate(() => document.querySelector('iframe')?.contentDocument?.readyState), {
        timeout: 10_000,
      })
      .toBe('complete');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const inner = document.querySelector('iframe')?.contentWindow as
              | (Window & typeof globalThis)
              | null;
            return inner?.CSS.highlights.get('dossier-organisation')?.size ?? 0;
          }),
        { timeout: 15_000, message: 'the frame got no highlights' },
      )
      .toBeGreaterThan(0);
    expect(await page.evaluate(() => document.querySelector('dossier-card'))).toBeNull();
    const box = await frame.locator('b').boundingBox();
    expect(box).not.toBeNull();
    await page.mouse.move(5, 5);
    await page.mouse.move((box?.x ?? 0) + (box?.width ?? 0) / 2, (box?.y ?? 0) + (box?.height ?? 0) / 2, {
      steps: 4,
    });
    await expect
      .poll(() => page.evaluate(() => document.querySelector('dossier-card') !== null), {
        timeout: 5_000,
        message: 'the card did not open on a mark inside the frame',
      })
      .toBe(true);
    await page.close();
  });

  it("paints the marks from the extension's CSS file, in the page and its shadow roots, adopting no sheet", async () => {
    const page = await ext.context.newPage();
    await page.setViewportSize({ width: 600, height: 300 });
    await page.goto(`${server.url}shadow`);
    const shots = () =>
      Promise.all([page.locator('#light').screenshot(), page.locator('#host').screenshot()]);
    const painted = await shotsOnceMarked(page, 'dossier-country', 2, shots);
    expect(await page.evaluate(() => document.adoptedStyleSheets.length)).toBe(0);
    // The same page with our highlights taken out of the registry: the text alone.
    await page.evaluate(() => CSS.highlights.delete('dossier-country'));
    await page.waitForTimeout(100);
    const plain = await shots();
    expect(painted[0]?.equals(plain[0] as Buffer), 'the mark in the page is not drawn').toBe(false);
    expect(painted[1]?.equals(plain[1] as Buffer), 'the mark in the shadow root is not drawn').toBe(false);

    // The reader picks another style: the marks move to that style's names, which the same file draws.
    const changed = await callExtension(ext, 'changeSettings', { kind: 'appearance', markStyle: 'tint' });
    expect(changed.ok).toBe(true);
    try {
      const tinted = await shotsOnceMarked(page, 'dossier-country-tint', 2, shots);
      expect(await page.evaluate(() => CSS.highlights.has('dossier-country'))).toBe(false);
      expect(tinted[0]?.equals(plain[0] as Buffer), 'the tinted mark in the page is not drawn').toBe(false);
      expect(tinted[0]?.equals(painted[0] as Buffer), 'the tint looks like the underline').toBe(false);
      expect(tinted[1]?.equals(plain[1] as Buffer), 'the tinted mark in the shadow root is not drawn').toBe(
        false,
      );
    } finally {
      await callExtension(ext, 'changeSettings', { kind: 'appearance', markStyle: 'underline' });
    }
    await page.close();
  });

  it('logged no console errors anywhere', () => {
    expect(ext.errors).toEqual([]);
  });
});

/** Waits until the highlight `name` holds `count` marks, and for them to be drawn; then takes `shots`. */
async function shotsOnceMarked(
  page: Page,
  name: string,
  count: number,
  shots: () => Promise<Buffer[]>,
): Promise<Buffer[]> {
  await expect
    .poll(() => page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name), {
      timeout: 15_000,
      message: `the page has no ${count} marks in the highlight ${name}`,
    })
    .toBe(count);
  // Marks near the viewport register within a frame or two of the scan.
  await page.waitForTimeout(300);
  return shots();
}
