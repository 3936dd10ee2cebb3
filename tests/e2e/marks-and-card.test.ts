import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { centreOfWord } from '../../lib/cli/extension-probes';
import { REPO_ROOT } from '../support/shared-corpus';
import { type ExtensionHarness, launchExtension, startTestServer, type TestServer } from './launch';

const ARTIFACTS = join(REPO_ROOT, 'tests/e2e/artifacts');
let ext: ExtensionHarness;
let server: TestServer;

beforeAll(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  server = await startTestServer();
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

  it('logged no console errors anywhere', () => {
    expect(ext.errors).toEqual([]);
  });
});
