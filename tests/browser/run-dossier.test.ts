import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { changeSettings, settingsFor } from '../../lib/background/settings-store';
import { type ContentContext, runDossier } from '../../lib/content';
import { loadGazetteer } from '../../lib/gazetteer';
import { compileAutomaton, packAutomaton } from '../../lib/match';
import type { SettingsChange } from '../../lib/settings';
import { centre, cleanUp, highlightTexts, painted, sleep } from './page-fixtures';

/**
 * This page is no extension: `browser.storage` is a small in-memory stand-in that tells its listeners of
 * a change after the write, as the browser does, and the background's side of the messages is the real
 * settings store over it.
 */
const fake = vi.hoisted(() => {
  type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;
  const data = new Map<string, unknown>();
  const listeners = new Set<Listener>();
  const copy = <T>(v: T): T => (v === undefined ? v : structuredClone(v));
  const browser = {
    storage: {
      local: {
        async get(key: string) {
          return data.has(key) ? { [key]: copy(data.get(key)) } : {};
        },
        async set(items: Record<string, unknown>) {
          const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
          for (const [key, value] of Object.entries(items)) {
            changes[key] = { oldValue: data.get(key), newValue: copy(value) };
            data.set(key, copy(value));
          }
          setTimeout(() => {
            for (const listener of listeners) listener(changes, 'local');
          }, 0);
        },
      },
      onChanged: {
        addListener: (listener: Listener) => void listeners.add(listener),
        removeListener: (listener: Listener) => void listeners.delete(listener),
      },
    },
  };
  return { data, listeners, browser, sendMessage: vi.fn() };
});

vi.mock('wxt/browser', () => ({ browser: fake.browser }));
vi.mock('../../lib/messages', () => ({
  ok: (value: unknown) => ({ ok: true, value }),
  err: (error: string) => ({ ok: false, error }),
  isContextInvalidated: (e: unknown) =>
    e instanceof Error && /Extension context invalidated/i.test(e.message),
  WATCHLIST_CHANGED_KEY: 'watchlistChangedAt',
  sendMessage: fake.sendMessage,
}));

type Entities = Array<{ id: string; count: number }>;

let packed: string;
/** Every contentReady the page sent, oldest first: the last one is what the badge shows. */
let reports: Entities[];
/** Replies held back until the test releases them, by message type (the background being slow). */
let held: Map<string, Array<() => void>>;
let holding: Set<string>;
let contexts: Array<{ ctx: ContentContext & { isInvalid: boolean }; invalidate(): void }>;
let unhandled: unknown[];
const onUnhandled = (event: PromiseRejectionEvent) => void unhandled.push(event.reason);

/** The background's answer to a message, as entrypoints/background.ts gives it. */
async function background(type: string, data: unknown): Promise<unknown> {
  switch (type) {
    case 'markSettings':
      return settingsFor(data);
    case 'changeSettings':
      return changeSettings(data);
    case 'packedAutomaton':
      return { ok: true, value: packed };
    case 'contentReady':
      reports.push((data as { entities: Entities }).entities);
      return { ok: true, value: { tabId: 1 } };
    default:
      return { ok: false, error: `no ${type} in this test` };
  }
}

function context() {
  const callbacks: Array<() => void> = [];
  const ctx = { isInvalid: false, onInvalidated: (cb: () => void) => void callbacks.push(cb) };
  const handle = {
    ctx,
    invalidate() {
      ctx.isInvalid = true;
      for (const cb of callbacks) cb();
    },
  };
  contexts.push(handle);
  return handle;
}

const site = () => new URL(document.location.href).hostname;

/** What the reader does in the popup or the card: the background saves it, the page hears of it. */
const change = (request: SettingsChange) => changeSettings(request);

/** The text of every mark drawn on the page, countries and organisations. */
function marks(): string[] {
  return [...highlightTexts('dossier-country'), ...highlightTexts('dossier-organisation')].sort();
}

async function marked(expected: string[]): Promise<void> {
  await vi.waitFor(
    async () => {
      await painted();
      expect(marks()).toEqual([...expected].sort());
    },
    { timeout: 8000, interval: 50 },
  );
}

const badge = () =>
  reports
    .at(-1)
    ?.map((e) => e.id)
    .sort();

/** Rests the real pointer on `range`, past the card's opening delay. */
async function restOn(range: Range): Promise<void> {
  const { x, y } = centre(range.getBoundingClientRect());
  const html = document.documentElement.getBoundingClientRect();
  await userEvent.hover(document.documentElement, {
    position: { x: Math.round(x - html.left), y: Math.round(y - html.top) },
  });
  await sleep(1200);
}

/** The first `length` characters of the page's first paragraph. */
function firstWords(length: number): Range {
  const range = document.createRange();
  const text = document.querySelector('main p')?.firstChild as Text;
  range.setStart(text, 0);
  range.setEnd(text, length);
  return range;
}

function mountMain(html: string): HTMLElement {
  const main = document.createElement('main');
  main.innerHTML = html;
  document.body.append(main);
  return main;
}

beforeAll(() => {
  packed = packAutomaton(compileAutomaton(loadGazetteer().lexicon));
});

beforeEach(() => {
  fake.data.clear();
  fake.listeners.clear();
  reports = [];
  held = new Map();
  holding = new Set();
  contexts = [];
  unhandled = [];
  window.addEventListener('unhandledrejection', onUnhandled);
  fake.sendMessage.mockReset();
  fake.sendMessage.mockImplementation(async (type: string, data: unknown) => {
    const answer = await background(type, data);
    if (!holding.has(type)) return answer;
    holding.delete(type);
    await new Promise<void>((release) => held.set(type, [...(held.get(type) ?? []), release]));
    return answer;
  });
});

afterEach(() => {
  for (const { invalidate } of contexts) invalidate();
  window.removeEventListener('unhandledrejection', onUnhandled);
  vi.restoreAllMocks();
  cleanUp();
});

describe('runDossier, the content script', () => {
  it.each<[string, SettingsChange, SettingsChange]>([
    ['everything', { kind: 'global', enabled: false }, { kind: 'global', enabled: true }],
    [
      'this site',
      { kind: 'site', site: 'SITE', enabled: false },
      { kind: 'site', site: 'SITE', enabled: true },
    ],
  ])('turning %s off takes the marks and the badge off; turning it on marks again', async (_, off, on) => {
    const here = (c: SettingsChange) => ('site' in c ? { ...c, site: site() } : c);
    mountMain('<p>Kenya and Peru signed a treaty at the United Nations.</p>');
    await runDossier(context().ctx);
    await marked(['Kenya', 'Peru', 'United Nations']);
    await vi.waitFor(() => expect(badge()).toEqual(['country:KE', 'country:PE', 'org:un']));

    await change(here(off));
    await marked([]);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual([]));

    await change(here(on));
    await marked(['Kenya', 'Peru', 'United Nations']);
    await vi.waitFor(() => expect(badge()).toEqual(['country:KE', 'country:PE', 'org:un']));
  });

  it('muting an entity on this site takes off its marks only', async () => {
    mountMain('<p>Kenya and Peru signed a treaty. Kenya hosts it.</p>');
    await runDossier(context().ctx);
    await marked(['Kenya', 'Kenya', 'Peru']);

    // What the card's "Don't mark this on this site" asks of the background.
    await change({ kind: 'mute', site: site(), entity: 'country:KE', muted: true });
    await marked(['Peru']);
    await vi.waitFor(() => expect(reports.at(-1)).toEqual([{ id: 'country:PE', count: 1 }]));
  });

  it('reports the page as it is once a rescan longer than one slice ends (SPA navigation)', async () => {
    const main = mountMain('<p>Chile elected a new president.</p>');
    await runDossier(context().ctx);
    await vi.waitFor(() => expect(badge()).toEqual(['country:CL']));

    // The page swaps its article for another: far more text than one 8 ms slice reads.
    const filler = Array.from(
      { length: 3000 },
      (_, i) => `<p>Paragraph ${i} of a long article about rainfall, harvests and markets.</p>`,
    ).join('');
    main.innerHTML = `<p>Kenya opened the talks.</p>${filler}<p>Peru joined.</p><p>Ghana signed last.</p>`;

    await vi.waitFor(() => expect(badge()).toEqual(['country:GH', 'country:KE', 'country:PE']), {
      timeout: 10_000,
      interval: 50,
    });
  });

  it.each(['markSettings', 'packedAutomaton'])(
    'marks nothing when this site is turned off while %s is still on its way',
    async (slow) => {
      mountMain('<p>Kenya and Peru signed a treaty.</p>');
      holding.add(slow);
      const running = runDossier(context().ctx);
      await vi.waitFor(() => expect(held.get(slow)).toHaveLength(1));

      await change({ kind: 'site', site: site(), enabled: false });
      await vi.waitFor(() => expect(reports).toEqual([[]]));
      // The first start's answer, from before the change, arrives last.
      for (const release of held.get(slow) ?? []) release();
      await running;
      await painted();

      expect(marks()).toEqual([]);
      expect(reports).toEqual([[]]);
    },
  );

  it('keeps the badge when this site is turned on while the answer that it is off is on its way', async () => {
    await change({ kind: 'site', site: site(), enabled: false });
    mountMain('<p>Kenya and Peru signed a treaty.</p>');
    holding.add('markSettings');
    const running = runDossier(context().ctx);
    await vi.waitFor(() => expect(held.get('markSettings')).toHaveLength(1));

    await change({ kind: 'site', site: site(), enabled: true });
    await marked(['Kenya', 'Peru']);
    await vi.waitFor(() => expect(badge()).toEqual(['country:KE', 'country:PE']));
    for (const release of held.get('markSettings') ?? []) release();
    await running;
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(badge()).toEqual(['country:KE', 'country:PE']);
    expect(marks()).toEqual(['Kenya', 'Peru']);
  });

  it('stops quietly when the extension is reloaded under the page', async () => {
    const errors = vi.spyOn(console, 'error');
    const main = mountMain('<p>Kenya and Peru signed a treaty.</p>');
    const { ctx, invalidate } = context();
    await runDossier(ctx);
    await marked(['Kenya', 'Peru']);
    const sent = fake.sendMessage.mock.calls.length;

    invalidate();
    await marked([]);
    // Neither the page's changes nor the storage's reach a script whose extension is gone.
    main.insertAdjacentHTML('beforeend', '<p>Ghana too.</p>');
    await change({ kind: 'global', enabled: true });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await painted();

    expect(marks()).toEqual([]);
    expect(fake.sendMessage.mock.calls.slice(sent).map(([type]) => type)).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('stops quietly when a message finds the extension gone before the context says so', async () => {
    const errors = vi.spyOn(console, 'error');
    const main = mountMain('<p>Kenya and Peru signed a treaty.</p>');
    await runDossier(context().ctx);
    await marked(['Kenya', 'Peru']);

    fake.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    // The page changes: its report to the background is the first message to fail.
    main.insertAdjacentHTML('beforeend', '<p>Ghana joined them.</p>');
    await marked([]);

    expect(errors).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('gives up quietly when the extension is gone before the page is marked', async () => {
    const errors = vi.spyOn(console, 'error');
    mountMain('<p>Kenya and Peru signed a treaty.</p>');
    fake.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));

    await expect(runDossier(context().ctx)).resolves.toBeUndefined();
    await painted();

    expect(marks()).toEqual([]);
    expect(errors).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });
  it('stops quietly when the reader rests on a mark after the extension is gone', async () => {
    const errors = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');
    mountMain('<p>Kenya and Peru signed a treaty.</p>');
    await runDossier(context().ctx);
    await marked(['Kenya', 'Peru']);

    // The extension is updated under the page: the card's first lookup is the first message to fail.
    fake.sendMessage.mockRejectedValue(new Error('Extension context invalidated.'));
    await restOn(firstWords(5));
    await marked([]);

    expect(errors).not.toHaveBeenCalled();
    expect(warnings).not.toHaveBeenCalled();
    expect(unhandled).toEqual([]);
  });

  it('opens no card on names it cannot draw where the browser has no CSS Custom Highlight API', async () => {
    mountMain('<p>Kenya and Peru signed a treaty.</p>');
    vi.stubGlobal('Highlight', undefined);
    try {
      await runDossier(context().ctx);
      // The badge still counts what the page names.
      await vi.waitFor(() => expect(badge()).toEqual(['country:KE', 'country:PE']));
      await restOn(firstWords(5));
      await userEvent.keyboard('{Alt>}{Shift>}M{/Shift}{/Alt}');
      await userEvent.keyboard('{Enter}');
      await sleep(300);
    } finally {
      vi.unstubAllGlobals();
    }

    const asked = fake.sendMessage.mock.calls.map(([type]) => type);
    expect(asked).not.toContain('entityFacts');
    expect(asked).not.toContain('loadCard');
    expect(document.querySelector('[data-dossier-ui]')).toBeNull();
  });
});
