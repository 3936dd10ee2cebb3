import type { BriefingCardProps, ClipState, StoreState } from '../../components/card';
import { createHoverIntent, type EntityFacts } from '../briefing';
import { frameOffset, type Mark, type MentionHit, type PageScanner, throttleToFrame } from '../page';
import { type CardHost, type CardRenderer, createCardHost } from '../ui';
import { markBox } from './mark-box';

export interface HoverCardOptions {
  doc: Document;
  scanner: PageScanner;
  facts(id: string): Promise<EntityFacts | null>;
  /** What the reader's store says about an entity. */
  store(id: string): Promise<StoreState>;
  onOpenBriefing(entity: string): void;
  /** Clips the page; resolves to what the card's button should say. */
  onClip(asBookmark: boolean): Promise<ClipState>;
  onMute(entity: string): void;
  /** The card's renderer (injected on demand); asked for when the pointer first rests on a mark. */
  renderer(): Promise<CardRenderer>;
  /** How long the pointer rests on a mark before the card opens (the reader's setting). */
  openDelayMs?: number;
}

export interface HoverCard {
  /** Opens the card on a mark at once (keyboard). */
  openOn(mark: Mark, rect: DOMRect): void;
  /** Listens in frames the scanner has started reading since (pointer events in a frame stay in it). */
  syncFrames(): void;
  destroy(): void;
}

/** Scrolls a mark into the middle of the view and returns where it is now. */
function revealMark(mark: Mark): DOMRect {
  const before = markBox(mark);
  const view = mark.doc.defaultView;
  if (view && (before.top < 0 || before.bottom > view.innerHeight)) {
    view.scrollBy({ top: before.top - view.innerHeight / 2, behavior: 'instant' });
  }
  return markBox(mark);
}

/**
 * The briefing card on hover: the pointer is hit-tested against the marks (highlights have no events),
 * at most once a frame; the card opens after the pointer rests on a mark and closes after it leaves.
 */
export function attachHoverCard(options: HoverCardOptions): HoverCard {
  const { doc, scanner } = options;
  let current: MentionHit | null = null;
  let generation = 0;

  let host: CardHost | null = null;
  let destroyed = false;
  /** The host, once the renderer is there (null if it could not be loaded: no card, the page goes on). */
  const hostReady = async (): Promise<CardHost | null> => {
    if (host) return host;
    const renderer = await options.renderer().catch(() => null);
    if (!renderer || destroyed) return null;
    host ??= createCardHost(doc, renderer, {
      onPointerEnter: () => intent.pointerEnterCard(),
      onPointerLeave: () => intent.pointerLeaveCard(),
    });
    return host;
  };

  // The clip belongs to the page, not to one card: it stays "Clipped" on every card opened afterwards.
  let clip: ClipState = { status: 'idle' };

  const show = async (mark: Mark, rect: DOMRect, focus: boolean): Promise<void> => {
    const mine = ++generation;
    const [facts, cardHost] = await Promise.all([options.facts(mark.entity), hostReady()]);
    if (mine !== generation || !facts || !cardHost) return;
    const marks = scanner.mentionsOf(mark.entity);
    const index = Math.max(0, marks.indexOf(mark));
    let store: StoreState = { status: 'loading' };
    let shown = false;
    const render = () => {
      if (mine !== generation) return;
      cardHost.show(props(), rect, { focus: focus && !shown });
      shown = true;
    };
    const props = (): BriefingCardProps => ({
      facts,
      pageMentions: { count: marks.length, index },
      store,
      clip,
      onNextMention: () => {
        const next = marks[(index + 1) % marks.length];
        if (next) void show(next, revealMark(next), false);
      },
      onOpenBriefing: () => options.onOpenBriefing(mark.entity),
      onClip: (asBookmark = false) => {
        clip = { status: 'busy' };
        render();
        void options.onClip(asBookmark).then((outcome) => {
          clip = outcome;
          render();
          // A new clip adds to what the store knows about this entity.
          if (outcome.status === 'saved') void refreshStore();
        });
      },
      onMuteOnSite: () => {
        intent.closeNow();
        options.onMute(mark.entity);
      },
      onClose: () => intent.closeNow(),
    });
    const refreshStore = async () => {
      store = await options.store(mark.entity);
      render();
    };
    scanner.focus(mark);
    render();
    await refreshStore();
  };

  const intent = createHoverIntent<MentionHit>({
    openDelay: options.openDelayMs,
    onOpen: (hit) => void show(hit.mark, hit.rect, false),
    onClose: () => {
      generation++;
      host?.hide();
      scanner.focus(null);
    },
  });

  const onMove = throttleToFrame((x: number, y: number) => {
    const hit = scanner.mentionAtPoint(x, y);
    if (hit && hit.mark !== current?.mark) {
      // Loaded while the pointer rests, so that the card opens on time the first time too.
      void hostReady();
      intent.pointerEnterMark(hit);
    } else if (!hit && current) intent.pointerLeaveMark();
    current = hit;
  });
  // Pointer events in a same-origin frame go to the frame's document, in the frame's coordinates.
  const listeners = new Map<Document, (e: PointerEvent) => void>();
  const listenIn = (at: Document) => {
    if (listeners.has(at)) return;
    const listener = (e: PointerEvent) => {
      const offset = at === doc ? { x: 0, y: 0 } : frameOffset(at, doc);
      onMove(e.clientX + offset.x, e.clientY + offset.y);
    };
    listeners.set(at, listener);
    at.addEventListener('pointermove', listener, { passive: true });
  };
  const syncFrames = () => {
    for (const at of scanner.documents()) listenIn(at);
  };
  listenIn(doc);
  syncFrames();

  return {
    openOn(mark, rect) {
      intent.closeNow();
      void show(mark, rect, true);
    },
    syncFrames,
    destroy() {
      for (const [at, listener] of listeners) at.removeEventListener('pointermove', listener);
      listeners.clear();
      onMove.cancel?.();
      intent.dispose();
      destroyed = true;
      host?.destroy();
      host = null;
    },
  };
}
