/** The two timer calls the machine needs; tests pass fake ones. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface HoverIntentOptions<T> {
  /** Called when the card should show `target` (replacing any card already shown). */
  onOpen(target: T): void;
  /** Called when the open card should go away. */
  onClose(): void;
  timers?: Timers;
  /** How long the pointer must rest on a mark; Wikipedia's Page Previews wait 500 ms. */
  openDelay?: number;
  /** Grace period after the pointer leaves mark and card, long enough to cross the gap between them. */
  closeDelay?: number;
}

export interface HoverIntent<T> {
  pointerEnterMark(target: T): void;
  pointerLeaveMark(): void;
  pointerEnterCard(): void;
  pointerLeaveCard(): void;
  /** Keyboard activation (Enter on a focused mark): no delay. */
  openNow(target: T): void;
  /** Escape, a click elsewhere, the card's close button: no delay. */
  closeNow(): void;
  /** The target whose card is open, or null. */
  readonly openTarget: T | null;
  /** Cancels pending timers without calling back (page unload, extension shutdown). */
  dispose(): void;
}

const globalTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * When to show and hide the card, with the timing of Wikipedia's Page Previews: open after the pointer rests
 * on a mark, stay open while it is on the mark or the card, close a moment after it has left both. Opening and
 * closing are two independent timers, so leaving one mark for another closes the first card after the close
 * delay and opens the second after the open delay, as the pointer actually moves.
 */
export function createHoverIntent<T>(options: HoverIntentOptions<T>): HoverIntent<T> {
  const { onOpen, onClose, timers = globalTimers, openDelay = 500, closeDelay = 300 } = options;
  let openTarget: T | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;

  const cancelOpen = (): void => {
    if (openTimer !== null) timers.clearTimeout(openTimer);
    openTimer = null;
  };
  const cancelClose = (): void => {
    if (closeTimer !== null) timers.clearTimeout(closeTimer);
    closeTimer = null;
  };
  const open = (target: T): void => {
    cancelOpen();
    cancelClose();
    if (openTarget === target) return;
    openTarget = target;
    onOpen(target);
  };
  const closeOpenCard = (): void => {
    cancelClose();
    if (openTarget === null) return;
    openTarget = null;
    onClose();
  };
  const scheduleClose = (): void => {
    if (openTarget === null || closeTimer !== null) return;
    // Leaves a pending open alone: the pointer may already rest on the next mark.
    closeTimer = timers.setTimeout(closeOpenCard, closeDelay);
  };

  return {
    pointerEnterMark(target) {
      if (target === openTarget) {
        // Back on the mark whose card is open: keep it, and forget any other mark crossed on the way.
        cancelClose();
        cancelOpen();
        return;
      }
      cancelOpen();
      openTimer = timers.setTimeout(() => {
        openTimer = null;
        open(target);
      }, openDelay);
    },
    pointerLeaveMark() {
      cancelOpen();
      scheduleClose();
    },
    pointerEnterCard() {
      // Marks crossed on the way to the card must not replace it.
      cancelOpen();
      cancelClose();
    },
    pointerLeaveCard() {
      scheduleClose();
    },
    openNow: open,
    closeNow() {
      cancelOpen();
      closeOpenCard();
    },
    get openTarget() {
      return openTarget;
    },
    dispose() {
      cancelOpen();
      cancelClose();
      openTarget = null;
    },
  };
}
