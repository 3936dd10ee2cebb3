import type { Result } from '@/lib/messages';

/** A value the popup is waiting for, has, or could not get (with the reason in words). */
export type Loadable<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T }
  | { status: 'error'; message: string };

export const LOADING = { status: 'loading' } as const;

export const ready = <T>(value: T): Loadable<T> => ({ status: 'ready', value });

export const fromResult = <T>(r: Result<T>): Loadable<T> =>
  r.ok ? { status: 'ready', value: r.value } : { status: 'error', message: r.error };

export const loaded = <T>(l: Loadable<T>): T | undefined => (l.status === 'ready' ? l.value : undefined);
