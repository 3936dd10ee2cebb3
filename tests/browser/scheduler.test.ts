import { afterEach, describe, expect, it, vi } from 'vitest';
import { createSliceScheduler, type SliceScheduler } from '../../lib/page';

const schedulers: SliceScheduler[] = [];

function schedulerFor(options: Parameters<typeof createSliceScheduler>[1]): SliceScheduler {
  const scheduler = createSliceScheduler(window, options);
  schedulers.push(scheduler);
  return scheduler;
}

afterEach(() => {
  for (const scheduler of schedulers.splice(0)) scheduler.cancel();
  vi.restoreAllMocks();
});

function busyFor(ms: number): void {
  const end = performance.now() + ms;
  while (performance.now() < end) {
    // The page's own work.
  }
}

/**
 * Keeps the page busy with back-to-back tasks of `taskMs` for `totalMs`, as a page loading its scripts
 * does. Chained through a message channel: timers are clamped to 4 ms, which leaves idle gaps.
 * Resolves with the time the last task ended.
 */
function keepBusy(totalMs: number, taskMs = 20): Promise<number> {
  const until = performance.now() + totalMs;
  const channel = new MessageChannel();
  return new Promise((resolve) => {
    channel.port1.onmessage = () => {
      busyFor(taskMs);
      if (performance.now() < until) channel.port2.postMessage(null);
      else {
        channel.port1.close();
        resolve(performance.now());
      }
    };
    channel.port2.postMessage(null);
  });
}

describe('the scan’s time slices', () => {
  it('start once the page goes idle, not while it is busy', async () => {
    const idle = vi.spyOn(window, 'requestIdleCallback');
    const scheduler = schedulerFor({ idleTimeoutMs: 5000 });
    const busy = keepBusy(400);
    let ranAt = 0;
    await scheduler.run(() => {
      ranAt = performance.now();
      return true;
    });
    expect(ranAt).toBeGreaterThanOrEqual(await busy);
    expect(idle).toHaveBeenCalledWith(expect.any(Function), { timeout: 5000 });
  });

  it('start anyway when the page stays busy past the idle timeout', async () => {
    const scheduler = schedulerFor({ idleTimeoutMs: 150 });
    const started = performance.now();
    const busy = keepBusy(1500);
    let ranAt = 0;
    await scheduler.run(() => {
      ranAt = performance.now();
      return true;
    });
    expect(ranAt - started).toBeGreaterThanOrEqual(150);
    expect(ranAt).toBeLessThan(await busy);
  });

  it('keep to their budget and let the page’s own tasks run in between', async () => {
    const scheduler = schedulerFor({ budgetMs: 8, idleTimeoutMs: 100 });
    /** Per slice: how long it took, and how far into it the last piece of work began. */
    const slices: { took: number; lastStart: number }[] = [];
    let units = 0;
    let pageTasks = 0;
    let tasksSeen = 0;
    let interleaved = 0;
    const ticker = setInterval(() => pageTasks++, 0);
    await scheduler.run((hasTime) => {
      const started = performance.now();
      if (pageTasks > tasksSeen) interleaved++;
      tasksSeen = pageTasks;
      let lastStart = 0;
      while (units < 300 && hasTime()) {
        lastStart = performance.now() - started;
        busyFor(0.5);
        units++;
      }
      slices.push({ took: performance.now() - started, lastStart });
      return units === 300;
    });
    clearInterval(ticker);
    expect(units).toBe(300);
    expect(slices.length).toBeGreaterThanOrEqual(150 / 8);
    // No work begins past the budget, so a slice overruns it by one piece of work at most (this machine's
    // other processes can stretch a slice's wall time: the median says how long slices take).
    expect(Math.max(...slices.map((s) => s.lastStart))).toBeLessThan(8);
    const took = slices.map((s) => s.took).sort((a, b) => a - b);
    expect(took[Math.floor(took.length / 2)]).toBeLessThan(8 + 1);
    expect(scheduler.stats.slices).toBe(slices.length);
    expect(scheduler.stats.longestSliceMs).toBeGreaterThanOrEqual(took[took.length - 1] as number);
    // The page kept running between most slices (its timers, its input).
    expect(interleaved).toBeGreaterThan(slices.length / 2);
  });

  it('stop on cancel: pending runs resolve, no slice runs after, and later runs resolve at once', async () => {
    const scheduler = schedulerFor({ budgetMs: 2, idleTimeoutMs: 100 });
    let slices = 0;
    const endless = scheduler.run(() => {
      slices++;
      return false;
    });
    const waiting = scheduler.run(() => {
      slices++;
      return false;
    });
    await vi.waitFor(() => expect(slices).toBeGreaterThan(3));
    scheduler.cancel();
    await expect(Promise.all([endless, waiting])).resolves.toEqual([undefined, undefined]);
    const after = slices;
    let ranLater = false;
    await scheduler.run(() => {
      ranLater = true;
      return true;
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(slices).toBe(after);
    expect(ranLater).toBe(false);
  });

  it('fail a run whose slice throws, and go on with the others', async () => {
    const scheduler = schedulerFor({ idleTimeoutMs: 100 });
    const failing = scheduler.run(() => {
      throw new Error('broken part of the page');
    });
    let done = false;
    const other = scheduler.run(() => {
      done = true;
      return true;
    });
    await expect(failing).rejects.toThrow('broken part of the page');
    await other;
    expect(done).toBe(true);
  });
});
