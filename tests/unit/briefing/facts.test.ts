import { describe, expect, it } from 'vitest';
import { type EntityFacts, entityFacts } from '../../../lib/briefing';
import { loadGazetteer } from '../../../lib/gazetteer';

const { byId, countries, organisations } = loadGazetteer();

function factsOf(id: string): EntityFacts {
  const record = byId.get(id);
  if (!record) throw new Error(`no record ${id}`);
  return entityFacts(record, byId);
}

const names = (refs: EntityFacts['neighbours']): string[] => (refs ?? []).map((r) => r.name);

describe('country facts', () => {
  it('Afghanistan: capital, region, neighbours by name', () => {
    const af = factsOf('country:AF');
    expect(af).toMatchObject({
      id: 'country:AF',
      kind: 'country',
      name: 'Afghanistan',
      description: 'Country in Southern Asia',
      capital: 'Kabul',
      region: 'Asia',
      flag: '🇦🇫',
    });
    expect(names(af.neighbours)).toEqual(expect.arrayContaining(['Pakistan', 'Iran', 'China']));
    expect(af.neighbours).toContainEqual({ id: 'country:PK', name: 'Pakistan' });
    expect(af.source).toMatch(/world-countries/);
    expect(af.type).toBeUndefined();
  });

  it('lists neighbours alphabetically and leaves them out for islands', () => {
    const ids = names(factsOf('country:DE').neighbours);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b, 'en')));
    expect(factsOf('country:JP').neighbours).toBeUndefined();
  });

  it('joins several capitals', () => {
    expect(factsOf('country:ZA').capital).toBe('Pretoria, Bloemfontein, Cape Town');
    expect(factsOf('country:AQ').capital).toBeUndefined();
  });

  it('says what a place that is not an independent state is', () => {
    expect(factsOf('country:PF').description).toBe('Territory of France');
    expect(factsOf('country:PR').description).toBe('Territory of the United States');
    expect(factsOf('country:GL').description).toBe('Autonomous territory of Denmark');
    expect(factsOf('country:HK').description).toBe('Special administrative region of China');
    expect(factsOf('country:JE').description).toBe('British Crown dependency');
    expect(factsOf('country:XK').description).toBe('Partially recognised state in Southeast Europe');
    expect(factsOf('country:EH').description).toBe('Disputed territory in Northern Africa');
    expect(factsOf('country:AQ').description).toMatch(/Antarctic Treaty/);
  });

  it('gives every non-independent entry a standing, not the generic fallback', () => {
    const generic = countries
      .filter((c) => !c.independent)
      .filter((c) => entityFacts(c, byId).description.startsWith('Territory in'));
    expect(generic.map((c) => c.iso2)).toEqual([]);
  });
});

describe('organisation facts', () => {
  it('UNAMA: a UN body whose parent is the United Nations', () => {
    expect(factsOf('org:unama')).toMatchObject({
      kind: 'organisation',
      name: 'UN Assistance Mission in Afghanistan',
      acronym: 'UNAMA',
      type: 'UN body',
      founded: 2002,
      headquarters: { id: 'country:AF', name: 'Afghanistan' },
      parent: { id: 'org:un', name: 'United Nations' },
    });
  });

  it('NATO: 32 members, HQ in Belgium, no acronym repeating the name', () => {
    const nato = factsOf('org:nato');
    expect(nato.membersCount).toBe(32);
    expect(nato.headquarters?.name).toBe('Belgium');
    expect(nato.acronym).toBeUndefined();
  });

  it('the United Nations counts its members from the country data', () => {
    expect(factsOf('org:un').membersCount).toBe(193);
  });

  it('Taliban: armed group, no members, one-line description without a trailing full stop', () => {
    const taliban = factsOf('org:taliban');
    expect(taliban.type).toBe('Armed group');
    expect(taliban.membersCount).toBeUndefined();
    expect(taliban.parent).toBeUndefined();
    expect(taliban.description).toMatch(/^Islamist movement/);
    expect(taliban.description.endsWith('.')).toBe(false);
    expect(taliban.source).toMatch(/Wikipedia/);
  });

  it('gives every organisation a human type label', () => {
    for (const o of organisations) {
      expect(entityFacts(o, byId).type, o.id).toMatch(/^[A-Z][a-zA-Z -]+$/);
    }
  });

  it('is plain data that survives structured cloning', () => {
    for (const id of ['country:AF', 'org:unama', 'org:nato']) {
      const facts = factsOf(id);
      expect(structuredClone(facts)).toEqual(facts);
    }
  });
});
