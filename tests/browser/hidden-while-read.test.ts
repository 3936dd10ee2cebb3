import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES } from '../../lib/page';
import { cleanUp, highlightTexts, mount, painted, scannerFor, sleep } from './page-fixtures';

afterEach(cleanUp);

/** Long enough for the 200 ms debounce, the rescan's slices and a frame for the highlights. */
const SETTLE = { timeout: 3000, interval: 50 };

const loaded = (frame: HTMLIFrameElement) =>
  new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

describe('text the page hides while the scan reads it', () => {
  it('leaves no mark in a panel hidden while the first scan is inside it', async () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}, about nothing much.</p>`);
    const panel = Array.from({ length: 1500 }, (_, i) => `<p>Item ${i}: rain in Kenya.</p>`);
    const root = mount(`${filler.join('')}<div id="panel">${panel.join('')}</div><p>Closing: Chile.</p>`);
    const panelElement = root.querySelector('#panel') as HTMLElement;
    let marksWhenHidden = 0;
    const scanner = scannerFor({
      budgetMs: 2,
      // The hiding is read at once, while the scan is still inside the panel.
      mutations: { debounceMs: 0 },
      onUpdate(entities) {
        const kenya = entities.find((e) => e.id === 'country:KE')?.count ?? 0;
        if (kenya >= 50 && !panelElement.hidden) {
          marksWhenHidden = kenya;
          panelElement.hidden = true;
        }
      },
    });
    await scanner.start();
    await sleep(500);
    // The scan was inside the panel when it went.
    expect(marksWhenHidden).toBeGreaterThan(0);
    expect(marksWhenHidden).toBeLessThan(1500);
    expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]);
    root.lastElementChild?.scrollIntoView();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Chile']);
  });

  it('marks a panel shown again although another part is hidden while the scan goes on', async () => {
    const filler = Array.from({ length: 400 }, (_, i) => `<p>Paragraph ${i}, about nothing much.</p>`);
    // Long enough that the first scan is still reading when the page has hidden, shown and hidden.
    const tail = Array.from({ length: 12000 }, (_, i) => `<p>Item ${i}: rain in Peru.</p>`);
    const root = mount(
      `<div id="a"><p>Tab one: Kenya.</p></div><div id="b"><p>Tab two: Nepal.</p></div>${filler.join('')}` +
        `${tail.join('')}<p>Closing: Chile.</p>`,
    );
    const [a, b] = ['#a', '#b'].map((id) => root.querySelector(id) as HTMLElement) as [
      HTMLElement,
      HTMLElement,
    ];
    let step = 0;
    const scanner = scannerFor({
      budgetMs: 1,
      mutations: { debounceMs: 0, minIntervalMs: 0 },
      onUpdate() {
        // While the first scan is still reading: hide A, show it again, then hide B, each read in turn.
        if (step === 0) a.hidden = true;
        else if (step === 3) a.hidden = false;
        else if (step === 6) b.hidden = true;
        step++;
      },
    });
    await scanner.start();
    await vi.waitFor(() => expect(step).toBeGreaterThan(6), { timeout: 10_000, interval: 50 });
    // The part shown again is read after the first scan, behind it in the queue.
    const ids = () => scanner.entities().map((e) => e.id);
    await vi.waitFor(() => expect(ids()).toContain('country:KE'), { timeout: 10_000, interval: 50 });
    await sleep(300);
    expect(ids()).toContain('country:KE');
    expect(ids()).not.toContain('country:NP');
  });

  it('reads no frame inside a panel hidden while the first scan is inside it', async () => {
    const panel = Array.from({ length: 1500 }, (_, i) => `<p>Item ${i}: rain in Kenya.</p>`);
    const root = mount(
      `<div id="panel">${panel.join('')}<iframe srcdoc="<p>Floods in Mozambique</p>"></iframe></div><p>Chile</p>`,
    );
    await loaded(root.querySelector('iframe') as HTMLIFrameElement);
    const panelElement = root.querySelector('#panel') as HTMLElement;
    const scanner = scannerFor({
      budgetMs: 2,
      mutations: { debounceMs: 0 },
      onUpdate(entities) {
        if ((entities.find((e) => e.id === 'country:KE')?.count ?? 0) >= 50) panelElement.hidden = true;
      },
    });
    await scanner.start();
    await sleep(500);
    expect(panelElement.hidden).toBe(true);
    expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]);
    expect(scanner.documents()).toEqual([document]);
  });

  it('does not read a hidden frame that loads a new document, until it is shown', async () => {
    const root = mount('<p>Chile</p><div id="panel"></div>');
    const panel = root.querySelector('#panel') as HTMLElement;
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Floods in Mozambique</p>';
    panel.append(frame);
    await loaded(frame);
    const scanner = scannerFor();
    await scanner.start();
    const ids = () => scanner.entities().map((e) => e.id);
    expect(ids()).toEqual(['country:CL', 'country:MZ']);
    let n = 0;
    for (const hidden of [panel, frame]) {
      hidden.hidden = true;
      await vi.waitFor(() => expect(ids()).toEqual(['country:CL']), SETTLE);
      frame.srcdoc = `<p>Floods in Malawi, ${n++}</p>`;
      await loaded(frame);
      await sleep(500);
      expect(ids()).toEqual(['country:CL']);
      expect(scanner.documents()).toEqual([document]);
      hidden.hidden = false;
      await vi.waitFor(() => expect(ids()).toEqual(['country:CL', 'country:MW']), SETTLE);
      expect(scanner.mentionsOf('country:MW')[0]?.doc).toBe(frame.contentDocument);
    }
  });
});

describe('marked text the page moves where it is not read', () => {
  it('drops the marks of text moved into a hidden panel or an editor', async () => {
    const root = mount(
      '<p id="kenya">Kenya</p><p>Chile and <b id="peru">Peru</b></p><p id="mali">Mali</p><p>Nepal</p>' +
        '<div id="panel" hidden><section></section></div><div id="editor" contenteditable="true"></div>',
    );
    const scanner = scannerFor();
    await scanner.start();
    const ids = () => scanner.entities().map((e) => e.id);
    expect(ids()).toEqual(['country:KE', 'country:CL', 'country:PE', 'country:ML', 'country:NP']);
    const byId = (id: string) => root.querySelector(`#${id}`) as HTMLElement;
    // A paragraph into the panel's section, a name's element into the editor, a text node into the panel.
    byId('panel').firstElementChild?.append(byId('kenya'));
    byId('editor').append(byId('peru'));
    byId('panel').append(byId('mali').firstChild as Text);
    await vi.waitFor(() => expect(ids().sort()).toEqual(['country:CL', 'country:NP']), SETTLE);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country).sort()).toEqual(['Chile', 'Nepal']);
  });
});
