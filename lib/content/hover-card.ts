import type { BriefingCardProps } from '../../components/card';
import { createHoverIntent, type EntityFacts } from '../briefing';
import { type Mark, type MentionHit, type PageScanner, throttleToFrame } from '../page';
import { createCardHost } from '../ui';
import { markBox } from './mark-box';

export interface HoverCardOptions {
  doc: Document;
  scanner: PageScanner;
  facts(id: string): Promise<EntityFacts | null>;
  onOpenBriefing(entity: string): void;
  onClip(): void;
  onMute(entity: string): void;
}

export interface HoverCard {
  /** Opens the card on a mark at once (keyboard). */
  openOn(mark: Mark, rect: DOMRect): void;
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

  const host = createCardHost(doc, {
    onPointerEnter: () => intent.pointerEnterCard(),
    onPointerLeave: () => intent.pointerLeaveCard(),
  });

  const show = async (mark: Mark, rect: DOMRect, focus: boolean): Promise<void> => {
    const mine = ++generation;
    const facts = await options.facts(mark.entity);
    if (mine !== generation || !facts) return;
    const marks = scanner.mentionsOf(mark.entity);
    const index = Math.max(0, marks.indexOf(mark));
    const props: BriefingCardProps = {
      facts,
      pageMentions: { count: marks.length, index },
      // The reader's store arrives with the store (issue 4); until then the card says it is empty.
      store: { status: 'empty' },
      onNextMention: () => {
        const next = marks[(index + 1) % marks.length];
        if (next) void show(next, revealMark(next), false);
      },
      onOpenBriefing: () => options.onOpenBriefing(mark.entity),
      onClip: () => options.onClip(),
      onMuteOnSite: () => {
        intent.closeNow();
        options.onMute(mark.entity);
      },
      onClose: () => intent.closeNow(),
    };
    scanner.focus(mark);
    host.show(props, rect, { focus });
  };

  const intent = createHoverIntent<MentionHit>({
    onOpen: (hit) => void show(hit.mark, hit.rect, false),
    onClose: () => {
      generation++;
      host.hide();
      scanner.focus(null);
    },
  });

  const onMove = throttleToFrame((x: number, y: number) => {
    const hit = scanner.mentionAtPoint(x, y);
    if (hit && hit.mark !== current?.mark) intent.pointerEnterMark(hit);
    else if (!hit && current) intent.pointerLeaveMark();
    current = hit;
  });
  const listener = (e: PointerEvent) => onMove(e.clientX, e.clientY);
  doc.addEventListener('pointermove', listener, { passive: true });

  return {
    openOn(mark, rect) {
      intent.closeNow();
      void show(mark, rect, true);
    },
    destroy() {
      doc.removeEventListener('pointermove', listener);
      onMove.cancel?.();
      intent.dispose();
      host.destroy();
    },
  };
}
