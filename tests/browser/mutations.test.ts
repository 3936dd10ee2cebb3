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

  it('joins a name completed inside an empty inline element', async () => {
    const root = mount('<p>the United <span id="w"></span> said</p>');
    const scanner = scannerFor();
    await scanner.start();
    (root.querySelector('#w') as HTMLElement).append(
      Object.assign(document.createElement('i'), { textContent: 'Nations' }),
    );
    await vi.waitFor(() => expect(markTexts(scanner, 'org:un')).toEqual(['United Nations']), SETTLE);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation)).toEqual(['United Nations']);
  });

  it.each([
    [
      'text added after an element that ends it',
      '<p>Papua <b id="w">New</b></p>',
      'country:PG',
      (w: Element) => w.after(Object.assign(document.createElement('b'), { textContent: ' Guinea' })),
    ],
    [
      'an element added after a link that starts it',
      '<p><a id="w">United</a> </p>',
      'country:US',
      (w: Element) =>
        w.parentElement?.append(Object.assign(document.createElement('a'), { textContent: 'States' })),
    ],
    [
      'a space added between two elements',
      '<p><b id="w">United</b><b>Kingdom</b></p>',
      'country:GB',
      (w: Element) => w.after(' '),
    ],
    [
      'its middle word shown again',
      '<p><i>United</i> <span id="w" hidden>Arab</span> <i>Emirates</i></p>',
      'country:AE',
      (w: Element) => w.removeAttribute('hidden'),
    ],
  ])('marks a name whose parts are in separate elements once %s', async (_, html, entity, change) => {
    const root = mount(html);
    const scanner = scannerFor();
    await scanner.start();
    change(root.querySelector('#w') as Element);
    await vi.waitFor(() => expect(scanner.entities().map((e) => e.id)).toEqual([entity]), SETTLE);
  });

  it('marks a name completed beside a slot that shows its first words', async () => {
    const root = mount('<p><x-slotted id="w">Papua New</x-slotted></p>');
    const host = root.querySelector('#w') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<slot></slot>';
    const scanner = scannerFor();
    await scanner.start();
    host.after(Object.assign(document.createElement('b'), { textContent: ' Guinea' }));
    await vi.waitFor(() => expect(scanner.entities().map((e) => e.id)).toEqual(['country:PG']), SETTLE);
  });

  it('reads only the new message when a chat of inline messages grows', async () => {
    const messages = Array.from(
      { length: 2000 },
      (_, i) => `<x-msg><b>user${i}</b>: rain in Kenya. </x-msg>`,
    );
    const root = mount(`<div id="chat">${messages.join('')}</div>`);
    const scanner = scannerFor();
    await scanner.start();
    const before = new Set(scanner.mentionsOf('country:KE'));
    expect(before.size).toBe(2000);
    const message = document.createElement('x-msg');
    message.innerHTML = '<b>user2000</b>: floods in Peru. ';
    root.querySelector('#chat')?.append(message);
    await vi.waitFor(() => expect(markTexts(scanner, 'country:PE')).toEqual(['Peru']), SETTLE);
    // The other messages' marks are the same ones: nothing else was read again.
    expect(scanner.mentionsOf('country:KE').filter((m) => before.has(m))).toHaveLength(2000);
  });

  it('keeps the page responsive when it appends thousands of empty elements, and marks what comes after', async () => {
    // The watcher's own work, not the page's: how long each call of its observer's callback takes.
    const calls: number[] = [];
    const Native = window.MutationObserver;
    vi.stubGlobal(
      'MutationObserver',
      class extends Native {
        constructor(callback: MutationCallback) {
          super((records, observer) => {
            const start = performance.now();
            callback(records, observer);
            calls.push(performance.now() - start);
          });
        }
      },
    );
    const root = mount('<p id="line">Talks on </p><p id="list"></p>');
    const scanner = scannerFor();
    await scanner.start();
    vi.unstubAllGlobals();
    // Icons, spacers, a virtual list's placeholders: elements with no text, one after another, at once and
    // one by one.
    const fragment = document.createDocumentFragment();
    for (let i = 0; i < 2000; i++) fragment.append(document.createElement('span'), ' ');
    (root.querySelector('#line') as HTMLElement).append(fragment);
    const list = root.querySelector('#list') as HTMLElement;
    for (let i = 0; i < 2000; i++) list.append(document.createElement('x-icon'));
    await sleep(50);
    root.querySelector('#line')?.append(Object.assign(document.createElement('b'), { textContent: 'Kenya' }));
    await vi.waitFor(() => expect(markTexts(scanner, 'country:KE')).toEqual(['Kenya']), SETTLE);
    expect(calls.length).toBeGreaterThan(0);
    expect(Math.max(...calls)).toBeLessThan(50);
  });

  it('marks again what is left of a name when the text that ended it leaves', async () => {
    const root = mount('<p><b>Guinea</b>-Bissau today</p><p>Guinea<span>-Bissau</span> too</p>');
    const scanner = scannerFor();
    await scanner.start();
    expect(markTexts(scanner, 'country:GW')).toEqual(['Guinea-Bissau', 'Guinea-Bissau']);
    // The text beside an element, and the only text inside one.
    (root.querySelector('b') as HTMLElement).nextSibling?.remove();
    (root.querySelector('span') as HTMLElement).firstChild?.remove();
    await vi.waitFor(() => expect(markTexts(scanner, 'country:GN')).toEqual(['Guinea', 'Guinea']), SETTLE);
    expect(markTexts(scanner, 'country:GW')).toEqual([]);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Guinea', 'Guinea']);
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

  it('marks a panel the page reveals, unmarks one it hides, one rescan each, and never loops', async () => {
    const root = mount(
      '<div id="one"><p>Chile</p></div><div id="two" hidden><p>Kenya and <b>Peru</b></p></div>' +
        '<p>Also: <span id="found" hidden="until-found">Nepal</span>.</p>' +
        `<div ${OWN_UI_ATTRIBUTE} hidden><p>Syria</p><p hidden>Iraq</p></div>` +
        '<p contenteditable="false">Oman</p>',
    );
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:OM']);
    const byId = (id: string) => root.querySelector(`#${id}`) as HTMLElement;
    // A tab switch: one panel hidden, the other shown.
    byId('one').hidden = true;
    byId('two').hidden = false;
    const ids = () => scanner.entities().map((e) => e.id);
    await vi.waitFor(() => expect(ids().sort()).toEqual(['country:KE', 'country:OM', 'country:PE']), SETTLE);
    expect(scanner.scans).toBe(2);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country).sort()).toEqual(['Kenya', 'Oman', 'Peru']);
    // Find-in-page reveals hidden="until-found" text by taking the attribute away.
    byId('found').removeAttribute('hidden');
    await vi.waitFor(() => expect(markTexts(scanner, 'country:NP')).toEqual(['Nepal']), SETTLE);
    const scans = scanner.scans;
    // Our own UI shown or hidden, and attributes set to what they were, change nothing read.
    const own = root.querySelector(`[${OWN_UI_ATTRIBUTE}]`) as HTMLElement;
    own.hidden = false;
    (own.lastElementChild as HTMLElement).hidden = false;
    byId('one').setAttribute('hidden', 'hidden');
    root.lastElementChild?.setAttribute('contenteditable', 'inherit');
    await sleep(1500);
    expect(scanner.scans).toBe(scans);
    expect(ids().sort()).toEqual(['country:KE', 'country:NP', 'country:OM', 'country:PE']);
  });

  it('forgets a frame the page hides, itself or in a panel, and reads it again when shown', async () => {
    const root = mount('<p>Chile</p><div id="panel"></div>');
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Floods in Mozambique</p>';
    const panel = root.querySelector('#panel') as HTMLElement;
    panel.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const scanner = scannerFor();
    await scanner.start();
    expect(markTexts(scanner, 'country:MZ')).toEqual(['Mozambique']);
    for (const hidden of [panel, frame]) {
      hidden.hidden = true;
      await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]), SETTLE);
      expect(scanner.documents()).toEqual([document]);
      hidden.hidden = false;
      await vi.waitFor(() => expect(markTexts(scanner, 'country:MZ')).toEqual(['Mozambique']), SETTLE);
      expect(scanner.documents()).toEqual([document, frame.contentDocument]);
    }
  });

  it('unmarks text the page makes editable, and marks it again when it stops', async () => {
    const root = mount('<p>Chile</p><div id="editor"><p>Peru and the United <b>Nations</b></p></div>');
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:PE', 'org:un']);
    const editor = root.querySelector('#editor') as HTMLElement;
    editor.contentEditable = 'true';
    await vi.waitFor(() => expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]), SETTLE);
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation)).toEqual([]);
    editor.removeAttribute('contenteditable');
    await vi.waitFor(() => expect(markTexts(scanner, 'org:un')).toEqual(['United Nations']), SETTLE);
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:PE', 'org:un']);
  });

  it('reads only the new post when a feed of custom elements grows or shrinks', async () => {
    const posts = Array.from(
      { length: 300 },
      (_, i) => `<x-post><p>Post ${i}: news from Kenya.</p></x-post>`,
    );
    const root = mount(
      `<div id="feed">${posts.join('\n')}</div><p id="lead">the United </p><p>Guinea<b>-Bissau</b></p>`,
    );
    const scanner = scannerFor();
    await scanner.start();
    const before = new Set(scanner.mentionsOf('country:KE'));
    expect(before.size).toBe(300);
    const feed = root.querySelector('#feed') as HTMLElement;
    const post = document.createElement('x-post');
    post.innerHTML = '<p>Post 300: news from Peru.</p>';
    feed.append('\n', post);
    // Inline content next to text still joins it into one name.
    root
      .querySelector('#lead')
      ?.append(Object.assign(document.createElement('i'), { textContent: 'Nations' }));
    await vi.waitFor(() => expect(markTexts(scanner, 'country:PE')).toEqual(['Peru']), SETTLE);
    await vi.waitFor(() => expect(markTexts(scanner, 'org:un')).toEqual(['United Nations']), SETTLE);
    // And inline content leaving lets the text beside it make another name.
    expect(markTexts(scanner, 'country:GW')).toEqual(['Guinea-Bissau']);
    root.querySelector('b')?.remove();
    await vi.waitFor(() => expect(markTexts(scanner, 'country:GN')).toEqual(['Guinea']), SETTLE);
    const kept = (marks: readonly unknown[]) => marks.filter((m) => before.has(m as never)).length;
    expect(kept(scanner.mentionsOf('country:KE'))).toBe(300);
    // The feed drops its oldest post: its mark goes, and the others stay as they were.
    feed.firstElementChild?.remove();
    await vi.waitFor(() => expect(scanner.mentionsOf('country:KE')).toHaveLength(299), SETTLE);
    await sleep(300);
    expect(kept(scanner.mentionsOf('country:KE'))).toBe(299);
  });

  it('reads a shadow root that a custom element defined after the scan attaches', async () => {
    const root = mount(
      '<p>Chile</p><x-late-card></x-late-card>' +
        '<x-late-quote><span>Mali</span> and <span slot="quoted">Kenya</span></x-late-quote>',
    );
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:ML', 'country:KE']);
    customElements.define(
      'x-late-card',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML = '<p>Floods in <b>Nepal</b></p>';
        }
      },
    );
    // Once it has a shadow root, an element shows what its slots take of its children, not the rest.
    customElements.define(
      'x-late-quote',
      class extends HTMLElement {
        constructor() {
          super();
          this.attachShadow({ mode: 'open' }).innerHTML =
            '<blockquote><slot name="quoted"></slot></blockquote>';
        }
      },
    );
    await vi.waitFor(() => expect(markTexts(scanner, 'country:NP')).toEqual(['Nepal']), SETTLE);
    await vi.waitFor(
      () => expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:NP', 'country:KE']),
      SETTLE,
    );
    expect(scanner.mentionsOf('country:NP')[0]?.nodes[0]?.getRootNode()).toBe(
      root.querySelector('x-late-card')?.shadowRoot,
    );
    const scans = scanner.scans;
    await sleep(1500);
    expect(scanner.scans).toBe(scans);
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
