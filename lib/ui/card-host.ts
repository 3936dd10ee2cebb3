import type { BriefingCardProps } from '../../components/card';
import { type CardPlacement, placeCard, type RectLike } from '../briefing';
import { OWN_UI_ATTRIBUTE } from '../page';

export const CARD_HOST_TAG = 'dossier-card';

/**
 * The host stays out of the page's layout and above everything in it. `!important` inside the shadow root
 * beats the page's `!important` rules on the host (for important declarations the inner context wins), and
 * `all: initial` stops the page's inherited styles (fonts, colours, `* { … }`) from flowing into the card.
 */
const HOST_CSS = `
:host {
  all: initial !important;
  display: block !important;
  position: fixed !important;
  top: 0 !important;
  left: 0 !important;
  width: 0 !important;
  height: 0 !important;
  overflow: visible !important;
  visibility: visible !important;
  opacity: 1 !important;
  transform: none !important;
  z-index: 2147483647 !important;
}
.card { position: fixed; }
`;

/** Interactions with the card are ours: the page's "click outside" handlers and key shortcuts must not see them. */
const CONTAINED_EVENTS = [
  'click',
  'dblclick',
  'mousedown',
  'mouseup',
  'pointerdown',
  'pointerup',
  'keydown',
  'keyup',
  'keypress',
] as const;

/**
 * Draws the card: Preact and the card's components and style sheet (components/card/renderer.ts). The content
 * script does not carry them: the background injects them (entrypoints/card.ts) the first time a card is
 * about to open, so a page the reader never hovers parses none of it.
 */
export interface CardRenderer {
  /** The card's style sheet, put into the host's shadow root. */
  css: string;
  /** Renders the card for `props` into `mount`; null empties it. */
  render(props: BriefingCardProps | null, mount: Element): void;
}

export interface CardHostOptions {
  /** The pointer entered the card (for the hover-intent machine). */
  onPointerEnter?(): void;
  /** The pointer left the card. */
  onPointerLeave?(): void;
}

export interface ShowOptions {
  /** Move keyboard focus into the card (it was opened from the keyboard). */
  focus?: boolean;
}

export interface CardHost {
  /** Renders the card for `props` next to the mark at `markRect` (viewport coordinates); again to update it. */
  show(props: BriefingCardProps, markRect: RectLike, options?: ShowOptions): void;
  /** Removes the card; the host element stays, empty, for the next show. */
  hide(): void;
  /** True for the host element and anything inside its shadow root (event targets from either side). */
  contains(node: Node | null | undefined): boolean;
  /** Removes the host element and every listener. A later show starts afresh. */
  destroy(): void;
  readonly isOpen: boolean;
  /** The closed shadow root, for tests; the page cannot reach it. */
  readonly shadowRoot: ShadowRoot | null;
}

interface Mounted {
  host: HTMLElement;
  root: ShadowRoot;
  mount: HTMLElement;
}

/**
 * One card for the page, in a closed shadow root under `<html>`. Nothing is added to the page until the first
 * show: a page the reader never hovers keeps its DOM exactly as it was. The shadow root is closed because the
 * card shows the reader's own clipped articles, which are none of the page's business.
 */
export function createCardHost(
  doc: Document,
  renderer: CardRenderer,
  options: CardHostOptions = {},
): CardHost {
  let mounted: Mounted | null = null;
  let current: BriefingCardProps | null = null;
  /** Where the open card sits, so that a re-render for the same mark keeps its side. */
  let placed: { mark: RectLike; side: CardPlacement['side'] } | null = null;

  const onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !current) return;
    closeByReader();
  };

  function closeByReader(): void {
    const props = current;
    hide();
    props?.onClose();
  }

  function mountHost(): Mounted {
    const host = doc.createElement(CARD_HOST_TAG);
    host.setAttribute(OWN_UI_ATTRIBUTE, '');
    const root = host.attachShadow({ mode: 'closed' });
    const style = doc.createElement('style');
    style.textContent = HOST_CSS + renderer.css;
    const mount = doc.createElement('div');
    root.append(style, mount);
    for (const type of CONTAINED_EVENTS) host.addEventListener(type, stopAtHost);
    mount.addEventListener('pointerenter', () => options.onPointerEnter?.());
    mount.addEventListener('pointerleave', () => options.onPointerLeave?.());
    doc.documentElement.append(host);
    return { host, root, mount };
  }

  function show(props: BriefingCardProps, markRect: RectLike, showOptions: ShowOptions = {}): void {
    mounted ??= mountHost();
    if (!current) doc.defaultView?.addEventListener('keydown', onKeydown, true);
    current = props;
    renderer.render({ ...props, onClose: closeByReader }, mounted.mount);
    const card = mounted.mount.firstElementChild;
    if (!(card instanceof HTMLElement)) return;
    position(card, markRect);
    if (showOptions.focus) card.focus();
  }

  function position(card: HTMLElement, markRect: RectLike): void {
    // Measured at its natural height, hidden, then placed: all before the next paint, so it never flickers.
    card.style.visibility = 'hidden';
    card.style.maxHeight = '';
    card.style.top = '0px';
    card.style.left = '0px';
    const size = { width: card.offsetWidth, height: card.offsetHeight };
    const keepSide = placed && sameRect(placed.mark, markRect) ? placed.side : undefined;
    const place = placeCard(markRect, size, viewportOf(doc), undefined, keepSide);
    placed = { mark: markRect, side: place.side };
    card.style.top = `${place.top}px`;
    card.style.left = `${place.left}px`;
    card.style.maxHeight = `${place.maxHeight}px`;
    card.dataset.side = place.side;
    card.style.visibility = '';
  }

  function hide(): void {
    if (!current) return;
    current = null;
    placed = null;
    doc.defaultView?.removeEventListener('keydown', onKeydown, true);
    if (mounted) renderer.render(null, mounted.mount);
  }

  return {
    show,
    hide,
    contains(node) {
      if (!mounted || !node) return false;
      return mounted.host.contains(node) || mounted.root.contains(node);
    },
    destroy() {
      hide();
      mounted?.host.remove();
      mounted = null;
    },
    get isOpen() {
      return current !== null;
    },
    get shadowRoot() {
      return mounted?.root ?? null;
    },
  };
}

function sameRect(a: RectLike, b: RectLike): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

function stopAtHost(event: Event): void {
  event.stopPropagation();
}

/**
 * The visible viewport without scroll bars. `clientWidth` of <html> leaves out the vertical scroll bar; taking
 * the smaller of it and `innerHeight` also copes with quirks mode, where <html> is as tall as the document.
 */
function viewportOf(doc: Document): { width: number; height: number } {
  const html = doc.documentElement;
  const win = doc.defaultView;
  const innerWidth = win?.innerWidth ?? html.clientWidth;
  const innerHeight = win?.innerHeight ?? html.clientHeight;
  return {
    width: Math.min(innerWidth, html.clientWidth || innerWidth),
    height: Math.min(innerHeight, html.clientHeight || innerHeight),
  };
}
