import type { Lexicon } from '../match';
import { BLOCKERS } from './blockers';
import { buildCountries } from './countries/build';
import { buildLexicon } from './lexicon';
import { ORGANISATIONS } from './organisations/all';
import type { CountryRecord, OrganisationRecord } from './types';

export { BLOCKERS } from './blockers';
export { demonymPlural } from './countries/build';
export { TITLE_CASE_ACRONYMS } from './lexicon';
export { ORGANISATIONS } from './organisations/all';
export type {
  AliasRule,
  AliasSpec,
  Blocker,
  CountryRecord,
  EntityKind,
  Iso2,
  OrganisationRecord,
  OrganisationType,
} from './types';

export interface Gazetteer {
  countries: CountryRecord[];
  organisations: readonly OrganisationRecord[];
  byId: Map<string, CountryRecord | OrganisationRecord>;
  lexicon: Lexicon;
}

/** Builds the whole gazetteer: countries from world-countries plus our curation, organisations, blockers. */
export function loadGazetteer(): Gazetteer {
  const countries = buildCountries();
  const byId = new Map<string, CountryRecord | OrganisationRecord>();
  for (const c of countries) byId.set(c.id, c);
  for (const o of ORGANISATIONS) byId.set(o.id, o);
  return {
    countries,
    organisations: ORGANISATIONS,
    byId,
    lexicon: buildLexicon(countries, ORGANISATIONS, BLOCKERS),
  };
}

export function isCountry(record: CountryRecord | OrganisationRecord): record is CountryRecord {
  return record.id.startsWith('country:');
}
