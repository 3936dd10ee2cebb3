/** The names our highlights take in a document's registry (`CSS.highlights`). */
export const HIGHLIGHT_NAMES = {
  country: 'dossier-country',
  organisation: 'dossier-organisation',
  focus: 'dossier-focus',
} as const;

/**
 * Translucent tints and thin underlines: they sit on top of the page's own colours, so they stay
 * readable on light and dark pages alike and never change the text's colour or layout (a highlight
 * cannot change layout anyway). Blue for countries, amber for organisations, violet for the open card.
 */
export const HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.country}) {
  background-color: rgba(37, 99, 235, 0.16);
  text-decoration: underline 1px rgba(37, 99, 235, 0.55);
}
::highlight(${HIGHLIGHT_NAMES.organisation}) {
  background-color: rgba(217, 119, 6, 0.18);
  text-decoration: underline 1px rgba(217, 119, 6, 0.6);
}
::highlight(${HIGHLIGHT_NAMES.focus}) {
  background-color: rgba(124, 58, 237, 0.28);
  text-decoration: underline 2px rgba(124, 58, 237, 0.85);
}
`;

/** How the reader wants marks drawn (lib/settings' MarkStyle), in the same colours. */
export type HighlightStyle = 'underline' | 'tint' | 'solid';

/**
 * The sheet for a style: "underline" is the default above (tint and a thin underline); "tint" is the
 * tint alone, for readers who find lines busy; "solid" is a firmer underline without the tint.
 */
export function highlightCss(style: HighlightStyle): string {
  if (style === 'underline') return HIGHLIGHT_CSS;
  const colours = { country: '37, 99, 235', organisation: '217, 119, 6' };
  const rule = (rgb: string) =>
    style === 'tint'
      ? `background-color: rgba(${rgb}, 0.2);`
      : `text-decoration: underline 2px rgba(${rgb}, 0.9); text-underline-offset: 2px;`;
  return `
::highlight(${HIGHLIGHT_NAMES.country}) { ${rule(colours.country)} }
::highlight(${HIGHLIGHT_NAMES.organisation}) { ${rule(colours.organisation)} }
::highlight(${HIGHLIGHT_NAMES.focus}) {
  background-color: rgba(124, 58, 237, 0.28);
  text-decoration: underline 2px rgba(124, 58, 237, 0.85);
}
`;
}
