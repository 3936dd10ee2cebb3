/** A failure as the card's store and clip sections show it: in the error's own words. */
export function errorState(e: unknown): { status: 'error'; message: string } {
  return { status: 'error', message: e instanceof Error ? e.message : String(e) };
}
