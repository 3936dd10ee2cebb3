import { PARAGRAPH_BREAK } from './plain-text';

/**
 * The store refuses a draft with a field over its limit rather than cutting it (lib/store/validate.ts):
 * the clipper cuts instead, so that an outsized page is still saved. Kept in step with the store's LIMITS;
 * lib/store is not imported here because it would bring Dexie into the content script.
 */
export const DRAFT_LIMITS = {
  title: 1000,
  byline: 1000,
  siteName: 1000,
  excerpt: 2000,
  html: 2_000_000,
  text: 1_000_000,
} as const;

/** A line of text cut to `max` characters with an ellipsis. */
export function cutLine(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** Text cut at the last paragraph break that fits. */
export function cutText(text: string, max: number): string {
  if (text.length <= max) return text;
  const at = text.lastIndexOf(PARAGRAPH_BREAK, max);
  return text.slice(0, at > 0 ? at : max);
}

/** HTML cut after the last tag that fits (the browser closes what is left open). */
export function cutHtml(html: string, max: number): string {
  if (html.length <= max) return html;
  const at = html.lastIndexOf('>', max - 1);
  return html.slice(0, at > 0 ? at + 1 : 0);
}
