export type {
  Clip,
  ClipAboutEntity,
  ClipDraft,
  ClipEntity,
  ClipFilter,
  ClipSummary,
  EntityBriefing,
  EntityInStore,
  ImportReport,
  SearchHit,
  WatchEntity,
} from './types';
