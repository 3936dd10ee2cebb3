import type { OrganisationType } from '../gazetteer';

/*
 * The English words the facts are built from. They live beside the facts, not in the card's strings, because
 * the facts are assembled here (in the background or a test) and reach the card as finished text.
 */

export const ORGANISATION_TYPE_LABELS: Record<OrganisationType, string> = {
  intergovernmental: 'Intergovernmental organisation',
  'un-body': 'UN body',
  'armed-group': 'Armed group',
  'intelligence-service': 'Intelligence service',
  'security-force': 'Security force',
  ngo: 'Non-governmental organisation',
  'news-agency': 'News agency',
  'central-bank': 'Central bank',
  'political-party': 'Political party',
  court: 'Court',
  company: 'Company',
  other: 'Organisation',
};

/** How a place that is not an independent state stands to the state it belongs to. */
export type Dependency = 'territory' | 'autonomous' | 'special-region' | 'associated' | 'crown';

export const DEPENDENCY_LABELS: Record<Dependency, (sovereign: string) => string> = {
  territory: (s) => `Territory of ${s}`,
  autonomous: (s) => `Autonomous territory of ${s}`,
  'special-region': (s) => `Special administrative region of ${s}`,
  associated: (s) => `Self-governing state in free association with ${s}`,
  crown: () => 'British Crown dependency',
};

/** Sovereigns whose short name takes "the" in running text. */
export const NAMES_WITH_THE = new Set(['GB', 'US', 'NL']);

export const countryIn = (place: string): string => `Country in ${place}`;
export const territoryIn = (place: string): string => `Territory in ${place}`;
export const partiallyRecognisedIn = (place: string): string => `Partially recognised state in ${place}`;
export const disputedIn = (place: string): string => `Disputed territory in ${place}`;
export const ANTARCTICA = 'Continent governed under the Antarctic Treaty';
