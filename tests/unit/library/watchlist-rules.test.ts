import { describe, expect, it } from 'vitest';
import {
  checkWatchDraft,
  MAX_WATCHED,
  parseAliases,
  type WatchDraft,
  watchIdFor,
  withEntity,
} from '@/components/library/watchlist-rules';
import type { WatchEntity } from '@/lib/store';

const draft = (d: Partial<WatchDraft>): WatchDraft => ({ name: '', aliases: '', note: '', ...d });
const entity = (name: string, id = watchIdFor(name, new Set())): WatchEntity => ({
  id,
  name,
  aliases: [],
  note: '',
});
const rules = (check: ReturnType<typeof checkWatchDraft>) =>
  check.ok ? [] : check.problems.map((p) => p.rule);

describe('watchlist rules', () => {
  it('makes a new entity with a watch: id from its name', () => {
    const check = checkWatchDraft(
      draft({
        name: '  Ursula   von der Leyen ',
        aliases: 'von der Leyen, VDL\nvdl, ursula von der leyen',
        note: ' EU ',
      }),
      [],
      null,
    );
    expect(check).toEqual({
      ok: true,
      entity: {
        id: 'watch:ursula-von-der-leyen',
        name: 'Ursula von der Leyen',
        aliases: ['von der Leyen', 'VDL'],
        note: 'EU',
      },
    });
  });

  it('ids are unique, accent-free and fit the store’s pattern', () => {
    const taken = new Set(['watch:sao-paulo']);
    expect(watchIdFor('São Paulo', taken)).toBe('watch:sao-paulo-2');
    expect(watchIdFor('São Paulo', new Set([...taken, 'watch:sao-paulo-2']))).toBe('watch:sao-paulo-3');
    expect(watchIdFor('习近平', new Set())).toBe('watch:习近平');
    expect(watchIdFor('!!!', new Set())).toBe('watch:entity');
    expect(watchIdFor('x'.repeat(300), new Set())).toMatch(/^watch:[\p{L}\p{N}_-]{1,100}$/u);
  });

  it('requires a name', () => {
    expect(rules(checkWatchDraft(draft({ name: '   ', aliases: 'Acme' }), [], null))).toEqual([
      'name-missing',
    ]);
  });

  it('refuses one-letter aliases and says which', () => {
    const check = checkWatchDraft(draft({ name: 'Acme Corp', aliases: 'Acme, A, ACM' }), [], null);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.problems).toEqual([{ field: 'aliases', rule: 'alias-short', value: 'A' }]);
  });

  it('de-duplicates aliases, ignoring case, and drops the name itself', () => {
    expect(parseAliases('Acme, ACME , acme corp,,\n Acme  Inc', 'Acme Corp')).toEqual(['Acme', 'Acme Inc']);
  });

  it('stops at 50 entities, but an edit of the 50th is fine', () => {
    const full = Array.from({ length: MAX_WATCHED }, (_, i) => entity(`Person ${i}`));
    expect(rules(checkWatchDraft(draft({ name: 'One more' }), full, null))).toEqual(['list-full']);
    const first = full[0] as WatchEntity;
    const edit = checkWatchDraft(draft({ name: 'Person 0', aliases: 'P0' }), full, first);
    expect(edit.ok && edit.entity.id).toBe(first.id);
  });

  it('refuses a second entity with the same name, not the entity being edited', () => {
    const list = [entity('Acme Corp')];
    expect(rules(checkWatchDraft(draft({ name: 'acme corp' }), list, null))).toEqual(['name-taken']);
    expect(checkWatchDraft(draft({ name: 'ACME Corp' }), list, list[0] as WatchEntity).ok).toBe(true);
  });

  it('checks the store’s length limits in words', () => {
    expect(rules(checkWatchDraft(draft({ name: 'n'.repeat(201) }), [], null))).toEqual(['name-long']);
    expect(rules(checkWatchDraft(draft({ name: 'n', aliases: 'a'.repeat(201) }), [], null))).toEqual([
      'alias-long',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `alias ${i}`).join(',');
    expect(rules(checkWatchDraft(draft({ name: 'n', aliases: many }), [], null))).toEqual(['aliases-many']);
    expect(rules(checkWatchDraft(draft({ name: 'n', note: 'x'.repeat(10_001) }), [], null))).toEqual([
      'note-long',
    ]);
  });

  it('puts an edited entity in its place, or adds a new one', () => {
    const a = entity('A corp');
    const b = entity('B corp');
    expect(withEntity([a, b], { ...a, note: 'changed' })).toEqual([{ ...a, note: 'changed' }, b]);
    expect(withEntity([a], b)).toEqual([a, b]);
  });
});
