export { BriefingCard } from './BriefingCard';
export { CARD_CSS, EMOJI_FONTS } from './card.css';
export { canDrawFlags } from './flag-emoji';
export { cardRenderer } from './renderer';
export { STRINGS } from './strings';
export type { BriefingCardProps, ClippedArticle, ClipState, PageMentions, StoreState } from './types';
