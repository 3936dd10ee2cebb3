import { fileURLToPath } from 'node:url';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

// Chromium from Debian's package; nothing downloads a browser.
const chromiumArgs = ['--disable-gpu', '--disable-quic', '--no-sandbox'];

export default defineConfig({
  // Same `@/` alias as WXT's generated tsconfig, and Preact's JSX runtime for .tsx.
  resolve: { alias: { '@': root } },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/unit/**/*.test.ts'],
          // The card takes the shared palette's text (`?raw`); without this, Node tests get CSS files empty.
          css: { include: [/palette\.css/] },
        },
      },
      {
        extends: true,
        // Pre-bundled up front: discovering them mid-run makes Vite reload the test page.
        optimizeDeps: {
          include: [
            'preact',
            'preact/jsx-runtime',
            'preact/jsx-dev-runtime',
            'preact/hooks',
            'world-countries',
            '@mozilla/readability',
            'dompurify',
            'axe-core',
            '@webext-core/messaging',
            'dexie',
            'fuse.js',
            'axe-core',
          ],
        },
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.{ts,tsx}'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({
              launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs },
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          // Runs against the built extension in .output/chrome-mv3 (`npm run test:e2e` builds it first).
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { concurrent: false },
        },
      },
    ],
  },
});
