import { readTx } from '../read';
import { type StoredClip, toClip, withIndexFields } from '../records';
import type { Store } from '../store';
import type { ImportReport } from '../types';
import { normaliseUrl } from '../url';
import { type Changes, writeTx } from '../write';
import { exportPart } from './export-parts';
import { type ParsedExport, parseExport } from './parse';
import { type ImportBase, type ImportPlan, planImport } from './plan';

/**
 * The whole archive (clips and watchlist), or just the given clips (in id order), as an export file: the
 * parts of exportPart, in one part however large.
 */
export async function exportStore(store: Store, ids?: readonly number[]): Promise<string> {
  return (await exportPart(store, { ids, maxChars: Number.POSITIVE_INFINITY })).text;
}

const refused = (problems: string[]): ImportReport => ({
  add: 0,
  update: 0,
  skip: 0,
  problems,
  applied: false,
});

/** Reads what an import is compared against, inside the caller's transaction. */
async function baseFor(store: Store, file: Extract<ParsedExport, { ok: true }>): Promise<ImportBase> {
  const { db } = store;
  const urls = file.clips.map((c) => normaliseUrl(c.url) ?? c.url);
  // One unique-index lookup per URL: `anyOf` walks a cursor with a jump per URL, far slower on big files.
  const [clips, watch] = await Promise.all([
    Promise.all(urls.map((url) => db.clips.get({ url }))),
    db.watchlist.bulkGet(file.watchlist.map((w) => w.id)),
  ]);
  return {
    clipsByUrl: new Map(clips.filter((c) => c !== undefined).map((c) => [c.url, toClip(c)])),
    watchById: new Map(watch.filter((w) => w !== undefined).map((w) => [w.id, w])),
  };
}

/** What importing this file would add, update and skip, or why it is refused. Changes nothing. */
export async function previewImport(store: Store, json: string): Promise<ImportReport> {
  const file = parseExport(json, store.now());
  if (!file.ok) return refused(file.problems);
  return planImport(file, await readTx(store, 'the archive to compare with', () => baseFor(store, file)))
    .report;
}

/** Imports a file all or nothing: any invalid record, or any failure while writing, changes nothing. */
export async function applyImport(store: Store, json: string): Promise<ImportReport> {
  const file = parseExport(json, store.now());
  if (!file.ok) return refused(file.problems);
  return writeTx(store, 'the file was not imported', async (changes) => {
    // Planned inside the transaction, so that it is planned against exactly what it changes.
    const plan = planImport(file, await baseFor(store, file));
    await writePlan(store, plan, changes);
    return { ...plan.report, applied: true };
  });
}

async function writePlan(store: Store, plan: ImportPlan, changes: Changes) {
  const { db } = store;
  // A new clip keeps the file's id when the archive does not use it, so that a round trip is exact.
  const taken = await db.clips.bulkGet(plan.adds.map((c) => c.id));
  const used = new Set<number>();
  const records = [...plan.updates, ...plan.adds].map((clip) => withIndexFields(clip));
  plan.adds.forEach((clip, i) => {
    if (taken[i] || used.has(clip.id)) delete (records[plan.updates.length + i] as Partial<StoredClip>).id;
    used.add(clip.id);
  });
  // What each kept id holds now (the clip an update replaces), so that the counts move by the difference.
  const before = await db.clips.bulkGet(records.map((r) => (r.id === undefined ? -1 : r.id)));
  const ids = await db.clips.bulkPut(records, { allKeys: true });
  records.forEach((record, i) => {
    record.id = ids[i] as number;
    changes.set(record.id, before[i], record);
  });
  await db.watchlist.bulkPut([...plan.watchAdds, ...plan.watchUpdates]);
}
