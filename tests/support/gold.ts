import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Gazetteer } from '../../lib/gazetteer';
import { REPO_ROOT } from './shared-corpus';

export interface GoldMention {
  entity: string;
  text: string;
  count: number;
}

export interface GoldPage {
  page: string;
  mentions: GoldMention[];
  notMentions?: Array<{ text: string; count: number; why: string }>;
}

export const GOLD_DIR = join(REPO_ROOT, 'tests/gold');
export const TRAPS_DIR = join(REPO_ROOT, 'tests/fixtures/traps');

export function goldPages(): GoldPage[] {
  return readdirSync(GOLD_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(GOLD_DIR, f), 'utf8')) as GoldPage);
}

/**
 * Gold names organisations by their English name ("org:United Nations") so that annotators did not
 * need our ids; this finds the id, or keeps the name, which then counts as a miss.
 */
export function resolveGoldEntity(entity: string, gazetteer: Gazetteer): string {
  if (!entity.startsWith('org:') || gazetteer.byId.has(entity)) return entity;
  const name = entity.slice(4).toLowerCase();
  const plain = name.replace(/\s*\(.*\)$/, '');
  for (const org of gazetteer.organisations) {
    const forms = [org.name, ...org.aliases].map((f) => f.toLowerCase());
    if (forms.includes(name) || forms.includes(plain)) return org.id;
  }
  return `unknown:${entity.slice(4)}`;
}

/** Surface text as the reader sees it: invisible characters out, spaces and apostrophes of one kind. */
export function normaliseSurface(text: string): string {
  return text
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .replace(/’/g, "'");
}

export interface Score {
  tp: number;
  fp: number;
  fn: number;
  falsePositives: string[];
  misses: string[];
}

/** Mention-level score over (entity, surface form) counts. */
export function score(gold: Map<string, number>, found: Map<string, number>): Score {
  const result: Score = { tp: 0, fp: 0, fn: 0, falsePositives: [], misses: [] };
  for (const [key, count] of found) {
    const g = gold.get(key) ?? 0;
    result.tp += Math.min(g, count);
    if (count > g) {
      result.fp += count - g;
      result.falsePositives.push(`${key} ×${count - g}`);
    }
  }
  for (const [key, g] of gold) {
    const f = found.get(key) ?? 0;
    if (g > f) {
      result.fn += g - f;
      result.misses.push(`${key} ×${g - f}`);
    }
  }
  return result;
}
