import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { registerExtractPage } from '@/lib/clip';
import { sharedReaderAutomaton } from '@/lib/isolated-world';

// Injected by the background only when the reader clips (lib/background/inject-clipper.ts): Readability
// and DOMPurify stay out of the content script that runs on every page.
const LOADED = '__dossierClipperLoaded';

export default defineUnlistedScript(() => {
  const scope = globalThis as { [LOADED]?: boolean };
  if (scope[LOADED]) return;
  scope[LOADED] = true;
  registerExtractPage(sharedReaderAutomaton);
});
