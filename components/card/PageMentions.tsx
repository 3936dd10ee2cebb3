import { STRINGS } from './strings';
import type { PageMentions as Mentions } from './types';

/** How often the page names the entity, and a way to jump to the next mention. */
export function PageMentions({ mentions, onNext }: { mentions: Mentions; onNext(): void }) {
  const { count, index } = mentions;
  const next = (index + 1) % Math.max(count, 1);
  return (
    <div class="section mentions">
      <span class="mentions-label">{STRINGS.namedOnPage(count)}</span>
      {count > 1 && (
        <>
          <span class="position">{STRINGS.mentionPosition(index, count)}</span>
          <button
            type="button"
            class="button small"
            aria-label={STRINGS.nextMentionLabel(next, count)}
            onClick={onNext}
          >
            {STRINGS.nextMention}
          </button>
        </>
      )}
    </div>
  );
}
