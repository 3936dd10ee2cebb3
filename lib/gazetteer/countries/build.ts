import worldCountries from 'world-countries';
import { splitWords, wordKey } from '../../match';
import type { AliasSpec, CountryRecord } from '../types';
import { DROPPED_FORMS, DROPPED_TRANSLATIONS } from './dropped-forms';
import { COUNTRY_RULES } from './name-rules';
import { isCodeLike, NEWS_FORMS } from './news-forms';

/** Translations we match: the languages of the foreign-language news our readers open most. */
const TRANSLATION_LANGUAGES = ['fra', 'spa', 'deu', 'ita', 'por', 'nld'] as const;

/** Forms we cannot match as written: lists ("Korea, Republic of"), notes in brackets, lower-case starts. */
function isMatchable(form: string): boolean {
  if (/[,()]/.test(form)) return false;
  if (/^\p{Ll}/u.test(form)) return false;
  return /^\p{Lu}/u.test(form);
}

/** "The Netherlands" is matched as "Netherlands": a leading article would make every "The" a candidate. */
function withoutArticle(form: string): string {
  return form.replace(/^The\s+/, '');
}

/** Plurals of demonyms as news writes them ("Afghans", "Pakistanis"); "-ese", "-sh", "-ch", "-s" take none. */
export function demonymPlural(demonym: string): string | null {
  if (/(ese|sh|ch|ss|s|x|z)$/.test(demonym)) return null;
  return `${demonym}s`;
}

/** The regional-indicator pair for a code, for the one entry the dataset gives no flag (BQ). */
function flagEmoji(iso2: string): string {
  return String.fromCodePoint(...[...iso2].map((ch) => 0x1f1e6 + ch.charCodeAt(0) - 65));
}

/** Forms that the matcher cannot tell apart (case aside for names) are one form. */
function formKey(form: string): string {
  return isAcronym(form) ? form : splitWords(form).map(wordKey).join(' ');
}

function isAcronym(form: string): boolean {
  return /^(?:[A-Z]\.){2,}$|^[A-Z]{2,5}$/.test(form);
}

/** All 250 ISO 3166-1 countries from world-countries (ODbL), with the news forms we curate. */
export function buildCountries(): CountryRecord[] {
  const byCca3 = new Map(worldCountries.map((c) => [c.cca3, c.cca2]));
  return worldCountries.map((c) => {
    const iso2 = c.cca2;
    const dropped = DROPPED_FORMS[iso2] ?? {};
    // Keyed like the matcher keys words, so that "Geórgia" (Portuguese) is the same form as "Georgia".
    const rules = new Map(
      Object.entries(COUNTRY_RULES[iso2] ?? {}).map(([text, rule]) => [formKey(text), rule]),
    );
    const forms = new Map<string, AliasSpec>();
    const add = (raw: string | AliasSpec | undefined | null): void => {
      if (!raw) return;
      const spec = typeof raw === 'string' ? { text: raw } : raw;
      const text = withoutArticle(spec.text.trim());
      const key = formKey(text);
      if (!text || dropped[text] !== undefined || forms.has(key)) return;
      if (isCodeLike(text) && !spec.exact) return;
      if (!isMatchable(text)) return;
      const alias: AliasSpec = { text };
      if (spec.exact || isAcronym(text)) alias.exact = true;
      const rule = rules.get(key);
      if (rule) alias.rule = rule;
      forms.set(key, alias);
    };
    add(c.name.common);
    add(c.name.official);
    for (const alt of c.altSpellings) add(alt);
    const demonym = c.demonyms?.eng?.m ?? null;
    if (demonym) {
      // Some entries list two demonyms in one string ("Antiguan, Barbudan").
      for (const d of demonym.split(/\s*,\s*/)) {
        add(d);
        const plural = demonymPlural(d);
        if (plural && dropped[d] === undefined) add(plural);
      }
      const female = c.demonyms?.eng?.f;
      if (female && female !== demonym) add(female);
    }
    for (const native of Object.values(c.name.native ?? {})) add(native.common);
    for (const lang of TRANSLATION_LANGUAGES) {
      const common = c.translations[lang]?.common;
      if (common && !DROPPED_TRANSLATIONS.has(common)) add(common);
    }
    for (const form of NEWS_FORMS[iso2] ?? []) add(form);
    return {
      id: `country:${iso2}`,
      iso2,
      iso3: c.cca3,
      name: c.name.common,
      officialName: c.name.official,
      aliases: [...forms.values()],
      demonym,
      capital: c.capital,
      region: c.region,
      subregion: c.subregion,
      borders: c.borders.map((b) => byCca3.get(b)).filter((b): b is string => b !== undefined),
      area: c.area,
      flag: c.flag || flagEmoji(iso2),
      independent: c.independent === true,
      unMember: c.unMember,
    };
  });
}
