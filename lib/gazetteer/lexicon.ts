import type { Lexicon, LexiconEntry } from '../match';
import type { AliasRule, Blocker, CountryRecord, OrganisationRecord } from './types';

/**
 * Acronyms that British style writes in Title Case ("Nato", "Opec", "Isil"): matched in that form too.
 * Only acronyms that are not English words or names in Title Case (no "Care", "Rand", "Isis").
 */
export const TITLE_CASE_ACRONYMS: ReadonlySet<string> = new Set([
  'NATO',
  'OPEC',
  'ISIL',
  'UNICEF',
  'UNESCO',
  'UNHCR',
  'UNAMA',
  'UNRWA',
  'UNIFIL',
  'ASEAN',
  'IAEA',
  'OSCE',
  'OECD',
  'MONUSCO',
  'MINUSMA',
  'BRICS',
  'ECOWAS',
  'SADC',
  'FARC',
  'AUKUS',
  'INTERPOL',
  'EUROPOL',
  'FRONTEX',
  'CARICOM',
  'MERCOSUR',
  'OPCW',
  'UNCTAD',
  'UNODC',
  'UNFPA',
  'UNDP',
  'UNEP',
  'IGAD',
  'ACLED',
  'SIPRI',
]);

function titleCase(acronym: string): string {
  return acronym.charAt(0) + acronym.slice(1).toLowerCase();
}

/** Flattens the gazetteer into the surface forms the matcher compiles. */
export function buildLexicon(
  countries: readonly CountryRecord[],
  organisations: readonly OrganisationRecord[],
  blockers: readonly Blocker[],
): Lexicon {
  const ids: string[] = [];
  const entries: LexiconEntry[] = [];
  const push = (
    entity: number,
    text: string,
    exact: boolean,
    rule: AliasRule | undefined,
    seen: Set<string>,
  ) => {
    const key = `${exact ? 'x' : 'n'}:${text}`;
    if (seen.has(key)) return;
    seen.add(key);
    const entry: LexiconEntry = { entity, text };
    if (exact) entry.exact = true;
    if (rule) entry.rule = rule;
    entries.push(entry);
  };
  for (const country of countries) {
    const entity = ids.push(country.id) - 1;
    const seen = new Set<string>();
    for (const alias of country.aliases) push(entity, alias.text, alias.exact === true, alias.rule, seen);
  }
  for (const org of organisations) {
    const entity = ids.push(org.id) - 1;
    const seen = new Set<string>();
    const rules = org.rules ?? {};
    const nameIsAcronym = org.acronyms.includes(org.name);
    if (!nameIsAcronym) push(entity, org.name, false, rules[org.name], seen);
    for (const alias of org.aliases) push(entity, alias, false, rules[alias], seen);
    for (const acronym of org.acronyms) {
      push(entity, acronym, true, rules[acronym], seen);
      if (TITLE_CASE_ACRONYMS.has(acronym)) push(entity, titleCase(acronym), true, rules[acronym], seen);
    }
  }
  const seen = new Set<string>();
  for (const blocker of blockers) push(-1, blocker.text, false, undefined, seen);
  return { ids, entries };
}
