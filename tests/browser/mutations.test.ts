import { afterEach, describe, expect, it, vi } from 'vitest';
import { HIGHLIGHT_NAMES, OWN_UI_ATTRIBUTE } from '../../lib/page';
import { cleanUp, highlightTexts, mount, painted, scannerFor, sleep } from './page-fixtures';

afterEach(cleanUp);

/** Long enough for the 200 ms debounce, the rescan's slices and a frame for the highlights. */
const SETTLE = { timeout: 3000, interval: 50 };

function markTexts(scanner: ReturnType<typeof scannerFor>, entity: string): string[] {
  return scanner.mentionsOf(entity).map((m) => m.text);
}

describe('following the page’s changes', () => {
  it('marks what infinite scroll appends, in one or two rescans, and never loops', async () => {
    const feed = mount('<p>Opening: Chile.</p>');
    const scanner = scannerFor();
    await scanner.start();
    for (let batch = 0; batch < 10; batch++) {
      const fragment = document.createDocumentFragment();
      for (let i = 0; i < 2; i++) {
        const item = document.createElement('article');
        item.innerHTML = `<h3>Item ${batch}.${i}</h3><p>News from <b>Kenya</b> and the United <i>Nations</i>.</p>`;
        fragment.append(item);
      }
      feed.append(fragment);
      await sleep(10);
    }
    await vi.waitFor(
      () => expect(scanner.entities()).toContainEqual({ id: 'country:KE', count: 20 }),
      SETTLE,
    );
    expect(markTexts(scanner, 'org:un')).toHaveLength(20);
    const rescans = scanner.scans - 1;
    expect(rescans).toBeGreaterThanOrEqual(1);
    expect(rescans).toBeLessThanOrEqual(2);
    // Nothing we do changes the DOM, so nothing more comes.
    await sleep(1500);
    expect(scanner.scans - 1).toBe(rescans);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toContain('Kenya');
  });

  it('drops the marks of a paragraph the page removes', async () => {
    const root = mount('<p>Chile</p><p id="gone">Peru and <b>Bolivia</b></p>');
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:PE', 'country:BO']);
    root.querySelector('#gone')?.remove();
    await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]), SETTLE);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Chile']);
  });

  it('reads a changed text node again', async () => {
    const root = mount('<p>Talks in <span>Iran</span> today</p>');
    const scanner = scannerFor();
    await scanner.start();
    const text = root.querySelector('span')?.firstChild as Text;
    text.data = 'Iraq';
    await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:IQ', count: 1 }]), SETTLE);
    expect(scanner.scans).toBe(2);
  });

  it('joins a name completed by an inserted element', async () => {
    const root = mount('<p>the United <span></span> said</p>');
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities()).toEqual([]);
    (root.querySelector('span') as HTMLElement).textContent = 'Nations';
    await vi.waitFor(() => expect(markTexts(scanner, 'org:un')).toEqual(['United Nations']), SETTLE);
  });

  it('follows changes inside an open shadow root', async () => {
    const root = mount('<div id="host"></div>');
    const host = root.querySelector('#host') as HTMLElement;
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>Nepal</p>';
    const scanner = scannerFor();
    await scanner.start();
    shadow.append(Object.assign(document.createElement('p'), { textContent: 'Bhutan' }));
    await vi.waitFor(() => expect(markTexts(scanner, 'country:BT')).toEqual(['Bhutan']), SETTLE);
    expect(markTexts(scanner, 'country:NP')).toEqual(['Nepal']);
  });

  it('reads a frame the page adds, and forgets it when the page removes it', async () => {
    const root = mount('<p>Chile</p>');
    const scanner = scannerFor();
    await scanner.start();
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Floods in Mozambique</p>';
    root.append(frame);
    await vi.waitFor(() => expect(markTexts(scanner, 'country:MZ')).toEqual(['Mozambique']), SETTLE);
    expect(scanner.mentionsOf('country:MZ')[0]?.doc).toBe(frame.contentDocument);
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    await vi.waitFor(() =>
      expect(highlightTexts(HIGHLIGHT_NAMES.country, frameWindow)).toEqual(['Mozambique']),
    );
    frame.remove();
    await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]), SETTLE);
    expect(scanner.documents()).toEqual([document]);
  });

  it('ignores changes inside our own UI, scripts and form fields', async () => {
    const root = mount(`<p>Chile</p><div ${OWN_UI_ATTRIBUTE}></div><textarea></textarea>`);
    const scanner = scannerFor();
    await scanner.start();
    const own = root.querySelector(`[${OWN_UI_ATTRIBUTE}]`) as HTMLElement;
    own.innerHTML = '<p>Syria</p>';
    (own.firstChild as HTMLElement).append(' and Iraq');
    root.append(Object.assign(document.createElement('div'), { textContent: 'Oman' }));
    root.lastElementChild?.setAttribute(OWN_UI_ATTRIBUTE, '');
    (root.querySelector('textarea') as HTMLTextAreaElement).value = 'Yemen';
    root.querySelector('textarea')?.append('Qatar');
    const script = document.createElement('script');
    script.textContent = 'var Libya = 1';
    root.append(script);
    await sleep(800);
    expect(scanner.scans).toBe(1);
    expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]);
  });

  it('rescans at most about once a second under constant churn', async () => {
    const root = mount('<p>Chile</p><p id="ticker">0</p>');
    const scanner = scannerFor();
    await scanner.start();
    const ticker = root.querySelector('#ticker') as HTMLElement;
    const started = performance.now();
    for (let i = 0; performance.now() - started < 2500; i++) {
      ticker.textContent = i % 2 === 0 ? `Tick ${i} from Peru` : `Tick ${i}`;
      await sleep(50);
    }
    const rescans = scanner.scans - 1;
    expect(rescans).toBeGreaterThanOrEqual(2);
    expect(rescans).toBeLessThanOrEqual(3);
  });
});
