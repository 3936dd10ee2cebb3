import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TabReport } from '../messages';
import { clipSampleArticles, sampleArticleRoutes } from './demo-store';
import { launchExtension } from './extension-browser';
import { centreOfWord, tabReportFor } from './extension-probes';
import { startLocalServer } from './local-server';

/**
 * `npm run demo`: serves our demo page on 127.0.0.1 and opens Chromium with the built extension on it.
 * With no display (or `--headless`) it runs headless, saves a screenshot and prints what it found.
 */
const DEMO_DIR = resolve(import.meta.dirname, '../../public/demo');
const SCREENSHOT = resolve(import.meta.dirname, '../../.output/demo.png');

async function main(args: string[]): Promise<number> {
  const headless = args.includes('--headless') || !process.env.DISPLAY;
  const page = readFileSync(join(DEMO_DIR, 'kabul-briefing.html'), 'utf8');
  const articles = sampleArticleRoutes(DEMO_DIR);
  const server = await startLocalServer({ '/': page, ...articles });
  const ext = await launchExtension(undefined, { headless });
  const samples = Object.keys(articles).filter((p) => p.endsWith('.html'));
  const clipped = await clipSampleArticles(ext, server.url, samples);
  process.stdout.write(`Sample store: clipped ${clipped} of ${samples.length} sample articles.\n`);
  const tab = ext.context.pages()[0] ?? (await ext.context.newPage());
  await tab.setViewportSize({ width: 1100, height: 900 });
  await tab.goto(server.url);

  let report: TabReport | null = null;
  for (let i = 0; i < 50 && !report; i++) {
    await new Promise((r) => setTimeout(r, 100));
    report = await tabReportFor(ext, server.url);
  }
  if (!report) {
    process.stderr.write('demo: the extension did not report on the demo page\n');
    await ext.close();
    await server.close();
    return 1;
  }
  // The first report may come from the first time slice of the scan: the one after the whole page is read follows.
  await new Promise((r) => setTimeout(r, 1500));
  report = (await tabReportFor(ext, server.url)) ?? report;
  const list = report.entities.map((e) => `${e.id} ×${e.count}`).join(', ');
  process.stdout.write(`Dossier found ${report.entities.length} entities on ${server.url}: ${list}\n`);

  if (headless) {
    // Rest the pointer on a mark so that the screenshot shows a card too.
    const point = await centreOfWord(tab, 'UNAMA');
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

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`demo: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
