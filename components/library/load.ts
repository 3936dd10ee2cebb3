import { useEffect, useState } from 'preact/hooks';
import type { Result } from '@/lib/messages';
import { STRINGS } from './strings';

/** A value a view is waiting for, has, or could not get (with the reason in words). */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

export const LOADING = { status: 'loading' } as const;

export const fromResult = <T>(r: Result<T>): Loadable<T> =>
  r.ok ? { status: 'ready', value: r.value } : { status: 'error', message: r.error };

/**
 * Runs `load` whenever `deps` change and keeps only the latest answer, so that a slow reply for an old
 * route never lands on a new one. `set` lets a view replace the value after it saved something.
 */
export function useLoad<T>(
  load: () => Promise<Result<T>>,
  deps: readonly unknown[],
): [Loadable<T>, (value: T) => void] {
  const [state, setState] = useState<Loadable<T>>(LOADING);
  useEffect(() => {
    let live = true;
    setState(LOADING);
    load().then(
      (r) => live && setState(fromResult(r)),
      (e: unknown) =>
        live && setState({ status: 'error', message: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, deps);
  return [state, (value: T) => setState({ status: 'ready', value })];
}

/** Sets the tab's title while the view shows. */
export function useTitle(title: string): void {
  useEffect(() => {
    document.title = STRINGS.pageTitle(title);
  }, [title]);
}
