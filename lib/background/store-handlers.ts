import { assembleBriefing, briefingToMarkdown } from '../briefing';
import { type ImportSource, ok, type onMessage, type ProtocolMap, type Result } from '../messages';
import {
  applyImport,
  clipForUrl,
  clipsAbout,
  deleteClip,
  entityCounts,
  entityInStore,
  exportPart,
  exportStore,
  getClip,
  getWatchlist,
  listClips,
  previewImport,
  restoreClip,
  saveClip,
  saveWatchlist,
  searchClips,
  storeFacets,
  updateClip,
} from '../store';
import { clipTab } from './clip-tab';
import { createUploads } from './import-uploads';
import { guarded } from './settle';
import type { StoreHandlerDeps } from './store-deps';
import * as req from './store-requests';

type OnMessage = typeof onMessage;
type ValueOf<K extends keyof ProtocolMap> = ReturnType<ProtocolMap[K]> extends Result<infer V> ? V : never;

/** The library page's route for an entity's briefing. */
export const briefingPath = (id: string): string => `/library.html#/entity/${encodeURIComponent(id)}`;

/**
 * Registers every store message. Each request is checked first; every failure (bad request, full disk, a
 * tab without Dossier) comes back as {ok:false, error}, never as a throw across the messaging boundary.
 * Call synchronously at the top of the background's main.
 */
export function registerStoreHandlers(on: OnMessage, deps: StoreHandlerDeps): void {
  function handle<K extends keyof ProtocolMap, R>(
    type: K,
    parse: (data: unknown) => Result<R>,
    act: (request: R, senderTabId: number | undefined) => Promise<ValueOf<K>> | ValueOf<K>,
  ): void {
    const listener = (message: { data: unknown; sender?: { tab?: { id?: number } } }) =>
      guarded(async () => {
        const parsed = parse(message?.data);
        if (!parsed.ok) return parsed;
        return ok(await act(parsed.value, message.sender?.tab?.id));
      });
    (on as (type: K, cb: typeof listener) => unknown)(type, listener);
  }
  const none = (): Result<null> => ok(null);
  const store = () => deps.store();
  const now = () => store().now();

  handle('clipForUrl', req.urlRequest, (url) => clipForUrl(store(), url));
  handle(
    'getClip',
    (d) => req.clipId('getClip', d),
    (id) => getClip(store(), id),
  );
  handle('updateClip', req.updateRequest, ({ id, ...edit }) => updateClip(store(), id, edit));
  handle(
    'deleteClip',
    (d) => req.clipId('deleteClip', d),
    (id) => deleteClip(store(), id),
  );
  handle(
    'restoreClip',
    (d) => req.restoreRequest(d, now()),
    (clip) => restoreClip(store(), clip),
  );
  handle('listClips', req.listRequest, (r) => listClips(store(), r.filter, r.offset, r.limit));
  handle('storeFacets', none, () => storeFacets(store()));
  handle('searchClips', req.searchRequest, (r) => searchClips(store(), r.query, r.limit));
  handle('entityInStore', req.entityInStoreRequest, (r) => entityInStore(store(), r.id, r.latest));
  handle('entityCounts', req.idsRequest, (ids) => entityCounts(store(), ids));
  handle(
    'entityBriefing',
    (d) => req.entityId('entityBriefing', d),
    async (id) => assembleBriefing(id, await clipsAbout(store(), id)),
  );
  handle(
    'briefingMarkdown',
    (d) => req.entityId('briefingMarkdown', d),
    async (id) => {
      const clips = await clipsAbout(store(), id);
      // The reader's own entities are named by their watchlist, which the gazetteer does not know.
      const watched = new Map((await getWatchlist(store())).map((w) => [w.id, w.name]));
      const nameOf = (entity: string) => deps.nameOf(entity) ?? watched.get(entity) ?? null;
      return briefingToMarkdown(assembleBriefing(id, clips), nameOf, deps.facts(id) ?? undefined);
    },
  );
  handle('exportStore', req.exportRequest, (ids) => exportStore(store(), ids));
  handle('exportPart', req.exportPartRequest, (r) => exportPart(store(), r));
  // Files past a message's size arrive in parts; each preview or import takes its upload once.
  const uploads = createUploads();
  const fileOf = (source: ImportSource): string => {
    if ('json' in source) return source.json;
    const file = uploads.take(source.upload);
    if (!file.ok) throw new Error(file.error);
    return file.value;
  };
  on('importPart', async ({ data }) => {
    const part = req.importPartRequest(data);
    return part.ok ? uploads.add(part.value) : part;
  });
  handle(
    'previewImport',
    (d) => req.importSource('previewImport', d),
    (source) => previewImport(store(), fileOf(source)),
  );
  handle(
    'applyImport',
    (d) => req.importSource('applyImport', d),
    (source) => applyImport(store(), fileOf(source)),
  );
  handle('watchlist', none, () => getWatchlist(store()));
  handle('saveWatchlist', req.watchlistRequest, async (entities) => {
    const saved = await saveWatchlist(store(), entities);
    await deps.watchlistChanged?.();
    return saved;
  });
  handle('saveClip', req.saveRequest, async ({ draft, ...extra }) => ({
    saved: true as const,
    ...(await saveClip(store(), draft, extra)),
  }));
  handle('clipTab', req.clipTabRequest, (r, senderTabId) => clipTab(deps, r, senderTabId));
  handle(
    'openBriefing',
    (d) => req.entityId('openBriefing', d),
    async (id) => {
      await deps.openPage(briefingPath(id));
      return null;
    },
  );
}
