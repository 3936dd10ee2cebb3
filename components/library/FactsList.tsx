import type { ComponentChildren } from 'preact';
import type { EntityFacts, EntityRef } from '@/lib/briefing';
import type { WatchEntity } from '@/lib/store';
import { entityHref } from './routes';
import { STRINGS } from './strings';

const RefLink = ({ entity }: { entity: EntityRef }) => <a href={entityHref(entity.id)}>{entity.name}</a>;

function Fact({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What ships with Dossier about an entity; neighbours, headquarters and parent link to their briefings. */
export function FactsList({ facts }: { facts: EntityFacts }) {
  return (
    <>
      <dl class="facts">
        {facts.capital && <Fact label={STRINGS.capital}>{facts.capital}</Fact>}
        {facts.region && <Fact label={STRINGS.region}>{facts.region}</Fact>}
        {facts.type && <Fact label={STRINGS.type}>{facts.type}</Fact>}
        {facts.acronym && <Fact label={STRINGS.acronym}>{facts.acronym}</Fact>}
        {facts.founded !== undefined && <Fact label={STRINGS.founded}>{facts.founded}</Fact>}
        {facts.headquarters && (
          <Fact label={STRINGS.headquarters}>
            <RefLink entity={facts.headquarters} />
          </Fact>
        )}
        {facts.membersCount !== undefined && (
          <Fact label={STRINGS.members}>{facts.membersCount.toLocaleString('en')}</Fact>
        )}
        {facts.parent && (
          <Fact label={STRINGS.partOf}>
            <RefLink entity={facts.parent} />
          </Fact>
        )}
        {facts.neighbours && (
          <Fact label={STRINGS.neighbours}>
            {facts.neighbours.map((n, i) => (
              <span key={n.id}>
                {i > 0 && ', '}
                <RefLink entity={n} />
              </span>
            ))}
          </Fact>
        )}
      </dl>
      <p class="source">{STRINGS.source(facts.source)}</p>
    </>
  );
}

/** A watchlist entry's own facts: its aliases and the reader's note. */
export function WatchFacts({ entity }: { entity: WatchEntity }) {
  return (
    <dl class="facts">
      {entity.aliases.length > 0 && <Fact label={STRINGS.aliases}>{entity.aliases.join(', ')}</Fact>}
      {entity.note && <Fact label={STRINGS.note}>{entity.note}</Fact>}
    </dl>
  );
}
