/** How the slices went: the test and the benchmark read them. */
export interface SliceStats {
  slices: number;
  longestSliceMs: number;
  /** Time spent inside slices, all told. */
  busyMs: number;
}

export interface SliceSchedulerOptions {
  /** Work per slice; well under the 50 ms at which a task counts as long. */
  budgetMs?: number;
  /** How long the first slice waits for the page to go idle before running anyway. */
  idleTimeoutMs?: number;
  /** How long a later slice waits for idle time before running anyway (background tabs have none). */
  sliceTimeoutMs?: number;
}

/** A slice of work: does some, polling `hasTime()`, and returns true once there is nothing left. */
export type Slice = (hasTime: () => boolean) => boolean;

export interface SliceScheduler {
  /**
   * Runs `slice` in separate tasks until it returns true. The first waits for the page to be idle, at
   * most `idleTimeoutMs` (the scheduler's by default).
   */
  run(slice: Slice, idleTimeoutMs?: number): Promise<void>;
  /** Stops scheduling; pending runs resolve. */
  cancel(): void;
  readonly stats: SliceStats;
}

type Timers = Pick<Window, 'setTimeout' | 'clearTimeout'> &
  Partial<Pick<Window, 'requestIdleCallback' | 'cancelIdleCallback'>>;

export function createSliceScheduler(view: Timers, options: SliceSchedulerOptions = {}): SliceScheduler {
  const budgetMs = options.budgetMs ?? 8;
  const idleTimeoutMs = options.idleTimeoutMs ?? 2000;
  const sliceTimeoutMs = options.sliceTimeoutMs ?? 50;
  const stats: SliceStats = { slices: 0, longestSliceMs: 0, busyMs: 0 };
  const waiting = new Set<() => void>();
  let cancelled = false;
  let cancelNext: (() => void) | null = null;

  // requestIdleCallback where there is one (Safari has none): then a plain timer.
  const later = (callback: () => void, timeout: number) => {
    if (typeof view.requestIdleCallback === 'function') {
      const id = view.requestIdleCallback(callback, { timeout });
      cancelNext = () => view.cancelIdleCallback?.(id);
    } else {
      const id = view.setTimeout(callback, 0);
      cancelNext = () => view.clearTimeout(id);
    }
  };

  return {
    stats,
    run(slice, firstTimeoutMs = idleTimeoutMs) {
      return new Promise<void>((resolve, reject) => {
        if (cancelled) return resolve();
        waiting.add(resolve);
        const finish = (error?: unknown) => {
          waiting.delete(resolve);
          if (error === undefined) resolve();
          else reject(error);
        };
        const tick = () => {
          cancelNext = null;
          if (cancelled) return;
          const started = performance.now();
          const deadline = started + budgetMs;
          let done: boolean;
          try {
            done = slice(() => performance.now() < deadline);
          } catch (error) {
            finish(error);
            return;
          }
          const took = performance.now() - started;
          stats.slices++;
          stats.busyMs += took;
          stats.longestSliceMs = Math.max(stats.longestSliceMs, took);
          if (done) finish();
          else later(tick, sliceTimeoutMs);
        };
        later(tick, firstTimeoutMs);
      });
    },
    cancel() {
      cancelled = true;
      cancelNext?.();
      cancelNext = null;
      for (const resolve of waiting) resolve();
      waiting.clear();
    },
  };
}
