import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchExtension } from './extension-browser';
import { startLocalServer } from './local-server';

/**
 * `npm run demo`: serves our demo page on 127.0.0.1 and opens Chromium with the built extension on it.
 * With no display (or `--headless`) it runs headless, saves a screenshot and prints what it found.
 */
const DEMO_DIR = resolve(import.meta.dirname, '../../public/demo');
const SCREENSHOT = resolve(import.meta.dirname, '../../.output/demo.png');

interface TabReport {
  url: string;
  entities: Array<{ id: string; count: number }>;
}

async function main(args: string[]): Promise<number> {
  const headless = args.includes('--headless') || !process.env.DISPLAY;
  const page = readFileSync(join(DEMO_DIR, 'kabul-briefing.html'), 'utf8');
  const server = await startLocalServer({ '/': page });
  const ext = await launchExtension(undefined, { headless });
  const tab = ext.context.pages()[0] ?? (await ext.context.newPage());
  await tab.setViewportSize({ width: 1100, height: 900 });
  await tab.goto(server.url);

  let report: TabReport | null = null;
  for (let i = 0; i < 50 && !report; i++) {
    await new Promise((r) => setTimeout(r, 100));
    report = (await ext.worker.evaluate(async (url) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
      return Object.values(all).find((r) => r.url === url) ?? null;
    }, server.url)) as TabReport | null;
  }
  if (!report) {
    process.stderr.write('demo: the extension did not report on the demo page\n');
    await ext.close();
    await server.close();
    return 1;
  }
  const list = report.entities.map((e) => `${e.id} ×${e.count}`).join(', ');
  process.stdout.write(`Dossier found ${report.entities.length} entities on ${server.url}: ${list}\n`);

  if (headless) {
    // Rest the pointer on a mark so that the screenshot shows a card too.
    const point = await tab.evaluate((word) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const at = (n as Text).data.indexOf(word);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(n, at);
        range.setEnd(n, at + word.length);
        const r = range.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }
      return null;
    }, 'UNAMA');
    if (point) {
      await tab.mouse.move(point.x, point.y, { steps: 3 });
      await tab.waitForTimeout(1200);
    }
    await tab.screenshot({ path: SCREENSHOT });
    process.stdout.write(`No display: ran headless. Screenshot: ${SCREENSHOT}\n`);
    await ext.close();
    await server.close();
    return 0;
  }
  process.stdout.write('Chromium is open with Dossier loaded; close its window to stop.\n');
  await new Promise<void>((done) => ext.context.on('close', () => done()));
  await server.close();
  return 0;
}

declare const chrome: { storage: { session: { get(keys: null): Promise<Record<string, unknown>> } } };

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
