/** ISO 3166-1 alpha-2 code, upper case (e.g. "AF"). */
export type Iso2 = string;

export type EntityKind = 'country' | 'organisation';

/**
 * A rule attached to an ambiguous alias. The matcher keeps a mention of such an alias only when
 * the rule holds; every field that is present must pass. Word lists compare case-insensitively
 * against whole word tokens unless the field says otherwise.
 */
export interface AliasRule {
  /** Keep only if one of these words is within `window` word tokens on either side... */
  requireNear?: { words: string[]; window: number };
  /** ...or (when true) the same entity was already matched earlier on the page (by an alias with no rule, or one whose rule held). */
  orPriorMention?: boolean;
  /** Drop if one of these words is within `window` word tokens on either side (e.g. US-state cues for Georgia). */
  rejectNear?: { words: string[]; window: number };
  /** Drop if the word right before (space-separated) is one of these, compared case-sensitively (given names, honorifics). */
  rejectAfter?: string[];
  /** Drop if the words right after start with one of these phrases, compared case-insensitively (", who", "'s wife"). */
  rejectBefore?: string[];
  /** Drop if the next word, joined by a single space, is capitalised and not in `allowNextCapitalised` (a surname). */
  rejectNextCapitalised?: boolean;
  allowNextCapitalised?: string[];
  /** Why the rule exists, in one line. */
  note: string;
  /**
   * Sentences that prove the rule, run by a test: in each `kept` sentence the alias is matched as this
   * entity, in each `dropped` sentence it is not. Not shipped to pages.
   */
  examples?: { kept: string[]; dropped: string[] };
}

/** A surface form. `exact` forms (acronyms) match only in exactly this case; others in Title Case or ALL CAPS. */
export interface AliasSpec {
  text: string;
  exact?: boolean;
  rule?: AliasRule;
}

export type OrganisationType =
  | 'intergovernmental'
  | 'un-body'
  | 'armed-group'
  | 'intelligence-service'
  | 'security-force'
  | 'ngo'
  | 'news-agency'
  | 'central-bank'
  | 'political-party'
  | 'court'
  | 'company'
  | 'other';

/** One organisation as curated by hand in lib/gazetteer/organisations/. */
export interface OrganisationRecord {
  /** "org:" + kebab-case slug, e.g. "org:islamic-state". */
  id: string;
  /** Canonical English name, e.g. "Islamic State". */
  name: string;
  /** Acronyms, matched only in exactly this case (e.g. "UN", "ISIS", "G7"). */
  acronyms: string[];
  /** Other names, matched in Title Case or ALL CAPS (e.g. "Daesh", "United Nations"). */
  aliases: string[];
  type: OrganisationType;
  /** One line, our own words. */
  description: string;
  /** Year founded, or null where unknown. */
  founded: number | null;
  /** ISO2 of the headquarters country, or null (e.g. stateless armed groups). */
  headquarters: Iso2 | null;
  /** Member states as ISO2 codes, where the organisation has member states. */
  members?: Iso2[];
  /** Parent organisation id, e.g. UNAMA -> "org:un". */
  parent?: string;
  /** Rules for ambiguous aliases/acronyms, keyed by the alias or acronym text exactly as listed above. */
  rules?: Record<string, AliasRule>;
  /** Where the facts come from (e.g. "Wikipedia: United Nations; un.org"). */
  source: string;
}

/** One country (an ISO 3166-1 entry) with what the card shows and the forms news uses for it. */
export interface CountryRecord {
  /** "country:" + ISO2, e.g. "country:AF". */
  id: string;
  iso2: Iso2;
  iso3: string;
  name: string;
  officialName: string;
  aliases: AliasSpec[];
  demonym: string | null;
  capital: string[];
  region: string;
  subregion: string;
  /** Neighbouring countries, as ISO2 codes. */
  borders: Iso2[];
  /** Area in km². */
  area: number;
  /** Flag emoji. */
  flag: string;
  independent: boolean;
  unMember: boolean;
}

/** A phrase that contains a name but names no entity ("New Mexico", "Indian Ocean"). */
export interface Blocker {
  text: string;
  note: string;
}
