import { type Gazetteer, isCountry } from '../gazetteer';
import type { Mention } from '../match';

export interface ReportMention {
  text: string;
  start: number;
  end: number;
}

export type ReportEntity =
  | { id: string; kind: 'country'; name: string; iso2: string; mentions: ReportMention[] }
  | {
      id: string;
      kind: 'organisation';
      name: string;
      acronym: string | null;
      aliases: string[];
      mentions: ReportMention[];
    };

export interface ScanReport {
  source: string;
  textLength: number;
  entities: ReportEntity[];
}

/** Groups mentions by entity, the most mentioned first (ties: the first mentioned first). */
export function buildScanReport(
  source: string,
  textLength: number,
  mentions: Mention[],
  gazetteer: Gazetteer,
): ScanReport {
  const groups = new Map<string, ReportMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.entity) ?? [];
    groups.set(m.entity, list);
    list.push({ text: m.text, start: m.start, end: m.end });
  }
  const entities: ReportEntity[] = [];
  for (const [id, list] of groups) {
    const record = gazetteer.byId.get(id);
    if (!record) throw new Error(`matched an entity the gazetteer does not know: ${id}`);
    if (isCountry(record)) {
      entities.push({ id, kind: 'country', name: record.name, iso2: record.iso2, mentions: list });
    } else {
      entities.push({
        id,
        kind: 'organisation',
        name: record.name,
        acronym: record.acronyms[0] ?? null,
        aliases: record.aliases,
        mentions: list,
      });
    }
  }
  entities.sort(
    (a, b) =>
      b.mentions.length - a.mentions.length || (a.mentions[0]?.start ?? 0) - (b.mentions[0]?.start ?? 0),
  );
  return { source, textLength, entities };
}
