import type { ComponentChildren } from 'preact';
import type { EntityFacts, EntityRef } from '@/lib/briefing';
import { STRINGS } from './strings';

/** Beyond this many neighbours (China has 16) the rest are counted, to keep the card compact. */
const NEIGHBOURS_SHOWN = 6;

export function FactsSection({ facts }: { facts: EntityFacts }) {
  const rows = facts.kind === 'country' ? countryRows(facts) : organisationRows(facts);
  return (
    <div class="section facts-section">
      {facts.kind === 'organisation' && <p class="description">{facts.description}</p>}
      {rows.length > 0 && (
        <dl class="facts">
          {rows.map(([term, value]) => (
            <div class="fact" key={term}>
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      )}
      <p class="source">{STRINGS.source(facts.source)}</p>
    </div>
  );
}

type Row = [term: string, value: ComponentChildren];

function countryRows(facts: EntityFacts): Row[] {
  const rows: Row[] = [];
  if (facts.capital) {
    rows.push([facts.capital.includes(',') ? STRINGS.capitals : STRINGS.capital, facts.capital]);
  }
  if (facts.region) rows.push([STRINGS.region, facts.region]);
  if (facts.neighbours) rows.push([STRINGS.neighbours, neighbourList(facts.neighbours)]);
  return rows;
}

function organisationRows(facts: EntityFacts): Row[] {
  const rows: Row[] = [];
  if (facts.founded !== undefined) rows.push([STRINGS.founded, String(facts.founded)]);
  if (facts.headquarters) rows.push([STRINGS.headquarters, facts.headquarters.name]);
  if (facts.membersCount !== undefined)
    rows.push([STRINGS.members, STRINGS.memberStates(facts.membersCount)]);
  if (facts.parent) rows.push([STRINGS.partOf, facts.parent.name]);
  return rows;
}

function neighbourList(neighbours: EntityRef[]): string {
  const shown = neighbours.slice(0, NEIGHBOURS_SHOWN).map((n) => n.name);
  const rest = neighbours.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} ${STRINGS.moreNeighbours(rest)}` : shown.join(', ');
}
