import { StoreError } from './errors';
import { readTx } from './read';
import { cleanTags, newClip, reclip, type StoredClip, toClip, toSummary, withIndexFields } from './records';
import type { Store } from './store';
import type { Clip, ClipDraft, ClipSummary } from './types';
import { normaliseUrl } from './url';
import { LIMITS } from './validate';
import { writeTx } from './write';

export interface SavedClip {
  clip: ClipSummary;
  /** False when the page was in the archive already and its clip was updated. */
  created: boolean;
}

function urlOf(raw: string): string {
  const url = normaliseUrl(raw);
  if (!url) throw new StoreError(`Only web pages (http or https) can be clipped, not ${raw.slice(0, 100)}.`);
  return url;
}

const missing = (id: number): StoreError =>
  new StoreError(`There is no clip ${id} in the archive (it may have been deleted).`);

/** Saves a page; a page clipped before (same URL once normalised) is updated, never duplicated. */
export async function saveClip(
  store: Store,
  draft: ClipDraft,
  extra: { tags?: string[]; note?: string } = {},
): Promise<SavedClip> {
  const url = urlOf(draft.url);
  const { db } = store;
  return writeTx(store, 'the clip was not saved', async (changes) => {
    const now = store.now();
    const existing = await db.clips.where('url').equals(url).first();
    // A new clip has no id until the database gives it one.
    const record = (
      existing ? reclip(existing, draft, url, { ...extra, now }) : newClip(draft, url, { ...extra, now })
    ) as StoredClip;
    // A re-clip adds the new note to the stored one; past the limit, nothing is stored and neither is lost.
    if (record.note.length > LIMITS.note)
      throw new StoreError(
        `The note would be longer than ${LIMITS.note.toLocaleString('en')} characters with this one added: shorten the clip's note first.`,
      );
    record.id = await db.clips.put(record);
    changes.set(record.id, existing, record);
    return { clip: toSummary(record), created: !existing };
  });
}

export async function getClip(store: Store, id: number): Promise<Clip | null> {
  const found = await readTx(store, 'the clip', () => store.db.clips.get(id));
  return found ? toClip(found) : null;
}

export async function clipForUrl(store: Store, raw: string): Promise<ClipSummary | null> {
  const url = normaliseUrl(raw);
  if (!url) return null;
  const found = await readTx(store, 'the clip of this page', () =>
    store.db.clips.where('url').equals(url).first(),
  );
  return found ? toSummary(found) : null;
}

/** The reader's edits: tags replace the clip's tags, a note replaces its note. */
export function updateClip(
  store: Store,
  id: number,
  edit: { tags?: string[]; note?: string },
): Promise<ClipSummary> {
  return writeTx(store, 'the change was not saved', async (changes) => {
    const existing = await store.db.clips.get(id);
    if (!existing) throw missing(id);
    // Tags are filed in the facetTimes index: derived again with them.
    const record = withIndexFields({
      ...toClip(existing),
      ...(edit.tags && { tags: cleanTags(edit.tags) }),
      ...(edit.note !== undefined && { note: edit.note }),
      updatedAt: store.now(),
    });
    await store.db.clips.put(record);
    changes.set(id, existing, record);
    return toSummary(record);
  });
}

/** Deletes a clip and returns it whole, for undo (`restoreClip`). */
export function deleteClip(store: Store, id: number): Promise<Clip> {
  return writeTx(store, 'the clip was not deleted', async (changes) => {
    const existing = await store.db.clips.get(id);
    if (!existing) throw missing(id);
    await store.db.clips.delete(id);
    changes.set(id, existing, null);
    return toClip(existing);
  });
}

/**
 * Puts a deleted clip back as it was, same id and times. Should another clip have taken that id meanwhile
 * (an import reuses free ids), the restored one gets a new id: restoring never replaces another clip.
 */
export async function restoreClip(store: Store, clip: Clip): Promise<ClipSummary> {
  const url = urlOf(clip.url);
  return writeTx(store, 'the clip was not restored', async (changes) => {
    const sameUrl = await store.db.clips.where('url').equals(url).first();
    if (sameUrl && sameUrl.id !== clip.id)
      throw new StoreError(
        'This page was clipped again after the clip was deleted; the newer clip is kept and nothing was restored.',
      );
    const record = withIndexFields({ ...clip, url });
    const holder = sameUrl ?? (await store.db.clips.get(record.id));
    if (holder && holder.url !== url) delete (record as Partial<StoredClip>).id;
    record.id = await store.db.clips.put(record);
    changes.set(record.id, holder?.url === url ? holder : undefined, record);
    return toSummary(record);
  });
}
