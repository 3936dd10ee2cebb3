import { compareDocumentOrder, type Mark, type PageScanner } from '../page';
import { markBox } from './mark-box';

export interface KeyboardMarksOptions {
  doc: Document;
  scanner: PageScanner;
  /** Opens the card on the focused mark. */
  open(mark: Mark, rect: DOMRect): void;
}

/** The shortcut that moves to the next mark: Alt+Shift+M (Alt+Shift+N goes back). */
export const NEXT_MARK_KEY = 'KeyM';
export const PREVIOUS_MARK_KEY = 'KeyN';

function isTyping(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
}

/** Brings a mark to the middle of the view and returns where it is then. */
function markRect(mark: Mark): DOMRect {
  mark.ranges[0]?.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
  return markBox(mark);
}

/**
 * Keyboard readers reach marks without a pointer: Alt+Shift+M and Alt+Shift+N walk the page's marks in
 * reading order (drawn as the focus mark), Enter opens the card on it, Escape leaves.
 */
export function attachKeyboardMarks(options: KeyboardMarksOptions): () => void {
  const { doc, scanner } = options;
  let focused: Mark | null = null;
  let position = -1;

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
    if (isTyping(e.target)) return;
    if (e.altKey && e.shiftKey && (e.code === NEXT_MARK_KEY || e.code === PREVIOUS_MARK_KEY)) {
      const marks = allMarks();
      if (marks.length === 0) return;
      e.preventDefault();
      position = (position + (e.code === NEXT_MARK_KEY ? 1 : -1) + marks.length) % marks.length;
      focused = marks[position] as Mark;
      markRect(focused);
      scanner.focus(focused);
    } else if (e.key === 'Enter' && focused && !e.altKey && !e.ctrlKey && !e.metaKey) {
      e.preventDefault();
      options.open(focused, markRect(focused));
    } else if (e.key === 'Escape' && focused) {
      focused = null;
      scanner.focus(null);
    }
  };
  doc.addEventListener('keydown', onKey, true);
  return () => doc.removeEventListener('keydown', onKey, true);
}
