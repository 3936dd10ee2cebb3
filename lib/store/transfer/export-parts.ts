import { MESSAGE_PART_CHARS } from '../../messages';
import { StoreError } from '../errors';
import { readTx } from '../read';
import { type StoredClip, toClip } from '../records';
import type { Store } from '../store';
import { exportHead, exportTail } from './export';

/** Clips read at a time while a part fills. */
const READ_BATCH = 100;

/** One part of an export file: its text, and the id to ask the next part after (null: the file is whole). */
export interface ExportPart {
  text: string;
  next: number | null;
}

export interface ExportPartRequest {
  /** Only these clips (a selection); the whole archive and its watchlist when absent. */
  ids?: readonly number[];
  /** The `next` of the part before; absent for the first part. */
  after?: number;
  maxChars?: number;
}

/**
 * The next part of an export file: the parts' texts, joined in order, are the file exportStore writes (the
 * head in the first part, the watchlist in the last). Each part reads in a transaction of its own, so a clip
 * saved or deleted during a long export may or may not be in the file, as if the export had run earlier.
 */
export function exportPart(store: Store, request: ExportPartRequest): Promise<ExportPart> {
  const { db } = store;
  const { ids, after } = request;
  // Parts as large as a message safely carries (lib/messages), unless asked smaller.
  const maxChars = request.maxChars ?? MESSAGE_PART_CHARS;
  return readTx(store, 'the archive for export', async () => {
    const wanted = ids ? [...new Set(ids)].sort((a, b) => a - b) : null;
    if (wanted && after === undefined) {
      const found = await db.clips.bulkGet(wanted);
      const gone = wanted.filter((_, i) => !found[i]);
      if (gone.length)
        throw new StoreError(`No clip ${gone.join(', ')} in the archive; nothing was exported.`);
    }
    const texts: string[] = [];
    let chars = 0;
    let last = after ?? Number.NEGATIVE_INFINITY;
    let more = true;
    while (more && (texts.length === 0 || chars < maxChars)) {
      let batch: StoredClip[];
      /** Where this batch ends in the selection: clips deleted since are passed over. */
      let batchEnd = last;
      if (wanted) {
        const next = wanted.filter((id) => id > last).slice(0, READ_BATCH);
        batchEnd = next.at(-1) ?? last;
        batch = (await db.clips.bulkGet(next)).filter((c): c is StoredClip => c !== undefined);
        more = wanted.some((id) => id > batchEnd);
      } else {
        const range = Number.isFinite(last) ? db.clips.where(':id').above(last) : db.clips.orderBy(':id');
        batch = await range.limit(READ_BATCH).toArray();
        more = batch.length === READ_BATCH;
      }
      let full = false;
      for (const clip of batch) {
        if (texts.length > 0 && chars >= maxChars) {
          full = true;
          break;
        }
        const text = JSON.stringify(toClip(clip));
        texts.push(text);
        chars += text.length;
        last = clip.id;
      }
      if (full) {
        more = true;
        break;
      }
      if (wanted) last = batchEnd;
    }
    const first = after === undefined;
    const head = first ? exportHead(new Date(store.now()).toISOString()) : texts.length > 0 ? ',' : '';
    const tail = more ? '' : exportTail(wanted ? [] : await db.watchlist.toArray());
    return { text: head + texts.join(',') + tail, next: more ? last : null };
  });
}
