import { defineContentScript } from 'wxt/utils/define-content-script';
import { runDossier } from '@/lib/content';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  // Same-origin frames are read from the top document, so that one card serves the whole page.
  allFrames: false,
  main(ctx) {
    // Reads the page's text only: the page's DOM is never touched, and its text goes nowhere.
    return runDossier(ctx);
  },
});
