import { type Answer, callBackground, type Request } from '@/components/shared';
import type { EntityFacts } from '@/lib/briefing';
import { type ImportPart, ok, type ProtocolMap, type Result, type StoreFacets } from '@/lib/messages';
import type { MarkSettings, SettingsChange } from '@/lib/settings';
import type {
  Clip,
  ClipFilter,
  ClipSummary,
  EntityBriefing,
  ImportReport,
  SearchHit,
  WatchEntity,
} from '@/lib/store';
import { STRINGS } from './strings';
import { collectParts, sendFile } from './transfer-parts';

export type EntityNames = Record<string, { name: string; kind: 'country' | 'organisation' }>;

/**
 * Everything the library asks of the extension. Views get it as a prop, so that tests hand them a fake;
 * every call answers with a `Result` and never throws, so a missing background reads as words.
 */
export interface LibraryApi {
  listClips(
    filter: ClipFilter,
    offset: number,
    limit: number,
  ): Promise<Result<{ total: number; clips: ClipSummary[] }>>;
  storeFacets(): Promise<Result<StoreFacets>>;
  searchClips(query: string, limit: number): Promise<Result<SearchHit[]>>;
  getClip(id: number): Promise<Result<Clip | null>>;
  updateClip(req: { id: number; tags: string[]; note: string }): Promise<Result<ClipSummary>>;
  /** Answers with the whole clip, for undo. */
  deleteClip(id: number): Promise<Result<Clip>>;
  restoreClip(clip: Clip): Promise<Result<ClipSummary>>;
  entityBriefing(id: string): Promise<Result<EntityBriefing>>;
  briefingMarkdown(id: string): Promise<Result<string>>;
  entityFacts(id: string): Promise<Result<EntityFacts>>;
  entityNames(ids: string[]): Promise<Result<EntityNames>>;
  watchlist(): Promise<Result<WatchEntity[]>>;
  saveWatchlist(entities: WatchEntity[]): Promise<Result<WatchEntity[]>>;
  markSettings(): Promise<Result<MarkSettings>>;
  changeSettings(change: SettingsChange): Promise<Result<MarkSettings>>;
  /**
   * The whole store, or only the clips with these ids (a selection: an entity's articles), as the export
   * file's text in parts (an archive can be larger than one message): joined, they are the file.
   */
  exportStore(ids?: readonly number[]): Promise<Result<string[]>>;
  previewImport(json: string): Promise<Result<ImportReport>>;
  applyImport(json: string): Promise<Result<ImportReport>>;
}

const call = <K extends keyof ProtocolMap>(type: K, data: Request<K>): Promise<Answer<K>> =>
  callBackground(type, data, STRINGS.noAnswer);

const sendPart = (part: ImportPart) => call('importPart', part);

export function createLibraryApi(pageUrl: string = globalThis.location?.href ?? ''): LibraryApi {
  return {
    listClips: (filter, offset, limit) => call('listClips', { filter, offset, limit }),
    storeFacets: () => call('storeFacets', undefined),
    searchClips: (query, limit) => call('searchClips', { query, limit }),
    getClip: (id) => call('getClip', { id }),
    updateClip: (req) => call('updateClip', req),
    deleteClip: (id) => call('deleteClip', { id }),
    restoreClip: (clip) => call('restoreClip', { clip }),
    entityBriefing: (id) => call('entityBriefing', { id }),
    briefingMarkdown: (id) => call('briefingMarkdown', { id }),
    entityFacts: (id) => call('entityFacts', { id }),
    entityNames: (ids) => call('entityNames', { ids }),
    watchlist: () => call('watchlist', undefined),
    saveWatchlist: (entities) => call('saveWatchlist', { entities }),
    // The switches are the same for every page; the library's own URL only fills the request.
    markSettings: async () => {
      const r = await call('markSettings', { url: pageUrl });
      return r.ok ? ok(r.value.settings) : r;
    },
    changeSettings: (change) => call('changeSettings', change),
    exportStore: (ids) =>
      collectParts((after) =>
        call('exportPart', { ...(ids && { ids: [...ids] }), ...(after !== undefined && { after }) }),
      ),
    previewImport: (json) => sendFile(json, (source) => call('previewImport', source), sendPart),
    applyImport: (json) => sendFile(json, (source) => call('applyImport', source), sendPart),
  };
}
