import { defineContentScript } from 'wxt/utils/define-content-script';
import { isContextInvalidated, sendMessage } from '@/lib/messages';

export default defineContentScript({
  matches: ['<all_urls>'],
  runAt: 'document_idle',
  async main(ctx) {
    // Placeholder: the real text extraction and matcher replace this. Never touch the page's DOM.
    // biome-ignore lint/performance/useDomNodeTextContent: the rendered text is what is wanted
    const textLength = document.body?.innerText.length ?? 0;
    try {
      await sendMessage('contentReady', { url: location.href, textLength });
    } catch (e) {
      // The extension was reloaded or removed under this page: shut down quietly.
      if (ctx.isInvalid || isContextInvalidated(e)) return;
      console.warn('[Dossier] could not reach the background:', e);
    }
  },
});
