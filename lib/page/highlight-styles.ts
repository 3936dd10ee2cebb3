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
