import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { demonymPlural } from '../../../lib/gazetteer';
import { realMatcher } from '../../support/gazetteer';

const { gazetteer } = realMatcher();

describe('countries', () => {
  it('has every ISO 3166-1 entry of world-countries, with id country:ISO2', () => {
    expect(gazetteer.countries).toHaveLength(250);
    expect(new Set(gazetteer.countries.map((c) => c.id))).toEqual(
      new Set(worldCountries.map((c) => `country:${c.cca2}`)),
    );
  });

  it('has a name, a flag and a region for every country, and neighbours as ISO2 codes', () => {
    const iso2 = new Set(gazetteer.countries.map((c) => c.iso2));
    for (const c of gazetteer.countries) {
      expect(c.name.length).toBeGreaterThan(0);
      expect(c.flag.length).toBeGreaterThan(0);
      expect(c.region.length).toBeGreaterThan(0);
      for (const b of c.borders) expect(iso2.has(b), `${c.iso2} borders ${b}`).toBe(true);
    }
    expect(gazetteer.byId.get('country:AF')).toMatchObject({ capital: ['Kabul'], region: 'Asia' });
  });

  it('has the forms news uses', () => {
    const forms = (iso2: string) =>
      gazetteer.countries.find((c) => c.iso2 === iso2)?.aliases.map((a) => a.text) ?? [];
    expect(forms('US')).toEqual(
      expect.arrayContaining(['U.S.', 'US', 'USA', 'America', 'American', 'Americans']),
    );
    expect(forms('GB')).toEqual(expect.arrayContaining(['UK', 'Britain', 'British']));
    expect(forms('AF')).toEqual(expect.arrayContaining(['Afghan', 'Afghans']));
    expect(forms('TR')).toEqual(expect.arrayContaining(['Türkiye', 'Turkey']));
    expect(forms('MM')).toContain('Burma');
    expect(forms('CI')).toContain('Ivory Coast');
    expect(forms('CZ')).toContain('Czechia');
    expect(forms('NL')).toContain('Holland');
  });

  it('keeps no two-letter code as a form except the ones news writes', () => {
    const codes = gazetteer.countries.flatMap((c) =>
      c.aliases.filter((a) => /^[A-Z]{2}$/.test(a.text)).map((a) => a.text),
    );
    expect(codes.sort()).toEqual(['NZ', 'UK', 'US']);
  });

  it('gives "Indian" to India only', () => {
    const owners = gazetteer.countries
      .filter((c) => c.aliases.some((a) => a.text === 'Indian'))
      .map((c) => c.iso2);
    expect(owners).toEqual(['IN']);
  });

  it('makes plurals the way news writes them', () => {
    expect(demonymPlural('Afghan')).toBe('Afghans');
    expect(demonymPlural('Pakistani')).toBe('Pakistanis');
    expect(demonymPlural('Chinese')).toBeNull();
    expect(demonymPlural('Swiss')).toBeNull();
    expect(demonymPlural('British')).toBeNull();
  });
});
