import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { cardRenderer } from '@/components/card';
import { shareCardRenderer } from '@/lib/isolated-world';

// Injected by the background the first time a card is about to open on a page (lib/background/inject-card.ts):
// Preact and the card's components stay out of the content script that every page parses.
export default defineUnlistedScript(() => {
  shareCardRenderer(cardRenderer);
});
