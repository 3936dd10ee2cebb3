import type { BriefingCardProps, ClipState, StoreState } from '../../components/card';
import { createHoverIntent, type EntityFacts } from '../briefing';
import { isContextInvalidated } from '../messages';
import { frameOffset, type Mark, type PageScanner, throttleToFrame } from '../page';
import { type CardHost, type CardRenderer, createCardHost } from '../ui';
import { errorState } from './error-state';
import { revealMark } from './mark-box';

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
  /**
   * A lookup behind the card failed (the extension was updated under the page, say). Without it, errors are
   * kept out of the page's console: an invalidated context silently, others as a warning.
   */
  onError?(error: unknown): void;
}

export interface HoverCard {
  /** Opens the card on a mark at once (keyboard); `rect` is where the mark is, in the viewport of `doc`. */
  openOn(mark: Mark, rect: DOMRect): void;
  /** Listens in frames the scanner has started reading since (pointer events in a frame stay in it). */
  syncFrames(): void;
  destroy(): void;
}

/** What a card is opened on: a mark, where it is (in the page's viewport), and whether the card takes focus. */
interface CardTarget {
  mark: Mark;
  rect: DOMRect;
  focus?: boolean;
}

/**
 * The briefing card on hover: the pointer is hit-tested against the marks (highlights have no events),
 * at most once a frame; the card opens after the pointer rests on a mark and closes after it leaves.
 */
export function attachHoverCard(options: HoverCardOptions): HoverCard {
  const { doc, scanner } = options;
  let current: CardTarget | null = null;
  let generation = 0;

  const report = (error: unknown): void => {
    if (options.onError) options.onError(error);
    else if (!isContextInvalidated(error)) console.warn('Dossier:', error);
  };

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
  /** Where keyboard focus was before a card took it: it goes back there when the card closes. */
  let focusBefore: Element | null = null;

  const draw = async ({ mark, rect, focus = false }: CardTarget, mine: number): Promise<void> => {
    const [facts, cardHost] = await Promise.all([options.facts(mark.entity), hostReady()]);
    if (mine !== generation || !facts || !cardHost) return;
    const marks = scanner.mentionsOf(mark.entity);
    const index = Math.max(0, marks.indexOf(mark));
    let store: StoreState = { status: 'loading' };
    let shown = false;
    const render = () => {
      if (mine !== generation) return;
      const takeFocus = focus && !shown;
      if (takeFocus && !cardHost.contains(doc.activeElement)) focusBefore = doc.activeElement;
      cardHost.show(props(), rect, { focus: takeFocus });
      shown = true;
    };
    const props = (): BriefingCardProps => ({
      facts,
      pageMentions: { count: marks.length, index },
      store,
      clip,
      onNextMention: () => {
        const next = marks[(index + 1) % marks.length];
        if (!next) return;
        const target = { mark: next, rect: revealMark(next, doc) };
        // The only mention: the same card, drawn where its mark is now.
        if (next === mark) show(target);
        // The card moves to the next mark, out from under the pointer that pressed "Next": it stays.
        intent.openNow(target, { pin: true });
      },
      onOpenBriefing: () => options.onOpenBriefing(mark.entity),
      onClip: (asBookmark = false) => {
        clip = { status: 'busy' };
        render();
        options
          .onClip(asBookmark)
          .catch((error: unknown): ClipState => {
            report(error);
            return errorState(error);
          })
          .then((outcome) => {
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
      try {
        store = await options.store(mark.entity);
      } catch (error) {
        report(error);
        store = errorState(error);
      }
      render();
    };
    scanner.focus(mark);
    render();
    await refreshStore();
  };

  const show = (target: CardTarget): void => {
    const mine = ++generation;
    draw(target, mine).catch((error: unknown) => {
      // No card half-open on a lookup that failed: the next hover on this mark tries again.
      if (mine === generation && !destroyed) intent.closeNow();
      report(error);
    });
  };

  const intent = createHoverIntent<CardTarget>({
    openDelay: options.openDelayMs,
    // A hit-test gives a new target on each move; it is the same card while it is the same mark.
    same: (a, b) => a.mark === b.mark,
    onOpen: show,
    onClose: () => {
      generation++;
      host?.hide();
      scanner.focus(null);
      // Focus the card took goes back, unless the reader has since put it somewhere else on the page (the
      // host may have removed the card already: then focus fell to the body).
      const now = doc.activeElement;
      const inCardOrNowhere =
        !now || now === doc.body || now === doc.documentElement || !!host?.contains(now);
      if (inCardOrNowhere && focusBefore?.isConnected)
        (focusBefore as HTMLElement).focus?.({ preventScroll: true });
      focusBefore = null;
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
  const onOut = (e: PointerEvent) => {
    // The pointer left the window (or this frame, for the page around it, whose next move says where it is).
    if (e.relatedTarget !== null) return;
    onMove.cancel();
    current = null;
    intent.pointerLeaveMark();
  };
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
    at.addEventListener('pointerout', onOut, { passive: true });
  };
  const unlisten = (at: Document) => {
    const listener = listeners.get(at);
    if (listener) at.removeEventListener('pointermove', listener);
    at.removeEventListener('pointerout', onOut);
    listeners.delete(at);
  };
  const syncFrames = () => {
    const read = scanner.documents();
    for (const at of read) listenIn(at);
    // A frame removed or navigated away: its old document is no longer read (an ad slot's, many times over).
    for (const at of [...listeners.keys()]) if (at !== doc && !read.includes(at)) unlisten(at);
  };
  listenIn(doc);
  syncFrames();

  return {
    openOn(mark, rect) {
      intent.closeNow();
      // Opened from the keyboard: the card takes focus, and the pointer resting elsewhere does not close it.
      intent.openNow({ mark, rect, focus: true }, { pin: true });
    },
    syncFrames,
    destroy() {
      for (const at of [...listeners.keys()]) unlisten(at);
      onMove.cancel();
      intent.dispose();
      destroyed = true;
      // A lookup or a clip still under way finds its card gone and draws nothing.
      generation++;
      host?.destroy();
      host = null;
    },
  };
}
