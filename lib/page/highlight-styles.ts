/** The names our highlights take in a document's registry (`CSS.highlights`). */
export const HIGHLIGHT_NAMES = {
  country: 'dossier-country',
  organisation: 'dossier-organisation',
  focus: 'dossier-focus',
} as const;

/** How the reader wants marks drawn (lib/settings' MarkStyle), in the same colours. */
export type HighlightStyle = 'underline' | 'tint' | 'solid';

/**
 * The sheet for a style. Translucent tints and thin underlines sit on top of the page's own colours, so
 * they stay readable on light and dark pages alike and never change the text's colour or layout (a
 * highlight cannot change layout anyway). Blue for countries, amber for organisations, violet for the
 * open card. "underline" (the default) is a tint and a thin underline; "tint" is the tint alone, for
 * readers who find lines busy; "solid" is a firmer underline without the tint. Written compact: it ships
 * in the content script.
 */
export function highlightCss(style: HighlightStyle): string {
  const rule = (name: string, rgb: string, tint: number, line: number) =>
    `::highlight(${name}){${
      style === 'underline'
        ? `background-color:rgba(${rgb},${tint});text-decoration:underline 1px rgba(${rgb},${line})`
        : style === 'tint'
          ? `background-color:rgba(${rgb},.2)`
          : `text-decoration:underline 2px rgba(${rgb},.9);text-underline-offset:2px`
    }}`;
  return `${rule(HIGHLIGHT_NAMES.country, '37,99,235', 0.16, 0.55)}${rule(HIGHLIGHT_NAMES.organisation, '217,119,6', 0.18, 0.6)}::highlight(${HIGHLIGHT_NAMES.focus}){background-color:rgba(124,58,237,.28);text-decoration:underline 2px rgba(124,58,237,.85)}`;
}

/** The default sheet ("underline"). */
export const HIGHLIGHT_CSS = /* @__PURE__ */ highlightCss('underline');
