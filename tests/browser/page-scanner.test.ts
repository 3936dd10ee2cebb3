import { afterEach, describe, expect, it } from 'vitest';
import { type EntityCount, HIGHLIGHT_NAMES, OWN_UI_ATTRIBUTE, scanDocument } from '../../lib/page';
import { cleanUp, highlightTexts, mount, painted, realAutomaton, scannerFor, sleep } from './page-fixtures';

afterEach(cleanUp);

describe('scanning the page in time slices', () => {
  it('counts the entities and lists each one’s marks in reading order', async () => {
    const updates: EntityCount[][] = [];
    mount('<p>Chile, then Peru.</p><p>Peru again, and <i>Chile</i>, and Peru.</p>');
    const scanner = scannerFor({ onUpdate: (entities) => updates.push(entities) });
    await scanner.start();
    await painted();
    expect(scanner.entities()).toEqual([
      { id: 'country:PE', count: 3 },
      { id: 'country:CL', count: 2 },
    ]);
    expect(updates.at(-1)).toEqual(scanner.entities());
    const peru = scanner.mentionsOf('country:PE');
    expect(peru.map((m) => m.nodes[0]?.data)).toEqual([
      'Chile, then Peru.',
      'Peru again, and ',
      ', and Peru.',
    ]);
    expect(scanner.scans).toBe(1);
  });

  it('reads open shadow roots and skips scripts, form fields, editable areas and our own UI', async () => {
    const root = mount(
      '<p>Pakistan</p><div id="host"></div><script>var Iran = 1</script><textarea>Iraq</textarea>' +
        `<div contenteditable="true">Oman</div><div ${OWN_UI_ATTRIBUTE}>Syria</div><p>Ghana</p>` +
        // Editable as browsers read the attribute: any case, and plain text only.
        '<div contenteditable="TRUE">Yemen</div><p contenteditable="plaintext-only">Chad</p><p hidden>Peru</p>' +
        '<div contenteditable="false">Mali</div>',
    );
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>the <b>Taliban</b> and Nepal</p>';
    const scanner = scannerFor();
    await scanner.start();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Pakistan', 'Nepal', 'Ghana', 'Mali']);
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation)).toEqual(['Taliban']);
    const [nepal] = scanner.mentionsOf('country:NP');
    expect(nepal?.nodes[0]?.getRootNode()).toBe(host.shadowRoot);
    // Reading order puts the shadow tree's text at its host.
    expect(scanner.entities().map((e) => e.id)).toEqual([
      'country:PK',
      'org:taliban',
      'country:NP',
      'country:GH',
      'country:ML',
    ]);
  });

  it('leaves muted entities unmarked and uncounted', async () => {
    mount('<p>Chile, Peru and the United Nations</p>');
    const scanner = scannerFor({ mutedEntities: new Set(['country:PE', 'org:un']) });
    await scanner.start();
    await painted();
    expect(scanner.entities()).toEqual([{ id: 'country:CL', count: 1 }]);
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Chile']);
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation)).toEqual([]);
  });

  it('reads what a shadow root’s slot shows', async () => {
    const root = mount('<div id="host"><span slot="name">Bolivia</span><span>Qatar</span></div>');
    const host = root.querySelector('#host') as HTMLElement;
    host.attachShadow({ mode: 'open' }).innerHTML = '<p>News from <slot name="name"></slot></p>';
    await scannerFor().start();
    await painted();
    // Qatar is in no slot: the page does not show it.
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Bolivia']);
  });

  it('reads a same-origin frame into the frame’s own highlight registry', async () => {
    const frame = document.createElement('iframe');
    frame.srcdoc = '<p>Elections in Mongolia and the <b>European</b> Union.</p>';
    mount('<p>Peru</p>').append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const frameWindow = frame.contentWindow as Window & typeof globalThis;
    const sheetsBefore = document.adoptedStyleSheets.length;
    // As the content script runs it: the page has the extension's CSS file, the frame does not.
    const scanner = scannerFor({ highlights: { sheet: false } });
    await scanner.start();
    await painted();
    expect(highlightTexts(HIGHLIGHT_NAMES.country)).toEqual(['Peru']);
    expect(document.adoptedStyleSheets.length).toBe(sheetsBefore);
    expect(highlightTexts(HIGHLIGHT_NAMES.country, frameWindow)).toEqual(['Mongolia']);
    expect(highlightTexts(HIGHLIGHT_NAMES.organisation, frameWindow)).toEqual(['European Union']);
    expect(scanner.documents()).toEqual([document, frame.contentDocument]);
    expect(scanner.mentionsOf('country:MN')[0]?.doc).toBe(frame.contentDocument);
    expect(frameWindow.document.adoptedStyleSheets.length).toBe(1);
    scanner.stop();
    expect(frameWindow.CSS.highlights.size).toBe(0);
    expect(frameWindow.document.adoptedStyleSheets.length).toBe(0);
  });

  it('reads a frame whose element carries contenteditable (its document is not editable)', async () => {
    const frame = document.createElement('iframe');
    frame.setAttribute('contenteditable', 'true');
    frame.srcdoc = '<p>Floods in Mozambique</p>';
    mount('<p>Chile</p>').append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const scanner = scannerFor();
    await scanner.start();
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:MZ']);
    // Nor when the page sets it later.
    frame.removeAttribute('contenteditable');
    frame.setAttribute('contenteditable', 'true');
    await sleep(600);
    expect(scanner.entities().map((e) => e.id)).toEqual(['country:CL', 'country:MZ']);
  });

  it('finds what a one-shot scan finds, on a 1 MB page, with no slice over 50 ms', async () => {
    const root = mount(bigArticle(1_000_000));
    const oneShot = scanDocument(root, realAutomaton());
    // Laying out the page and the one-shot scan are long tasks of their own: let them pass.
    await painted();
    const longTasks: number[] = [];
    const observer = new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push(Math.round(entry.duration));
    });
    observer.observe({ type: 'longtask' });
    const scanner = scannerFor({ watchMutations: false });
    await scanner.start();
    await painted();
    observer.disconnect();
    const { stats } = scanner;
    const marks = scanner.entities().reduce((n, e) => n + e.count, 0);
    const registered = [...CSS.highlights.values()].reduce((n, h) => n + h.size, 0);
    console.log(
      `1 MB page: ${stats.textLength} chars, ${marks} marks (${registered} registered near the viewport), ` +
        `${stats.slices} slices, longest ${stats.longestSliceMs.toFixed(1)} ms, busy ${stats.busyMs.toFixed(0)} ms, ` +
        `first scan ${stats.firstScanMs.toFixed(0)} ms; long tasks: ${JSON.stringify(longTasks)}`,
    );
    expect(stats.textLength).toBeGreaterThan(1_000_000);
    expect(stats.longestSliceMs).toBeLessThan(50);
    expect(longTasks).toEqual([]);
    expect(scanner.entities()).toEqual(oneShot.entities);
    const inOrder = oneShot.entities.flatMap((e) => scanner.mentionsOf(e.id).map((m) => m.text));
    expect(inOrder.length).toBe(oneShot.mentions.length);
    // Only what is near the viewport is registered: each registered range costs every page update.
    expect(registered).toBeGreaterThan(0);
    expect(registered).toBeLessThan(marks / 20);
  }, 60_000);
});

const PARAGRAPHS = [
  'Ministers from <b>France</b> and Germany met in Brussels on Tuesday, where the European Union weighed new sanctions.',
  'The United <a href="#">Nations</a> said aid convoys had reached northern Syria, but the Red Cross warned of shortages.',
  'Officials in <i>Beijing</i> denied that China had sold drones to Iran; the Pentagon declined to comment.',
  'Brazil, Argentina and Chile will host the summit, the IMF confirmed, as the World Bank cut its forecast.',
  'In Nairobi, Kenyan police dispersed protesters; the African Union called for calm in the region.',
  'The story had nothing to do with anywhere in particular, and the reporter said so twice over lunch.',
];

/** A long article of varied paragraphs: about `chars` characters of text. */
function bigArticle(chars: number): string {
  const parts: string[] = ['<article>'];
  let size = 0;
  for (let i = 0; size < chars; i++) {
    const html = PARAGRAPHS[i % PARAGRAPHS.length] as string;
    parts.push(i % 40 === 0 ? `<h2>Part ${i / 40} of the long read</h2>` : '', `<p>${html}</p>`);
    size += html.replace(/<[^>]+>/g, '').length + 1;
  }
  parts.push('</article>');
  return parts.join('');
}
