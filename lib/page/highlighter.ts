import { type HighlightStyle, highlightCss, highlightNames } from './highlight-styles';
import type { Mark } from './marks';
import { NearViewport } from './near-viewport';

/** Paints marks in one document without touching its DOM: CSS Custom Highlights and an adopted sheet. */
export interface Highlighter {
  /** False where the browser has no `CSS.highlights`: then nothing is marked (text is never wrapped). */
  readonly supported: boolean;
  add(mark: Mark): void;
  remove(mark: Mark): void;
  /** The mark the card is open on, drawn over its usual colour; null for none. */
  focus(mark: Mark | null): void;
  /** Takes our highlights out of the registry and our sheet off the document. */
  clear(): void;
}

export interface HighlighterOptions {
  /**
   * Only marks within this CSS margin of the viewport are registered (default: a viewport above and
   * below); null registers every mark at once.
   */
  viewportMargin?: string | null;
  /** The reader's mark style (default "underline"): the names the marks are registered under. */
  style?: HighlightStyle;
  /**
   * Whether to adopt a sheet with the style's rules (default true). The extension's CSS file carries them
   * into the page it runs in from its first paint; adopting a sheet later makes the browser work out the
   * style of the whole page again (14–19 ms a page on the corpus, more on long pages). Frames, which the
   * file does not reach, adopt one.
   */
  sheet?: boolean;
}

type Realm = Window & typeof globalThis;

export function kindOf(entity: string): 'country' | 'organisation' {
  return entity.startsWith('country:') ? 'country' : 'organisation';
}

/** The document's realm when it has the CSS Custom Highlight API, else null. */
function highlightRealm(doc: Document): Realm | null {
  const realm = doc.defaultView as Realm | null;
  return realm?.CSS?.highlights && typeof realm.Highlight === 'function' ? realm : null;
}

/** Whether marks can be drawn in `doc` (older Firefox has no `CSS.highlights`: nothing is marked then). */
export function canHighlight(doc: Document): boolean {
  return highlightRealm(doc) !== null;
}

export function createHighlighter(doc: Document, options: HighlighterOptions = {}): Highlighter {
  const realm = highlightRealm(doc);
  if (!realm) return unsupported;
  const registry = realm.CSS.highlights;
  const style = options.style ?? 'underline';
  const names = highlightNames(style);

  // The frame's own constructors: a constructed sheet may only be adopted in the document it was made for.
  const byKind = { country: new realm.Highlight(), organisation: new realm.Highlight() };
  const focused = new realm.Highlight();
  focused.priority = 1;
  registry.set(names.country, byKind.country);
  registry.set(names.organisation, byKind.organisation);
  registry.set(names.focus, focused);

  // The document's sheet styles text in shadow trees too: highlight styles inherit into them (Chromium).
  let sheet: CSSStyleSheet | null = null;
  if (options.sheet !== false) {
    sheet = new realm.CSSStyleSheet();
    sheet.replaceSync(highlightCss(style));
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  }

  const paint = (mark: Mark) => {
    const highlight = byKind[kindOf(mark.entity)];
    for (const range of mark.ranges) highlight.add(range);
  };
  const unpaint = (mark: Mark) => {
    const highlight = byKind[kindOf(mark.entity)];
    for (const range of mark.ranges) highlight.delete(range);
  };
  const margin = options.viewportMargin === undefined ? '100% 0px' : options.viewportMargin;
  const nearby =
    margin === null ? null : new NearViewport<Mark>({ anchorOf, show: paint, hide: unpaint, margin, realm });

  let focusedMark: Mark | null = null;
  const focus = (mark: Mark | null) => {
    focused.clear();
    focusedMark = mark;
    for (const range of mark?.ranges ?? []) focused.add(range);
  };
  return {
    supported: true,
    add(mark) {
      if (nearby) nearby.add(mark);
      else paint(mark);
    },
    remove(mark) {
      nearby?.delete(mark);
      unpaint(mark);
      if (mark === focusedMark) focus(null);
    },
    focus,
    clear() {
      nearby?.clear();
      for (const [name, highlight] of [
        [names.country, byKind.country],
        [names.organisation, byKind.organisation],
        [names.focus, focused],
      ] as const) {
        // Another copy of the extension (after a reload) may have taken the name since.
        if (registry.get(name) === highlight) registry.delete(name);
        highlight.clear();
      }
      if (sheet) doc.adoptedStyleSheets = doc.adoptedStyleSheets.filter((s) => s !== sheet);
      focusedMark = null;
    },
  };
}

/** The element a mark moves with: its text's parent (the host, for text at the top of a shadow tree). */
function anchorOf(mark: Mark): Element {
  const node = mark.nodes[0] as Text;
  const parent = node.parentNode;
  if (parent && parent.nodeType === 11 && 'host' in parent) return (parent as ShadowRoot).host;
  return node.parentElement ?? mark.doc.documentElement;
}

const unsupported: Highlighter = {
  supported: false,
  add() {},
  remove() {},
  focus() {},
  clear() {},
};
