import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callExtension } from '../../lib/cli/extension-probes';
import { type ExtensionHarness, launchExtension } from './launch';

/**
 * An archive larger than one extension message (Chrome stops them at 64 MiB): 480 clips of about 200,000
 * characters each (article HTML and text), some 96 million characters in all, imported and exported through
 * the library page as a reader does it.
 */
const CLIPS = 480;
const SENTENCE = 'Representatives of Afghanistan met officials of the United Nations in Doha on Tuesday. ';
const BODY = SENTENCE.repeat(1150);
const T0 = Date.parse('2025-05-02T08:00:00Z');

function largeExport(): string {
  const clips = Array.from({ length: CLIPS }, (_, i) => ({
    url: `https://archive.example/news/${i}`,
    title: `Dispatch ${i} from Doha`,
    byline: 'A. Reporter',
    siteName: 'Archive Example',
    publishedAt: '2025-05-01T08:00:00Z',
    lang: 'en',
    excerpt: SENTENCE.trim(),
    html: `<p>${BODY}</p>`,
    text: BODY.trim(),
    entities: [{ id: 'country:AF', count: 1150, score: 1, sentences: [SENTENCE.trim()] }],
    wordCount: 14_950,
    kind: 'article',
    tags: ['archive'],
    note: i === 7 ? 'Check the convoy dates with the UN office.' : '',
    clippedAt: T0 + i * 60_000,
    updatedAt: T0 + i * 60_000,
    id: i + 1,
  }));
  return JSON.stringify({
    format: 'dossier-export',
    version: 1,
    exportedAt: new Date(T0).toISOString(),
    clips,
    watchlist: [],
  });
}

let ext: ExtensionHarness;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dossier-large-'));
  ext = await launchExtension();
});

afterAll(async () => {
  await ext?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('an archive larger than one extension message', () => {
  it('is imported from a file and exported to one through the library page, whole', async () => {
    const file = largeExport();
    expect(file.length).toBeGreaterThan(64 * 1024 * 1024);
    const path = join(dir, 'dossier-export-large.json');
    await writeFile(path, file);

    const page = await ext.context.newPage();
    await page.goto(`chrome-extension://${ext.extensionId}/library.html#/settings`);
    await page.getByRole('button', { name: 'Import…' }).waitFor();
    await page.setInputFiles('input[type="file"]', path);
    await page.getByText(`Importing will add ${CLIPS}, update 0 and skip 0.`).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByText(`Imported: ${CLIPS} added, 0 updated, 0 skipped.`).waitFor({ timeout: 90_000 });
    expect(await callExtension(ext, 'entityCounts', { ids: ['country:AF'] })).toEqual({
      ok: true,
      value: { 'country:AF': CLIPS },
    });

    // The whole archive in one answer is past what a message carries: the reader would get nothing.
    await expect(callExtension(ext, 'exportStore', {})).rejects.toThrow();

    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: 'Export all' }).click();
    const saved = await (await download).path();
    const exported = JSON.parse(await readFile(saved, 'utf8')) as {
      clips: Array<{ url: string; html: string; note: string }>;
    };
    expect(exported.clips).toHaveLength(CLIPS);
    const original = JSON.parse(file) as { clips: Array<{ url: string; html: string; note: string }> };
    expect(exported.clips.map((c) => c.url).sort()).toEqual(original.clips.map((c) => c.url).sort());
    const seventh = exported.clips.find((c) => c.url.endsWith('/news/7'));
    expect(seventh?.html).toBe(original.clips[7]?.html);
    expect(seventh?.note).toBe('Check the convoy dates with the UN office.');
    expect(ext.errors.filter((e) => !/exceeded maximum allowed|message port closed/i.test(e))).toEqual([]);
  });
});
