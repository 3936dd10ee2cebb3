/** The names our highlights take in a document's registry (`CSS.highlights`), in the default style. */
export const HIGHLIGHT_NAMES = {
  country: 'dossier-country',
  organisation: 'dossier-organisation',
  focus: 'dossier-focus',
} as const;

export interface HighlightNames {
  country: string;
  organisation: string;
  focus: string;
}

/** How the reader wants marks drawn (lib/settings' MarkStyle), in the same colours. */
export type HighlightStyle = 'underline' | 'tint' | 'solid';

const STYLES: readonly HighlightStyle[] = ['underline', 'tint', 'solid'];

/**
 * The names a style's marks are registered under: each style has its own, so that one sheet with every
 * style's rules (the extension's CSS file, in the page from its first paint) draws whichever the reader
 * chose, and a change of style only registers the marks under other names.
 */
export function highlightNames(style: HighlightStyle): HighlightNames {
  if (style === 'underline') return HIGHLIGHT_NAMES;
  return {
    country: `${HIGHLIGHT_NAMES.country}-${style}`,
    organisation: `${HIGHLIGHT_NAMES.organisation}-${style}`,
    focus: HIGHLIGHT_NAMES.focus,
  };
}

/**
 * A style's rules. Translucent tints and thin underlines sit on top of the page's own colours, so they stay
 * readable on light and dark pages alike and never change the text's colour or layout (a highlight
 * cannot change layout anyway). Blue for countries, amber for organisations. "underline" (the default) is
 * a tint and a thin underline; "tint" is the tint alone, for readers who find lines busy; "solid" is a
 * firmer underline without the tint. Written compact: it ships in the content script.
 */
function styleRules(style: HighlightStyle): string {
  const names = highlightNames(style);
  const rule = (name: string, rgb: string, tint: number, line: number) =>
    `::highlight(${name}){${
      style === 'underline'
        ? `background-color:rgba(${rgb},${tint});text-decoration:underline 1px rgba(${rgb},${line})`
        : style === 'tint'
          ? `background-color:rgba(${rgb},.2)`
          : `text-decoration:underline 2px rgba(${rgb},.9);text-underline-offset:2px`
    }}`;
  return `${rule(names.country, '37,99,235', 0.16, 0.55)}${rule(names.organisation, '217,119,6', 0.18, 0.6)}`;
}

/** The open card's mark, in violet over any style. */
const FOCUS_RULE = `::highlight(${HIGHLIGHT_NAMES.focus}){background-color:rgba(124,58,237,.28);text-decoration:underline 2px rgba(124,58,237,.85)}`;

/** The sheet for one style: what a document without the extension's CSS file (a frame) adopts. */
export function highlightCss(style: HighlightStyle): string {
  return `${styleRules(style)}${FOCUS_RULE}`;
}

/** Every style's rules: the CSS file the manifest puts in every page (lib/build's highlight sheet). */
export function everyHighlightCss(): string {
  return `${STYLES.map(styleRules).join('')}${FOCUS_RULE}`;
}
