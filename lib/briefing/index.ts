export { formatClipDate } from './clip-date';
export {
  articleTime,
  assembleBriefing,
  briefingToMarkdown,
  isoWeekStart,
  MAX_CO_OCCURRING,
  MAX_SENTENCES,
} from './dossier';
export { COUNTRY_SOURCE, type EntityFacts, type EntityRef, entityFacts } from './facts';
export { createHoverIntent, type HoverIntent, type HoverIntentOptions, type Timers } from './hover-intent';
export {
  type CardPlacement,
  MIN_ROOM_TO_KEEP_SIDE,
  placeCard,
  type RectLike,
  type Size,
  VIEWPORT_MARGIN,
} from './placement';
