/** A failure of the store, with a message meant for the reader. */
export class StoreError extends Error {
  override name = 'StoreError';
}

const nameOf = (e: unknown): string => (e instanceof Error || isNamed(e) ? e.name : '');
const isNamed = (e: unknown): e is { name: string } =>
  typeof e === 'object' && e !== null && typeof (e as { name?: unknown }).name === 'string';
const inner = (e: unknown): unknown => (e as { inner?: unknown } | null)?.inner;

function isQuota(e: unknown): boolean {
  for (let cur: unknown = e; cur; cur = inner(cur)) {
    if (nameOf(cur) === 'QuotaExceededError' || nameOf(cur) === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
  }
  return false;
}

const detail = (e: unknown): string => (e instanceof Error ? `${e.name}: ${e.message}` : String(e));

/**
 * Turns whatever a write threw into a StoreError that says what did not happen and that nothing stored was
 * lost (every write runs in one transaction, so that is true). `notDone` reads "the clip was not saved".
 */
export function writeFailure(e: unknown, notDone: string): StoreError {
  if (e instanceof StoreError) return e;
  if (isQuota(e))
    return new StoreError(`Your browser's storage is full: ${notDone}; nothing already stored was lost.`, {
      cause: e,
    });
  const n = nameOf(e);
  if (
    n === 'DatabaseClosedError' ||
    n === 'OpenFailedError' ||
    n === 'VersionError' ||
    n === 'InvalidStateError'
  )
    return new StoreError(
      `The archive could not be opened (${detail(e)}): ${notDone}; nothing already stored was lost.`,
      { cause: e },
    );
  return new StoreError(
    `The archive could not be written (${detail(e)}): ${notDone}; nothing already stored was lost.`,
    { cause: e },
  );
}

export function readFailure(e: unknown, what: string): StoreError {
  if (e instanceof StoreError) return e;
  return new StoreError(`The archive could not be read (${detail(e)}): ${what}.`, { cause: e });
}

/** The message of anything thrown, for a Result's error. */
export const messageOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));
