import { describe, expect, it } from 'vitest';
import { isCountry } from '../../../lib/gazetteer';
import { realMatcher } from '../../support/gazetteer';

const { gazetteer, matcher } = realMatcher();

/** Every ruled alias, with its entity: countries and organisations alike. */
function ruledAliases() {
  const out: Array<{
    id: string;
    alias: string;
    rule: NonNullable<(typeof gazetteer.countries)[0]['aliases'][0]['rule']>;
  }> = [];
  for (const record of gazetteer.byId.values()) {
    if (isCountry(record)) {
      for (const a of record.aliases) if (a.rule) out.push({ id: record.id, alias: a.text, rule: a.rule });
    } else {
      for (const [alias, rule] of Object.entries(record.rules ?? {}))
        out.push({ id: record.id, alias, rule });
    }
  }
  return out;
}

describe('every alias rule proves itself on example sentences', () => {
  const cases = ruledAliases();

  it('has rules to check', () => {
    expect(cases.length).toBeGreaterThan(100);
  });

  for (const { id, alias, rule } of cases) {
    it(`${id} "${alias}": ${rule.note}`, () => {
      expect(rule.examples?.kept.length, 'a kept example').toBeGreaterThan(0);
      expect(rule.examples?.dropped.length, 'a dropped example').toBeGreaterThan(0);
      for (const sentence of rule.examples?.kept ?? []) {
        const found = matcher.match(sentence).map((m) => m.entity);
        expect(found, `kept: ${sentence}`).toContain(id);
      }
      for (const sentence of rule.examples?.dropped ?? []) {
        const found = matcher.match(sentence).map((m) => m.entity);
        expect(found, `dropped: ${sentence}`).not.toContain(id);
      }
    });
  }
});
