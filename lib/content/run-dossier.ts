import { browser } from 'wxt/browser';
import { shareReaderAutomaton } from '../isolated-world';
import { unpackAutomaton } from '../match';
import { isContextInvalidated, sendMessage, WATCHLIST_CHANGED_KEY } from '../messages';
import { createPageScanner, type EntityCount, type PageScanner } from '../page';
import { siteOf } from '../settings';
import { canonicalUrl } from '../url';
import { cardRendererLoader } from './card-renderer';
import { clipThisPage } from './clip-this-page';
import { createFactsCache } from './facts-cache';
import { attachHoverCard, type HoverCard } from './hover-card';
import { attachKeyboardMarks } from './keyboard-marks';
import { storeStateFor } from './store-lookup';

/** What the content script needs of WXT's context: whether the extension is still there. */
export interface ContentContext {
  readonly isInvalid: boolean;
  onInvalidated(callback: () => void): void;
}

const SETTINGS_KEY = 'markSettings';
const REPORT_EVERY_MS = 1000;

/**
 * Marks the page and opens cards, for as long as the reader wants it here and the extension is there:
 * the settings decide on start and whenever they change; an invalidated context stops it quietly.
 */
export async function runDossier(ctx: ContentContext, doc: Document = document): Promise<void> {
  const url = doc.location.href;
  let running: { scanner: PageScanner; card: HoverCard; detachKeys(): void } | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;

  const report = (entities: EntityCount[], textLength: number) => {
    clearTimeout(reportTimer);
    reportTimer = setTimeout(() => {
      if (ctx.isInvalid) return;
      // Read at each report: a page may set its canonical link after it loads.
      sendMessage('contentReady', { url, canonicalUrl: canonicalUrl(doc, url), textLength, entities }).catch(
        quietly,
      );
    }, 0);
  };

  const stop = () => {
    clearTimeout(reportTimer);
    running?.detachKeys();
    running?.card.destroy();
    running?.scanner.stop();
    running = null;
  };

  const cardRenderer = cardRendererLoader();

  const start = async () => {
    const settings = await sendMessage('markSettings', { url });
    if (!settings.ok || !settings.value.enabledHere || ctx.isInvalid || running) {
      if (settings.ok && !settings.value.enabledHere) report([], 0);
      return;
    }
    const packed = await sendMessage('packedAutomaton', undefined);
    if (!packed.ok || ctx.isInvalid || running) return;
    const muted = new Set(settings.value.muted);
    let lastReport = 0;
    const automaton = unpackAutomaton(packed.value);
    // The clipper, injected when the reader clips, matches with this one rather than fetching its own.
    shareReaderAutomaton(automaton);
    const scanner = createPageScanner({
      doc,
      automaton,
      mutedEntities: muted,
      // The manifest's highlight CSS file is in the page already: no sheet to adopt (see HighlighterOptions).
      highlights: { style: settings.value.settings.markStyle, sheet: false },
      onUpdate: (entities) => {
        // Frames load after the page: the card listens for the pointer in each one the scanner reads.
        running?.card.syncFrames();
        if (Date.now() - lastReport < REPORT_EVERY_MS) return;
        lastReport = Date.now();
        report(entities, scanner.stats.textLength);
      },
    });
    const card = attachHoverCard({
      doc,
      scanner,
      facts: createFactsCache(),
      store: storeStateFor,
      openDelayMs: settings.value.settings.hoverDelayMs,
      onOpenBriefing: (id) => {
        sendMessage('openBriefing', { id }).catch(quietly);
      },
      onClip: clipThisPage,
      renderer: cardRenderer,
      onMute: (entity) => {
        const site = siteOf(url);
        if (site) sendMessage('changeSettings', { kind: 'mute', site, entity, muted: true }).catch(quietly);
      },
    });
    const detachKeys = attachKeyboardMarks({ doc, scanner, open: (mark, rect) => card.openOn(mark, rect) });
    running = { scanner, card, detachKeys };
    await scanner.start();
    if (running?.scanner === scanner) report(scanner.entities(), scanner.stats.textLength);
  };

  const quietly = (e: unknown) => {
    if (ctx.isInvalid || isContextInvalidated(e)) stop();
  };

  ctx.onInvalidated(stop);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || ctx.isInvalid) return;
    if (!(SETTINGS_KEY in changes) && !(WATCHLIST_CHANGED_KEY in changes)) return;
    // Settings changed (this site off or on, an entity muted) or the reader's watchlist: start again.
    stop();
    start().catch(quietly);
  });
  await start().catch(quietly);
}
