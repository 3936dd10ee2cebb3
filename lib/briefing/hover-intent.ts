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
  /** Whether two targets are one mark: a hit-test gives a new object on every move. `Object.is` by default. */
  same?(a: T, b: T): boolean;
}

export interface OpenNowOptions {
  /**
   * The card stays until closeNow, or until the pointer has entered it and left: the reader asked for it
   * (keyboard, "Next"), so a pointer that happens to be elsewhere, or that the card moved away from, must
   * not close it.
   */
  pin?: boolean;
}

export interface HoverIntent<T> {
  pointerEnterMark(target: T): void;
  pointerLeaveMark(): void;
  pointerEnterCard(): void;
  pointerLeaveCard(): void;
  /** Keyboard activation (Enter on a focused mark), "Next": no delay. */
  openNow(target: T, options?: OpenNowOptions): void;
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
  const {
    onOpen,
    onClose,
    timers = globalTimers,
    openDelay = 500,
    closeDelay = 300,
    same = Object.is,
  } = options;
  let openTarget: T | null = null;
  let openTimer: unknown = null;
  let closeTimer: unknown = null;
  /**
   * The pointer is on the card. Its events and the hit-tests of marks arrive in either order (the pointer can
   * reach the card in one move, before the next hit-test finds no mark), so leaving a mark must not close a
   * card the pointer is already on.
   */
  let onCard = false;
  let pinned = false;

  const cancelOpen = (): void => {
    if (openTimer !== null) timers.clearTimeout(openTimer);
    openTimer = null;
  };
  const cancelClose = (): void => {
    if (closeTimer !== null) timers.clearTimeout(closeTimer);
    closeTimer = null;
  };
  const isOpen = (target: T): boolean => openTarget !== null && same(openTarget, target);
  const open = (target: T): void => {
    cancelOpen();
    cancelClose();
    if (isOpen(target)) return;
    openTarget = target;
    pinned = false;
    onOpen(target);
  };
  const closeOpenCard = (): void => {
    cancelClose();
    // A card that goes away under the pointer may never see it leave.
    onCard = false;
    pinned = false;
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
      if (isOpen(target)) {
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
      if (!onCard && !pinned) scheduleClose();
    },
    pointerEnterCard() {
      onCard = true;
      // From here on a pinned card is a hovered one: leaving it closes it.
      pinned = false;
      // Marks crossed on the way to the card must not replace it.
      cancelOpen();
      cancelClose();
    },
    pointerLeaveCard() {
      onCard = false;
      if (!pinned) scheduleClose();
    },
    openNow(target, { pin = false } = {}) {
      open(target);
      pinned = pin;
    },
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
      onCard = false;
      pinned = false;
    },
  };
}
