import palette from '../shared/palette.css?raw';

/** The fonts that draw flag emoji (the host checks that one of them does). */
export const EMOJI_FONTS = "'Apple Color Emoji', 'Segoe UI Emoji', 'Noto Color Emoji', sans-serif";

/**
 * The colours every surface shares (components/shared/palette.css), on the card: a page's shadow root has no
 * `:root` of ours, so the file's `:root` rules apply to `.card` here.
 */
const CARD_PALETTE = palette.replace(/\/\*[\s\S]*?\*\//g, '').replaceAll(':root', '.card');

/**
 * The card's styles, as text for a <style> inside the host's shadow root (nothing reaches the page, nothing
 * from the page reaches these elements). Every property the card relies on is set here, because the host
 * resets everything it would otherwise inherit.
 */
export const CARD_CSS = `${CARD_PALETTE}
.card {
  --faint: #6e7781;

  box-sizing: border-box;
  width: 340px;
  max-width: calc(100vw - 16px);
  overflow: hidden auto;
  overscroll-behavior: contain;
  background: var(--bg);
  color: var(--fg);
  border: 1px solid var(--line);
  border-radius: 10px;
  box-shadow: var(--shadow);
  font-family: system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif;
  font-size: 13px;
  font-weight: 400;
  line-height: 1.45;
  text-align: left;
  direction: ltr;
  overflow-wrap: break-word;
  -webkit-font-smoothing: antialiased;
}

@media (prefers-color-scheme: dark) {
  .card {
    --faint: #8b939e;
  }
}

@media (prefers-reduced-motion: no-preference) {
  .card { animation: dossier-card-in 120ms ease-out; }
  @keyframes dossier-card-in { from { opacity: 0; } }
}

.card *, .card *::before, .card *::after { box-sizing: border-box; }
/* Zero specificity, so that the classes below set margins without fighting this reset. */
:where(.card) :where(h2, h3, p, dl, dd, ol, blockquote) { margin: 0; padding: 0; }

.section { padding: 10px 14px; border-top: 1px solid var(--line); }

.head { display: flex; align-items: flex-start; gap: 10px; padding: 12px 10px 10px 14px; }
.flag {
  flex: none;
  font-family: ${EMOJI_FONTS};
  font-size: 24px;
  line-height: 28px;
}
.titles { flex: 1; min-width: 0; padding-top: 2px; }
.name { font-size: 15px; font-weight: 600; line-height: 1.3; color: var(--fg); }
.acronym {
  display: inline-block;
  margin-left: 6px;
  padding: 0 5px;
  border-radius: 4px;
  background: var(--soft);
  color: var(--muted);
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.03em;
  line-height: 17px;
  vertical-align: 1px;
}
.kind { margin-top: 1px; color: var(--muted); }

.facts-section { border-top: 0; padding-top: 0; }
.description { margin-bottom: 8px; }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: 3px 12px; }
.fact { display: contents; }
.facts dt { color: var(--muted); }
.facts dd { min-width: 0; }
.source { margin-top: 8px; color: var(--faint); font-size: 11px; line-height: 1.35; }

.mentions { display: flex; align-items: center; gap: 8px; }
.mentions-label { flex: 1; min-width: 0; }
.position { color: var(--muted); font-size: 12px; font-variant-numeric: tabular-nums; white-space: nowrap; }

.eyebrow {
  margin-bottom: 4px;
  color: var(--muted);
  font-size: 11px;
  font-weight: 600;
  letter-spacing: 0.06em;
  text-transform: uppercase;
}
.muted { color: var(--muted); }
.error { color: var(--error); }
.count { color: var(--fg); }
.articles { list-style: none; display: grid; gap: 12px; margin-top: 10px; }
.article { min-width: 0; }
.article-title {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  overflow: hidden;
  color: var(--fg);
  font-weight: 600;
  line-height: 1.35;
  text-decoration: none;
  border-radius: 2px;
}
.article-title:hover { color: var(--accent); text-decoration: underline; text-underline-offset: 2px; }
.meta { margin-top: 2px; color: var(--muted); font-size: 12px; }
.sentence {
  display: -webkit-box;
  -webkit-box-orient: vertical;
  -webkit-line-clamp: 2;
  overflow: hidden;
  margin-top: 4px;
  padding-left: 10px;
  border-left: 2px solid var(--quote);
  color: var(--quote-fg);
  font-size: 12.5px;
}

/* A card cut to the room beside its mark scrolls; what the reader came to do stays at its foot. */
.actions {
  position: sticky;
  bottom: 0;
  z-index: 1;
  display: grid;
  gap: 6px;
  padding-bottom: 12px;
  background: var(--bg);
}
.action-row { display: flex; flex-wrap: wrap; gap: 8px; }

.card button {
  margin: 0;
  font: inherit;
  color: inherit;
  cursor: pointer;
  border: 0;
  background: none;
  -webkit-appearance: none;
  appearance: none;
}
.card .button {
  padding: 5px 12px;
  border: 1px solid var(--line);
  border-radius: 6px;
  background: var(--soft);
  color: var(--fg);
  font-weight: 500;
  line-height: 18px;
}
.card .button:hover { background: var(--soft-hover); }
.card .button.primary { border-color: transparent; background: var(--accent); color: var(--accent-fg); }
.card .button.primary:hover { background: var(--accent-hover); }
.card .button.small { padding: 2px 8px; font-size: 12px; white-space: nowrap; }
.card .link {
  justify-self: start;
  padding: 2px 0;
  color: var(--muted);
  font-size: 12px;
  text-decoration: underline;
  text-decoration-color: var(--quote);
  text-underline-offset: 2px;
}
.card .link:hover { color: var(--fg); text-decoration-color: currentColor; }
.card .close {
  display: grid;
  place-items: center;
  width: 26px;
  height: 26px;
  flex: none;
  border-radius: 6px;
  color: var(--muted);
}
.card .close:hover { background: var(--soft); color: var(--fg); }

.card:focus, .card :focus { outline: none; }
.card :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
`;
