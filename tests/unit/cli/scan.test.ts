import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { pageTextFromHtml } from '../../../lib/cli/read-page';
import { buildScanReport } from '../../../lib/cli/scan-report';
import { matchChunks } from '../../../lib/match';
import { realMatcher } from '../../support/gazetteer';
import { REPO_ROOT } from '../../support/shared-corpus';

const run = promisify(execFile);
const TSX = join(REPO_ROOT, 'node_modules/.bin/tsx');
const SCAN = join(REPO_ROOT, 'lib/cli/scan.ts');

async function scan(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(TSX, [SCAN, file], { cwd: REPO_ROOT });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

const dir = mkdtempSync(join(tmpdir(), 'dossier-scan-'));
const page = join(dir, 'kabul.html');
writeFileSync(
  page,
  '<!doctype html><html><head><title>Kabul</title><script>var Iran</script></head><body>' +
    '<h1>Blast in Kabul</h1><p>An Afghan official said the Taliban blamed Islamic State; the UN ' +
    'Assistance Mission in Afghanistan (UNAMA) counted the dead.</p></body></html>',
);

// Each case starts the command in a process of its own (tsx compiles it first): seconds on a busy machine.
describe('the scan command', { timeout: 60_000 }, () => {
  it('prints the entities of a page as JSON', async () => {
    const { code, stdout } = await scan(page);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.source).toBe(page);
    expect(report.textLength).toBeGreaterThan(50);
    const ids = report.entities.map((e: { id: string }) => e.id);
    expect(ids).toEqual(
      expect.arrayContaining(['country:AF', 'org:taliban', 'org:islamic-state', 'org:unama']),
    );
    const af = report.entities.find((e: { id: string }) => e.id === 'country:AF');
    expect(af).toMatchObject({ kind: 'country', name: 'Afghanistan', iso2: 'AF' });
    expect(af.mentions[0]).toMatchObject({ text: 'Afghan' });
    const taliban = report.entities.find((e: { id: string }) => e.id === 'org:taliban');
    expect(taliban).toMatchObject({ kind: 'organisation', name: 'Taliban', acronym: null });
    expect(Array.isArray(taliban.aliases)).toBe(true);
  });

  it('fails in one line on a missing file, a file that is not HTML, and an empty page', async () => {
    const notHtml = join(dir, 'data.bin');
    writeFileSync(notHtml, Buffer.from([0, 1, 2, 3, 255]));
    const empty = join(dir, 'empty.html');
    writeFileSync(empty, '<html><body><script>x()</script></body></html>');
    for (const [file, message] of [
      [join(dir, 'missing.html'), 'no such file'],
      [notHtml, 'not an HTML page'],
      [empty, 'no visible text'],
    ] as const) {
      const { code, stderr, stdout } = await scan(file);
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toContain(message);
    }
  });

  it('reports mentions whose offsets point into the extracted text', () => {
    const { gazetteer, matcher } = realMatcher();
    const html = '<html><body><p>the United <b>Nations</b></p><p>in Kabul, Afghanistan</p></body></html>';
    const { chunks, text } = pageTextFromHtml(html, 'inline');
    const report = buildScanReport('inline', text.length, matchChunks(matcher, chunks), gazetteer);
    for (const e of report.entities)
      for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});
