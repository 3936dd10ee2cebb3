import { cleanTags } from '../records';
import type { Clip, ImportReport, WatchEntity } from '../types';
import { normaliseUrl } from '../url';

export interface ImportPlan {
  /** New clips, each with the file's id (kept when free in the archive). */
  adds: Clip[];
  /** Clips the archive has an older copy of, merged onto the archive's id. */
  updates: Clip[];
  watchAdds: WatchEntity[];
  watchUpdates: WatchEntity[];
  report: ImportReport;
}

/** What the archive holds that an import is compared against. */
export interface ImportBase {
  clipsByUrl: ReadonlyMap<string, Clip>;
  watchById: ReadonlyMap<string, WatchEntity>;
}

const SHOWN_URLS = 3;

const sameWatch = (a: WatchEntity, b: WatchEntity): boolean =>
  a.name === b.name && a.note === b.note && a.aliases.join('\n') === b.aliases.join('\n');

/**
 * Decides, record by record, what importing a valid file does: a page new to the archive is added; one the
 * archive holds an older copy of is updated (the file's content, the archive's id, the earlier clip time,
 * tags merged, the file's note unless empty); anything else is skipped, and the report says why.
 * Counts cover clips and watchlist entries together.
 */
export function planImport(
  file: { clips: readonly Clip[]; watchlist: readonly WatchEntity[] },
  base: ImportBase,
): ImportPlan {
  const plan: ImportPlan = {
    adds: [],
    updates: [],
    watchAdds: [],
    watchUpdates: [],
    report: { add: 0, update: 0, skip: 0, problems: [], applied: false },
  };
  const skipped = new Map<string, string[]>();
  const skip = (reason: string, label: string) =>
    skipped.set(reason, [...(skipped.get(reason) ?? []), label]);
  const seen = new Set<string>();

  for (const incoming of file.clips) {
    const url = normaliseUrl(incoming.url) ?? incoming.url;
    if (seen.has(url)) {
      skip('the same page appears earlier in the file (the first was kept)', url);
      continue;
    }
    seen.add(url);
    const existing = base.clipsByUrl.get(url);
    if (!existing) plan.adds.push({ ...incoming, url });
    else if (existing.updatedAt >= incoming.updatedAt)
      skip('the archive already has this page, in the same or a newer version', url);
    else
      plan.updates.push({
        ...incoming,
        url,
        id: existing.id,
        clippedAt: Math.min(existing.clippedAt, incoming.clippedAt),
        tags: cleanTags([...existing.tags, ...incoming.tags]),
        note: incoming.note || existing.note,
      });
  }

  for (const entity of file.watchlist) {
    const existing = base.watchById.get(entity.id);
    if (!existing) plan.watchAdds.push(entity);
    else if (sameWatch(existing, entity)) skip('the watchlist already has this entry', entity.name);
    else plan.watchUpdates.push(entity);
  }

  plan.report.add = plan.adds.length + plan.watchAdds.length;
  plan.report.update = plan.updates.length + plan.watchUpdates.length;
  for (const [reason, labels] of skipped) {
    plan.report.skip += labels.length;
    const shown = labels.slice(0, SHOWN_URLS).join(', ');
    const more = labels.length > SHOWN_URLS ? ` and ${labels.length - SHOWN_URLS} more` : '';
    plan.report.problems.push(`${labels.length} skipped: ${reason} (${shown}${more}).`);
  }
  return plan;
}
