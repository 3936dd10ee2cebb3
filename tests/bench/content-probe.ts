import { unpackAutomaton } from '../../lib/match';
import { createHighlighter, createPageScanner, MarkLocator, scanDocument, TextWalker } from '../../lib/page';

/** Injected into a fresh page by the content benchmark (bundled as an IIFE): what a page load pays. */
export interface ProbeResult {
  ms: number;
  compileMs: number;
  loadMs: number;
  drawMs: number;
  longestSliceMs: number;
  longTaskMs: number;
  marks: number;
}

/** Times a read of the page's text; the characters read are checked, so that the read cannot be skipped. */
function timed(read: () => number): number {
  const start = performance.now();
  const chars = read();
  const ms = performance.now() - start;
  return chars >= 0 ? ms : -1;
}

function textWalk(): number {
  return timed(() => {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let chars = 0;
    for (let n = walker.nextNode(); n; n = walker.nextNode()) chars += (n as Text).data.length;
    return chars;
  });
}

/**
 * Dossier's own walk alone (its skip rules, block breaks, shadow roots), reading every text node and
 * matching nothing: the part of Dossier's time that a bare pass does not have to decide.
 */
function ruledWalk(): number {
  return timed(() => {
    const walker = new TextWalker(document);
    let chars = 0;
    while (walker.nextText()) chars += walker.text.length;
    return chars;
  });
}

/**
 * The least any matcher written in JavaScript could do on a page, as a floor for the ratio: load a set of
 * first words, walk and join the text, run one ASCII expression over it, look each capitalised word up,
 * and highlight each hit. No skip rules, block breaks, multi-word names, case or context rules.
 */
function floor(firstWords: string): { ms: number; hits: number } {
  const start = performance.now();
  const first = new Set(firstWords.split('|'));
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const nodes: Text[] = [];
  const starts: number[] = [];
  const parts: string[] = [];
  let at = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = (n as Text).data;
    nodes.push(n as Text);
    starts.push(at);
    parts.push(text);
    at += text.length + 1;
  }
  const all = parts.join('\n');
  const highlight = new Highlight();
  CSS.highlights.set('dossier-floor', highlight);
  const word = /[A-Z][A-Za-z]*/g;
  let hits = 0;
  let k = 0;
  for (let m = word.exec(all); m; m = word.exec(all)) {
    if (!first.has(m[0])) continue;
    hits++;
    while (k + 1 < starts.length && (starts[k + 1] as number) <= m.index) k++;
    const offset = m.index - (starts[k] as number);
    const range = new Range();
    range.setStart(nodes[k] as Text, offset);
    range.setEnd(nodes[k] as Text, offset + m[0].length);
    highlight.add(range);
  }
  return { ms: performance.now() - start, hits };
}

/**
 * Sums the time the page spends in IntersectionObserver callbacks from here on: the highlighter registers
 * the marks near the viewport there, in tasks of their own outside the scanner's slices.
 */
function timeObserverCallbacks(): { ms: number; longestMs: number } {
  const spent = { ms: 0, longestMs: 0 };
  const Native = window.IntersectionObserver;
  window.IntersectionObserver = class extends Native {
    constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
      super((entries, observer) => {
        const from = performance.now();
        try {
          callback(entries, observer);
        } finally {
          const took = performance.now() - from;
          spent.ms += took;
          spent.longestMs = Math.max(spent.longestMs, took);
        }
      }, options);
    }
  };
  return spent;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * What Dossier costs a fresh page, as the content script pays it: compiling the built script (`contentJs`,
 * the browser does it when it injects the script), the matcher arriving by message (JSON, parsed) and
 * loaded, the scanner set up, its slices, and the marks registered as they come near the viewport.
 */
async function dossier(packedMessage: string, contentJs: string): Promise<ProbeResult> {
  let longTaskMs = 0;
  const observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTaskMs = Math.max(longTaskMs, entry.duration);
  });
  try {
    observer.observe({ type: 'longtask', buffered: false });
  } catch {
    // No Long Tasks API: the scanner's own slice times still count.
  }
  const drawing = timeObserverCallbacks();
  const compileFrom = performance.now();
  // Compiled only, as on injection (the script's top level registers listeners, here there is no extension).
  new Function(contentJs);
  const compileMs = performance.now() - compileFrom;
  // The matcher's message, the scanner's set-up and start run in one task, after the one that compiled.
  const start = performance.now();
  const automaton = unpackAutomaton(JSON.parse(packedMessage) as string);
  const loadMs = performance.now() - start;
  // As the content script runs it: the extension's CSS file styles the marks, no sheet is adopted, and the
  // page's changes are watched (this page makes none: its scripts are kept out).
  const scanner = createPageScanner({
    doc: document,
    automaton,
    idleTimeoutMs: 50,
    highlights: { sheet: false },
  });
  const scanned = scanner.start();
  const firstTaskMs = performance.now() - start;
  await scanned;
  // The observer's callbacks for the last marks, and the long-task entries of the last tasks, come after.
  await nextFrame();
  await nextFrame();
  for (const entry of observer.takeRecords()) longTaskMs = Math.max(longTaskMs, entry.duration);
  observer.disconnect();
  const marks = scanner.entities().reduce((n, e) => n + e.count, 0);
  scanner.stop();
  return {
    ms: compileMs + firstTaskMs + scanner.stats.busyMs + drawing.ms,
    compileMs,
    loadMs,
    drawMs: drawing.ms,
    longestSliceMs: Math.max(scanner.stats.longestSliceMs, compileMs, firstTaskMs, drawing.longestMs),
    longTaskMs,
    marks,
  };
}

/**
 * What drawing the page's marks costs the page's own rendering: every mark drawn at once by Dossier's
 * highlighter, then the style and layout the page must work out again, forced and timed. `sheet` adopts
 * the marks' sheet in the page, as Dossier did before the extension's CSS file carried it.
 */
function restyle(packed: string, sheet: boolean): { ms: number; marks: number } {
  const { chunks, mentions } = scanDocument(document.body, unpackAutomaton(packed));
  const locator = new MarkLocator(document, 1);
  for (const chunk of chunks) locator.add(chunk.node, chunk.text, chunk.breakBefore);
  const marks = mentions.map((m) => locator.locate(m)).filter((m) => m !== null);
  // Style and layout up to date before.
  let size = document.body.offsetHeight;
  const highlighter = createHighlighter(document, { sheet, viewportMargin: null });
  for (const mark of marks) highlighter.add(mark);
  const start = performance.now();
  size += document.body.offsetHeight + getComputedStyle(document.body).length;
  const ms = performance.now() - start;
  highlighter.clear();
  return { ms: size >= 0 ? ms : -1, marks: marks.length };
}

const probe = { textWalk, ruledWalk, floor, dossier, restyle };
/** What the benchmark calls in the page, as `dossierBench`. */
export type Probe = typeof probe;

(globalThis as unknown as { dossierBench: Probe }).dossierBench = probe;
