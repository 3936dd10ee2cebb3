import { LIMITS } from '../store';

/**
 * The small checks every request parser of the background is made of (store-requests, tab-requests): a
 * request is data from another context, so each field is checked for its type and its size.
 */

export type Rec = Record<string, unknown>;
export const isRec = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
export const rec = (v: unknown): Rec => (isRec(v) ? v : {});
/** For requests that may be sent without data: no data is fine, data that is not an object is not. */
export const noneOrRec = (v: unknown): boolean => v === undefined || v === null || isRec(v);
/** A clip's id (Dexie's keys start at 1). */
export const isId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;
export const isTabId = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;
export const isText = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
export const isEntityId = (v: unknown): v is string => isText(v, LIMITS.entityId) && v !== '';
export const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);
export const isCount = (v: unknown, max = Number.MAX_SAFE_INTEGER): v is number =>
  Number.isSafeInteger(v) && (v as number) >= 0 && (v as number) <= max;
export const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Entity ids in one request: as many as a page's report holds, which the popup asks about at once. */
export const MAX_ENTITY_IDS = 5000;
