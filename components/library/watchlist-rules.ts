import type { WatchEntity } from '@/lib/store';

/** How many entities a reader may watch: each is matched on every page, so the list stays short. */
export const MAX_WATCHED = 50;
/** Shorter aliases would mark every "EU"-like fragment of a word. */
export const MIN_ALIAS = 2;
/** The store's own limits (lib/store/validate.ts), checked here so that the reader hears them in words. */
export const MAX_NAME = 200;
export const MAX_ALIAS = 200;
export const MAX_ALIASES = 50;
export const MAX_NOTE = 10_000;

/** What the reader typed in the form; aliases are one text, separated by commas or new lines. */
export interface WatchDraft {
  name: string;
  aliases: string;
  note: string;
}

export type WatchField = 'name' | 'aliases' | 'note' | 'list';

export interface WatchProblem {
  field: WatchField;
  /** Which rule failed, for the words in strings.ts. */
  rule:
    | 'name-missing'
    | 'name-long'
    | 'name-taken'
    | 'alias-short'
    | 'alias-long'
    | 'aliases-many'
    | 'note-long'
    | 'list-full';
  /** The offending value (an alias, the other entity's name), when there is one. */
  value?: string;
}

export type WatchCheck = { ok: true; entity: WatchEntity } | { ok: false; problems: WatchProblem[] };

const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
const fold = (s: string): string => squeeze(s).toLocaleLowerCase();

/** Aliases as typed: split on commas and new lines, trimmed, repeats and the name itself dropped. */
export function parseAliases(text: string, name = ''): string[] {
  const seen = new Set([fold(name)]);
  const out: string[] = [];
  for (const raw of text.split(/[,\n]/)) {
    const alias = squeeze(raw);
    if (!alias || seen.has(fold(alias))) continue;
    seen.add(fold(alias));
    out.push(alias);
  }
  return out;
}

export const draftOf = (entity?: WatchEntity): WatchDraft =>
  entity
    ? { name: entity.name, aliases: entity.aliases.join(', '), note: entity.note }
    : { name: '', aliases: '', note: '' };

/** "watch:<slug>" from a name, with "-2", "-3"… when another entity holds it. */
export function watchIdFor(name: string, taken: ReadonlySet<string>): string {
  const base =
    fold(name)
      .normalize('NFKD')
      .replace(/\p{M}/gu, '')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 90)
      .replace(/-+$/, '') || 'entity';
  let id = `watch:${base}`;
  for (let n = 2; taken.has(id); n++) id = `watch:${base}-${n}`;
  return id;
}

/**
 * Checks a draft against the rules and the rest of the list. `editing` is the entity being edited (its id
 * and slot are kept), or null for a new one.
 */
export function checkWatchDraft(
  draft: WatchDraft,
  list: readonly WatchEntity[],
  editing: WatchEntity | null,
): WatchCheck {
  const problems: WatchProblem[] = [];
  const name = squeeze(draft.name);
  const others = list.filter((e) => e.id !== editing?.id);
  if (!editing && list.length >= MAX_WATCHED) problems.push({ field: 'list', rule: 'list-full' });
  if (!name) problems.push({ field: 'name', rule: 'name-missing' });
  else if (name.length > MAX_NAME) problems.push({ field: 'name', rule: 'name-long' });
  else {
    const twin = others.find((e) => fold(e.name) === fold(name));
    if (twin) problems.push({ field: 'name', rule: 'name-taken', value: twin.name });
  }
  const aliases = parseAliases(draft.aliases, name);
  for (const alias of aliases) {
    if ([...alias].length < MIN_ALIAS) problems.push({ field: 'aliases', rule: 'alias-short', value: alias });
    else if (alias.length > MAX_ALIAS) problems.push({ field: 'aliases', rule: 'alias-long', value: alias });
  }
  if (aliases.length > MAX_ALIASES) problems.push({ field: 'aliases', rule: 'aliases-many' });
  if (draft.note.length > MAX_NOTE) problems.push({ field: 'note', rule: 'note-long' });
  if (problems.length) return { ok: false, problems };
  const id = editing?.id ?? watchIdFor(name, new Set(list.map((e) => e.id)));
  return { ok: true, entity: { id, name, aliases, note: draft.note.trim() } };
}

/** The list with `entity` put in place of the one it edits, or added. */
export function withEntity(list: readonly WatchEntity[], entity: WatchEntity): WatchEntity[] {
  const at = list.findIndex((e) => e.id === entity.id);
  return at === -1 ? [...list, entity] : list.map((e, i) => (i === at ? entity : e));
}
