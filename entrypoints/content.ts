import { defineContentScript } from 'wxt/utils/define-content-script';
import { unpackAutomaton } from '@/lib/match';
import { isContextInvalidated, sendMessage } from '@/lib/messages';
import { scanDocument } from '@/lib/page';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    try {
      const packed = await sendMessage('packedAutomaton', undefined);
      if (!packed.ok || ctx.isInvalid || !document.body) return;
      // Reads the page's text only: the page's DOM is never touched, and its text goes nowhere.
      const scan = scanDocument(document.body, unpackAutomaton(packed.value));
      await sendMessage('contentReady', {
        url: location.href,
        textLength: scan.textLength,
        entities: scan.entities,
      });
    } catch (e) {
      // The extension was reloaded or removed under this page: shut down quietly.
      if (ctx.isInvalid || isContextInvalidated(e)) return;
      console.warn('[Dossier] could not reach the background:', e);
    }
  },
});
