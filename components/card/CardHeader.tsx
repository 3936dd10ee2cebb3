import type { EntityFacts } from '@/lib/briefing';
import { STRINGS } from './strings';

/** Name, flag or acronym, and the one line that says what the entity is. */
export function CardHeader({ facts, onClose }: { facts: EntityFacts; onClose(): void }) {
  const isCountry = facts.kind === 'country';
  return (
    <header class="head">
      {facts.flag && (
        <span class="flag" aria-hidden="true">
          {facts.flag}
        </span>
      )}
      <div class="titles">
        <h2 class="name">
          {facts.name}
          {facts.acronym && <span class="acronym">{facts.acronym}</span>}
        </h2>
        <p class="kind">{isCountry ? facts.description : (facts.type ?? STRINGS.kindOrganisation)}</p>
      </div>
      <button type="button" class="close" aria-label={STRINGS.close} title={STRINGS.close} onClick={onClose}>
        <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true">
          <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
        </svg>
      </button>
    </header>
  );
}
