import type { CountryRecord, EntityKind, OrganisationRecord } from '../gazetteer';
import {
  ANTARCTICA,
  countryIn,
  DEPENDENCY_LABELS,
  disputedIn,
  NAMES_WITH_THE,
  ORGANISATION_TYPE_LABELS,
  partiallyRecognisedIn,
  territoryIn,
} from './labels';
import { STANDING } from './sovereignty';

type EntityRecord = CountryRecord | OrganisationRecord;

/** Another entity the card names (a neighbour, a parent), with the id to open its own briefing. */
export interface EntityRef {
  id: string;
  name: string;
}

/**
 * What the card shows about one entity, as finished text. Plain data only (no Map, no functions), so it
 * survives structured cloning between the background and a content script.
 */
export interface EntityFacts {
  id: string;
  /** "watch": one of the reader's own entities (their watchlist), described by their note. */
  kind: EntityKind | 'watch';
  name: string;
  /** One line: "Country in Southern Asia", "Territory of France", or an organisation's own line. */
  description: string;
  flag?: string;
  /** Capitals joined with ", " (South Africa has three). */
  capital?: string;
  /** Continent-level region ("Asia"); the finer subregion is in the description. */
  region?: string;
  /** Bordering countries, by name. */
  neighbours?: EntityRef[];
  /** Organisation type as a reader would say it ("UN body", "Armed group"). */
  type?: string;
  /** Shown only when it differs from the name. */
  acronym?: string;
  founded?: number;
  headquarters?: EntityRef;
  membersCount?: number;
  parent?: EntityRef;
  source: string;
}

export const COUNTRY_SOURCE = 'world-countries (ODbL)';

const UN_ID = 'org:un';
/** world-countries flags the Holy See as a UN member; it is a permanent observer. */
const NOT_UN_MEMBERS = new Set(['VA']);

export function entityFacts(record: EntityRecord, byId: ReadonlyMap<string, EntityRecord>): EntityFacts {
  return 'iso2' in record ? countryFacts(record, byId) : organisationFacts(record, byId);
}

function countryFacts(c: CountryRecord, byId: ReadonlyMap<string, EntityRecord>): EntityFacts {
  const facts: EntityFacts = {
    id: c.id,
    kind: 'country',
    name: c.name,
    description: countryDescription(c, byId),
    source: COUNTRY_SOURCE,
  };
  if (c.flag) facts.flag = c.flag;
  if (c.capital.length > 0) facts.capital = c.capital.join(', ');
  if (c.region) facts.region = c.region;
  const neighbours = c.borders
    .map((iso2) => refTo(`country:${iso2}`, byId))
    .filter((r): r is EntityRef => r !== undefined)
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
  if (neighbours.length > 0) facts.neighbours = neighbours;
  return facts;
}

function countryDescription(c: CountryRecord, byId: ReadonlyMap<string, EntityRecord>): string {
  const place = c.subregion || c.region;
  const standing = STANDING[c.iso2];
  if (c.independent && standing === undefined) return countryIn(place);
  if (standing === 'antarctic') return ANTARCTICA;
  if (standing === 'partially-recognised') return partiallyRecognisedIn(place);
  if (standing === 'disputed') return disputedIn(place);
  const sovereign = standing && byId.get(`country:${standing.of}`);
  if (!standing || !sovereign) return territoryIn(place);
  const name = NAMES_WITH_THE.has(standing.of) ? `the ${sovereign.name}` : sovereign.name;
  return DEPENDENCY_LABELS[standing.dependency](name);
}

function organisationFacts(o: OrganisationRecord, byId: ReadonlyMap<string, EntityRecord>): EntityFacts {
  const facts: EntityFacts = {
    id: o.id,
    kind: 'organisation',
    name: o.name,
    // Curated lines end with or without a full stop; the card shows them as one label-like line.
    description: o.description.trim().replace(/\.$/, ''),
    type: ORGANISATION_TYPE_LABELS[o.type],
    source: o.source,
  };
  const acronym = o.acronyms.find((a) => a !== o.name);
  if (acronym) facts.acronym = acronym;
  if (o.founded !== null) facts.founded = o.founded;
  const headquarters = o.headquarters === null ? undefined : refTo(`country:${o.headquarters}`, byId);
  if (headquarters) facts.headquarters = headquarters;
  const membersCount = o.id === UN_ID ? unMemberCount(byId) : o.members?.length;
  if (membersCount) facts.membersCount = membersCount;
  const parent = o.parent === undefined ? undefined : refTo(o.parent, byId);
  if (parent) facts.parent = parent;
  return facts;
}

/** The UN's record lists no members: they are every UN member in the country data. */
function unMemberCount(byId: ReadonlyMap<string, EntityRecord>): number {
  let count = 0;
  for (const r of byId.values()) if ('iso2' in r && r.unMember && !NOT_UN_MEMBERS.has(r.iso2)) count++;
  return count;
}

function refTo(id: string, byId: ReadonlyMap<string, EntityRecord>): EntityRef | undefined {
  const r = byId.get(id);
  return r && { id: r.id, name: r.name };
}
