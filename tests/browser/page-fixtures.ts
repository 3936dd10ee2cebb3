import { loadGazetteer } from '../../lib/gazetteer';
import { type AutomatonView, compileAutomaton, packAutomaton, unpackAutomaton } from '../../lib/match';
import { createPageScanner, type PageScanner, type PageScannerOptions } from '../../lib/page';

let automaton: AutomatonView | undefined;

/** The real automaton, packed and unpacked as the extension ships it; built once per test file. */
export function realAutomaton(): AutomatonView {
  automaton ??= unpackAutomaton(packAutomaton(compileAutomaton(loadGazetteer().lexicon)));
  return automaton;
}

export function mount(html: string): HTMLElement {
  const root = document.createElement('div');
  root.innerHTML = html;
  document.body.append(root);
  return root;
}

const scanners: PageScanner[] = [];

/** A scanner over this test page with the real automaton; stopped by `cleanUp`. */
export function scannerFor(options: Partial<PageScannerOptions> = {}): PageScanner {
  const scanner = createPageScanner({ doc: document, automaton: realAutomaton(), ...options });
  scanners.push(scanner);
  return scanner;
}

export function cleanUp(): void {
  for (const scanner of scanners.splice(0)) scanner.stop();
  document.body.replaceChildren();
}

/** The text each range of a registered highlight covers, in the registry of `win`. */
export function highlightTexts(name: string, win: Window & typeof globalThis = window): string[] {
  const highlight = win.CSS.highlights.get(name);
  if (!highlight) return [];
  return [...highlight].map((range) => {
    const live = win.document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    return live.toString();
  });
}

export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));
}

/** Marks are registered once the IntersectionObserver has seen them near the viewport: a frame later. */
export async function painted(): Promise<void> {
  await nextFrame();
  await sleep(0);
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** The centre of a box. */
export function centre(rect: DOMRect): { x: number; y: number } {
  return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
}
