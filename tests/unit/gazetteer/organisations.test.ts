import { describe, expect, it } from 'vitest';
import worldCountries from 'world-countries';
import { ORGANISATIONS } from '../../../lib/gazetteer';

const ISO2 = new Set(worldCountries.map((c) => c.cca2));
const ids = new Set(ORGANISATIONS.map((o) => o.id));

describe('organisations', () => {
  it('has at least 250, with unique ids of the form org:slug', () => {
    expect(ORGANISATIONS.length).toBeGreaterThanOrEqual(250);
    expect(ids.size).toBe(ORGANISATIONS.length);
    for (const o of ORGANISATIONS) expect(o.id).toMatch(/^org:[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('gives every organisation a name, a type, a one-line description and a source', () => {
    for (const o of ORGANISATIONS) {
      expect(o.name.length, o.id).toBeGreaterThan(1);
      expect(o.type, o.id).toBeTruthy();
      expect(o.description.length, o.id).toBeGreaterThan(10);
      expect(o.description, o.id).not.toMatch(/\n/);
      expect(o.source.length, o.id).toBeGreaterThan(3);
    }
  });

  it('uses valid ISO2 codes for headquarters and members, and known parents', () => {
    for (const o of ORGANISATIONS) {
      if (o.headquarters !== null)
        expect(ISO2.has(o.headquarters), `${o.id} hq ${o.headquarters}`).toBe(true);
      for (const m of o.members ?? []) expect(ISO2.has(m), `${o.id} member ${m}`).toBe(true);
      if (o.parent) expect(ids.has(o.parent), `${o.id} parent ${o.parent}`).toBe(true);
    }
  });

  it('keys every rule by one of the organisation’s own forms', () => {
    for (const o of ORGANISATIONS) {
      const forms = new Set([o.name, ...o.acronyms, ...o.aliases]);
      for (const key of Object.keys(o.rules ?? {})) expect(forms.has(key), `${o.id} rule ${key}`).toBe(true);
    }
  });

  it('covers the organisations our readers meet first', () => {
    for (const id of [
      'org:un',
      'org:unama',
      'org:g7',
      'org:sco',
      'org:oic',
      'org:islamic-state',
      'org:taliban',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const byId = new Map(ORGANISATIONS.map((o) => [o.id, o]));
    expect(byId.get('org:unama')?.parent).toBe('org:un');
    expect(byId.get('org:islamic-state')?.acronyms).toEqual(expect.arrayContaining(['IS', 'ISIS', 'ISIL']));
    expect(byId.get('org:islamic-state')?.aliases).toContain('Daesh');
    expect(byId.get('org:islamic-state')?.rules?.IS).toBeDefined();
    expect(byId.get('org:nato')?.members).toHaveLength(32);
  });
});
