import { compareDocumentOrder, type Mark, OWN_UI_ATTRIBUTE, type PageScanner } from '../page';
import { revealMark } from './mark-box';

export interface KeyboardMarksOptions {
  doc: Document;
  scanner: PageScanner;
  /** Opens the card on the focused mark; `rect` is where the mark is, in the viewport of `doc`. */
  open(mark: Mark, rect: DOMRect): void;
}

/** The shortcut that moves to the next mark: Alt+Shift+M (Alt+Shift+N goes back). */
export const NEXT_MARK_KEY = 'KeyM';
export const PREVIOUS_MARK_KEY = 'KeyN';

/** Whether the key goes to a field: the event's own target, inside an open shadow root too. */
function isTyping(e: KeyboardEvent): boolean {
  const el = (e.composedPath()[0] ?? e.target) as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName ?? ''));
}

function isOurs(target: EventTarget | null): boolean {
  return !!(target as Element | null)?.closest?.(`[${OWN_UI_ATTRIBUTE}]`);
}

/**
 * Keyboard readers reach marks without a pointer: Alt+Shift+M and Alt+Shift+N walk the page's marks in
 * reading order (drawn as the focus mark), Enter opens the card on it, Escape leaves.
 * Enter is the page's key too: it opens the card only where the reader pressed the shortcut, until focus
 * moves on (Tab, a click, the card itself), so the page's buttons and the card's keep theirs.
 */
export function attachKeyboardMarks(options: KeyboardMarksOptions): () => void {
  const { doc, scanner } = options;
  let focused: Mark | null = null;
  let position = -1;
  /** Where keyboard focus was when the reader walked to the mark; null once focus has moved on. */
  let enterOpensAt: EventTarget | null = null;

  const allMarks = (): Mark[] =>
    scanner
      .entities()
      .flatMap((e) => scanner.mentionsOf(e.id))
      // Reading order, as `mentionsOf` gives each entity's: across shadow roots and frames too.
      .sort(
        (a, b) =>
          compareDocumentOrder(a.nodes[0] as Text, b.nodes[0] as Text) || a.startOffset - b.startOffset,
      );

  const onKey = (e: KeyboardEvent): void => {
    if (isTyping(e)) return;
    if (e.altKey && e.shiftKey && (e.code === NEXT_MARK_KEY || e.code === PREVIOUS_MARK_KEY)) {
      const marks = allMarks();
      if (marks.length === 0) return;
      e.preventDefault();
      position = (position + (e.code === NEXT_MARK_KEY ? 1 : -1) + marks.length) % marks.length;
      focused = marks[position] as Mark;
      enterOpensAt = isOurs(e.target) ? null : e.target;
      revealMark(focused, doc);
      scanner.focus(focused);
    } else if (
      e.key === 'Enter' &&
      focused &&
      enterOpensAt &&
      e.target === enterOpensAt &&
      !e.altKey &&
      !e.ctrlKey &&
      !e.metaKey
    ) {
      e.preventDefault();
      enterOpensAt = null;
      options.open(focused, revealMark(focused, doc));
    } else if (e.key === 'Escape' && focused) {
      focused = null;
      enterOpensAt = null;
      scanner.focus(null);
    }
  };
  const onFocusMoved = (): void => {
    enterOpensAt = null;
  };
  doc.addEventListener('keydown', onKey, true);
  doc.addEventListener('focusin', onFocusMoved, true);
  return () => {
    doc.removeEventListener('keydown', onKey, true);
    doc.removeEventListener('focusin', onFocusMoved, true);
  };
}
