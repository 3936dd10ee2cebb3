import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const CHROMIUM = process.env.DOSSIER_CHROMIUM ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LaunchOptions {
  /** Show a window (the demo); tests run headless. */
  headless?: boolean;
  /** A profile to keep across launches (a browser restart); the caller removes it. Else a fresh one. */
  userDataDir?: string;
}

export interface ExtensionHarness {
  context: BrowserContext;
  /** The extension's service worker. */
  worker: Worker;
  extensionId: string;
  /** Console errors and uncaught errors seen in any page or worker of the context, in order. */
  errors: string[];
  close(): Promise<void>;
}

/** Fails with a clear message (never skips) when the extension or the browser is missing. */
export function assertPrerequisites(dir = EXTENSION_DIR): void {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No built extension at ${dir} (manifest.json missing). ` +
        'Run `npm run build` first (`npm run test:e2e` and `npm run demo` do).',
    );
  }
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `No Chromium at ${CHROMIUM}. Install Debian's package (\`apt-get install -y chromium\`, or run the tests ` +
        'through `bash .ci/with-node22 ...`), or point DOSSIER_CHROMIUM at a Chromium binary.',
    );
  }
}

/** Starts Chromium (headless unless asked) with the built extension loaded, and waits for its service worker. */
export async function launchExtension(
  dir = EXTENSION_DIR,
  options: LaunchOptions = {},
): Promise<ExtensionHarness> {
  assertPrerequisites(dir);
  const keepProfile = options.userDataDir !== undefined;
  const userDataDir = options.userDataDir ?? (await mkdtemp(join(tmpdir(), 'dossier-e2e-')));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: options.headless ?? true,
    // Playwright passes --disable-extensions by default; --disable-extensions-except alone is not enough.
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--disable-gpu',
      '--disable-quic',
      '--no-sandbox',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  });

  const errors: string[] = [];
  const watchPage = (page: Page) => {
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error in page ${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`uncaught error in page ${page.url()}: ${e.stack ?? e.message}`));
  };
  const watchWorker = (w: Worker) => {
    w.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`console.error in worker ${w.url()}: ${msg.text()}`);
    });
    // Playwright reports no uncaught errors for workers: turn them into console errors from here on.
    void w
      .evaluate(() => {
        self.addEventListener('error', (e) => console.error('uncaught error:', e.message));
        self.addEventListener('unhandledrejection', (e) =>
          console.error('unhandled rejection:', String(e.reason)),
        );
      })
      .catch(() => {});
  };
  context.pages().forEach(watchPage);
  context.on('page', watchPage);
  context.serviceWorkers().forEach(watchWorker);
  context.on('serviceworker', watchWorker);

  const close = async () => {
    await context.close().catch(() => {});
    if (!keepProfile) await rm(userDataDir, { recursive: true, force: true });
  };

  try {
    const isOurs = (w: Worker) => w.url().startsWith('chrome-extension://');
    const worker =
      context.serviceWorkers().find(isOurs) ??
      (await context.waitForEvent('serviceworker', { predicate: isOurs, timeout: 30_000 }));
    const extensionId = new URL(worker.url()).host;
    return { context, worker, extensionId, errors, close };
  } catch (e) {
    await close();
    throw new Error(
      `The extension's service worker did not start within 30 s (is ${dir} a valid MV3 build, ` +
        `and does this Chromium load unpacked extensions in headless mode?): ${String(e)}`,
    );
  }
}
