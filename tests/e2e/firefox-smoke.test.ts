import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assertFirefoxBuild,
  FIREFOX_EXTENSION_DIR,
  type FirefoxHarness,
  firefoxMissing,
  launchFirefox,
} from '../../lib/cli/firefox-bidi';
import type { LocalServer } from '../../lib/cli/local-server';
import { startCorpusServer } from '../support/corpus-server';
import { type Box, cardBoxHere, highlightSizesHere } from '../support/page-marks';
import { REPO_ROOT } from '../support/shared-corpus';

// The Firefox build (MV2, .output/firefox-mv2) in Debian's firefox-esr, driven over WebDriver BiDi: the
// Chromium smoke promises on a few pages. Build it first: `npx wxt build -b firefox`.

const missing = firefoxMissing();
if (missing) console.warn(`Skipping the Firefox smoke test: ${missing}`);

const DEMO = 'demo';
// A long English page with its site's chrome, a short English story, and French.
const CORPUS = ['readability--nytimes-1', 'aeb--7916ecca96', 'readability--liberation-1'];
const PAGES = [DEMO, ...CORPUS];
const ARTIFACTS = join(REPO_ROOT, 'tests/e2e/artifacts');
const VIEWPORT = { width: 1000, height: 700 };
const CARD_HOST = '<dossier-card data-dossier-ui=""></dossier-card>';

interface Point {
  x: number;
  y: number;
}

let firefox: FirefoxHarness;
let server: LocalServer;
let tab: string;
/** Each page's outerHTML in the same Firefox before the extension was installed. */
const plain = new Map<string, string>();
/** An extension page's browsing context (the library tab the card opened), to talk to the background. */
let extensionPage: string | undefined;
/** Console errors BiDi attributed to our scripts (the content script's; not the background page's). */
const bidiErrors: string[] = [];

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const urlOf = (id: string) => `${server.url}${id}`;

async function poll<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs: number): Promise<T> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (!ok(value) && Date.now() < until) {
    await sleep(200);
    value = await read();
  }
  return value;
}

const outerHtml = () => firefox.evaluate<string>(tab, 'document.documentElement.outerHTML');

/** Sizes of our two highlights in the page's registry (-1: not registered). */
const highlightSizes = () => firefox.call<{ country: number; organisation: number }>(tab, highlightSizesHere);

/** The first highlighted mention inside the viewport (after scrolling the first one there if none is). */
const firstVisibleMark = () =>
  firefox.call<{ text: string; box: Box } | null>(tab, () => {
    const find = () => {
      for (const name of ['dossier-organisation', 'dossier-country']) {
        for (const r of CSS.highlights.get(name) ?? []) {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          const b = range.getClientRects()[0];
          if (!b || b.width < 4 || b.top < 20 || b.bottom > innerHeight - 20 || b.right > innerWidth - 20) {
            continue;
          }
          return {
            text: range.toString(),
            box: { left: b.left, top: b.top, right: b.right, bottom: b.bottom },
          };
        }
      }
      return null;
    };
    const found = find();
    if (found) return found;
    const first = [...(CSS.highlights.get('dossier-country') ?? [])][0] as AbstractRange | undefined;
    first?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    return find();
  });

/** The card's box as the page's hit-testing sees it, sampled every 8 px; null when it is not open. */
const cardBox = () => firefox.call<Box | null>(tab, cardBoxHere, 8);

async function pointer(points: Point[], click = false): Promise<void> {
  const moves = points.map((p) => ({
    type: 'pointerMove',
    x: Math.round(p.x),
    y: Math.round(p.y),
    duration: 100,
  }));
  const press = click
    ? [
        { type: 'pointerDown', button: 0 },
        { type: 'pointerUp', button: 0 },
      ]
    : [];
  await firefox.bidi.send('input.performActions', {
    context: tab,
    actions: [
      { type: 'pointer', id: 'mouse', parameters: { pointerType: 'mouse' }, actions: [...moves, ...press] },
    ],
  });
}

/** Rests the pointer on the first visible mark and waits for the card; returns both, or fails. */
async function openCard(): Promise<{ mark: { text: string; box: Box }; card: Box }> {
  const mark = await firstVisibleMark();
  if (!mark) throw new Error('no marked name in view');
  const centre = { x: (mark.box.left + mark.box.right) / 2, y: (mark.box.top + mark.box.bottom) / 2 };
  await pointer([{ x: centre.x - 40, y: centre.y - 30 }, centre]);
  const card = await poll(cardBox, (b) => b !== null, 5_000);
  if (!card) throw new Error(`the card did not open on "${mark.text}"`);
  return { mark, card };
}

/** A tab of ours whose URL has `file` in it (extension pages are reachable once the extension opened them). */
async function extensionTab(file: string): Promise<{ context: string; url: string } | undefined> {
  const { contexts } = await firefox.bidi.send<{ contexts: { context: string; url: string }[] }>(
    'browsingContext.getTree',
    { maxDepth: 0 },
  );
  return contexts.find((c) => c.url.startsWith('moz-extension://') && c.url.includes(file));
}

function requireExtensionPage(): string {
  if (!extensionPage) throw new Error('no extension page open (the library tab did not open from the card)');
  return extensionPage;
}

/** Sends one protocol message from an extension page, in @webext-core/messaging's wire format. */
async function callExtension<T>(page: string, type: string, data: unknown): Promise<T> {
  const reply = await firefox.call<{ res?: T; err?: { message?: string } } | null>(
    page,
    (t: string, d: unknown) =>
      (
        globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }
      ).browser.runtime.sendMessage({ id: Date.now(), type: t, data: d, timestamp: Date.now() }),
    type,
    data,
  );
  if (!reply || reply.res === undefined) throw new Error(`${type}: ${reply?.err?.message ?? 'no answer'}`);
  return reply.res;
}

/**
 * What Firefox printed from our scripts: uncaught errors and rejections in moz-extension:// scripts, and
 * console.error calls. With devtools.console.stdout.chrome off, the only console.error lines from
 * Firefox itself come from its prefixed console instances ("console.error: RSLoader: …"); the pages'
 * own scripts are refused by CSP, so every other console.error line is ours (the background page's
 * carry no source, hence this rule).
 */
function printedErrors(): string[] {
  return firefox.output.filter(
    (line) =>
      line.startsWith('JavaScript error: moz-extension://') ||
      (/^console\.error: /.test(line) && !/^console\.error: [\w.-]+: /.test(line)) ||
      line.startsWith('console.warn: "[Dossier]'),
  );
}

describe.skipIf(missing !== null)(
  missing ? `Firefox smoke test (skipped: ${missing})` : 'the Firefox build in firefox-esr',
  () => {
    beforeAll(async () => {
      assertFirefoxBuild();
      mkdirSync(ARTIFACTS, { recursive: true });
      server = await startCorpusServer(CORPUS, {
        [`/${DEMO}`]: readFileSync(join(REPO_ROOT, 'public/demo/kabul-briefing.html'), 'utf8'),
      });

      // One Firefox: each page is read first without the extension, then the extension is installed.
      firefox = await launchFirefox({ prefs: { 'devtools.console.stdout.chrome': false } });
      firefox.bidi.on('log.entryAdded', (entry) => {
        const frames = (entry.stackTrace as { callFrames?: { url: string }[] } | undefined)?.callFrames ?? [];
        if (entry.level === 'error' && frames.some((f) => f.url.startsWith('moz-extension://'))) {
          bidiErrors.push(`${entry.type} error in ${frames[0]?.url}: ${entry.text}`);
        }
      });
      await firefox.bidi.send('session.subscribe', { events: ['log.entryAdded'] });
      tab = await firefox.newTab();
      await firefox.bidi.send('browsingContext.setViewport', { context: tab, viewport: VIEWPORT });
      for (const id of PAGES) {
        await firefox.goto(tab, urlOf(id));
        await sleep(200);
        plain.set(id, await outerHtml());
      }
      await firefox.installExtension(FIREFOX_EXTENSION_DIR);
    });

    afterAll(async () => {
      await firefox?.close();
      await server?.close();
    });

    it('installs the MV2 build as a temporary add-on under its gecko id', () => {
      expect(firefox.extensionId).toBe('dossier@dossier');
    });

    for (const id of PAGES) {
      it(`marks ${id} without touching its DOM, and opens the card on a hovered mark`, async () => {
        await firefox.goto(tab, urlOf(id));
        await pointer([{ x: 2, y: 2 }]);
        const sizes = await poll(highlightSizes, (s) => s.country > 0 || s.organisation > 0, 15_000);
        expect(sizes.country, 'dossier-country is not in CSS.highlights').toBeGreaterThanOrEqual(0);
        expect(sizes.organisation, 'dossier-organisation is not in CSS.highlights').toBeGreaterThanOrEqual(0);
        expect(sizes.country + sizes.organisation, 'no marks on the page').toBeGreaterThan(0);
        if (id === DEMO) {
          expect(sizes.country).toBeGreaterThan(5);
          expect(sizes.organisation).toBeGreaterThan(5);
        }
        const before = await outerHtml();
        expect(before, 'the page with the extension differs from the page without it').toBe(plain.get(id));

        const { mark, card } = await openCard();
        expect(card.right - card.left).toBeGreaterThan(200);
        expect(card.bottom - card.top).toBeGreaterThan(100);
        // Beside the mark, not over it.
        expect(card.top > mark.box.bottom - 2 || card.bottom < mark.box.top + 2).toBe(true);
        // The host is the only thing added, at the end of <html>.
        const during = await outerHtml();
        expect(during.endsWith(`${CARD_HOST}</html>`)).toBe(true);
        expect(during.replace(CARD_HOST, '')).toBe(before);

        if (id === DEMO) {
          await sleep(300);
          const shot = await firefox.bidi.send<{ data: string }>('browsingContext.captureScreenshot', {
            context: tab,
          });
          writeFileSync(join(ARTIFACTS, 'firefox-card.png'), Buffer.from(shot.data, 'base64'));
        }

        // Moving away closes it; the empty host stays for the next one.
        await pointer([{ x: VIEWPORT.width - 10, y: VIEWPORT.height - 10 }]);
        expect(await poll(cardBox, (b) => b === null, 3_000), 'the card stayed open').toBeNull();
      });
    }

    it('opens the briefing from the card in a library tab', async () => {
      await firefox.goto(tab, urlOf(DEMO));
      await pointer([{ x: 2, y: 2 }]);
      await poll(highlightSizes, (s) => s.country > 0, 15_000);
      const { mark, card } = await openCard();
      // "Open briefing" is the first button of the card's last row but one (the mute link is last).
      await pointer([{ x: card.left + 40, y: card.bottom - 60 }], true);
      const library = await poll(
        () => extensionTab('library.html'),
        (c) => c !== undefined,
        10_000,
      );
      expect(library?.url, `no library tab after clicking "Open briefing" on "${mark.text}"`).toBeDefined();
      if (!library) return;
      expect(decodeURIComponent(library.url)).toMatch(/#\/entity\/(org|country):/);
      const heading = await poll(
        () =>
          firefox.evaluate<string | null>(
            library.context,
            'document.querySelector("h1")?.textContent ?? null',
          ),
        (h) => h === mark.text,
        10_000,
      );
      expect(heading).toBe(mark.text);
      extensionPage = library.context;
    });

    it("keeps the page's report in storage.session and its count on the badge, and clips the page", async () => {
      const page = requireExtensionPage();
      const tabs = await firefox.evaluate<{ id: number; url: string }[]>(
        page,
        'browser.tabs.query({}).then((ts) => ts.map((t) => ({ id: t.id, url: t.url ?? "" })))',
      );
      const demoTab = tabs.find((t) => t.url === urlOf(DEMO));
      expect(demoTab).toBeDefined();
      const report = await poll(
        () =>
          callExtension<{ ok: boolean; value: { entities: { id: string }[] } | null }>(page, 'tabReport', {
            tabId: demoTab?.id,
          }),
        (r) => r.ok && r.value !== null,
        5_000,
      );
      expect(report.value?.entities.map((e) => e.id)).toEqual(
        expect.arrayContaining(['org:taliban', 'country:AF', 'org:islamic-state', 'country:PK']),
      );
      const badge = await firefox.call<string>(
        page,
        (tabId: number) =>
          (
            globalThis as unknown as {
              browser: { browserAction: { getBadgeText(d: { tabId: number }): Promise<string> } };
            }
          ).browser.browserAction.getBadgeText({ tabId }),
        demoTab?.id,
      );
      expect(badge).toBe(String(report.value?.entities.length));

      // Through the background: scripting.executeScript of the clipper, Readability, then Dexie.
      const clipped = await callExtension<{ ok: boolean; value?: { saved: boolean } }>(page, 'clipTab', {
        tabId: demoTab?.id,
      });
      expect(clipped).toMatchObject({ ok: true, value: { saved: true } });
      const stored = await callExtension<{
        ok: boolean;
        value: { title: string; entityIds: string[] } | null;
      }>(page, 'clipForUrl', { url: urlOf(DEMO) });
      expect(stored.value?.title).toMatch(/Kabul/);
      expect(stored.value?.entityIds).toEqual(expect.arrayContaining(['org:taliban', 'country:AF']));
    });

    it('renders the popup (in a tab: BiDi may not navigate to moz-extension:// itself)', async () => {
      await firefox.evaluate(
        requireExtensionPage(),
        'browser.tabs.create({ url: "/popup.html" }).then(() => 0)',
      );
      const popup = await poll(
        () => extensionTab('popup.html'),
        (c) => c !== undefined,
        10_000,
      );
      expect(popup, 'no popup tab').toBeDefined();
      if (!popup) return;
      const title = await poll(
        () =>
          firefox.evaluate<string | null>(popup.context, 'document.querySelector("h1")?.textContent ?? null'),
        (h) => h === 'Dossier',
        10_000,
      );
      expect(title).toBe('Dossier');
    });

    it('logged no errors from the extension', () => {
      expect([...bidiErrors, ...printedErrors()]).toEqual([]);
    });
  },
);
