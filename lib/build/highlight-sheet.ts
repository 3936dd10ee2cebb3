import type { WxtHooks } from 'wxt';
import { everyHighlightCss } from '../page';

/** Where the built extension keeps the highlight rules, next to the content script. */
const HIGHLIGHT_SHEET = 'content-scripts/highlights.css';
const CONTENT_SCRIPT = 'content-scripts/content.js';

/**
 * Ships the marks' style as a CSS file the manifest gives the content script's pages: the browser puts it
 * in before the page is first drawn, so marking the page later makes it restyle nothing (an adopted sheet
 * made it work out the style of the whole page again).
 */
export const highlightSheetHooks: Pick<WxtHooks, 'build:publicAssets' | 'build:manifestGenerated'> = {
  'build:publicAssets'(_wxt, files) {
    files.push({ relativeDest: HIGHLIGHT_SHEET, contents: everyHighlightCss() });
  },
  'build:manifestGenerated'(_wxt, manifest) {
    const entry = manifest.content_scripts?.find((script) => script.js?.includes(CONTENT_SCRIPT));
    if (!entry)
      throw new Error(`the manifest has no content script ${CONTENT_SCRIPT} to give the highlight sheet`);
    entry.css = [...(entry.css ?? []), HIGHLIGHT_SHEET];
  },
};
