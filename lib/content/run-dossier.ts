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
  let running: { scanner: PageScanner; card: HoverCard | null; detachKeys(): void } | null = null;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  let trailingTimer: ReturnType<typeof setTimeout> | undefined;
  // Bumped by every start() and stop(): a start that awaited the background gives up once a newer one or a
  // stop came meanwhile (the reader turned the site off while the page was loading).
  let generation = 0;

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
    generation++;
    clearTimeout(reportTimer);
    clearTimeout(trailingTimer);
    trailingTimer = undefined;
    running?.detachKeys();
    running?.card?.destroy();
    running?.scanner.stop();
    running = null;
  };

  const cardRenderer = cardRendererLoader();

  const start = async () => {
    const startedAs = ++generation;
    const superseded = () => startedAs !== generation || ctx.isInvalid;
    const settings = await sendMessage('markSettings', { url });
    if (superseded()) return;
    if (!settings.ok || !settings.value.enabledHere || running) {
      if (settings.ok && !settings.value.enabledHere) report([], 0);
      return;
    }
    const packed = await sendMessage('packedAutomaton', undefined);
    if (!packed.ok || superseded() || running) return;
    const muted = new Set(settings.value.muted);
    let lastReport = 0;
    // At most one report a second while the page changes, and always the last state once the second is
    // up: a rescan longer than one slice (SPA navigation) would otherwise leave the badge at its first slice.
    const reportThrottled = () => {
      const wait = lastReport + REPORT_EVERY_MS - Date.now();
      if (wait > 0) {
        trailingTimer ??= setTimeout(() => {
          trailingTimer = undefined;
          reportThrottled();
        }, wait);
        return;
      }
      reportNow();
    };
    const reportNow = () => {
      clearTimeout(trailingTimer);
      trailingTimer = undefined;
      lastReport = Date.now();
      report(scanner.entities(), scanner.stats.textLength);
    };
    const automaton = unpackAutomaton(packed.value);
    // The clipper, injected when the reader clips, matches with this one rather than fetching its own.
    shareReaderAutomaton(automaton);
    const scanner = createPageScanner({
      doc,
      automaton,
      mutedEntities: muted,
      // The manifest's highlight CSS file is in the page already: no sheet to adopt (see HighlighterOptions).
      highlights: { style: settings.value.settings.markStyle, sheet: false },
      onUpdate: () => {
        // Frames load after the page: the card listens for the pointer in each one the scanner reads.
        running?.card?.syncFrames();
        reportThrottled();
      },
    });
    // Where marks cannot be drawn (no CSS Custom Highlight API), the page still gets its count, but no card
    // opens on a name the reader cannot see marked.
    const card = !scanner.highlighting
      ? null
      : attachHoverCard({
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
            if (site)
              sendMessage('changeSettings', { kind: 'mute', site, entity, muted: true }).catch(quietly);
          },
          onError: (error) => {
            if (extensionGone(error)) stop();
            else console.warn('[Dossier] card:', error);
          },
        });
    const detachKeys = card
      ? attachKeyboardMarks({ doc, scanner, open: (mark, rect) => card.openOn(mark, rect) })
      : () => {};
    running = { scanner, card, detachKeys };
    await scanner.start();
    if (!superseded()) reportNow();
  };

  const extensionGone = (e: unknown) => ctx.isInvalid || isContextInvalidated(e);
  const quietly = (e: unknown) => {
    if (extensionGone(e)) stop();
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
