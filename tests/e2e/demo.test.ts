import { execFile } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/shared-corpus';

const run = promisify(execFile);

describe('the demo (`npm run demo`, headless)', () => {
  it('fills the sample store, marks the demo page, opens a card and says what it found', async () => {
    const started = Date.now();
    const { stdout } = await run(
      process.execPath,
      [join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'lib/cli/demo.ts', '--headless'],
      { cwd: REPO_ROOT, timeout: 120_000 },
    );
    expect(stdout).toMatch(/Sample store: clipped (\d+) of \1 sample articles\./);
    // The whole page read, not the first slice of it: the demo page names 21 countries and organisations.
    const found = Number(/Dossier found (\d+) entities/.exec(stdout)?.[1]);
    expect(found).toBeGreaterThanOrEqual(20);
    expect(stdout).toContain('org:unama ×2');
    const shot = statSync(join(REPO_ROOT, '.output/demo.png'));
    expect(shot.mtimeMs).toBeGreaterThanOrEqual(started - 1000);
    expect(shot.size).toBeGreaterThan(50_000);
  }, 150_000);
});
