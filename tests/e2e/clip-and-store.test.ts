import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callExtension, tabReportFor } from '../../lib/cli/extension-probes';
import type { TabReport } from '../../lib/messages';
import { REPO_ROOT } from '../support/shared-corpus';
import { type ExtensionHarness, launchExtension, startTestServer, type TestServer } from './launch';

const ARTICLE = readFileSync(join(REPO_ROOT, 'public/demo/kabul-briefing.html'), 'utf8');
const NOT_AN_ARTICLE = `<!doctype html><html lang="en"><head><title>Search</title></head><body>
<nav><a href="/a">Afghanistan</a> · <a href="/b">Pakistan</a> · <a href="/c">United Nations</a></nav>
<form><input name="q" value="kabul"></form></body></html>`;

/** The demo article as a syndicated copy that names its original as canonical. */
const CANONICAL = 'https://news.example/world/kabul-talks';
const SYNDICATED = ARTICLE.replace('<head>', `<head><link rel="canonical" href="${CANONICAL}">`);

const WATCHED = `<!doctype html><html lang="en"><head><title>Contract</title></head><body><article>
<p>Kandahar Logistics Company signed a new contract with the World Food Programme on Monday; KLC said trucks
would leave from Spin Boldak.</p></article></body></html>`;

let profile: string;
let server: TestServer;
let ext: ExtensionHarness;

beforeAll(async () => {
  profile = await mkdtemp(join(tmpdir(), 'dossier-profile-'));
  server = await startTestServer({
    '/article': ARTICLE,
    '/search': NOT_AN_ARTICLE,
    '/watch': WATCHED,
    '/syndicated': SYNDICATED,
  });
  ext = await launchExtension(undefined, { userDataDir: profile });
});

afterAll(async () => {
  await ext?.close();
  await server?.close();
  await rm(profile, { recursive: true, force: true });
});

async function openAndWait(path: string): Promise<TabReport> {
  const page = await ext.context.newPage();
  await page.goto(`${server.url}${path.slice(1)}`);
  let report: TabReport | null = null;
  for (let i = 0; i < 100 && !report; i++) {
    await page.waitForTimeout(100);
    report = await tabReportFor(ext, page.url());
  }
  if (!report) throw new Error(`the content script never reported on ${path}`);
  return report;
}

/** Stops every service worker, as Chromium does to an idle MV3 worker; the next message starts ours again. */
async function stopWorkers(): Promise<void> {
  const page = ext.context.pages()[0] ?? (await ext.context.newPage());
  const cdp = await ext.context.newCDPSession(page);
  await cdp.send('ServiceWorker.enable');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await cdp.detach();
}

describe('clipping into the store, end to end', () => {
  it('clips an article once, updates it on a second clip, and finds it by entity and by a misspelt search', async () => {
    const { tabId } = await openAndWait('/article');
    const first = await callExtension(ext, 'clipTab', { tabId, tags: ['kabul'] });
    expect(first).toMatchObject({ ok: true, value: { saved: true, created: true } });
    if (!first.ok || !first.value.saved) return;
    expect(first.value.clip.title).toMatch(/\S/);
    expect(first.value.clip.entityIds).toEqual(expect.arrayContaining(['country:AF', 'org:taliban']));

    await stopWorkers();
    const again = await callExtension(ext, 'clipTab', { tabId, note: 'second read' });
    expect(again).toMatchObject({ ok: true, value: { saved: true, created: false } });

    await stopWorkers();
    const about = await callExtension(ext, 'entityInStore', { id: 'country:AF', latest: 3 });
    expect(about).toMatchObject({ ok: true, value: { count: 1 } });
    if (about.ok) expect(about.value.latest[0]?.sentence).toMatch(/Afghan/);
    const found = await callExtension(ext, 'searchClips', { query: 'Talibn' });
    expect(found.ok && found.value.map((h) => h.clip.id)).toEqual([first.value.clip.id]);
    const stored = await callExtension(ext, 'getClip', { id: first.value.clip.id });
    expect(stored.ok && stored.value).toMatchObject({ tags: ['kabul'], note: 'second read' });
  });

  it('says when a page has no article, and keeps it as a bookmark when asked', async () => {
    const { tabId } = await openAndWait('/search');
    const refused = await callExtension(ext, 'clipTab', { tabId });
    expect(refused).toMatchObject({ ok: true, value: { saved: false, reason: 'no-article' } });
    const kept = await callExtension(ext, 'clipTab', { tabId, asBookmark: true });
    expect(kept).toMatchObject({ ok: true, value: { saved: true, clip: { kind: 'bookmark' } } });
  });

  it('answers a malformed message with an error, not a crash', async () => {
    const bad = await callExtension(ext, 'getClip', { id: 'seven' as unknown as number });
    expect(bad.ok).toBe(false);
    expect(await callExtension(ext, 'ping', undefined)).toMatchObject({ ok: true });
    // A type no handler takes gets an error the sender can read, not a closed port.
    const unknown = await callExtension(ext, 'noSuchMessage' as 'ping', undefined);
    expect(unknown).toEqual({ ok: false, error: 'unknown message "noSuchMessage"' });
  });

  it('takes an archive out in parts and a file in in parts, as one too large for a message travels', async () => {
    const whole = await callExtension(ext, 'exportStore', {});
    if (!whole.ok) throw new Error(whole.error);
    const texts: string[] = [];
    let after: number | undefined;
    for (;;) {
      const part = await callExtension(ext, 'exportPart', { maxChars: 1000, ...(after && { after }) });
      if (!part.ok) throw new Error(part.error);
      texts.push(part.value.text);
      if (part.value.next === null) break;
      after = part.value.next;
    }
    const inParts = JSON.parse(texts.join(''));
    const atOnce = JSON.parse(whole.value);
    expect(inParts.clips.length).toBeGreaterThan(0);
    expect({ ...inParts, exportedAt: 0 }).toEqual({ ...atOnce, exportedAt: 0 });

    const pieces = [whole.value.slice(0, 500), whole.value.slice(500, 1500), whole.value.slice(1500)];
    for (const [index, text] of pieces.entries()) {
      const sent = await callExtension(ext, 'importPart', {
        upload: 'e2e-upload-1',
        index,
        text,
        last: index === 2,
      });
      expect(sent.ok).toBe(true);
    }
    const preview = await callExtension(ext, 'previewImport', { upload: 'e2e-upload-1' });
    if (!preview.ok) throw new Error(preview.error);
    // The archive already holds every clip of its own export: each is skipped, and the report says why.
    expect(preview.value).toMatchObject({ add: 0, update: 0, skip: atOnce.clips.length, applied: false });
    expect(preview.value.problems.join(' ')).toMatch(/already has this page/);
  });

  it("marks the reader's own watched names, and the card describes them from the watchlist", async () => {
    const saved = await callExtension(ext, 'saveWatchlist', {
      entities: [
        {
          id: 'watch:klc',
          name: 'Kandahar Logistics Company',
          aliases: ['KLC'],
          note: 'Trucking firm, south',
        },
      ],
    });
    expect(saved.ok).toBe(true);
    const page = await ext.context.newPage();
    await page.goto(`${server.url}watch`);
    const marked = () =>
      page.evaluate(() =>
        [...(CSS.highlights.get('dossier-organisation') ?? [])].map((r) => {
          const range = r as AbstractRange;
          return range.startContainer.textContent?.slice(range.startOffset, range.endOffset);
        }),
      );
    await expect
      .poll(marked, { timeout: 15_000 })
      .toEqual(expect.arrayContaining(['Kandahar Logistics Company', 'KLC', 'World Food Programme']));
    const facts = await callExtension(ext, 'entityFacts', { id: 'watch:klc' });
    expect(facts).toMatchObject({ ok: true, value: { name: 'Kandahar Logistics Company', kind: 'watch' } });
    await page.close();
  });

  it('finds the clips again after the browser restarts', async () => {
    await ext.close();
    ext = await launchExtension(undefined, { userDataDir: profile });
    const list = await callExtension(ext, 'listClips', {});
    expect(list.ok && list.value.total).toBe(2);
    const found = await callExtension(ext, 'searchClips', { query: 'kabul' });
    expect(found.ok && found.value.length).toBeGreaterThan(0);
  });

  it('says the disk is full when IndexedDB runs out of quota, and keeps every clip it had', async () => {
    const page = ext.context.pages()[0] ?? (await ext.context.newPage());
    const cdp = await ext.context.newCDPSession(page);
    const origin = `chrome-extension://${ext.extensionId}`;
    // The extension's origin gets no room to grow, as on a full disk: Chromium then refuses writes with
    // QuotaExceededError, the real error a reader's browser gives.
    await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 });
    try {
      const big = JSON.stringify({
        format: 'dossier-export',
        version: 1,
        exportedAt: new Date().toISOString(),
        clips: [
          {
            url: 'https://archive.example/news/long-read',
            title: 'A long read from Kabul',
            byline: 'A. Reporter',
            siteName: 'Archive Example',
            publishedAt: '2025-05-01T08:00:00Z',
            lang: 'en',
            excerpt: 'Representatives met in Kabul.',
            html: `<p>${'Representatives of Afghanistan met in Kabul. '.repeat(20_000)}</p>`,
            text: 'Representatives of Afghanistan met in Kabul. '.repeat(20_000).trim(),
            entities: [{ id: 'country:AF', count: 20_000, score: 1, sentences: ['Representatives met.'] }],
            wordCount: 120_000,
            kind: 'article',
            tags: [],
            note: '',
            clippedAt: Date.parse('2025-05-02T08:00:00Z'),
            updatedAt: Date.parse('2025-05-02T08:00:00Z'),
            id: 500,
          },
        ],
        watchlist: [],
      });
      const imported = await callExtension(ext, 'applyImport', { json: big });
      expect(imported).toEqual({ ok: false, error: expect.stringMatching(/storage is full/i) });
    } finally {
      await cdp.send('Storage.overrideQuotaForOrigin', { origin });
      await cdp.detach();
    }
    const list = await callExtension(ext, 'listClips', {});
    expect(list.ok && list.value.total).toBe(2);
    expect((await callExtension(ext, 'searchClips', { query: 'kabul' })).ok).toBe(true);
  });

  it('finds a page’s clip in the popup under its canonical address, and updating it keeps the note', async () => {
    const { tabId, canonicalUrl } = await openAndWait('/syndicated');
    expect(canonicalUrl).toBe(CANONICAL);
    const note = 'Ask the UN office about the convoy.';
    const clipped = await callExtension(ext, 'clipTab', { tabId, tags: ['convoy'], note });
    expect(clipped).toMatchObject({ ok: true, value: { saved: true, clip: { url: CANONICAL, note } } });

    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html?tabId=${tabId}`);
    // The tab shows the copy's own address; the popup still finds the clip and shows its note.
    await expect.poll(() => popup.locator('textarea').inputValue(), { timeout: 10_000 }).toBe(note);
    await popup.getByRole('button', { name: 'Update the clip of this page' }).click();
    await popup.getByText('Clip updated ✓').waitFor({ timeout: 15_000 });
    const stored = await callExtension(ext, 'clipForUrl', { url: CANONICAL });
    expect(stored).toMatchObject({ ok: true, value: { note, tags: ['convoy'] } });
    await popup.close();
  });
});
