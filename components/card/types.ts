import type { EntityFacts } from '@/lib/briefing';

/** One clipped article that mentions the entity, as the card lists it. */
export interface ClippedArticle {
  title: string;
  site: string;
  /** ISO 8601 date or date-time; shown as "3 May 2025". */
  date: string;
  /** The sentence of the article that names the entity. */
  sentence: string;
  url: string;
}

/** What the reader's own store says about the entity; the card renders each state. */
export type StoreState =
  | { status: 'loading' }
  | { status: 'empty' }
  | { status: 'ready'; articleCount: number; latest: ClippedArticle[] }
  | { status: 'error'; message: string };

/** Where "Clip this page" stands: the button says it, so the reader never wonders whether it worked. */
export type ClipState =
  | { status: 'idle' }
  | { status: 'busy' }
  | { status: 'saved'; created: boolean }
  | { status: 'no-article' }
  | { status: 'error'; message: string };

export interface PageMentions {
  /** How many times the page names the entity. */
  count: number;
  /** Which of them the card is for, from 0. */
  index: number;
}

export interface BriefingCardProps {
  facts: EntityFacts;
  pageMentions: PageMentions;
  store: StoreState;
  /** Optional so that a card without a store (tests, previews) shows the plain button. */
  clip?: ClipState;
  onNextMention(): void;
  onOpenBriefing(): void;
  /** `asBookmark` when the reader accepts saving a page that has no article. */
  onClip(asBookmark?: boolean): void;
  onMuteOnSite(): void;
  onClose(): void;
}
