import type { AutomatonView } from '../match';
import { frameAtPoint, frameContentOrigin, frameDocument } from './frames';
import { canHighlight, createHighlighter, type Highlighter, type HighlighterOptions } from './highlighter';
import { mentionAtPoint as hitTest, type MentionHit } from './hit-test';
import type { Mark } from './marks';
import {
  composedParent,
  createMutationWatcher,
  insideSkipped,
  type MutationWatcherOptions,
  type PageChange,
} from './mutation-watcher';
import { type EntityCount, OWN_UI_ATTRIBUTE, OWN_UI_SELECTOR } from './scan-document';
import { createSliceScheduler, type SliceStats } from './scheduler';
import { MentionIndex } from './text-index';
import { TextPass } from './text-pass';
import { UndefinedElements } from './undefined-elements';

export interface PageScannerOptions {
  doc: Document;
  automaton: AutomatonView;
  /** The counts changed (after a slice that added or dropped marks). */
  onUpdate?(entities: EntityCount[]): void;
  /** Work per time slice, in ms. */
  budgetMs?: number;
  /** How long the first slice waits for the page to go idle. */
  idleTimeoutMs?: number;
  /** Follow the page's changes (default true). */
  watchMutations?: boolean;
  mutations?: Pick<MutationWatcherOptions, 'debounceMs' | 'maxWaitMs' | 'minIntervalMs'>;
  highlights?: HighlighterOptions;
  /** Entities the reader muted on this site: never marked nor counted. */
  mutedEntities?: ReadonlySet<string>;
}

export interface ScanStats extends SliceStats {
  /** From start() to the end of the first full scan (waiting for idle time included). */
  firstScanMs: number;
  /** Characters read by the first full scan (block breaks count one). */
  textLength: number;
  /** Custom elements read before the page defined their tag, kept to read again once it does. */
  undefinedElements: number;
}

export interface PageScanner {
  /** Resolves when the first full scan (the page and the frames it holds) is done, or on stop(). */
  start(): Promise<void>;
  /** Stops reading and watching, and takes every mark off the page. */
  stop(): void;
  /** The mark at a point of the page's viewport (looking into same-origin frames), in its coordinates. */
  mentionAtPoint(x: number, y: number): MentionHit | null;
  /** An entity's marks in reading order, for "jump to next". */
  mentionsOf(entity: string): readonly Mark[];
  entities(): EntityCount[];
  /** Draws the mark the card is open on; null clears it. */
  focus(mark: Mark | null): void;
  /** The documents read: the page and its same-origin frames (pointer events in a frame go to its own). */
  documents(): Document[];
  /** False where the browser has no CSS Custom Highlight API: nothing is drawn, counts still work. */
  readonly highlighting: boolean;
  /** Passes over the page: 1 for the first full scan, then one per batch of changes. */
  readonly scans: number;
  readonly stats: ScanStats;
}

/** A document we read: the page or a same-origin frame, each with its own highlight registry. */
interface Surface {
  doc: Document;
  /**
   * Made with the surface's first mark: the highlight registry, the sheet and the observer cost a few ms a
   * document, and most same-origin frames (ad slots, about:blank) hold no name at all.
   */
  highlighter: Highlighter | null;
  shadowRoots: Set<ShadowRoot>;
  frame: HTMLIFrameElement | null;
}

interface Queued {
  pass: TextPass;
  surface: Surface;
  /** Part of the first full scan, which start() waits for. */
  initial: boolean;
  /** The shadow roots this pass met first. */
  shadows: ShadowRoot[];
}

/** How long a rescan waits for idle time at most. */
const RESCAN_IDLE_TIMEOUT_MS = 200;

/**
 * When to look again for custom elements defined after they were read, counted from the last time a pass
 * met a new undefined tag: pages define theirs as their scripts arrive, in the first seconds.
 */
const DEFINITION_CHECKS_MS = [500, 1000, 2000, 4000, 8000, 16000];

const isOwnUi = (el: Element) => el.hasAttribute(OWN_UI_ATTRIBUTE);

/**
 * Marks every country and organisation named on the page: reads the visible text in time slices
 * (entering open shadow roots and same-origin frames), draws the marks as CSS highlights, and reads
 * again the parts the page changes. The page's DOM is never modified.
 */
export function createPageScanner(options: PageScannerOptions): PageScanner {
  const { doc, automaton } = options;
  const index = new MentionIndex();
  const surfaces = new Map<Document, Surface>();
  const frameListeners = new Map<HTMLIFrameElement, () => void>();
  const scheduler = createSliceScheduler(doc.defaultView ?? window, {
    budgetMs: options.budgetMs,
    idleTimeoutMs: options.idleTimeoutMs,
  });
  const watcher =
    options.watchMutations === false
      ? null
      : createMutationWatcher({ skip: isOwnUi, onChange: readChanges, ...options.mutations });
  /** Only while following the page's changes: a definition is one. */
  const undefinedElements = watcher ? new UndefinedElements() : null;
  let definitionTimer: ReturnType<typeof setTimeout> | undefined;
  let definitionCheck = 0;
  const queue: Queued[] = [];
  let passes = 0;
  let scans = 0;
  let started = false;
  let stopped = false;
  let running = false;
  let changed = false;
  let initialLeft = 0;
  let startedAt = 0;
  let firstScanMs = 0;
  let textLength = 0;
  /**
   * What the page stopped reading (hid, made editable) while passes were under way, each with the last pass
   * begun then: the walk asks whether an element is read as it enters it, so a pass already inside reads on.
   * Marks those passes make there are refused; a pass begun later (the part shown again) marks as usual.
   */
  const unreadMidPass = new Map<Node, number>();
  let firstScanDone = () => {};
  const firstScan = new Promise<void>((resolve) => {
    firstScanDone = resolve;
  });

  function addSurface(surfaceDoc: Document, frame: HTMLIFrameElement | null): Surface {
    const surface = {
      doc: surfaceDoc,
      highlighter: null,
      shadowRoots: new Set<ShadowRoot>(),
      frame,
    };
    surfaces.set(surfaceDoc, surface);
    watcher?.observe(surfaceDoc);
    return surface;
  }

  function dropSurface(surface: Surface): void {
    const gone = new Set<Mark>();
    for (const mark of index.marks()) if (mark.doc === surface.doc) gone.add(mark);
    for (const mark of gone) index.remove(mark);
    if (gone.size > 0) changed = true;
    surface.highlighter?.clear();
    surfaces.delete(surface.doc);
    for (let i = queue.length - 1; i >= 0; i--) {
      const item = queue[i] as Queued;
      if (item.surface !== surface) continue;
      queue.splice(i, 1);
      if (item.initial) passDone(item);
    }
  }

  function dropMark(mark: Mark): void {
    index.remove(mark);
    surfaces.get(mark.doc)?.highlighter?.remove(mark);
    changed = true;
  }

  function enqueue(surface: Surface, root: Node, initial: boolean): void {
    const shadows: ShadowRoot[] = [];
    const pass = new TextPass(root, surface.doc, automaton, ++passes, {
      walker: {
        skipSelector: OWN_UI_SELECTOR,
        onShadowRoot(shadow) {
          if (surface.shadowRoots.has(shadow)) return;
          surface.shadowRoots.add(shadow);
          shadows.push(shadow);
          watcher?.observe(shadow);
        },
        onFrame: (frame) => watchFrame(frame, initial),
      },
      replaces: (pass) => index.hasMarksBefore(pass),
      beforeRead(node, pass) {
        const stale = index.staleMarks(node, pass);
        for (let i = 0; i < stale.length; i++) dropMark(stale[i] as Mark);
      },
      onMark(mark) {
        if (options.mutedEntities?.has(mark.entity)) return;
        if (unreadMidPass.size > 0 && mark.nodes.some((node) => unreadBy(node, mark.pass))) return;
        index.add(mark);
        // The extension's CSS file reaches the page it runs in, not its frames: they adopt a sheet.
        surface.highlighter ??= createHighlighter(
          surface.doc,
          surface.frame ? { ...options.highlights, sheet: true } : options.highlights,
        );
        surface.highlighter.add(mark);
        changed = true;
      },
    });
    queue.push({ pass, surface, initial, shadows });
    if (initial) initialLeft++;
    pump();
  }

  function watchFrame(frame: HTMLIFrameElement, initial: boolean): void {
    if (!frameListeners.has(frame)) {
      // A frame that loads (or navigates) later gets a new document: read that one then.
      const onLoad = () => readFrame(frame, false);
      frame.addEventListener('load', onLoad);
      frameListeners.set(frame, onLoad);
    }
    readFrame(frame, initial);
  }

  function readFrame(frame: HTMLIFrameElement, initial: boolean): void {
    if (stopped) return;
    const frameDoc = frameDocument(frame);
    for (const surface of surfaces.values()) {
      if (surface.frame === frame && surface.doc !== frameDoc) dropSurface(surface);
    }
    if (!frameDoc || surfaces.has(frameDoc) || frameDoc.readyState === 'loading') return;
    // A hidden frame still loads (its listener stays): showing it again reads it then. A pass already inside
    // a part the page hid meets frames there too.
    if (isHiddenFrame(frame)) return;
    if (!initial) scans++;
    enqueue(addSurface(frameDoc, frame), frameDoc, initial);
  }

  function isHiddenFrame(frame: HTMLIFrameElement): boolean {
    const parent = composedParent(frame);
    // Its own `contenteditable` does not make its document editable: only `hidden` hides it.
    return (
      frame.hasAttribute('hidden') || isOwnUi(frame) || (parent !== null && insideSkipped(parent, isOwnUi))
    );
  }

  function readChanges({ units, removed, unread }: PageChange): void {
    if (stopped) return;
    if (removed) sweep();
    if (unread.length > 0) {
      unmark(unread);
      if (queue.length > 0) for (const root of unread) unreadMidPass.set(root, passes);
    }
    let read = false;
    for (const unit of units) {
      const surface = surfaces.get(unit.ownerDocument ?? (unit as Document));
      if (!surface) continue;
      enqueue(surface, unit, false);
      read = true;
    }
    // A batch of changes is often the page's components arriving: some may have been defined with it.
    if (readDefined() || read) scans++;
    if (!running) notify();
  }

  /** Reads again the custom elements defined since they were read, if that gave them a shadow root. */
  function readDefined(): boolean {
    if (!undefinedElements || undefinedElements.size === 0) return false;
    const hosts: Element[] = [];
    const hostSurfaces: Surface[] = [];
    for (const host of undefinedElements.takeDefined()) {
      const surface = surfaces.get(host.ownerDocument);
      const shadow = host.shadowRoot as ShadowRoot;
      if (!surface || surface.shadowRoots.has(shadow) || insideSkipped(host, isOwnUi)) continue;
      hosts.push(host);
      hostSurfaces.push(surface);
    }
    if (hosts.length === 0) return false;
    // The hosts now show their shadow trees and what their slots take of their children, not the children.
    // One unmark for all: each climbs from every marked node, and a feed's posts are defined at once.
    unmark(hosts);
    for (let i = 0; i < hosts.length; i++) enqueue(hostSurfaces[i] as Surface, hosts[i] as Element, false);
    return true;
  }

  function checkDefinitionsLater(restart: boolean): void {
    if (restart) definitionCheck = 0;
    if (stopped || definitionTimer !== undefined || definitionCheck >= DEFINITION_CHECKS_MS.length) return;
    definitionTimer = setTimeout(() => {
      definitionTimer = undefined;
      definitionCheck++;
      if (stopped || !undefinedElements?.size) return;
      if (readDefined()) scans++;
      if (!running) notify();
      checkDefinitionsLater(false);
    }, DEFINITION_CHECKS_MS[definitionCheck]);
  }

  /** Drops the marks of the text in `roots`, and its frames: the page hid it, or shows other text there. */
  function unmark(roots: readonly Node[]): void {
    const rootSet = new Set(roots);
    // One climb per node, however many roots: a carousel hides and shows many slides at once.
    const inRoots = (node: Node) => {
      for (let at: Node | null = node; at; at = composedParent(at)) if (rootSet.has(at)) return true;
      return false;
    };
    // A frame's surface goes with its element, and the surfaces of the frames inside it with it.
    for (let dropped = true; dropped; ) {
      dropped = false;
      for (const surface of surfaces.values()) {
        const frame = surface.frame;
        if (frame && (inRoots(frame) || !surfaces.has(frame.ownerDocument))) {
          dropSurface(surface);
          dropped = true;
        }
      }
    }
    const gone = new Set<Mark>();
    for (const node of index.nodes()) {
      if (inRoots(node)) for (const mark of index.staleMarks(node, Number.POSITIVE_INFINITY)) gone.add(mark);
    }
    for (const mark of gone) dropMark(mark);
  }

  /** Drops the marks of text that left the page, and frames that went or navigated away. */
  function sweep(): void {
    for (const surface of surfaces.values()) {
      const frame = surface.frame;
      if (frame && (!frame.isConnected || frameDocument(frame) !== surface.doc)) dropSurface(surface);
    }
    const gone = new Set<Mark>();
    for (const node of index.nodes()) {
      if (!node.isConnected)
        for (const mark of index.staleMarks(node, Number.POSITIVE_INFINITY)) gone.add(mark);
    }
    for (const mark of gone) dropMark(mark);
    for (const surface of surfaces.values()) {
      for (const shadow of surface.shadowRoots)
        if (!shadow.host.isConnected) surface.shadowRoots.delete(shadow);
    }
  }

  /** Whether `node` is in a part the page stopped reading while `pass` was already under way. */
  function unreadBy(node: Node, pass: number): boolean {
    for (let at: Node | null = node; at; at = composedParent(at)) {
      const upTo = unreadMidPass.get(at);
      if (upTo !== undefined && pass <= upTo) return true;
    }
    return false;
  }

  function passDone(item: Queued): void {
    // The queue runs in the order passes began.
    const next = queue[0]?.pass.pass ?? Number.POSITIVE_INFINITY;
    for (const [root, upTo] of unreadMidPass) if (upTo < next) unreadMidPass.delete(root);
    if (item.surface.doc === doc && item.initial) textLength += item.pass.textLength;
    // The body is what the walk reads (our card's host sits outside it); a frame's pass that ended with
    // its frame has nothing more to give.
    const root = item.pass.root === item.surface.doc ? item.surface.doc.body : item.pass.root;
    const live = surfaces.get(item.surface.doc) === item.surface;
    if (undefinedElements && live && root?.isConnected && 'querySelectorAll' in root) {
      let newTag = undefinedElements.collect(root as ParentNode);
      for (const shadow of item.shadows) newTag = undefinedElements.collect(shadow) || newTag;
      if (newTag) checkDefinitionsLater(true);
    }
    if (item.initial && --initialLeft === 0) {
      firstScanMs = performance.now() - startedAt;
      firstScanDone();
    }
  }

  function notify(): void {
    if (!changed) return;
    changed = false;
    options.onUpdate?.(index.entities());
  }

  function slice(hasTime: () => boolean): boolean {
    while (queue.length > 0) {
      const item = queue[0] as Queued;
      let done: boolean;
      try {
        // A changed block the page removed before we got to it is done already.
        done = !item.pass.root.isConnected || item.pass.step(hasTime);
      } catch (error) {
        // One part of the page we cannot read must not stop the reading of the rest.
        console.warn('[Dossier] could not read part of the page:', error);
        done = true;
      }
      if (!done) break;
      queue.shift();
      passDone(item);
      if (!hasTime()) break;
    }
    notify();
    return queue.length === 0;
  }

  function pump(): void {
    if (running || stopped || !started || queue.length === 0) return;
    running = true;
    // Only the first scan waits long for the page to settle; changes are read soon after they happen.
    scheduler.run(slice, initialLeft > 0 ? undefined : RESCAN_IDLE_TIMEOUT_MS).then(
      () => {
        running = false;
        pump();
      },
      (error: unknown) => {
        running = false;
        console.warn('[Dossier] page scan failed:', error);
      },
    );
  }

  return {
    start() {
      if (started) return firstScan;
      started = true;
      startedAt = performance.now();
      const surface = addSurface(doc, null);
      scans = 1;
      enqueue(surface, doc, true);
      return firstScan;
    },
    stop() {
      if (stopped) return;
      stopped = true;
      scheduler.cancel();
      watcher?.disconnect();
      clearTimeout(definitionTimer);
      undefinedElements?.clear();
      for (const [frame, onLoad] of frameListeners) frame.removeEventListener('load', onLoad);
      frameListeners.clear();
      for (const surface of surfaces.values()) surface.highlighter?.clear();
      surfaces.clear();
      index.clear();
      queue.length = 0;
      firstScanDone();
    },
    mentionAtPoint(x, y) {
      let at = doc;
      let dx = 0;
      let dy = 0;
      // Frames inside frames: a few levels, never a loop.
      for (let depth = 0; depth < 8; depth++) {
        const surface = surfaces.get(at);
        if (!surface) return null;
        const frame = frameAtPoint(at, x - dx, y - dy);
        if (frame) {
          const inner = frameDocument(frame);
          if (!inner || !surfaces.has(inner)) return null;
          const origin = frameContentOrigin(frame);
          dx += origin.x;
          dy += origin.y;
          at = inner;
          continue;
        }
        const hit = hitTest(at, x - dx, y - dy, index, [...surface.shadowRoots]);
        if (!hit || (dx === 0 && dy === 0)) return hit;
        return { ...hit, rect: shifted(hit.rect, dx, dy), lineRect: shifted(hit.lineRect, dx, dy) };
      }
      return null;
    },
    mentionsOf: (entity) => index.ofEntity(entity),
    entities: () => index.entities(),
    focus(mark) {
      for (const surface of surfaces.values())
        surface.highlighter?.focus(mark?.doc === surface.doc ? mark : null);
    },
    documents: () => [...surfaces.keys()],
    get highlighting() {
      return canHighlight(doc);
    },
    get scans() {
      return scans;
    },
    get stats() {
      return {
        ...scheduler.stats,
        firstScanMs,
        textLength,
        undefinedElements: undefinedElements?.count ?? 0,
      };
    },
  };
}

function shifted(rect: DOMRect, dx: number, dy: number): DOMRect {
  return new DOMRect(rect.x + dx, rect.y + dy, rect.width, rect.height);
}
