import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createHoverIntent } from '../../../lib/briefing';

function setup() {
  const events: string[] = [];
  const intent = createHoverIntent<string>({
    onOpen: (t) => events.push(`open ${t}`),
    onClose: () => events.push('close'),
  });
  return { intent, events };
}

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('hover intent', () => {
  it('opens after the pointer rests 500 ms on a mark, not before', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(499);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open AF']);
    expect(intent.openTarget).toBe('AF');
  });

  it('does not open for a pointer that only passes over', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(200);
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(2000);
    expect(events).toEqual([]);
  });

  it('restarts the wait when the pointer moves to another mark', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(400);
    intent.pointerLeaveMark();
    intent.pointerEnterMark('PK');
    vi.advanceTimersByTime(400);
    expect(events).toEqual([]);
    vi.advanceTimersByTime(100);
    expect(events).toEqual(['open PK']);
  });

  it('closes 300 ms after the pointer leaves the mark', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open AF']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open AF', 'close']);
    expect(intent.openTarget).toBeNull();
  });

  it('stays open while the pointer is on the card, and closes after it leaves', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(150);
    intent.pointerEnterCard();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open AF']);
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open AF', 'close']);
  });

  it('stays open when the pointer reaches the card before the hit-test sees it leave the mark', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    // One move from the mark into the card: the card's pointerenter comes first, then the hit-test's "no mark".
    intent.pointerEnterCard();
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open AF']);
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open AF', 'close']);
  });

  it('keeps the card when the pointer comes back to its mark in time', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(200);
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open AF']);
  });

  it('does not let a mark crossed on the way to the card replace it', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    intent.pointerEnterMark('PK');
    vi.advanceTimersByTime(100);
    intent.pointerLeaveMark();
    intent.pointerEnterCard();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open AF']);
  });

  it('moves to another mark: the first card closes, the second opens after its wait', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    intent.pointerEnterMark('PK');
    vi.advanceTimersByTime(300);
    expect(events).toEqual(['open AF', 'close']);
    vi.advanceTimersByTime(200);
    expect(events).toEqual(['open AF', 'close', 'open PK']);
  });

  it('closes at once on Escape, cancelling a pending open', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    vi.advanceTimersByTime(500);
    intent.pointerEnterMark('PK');
    intent.closeNow();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open AF', 'close']);
    intent.closeNow();
    expect(events).toEqual(['open AF', 'close']);
  });

  it('opens at once from the keyboard, and once only', () => {
    const { intent, events } = setup();
    intent.openNow('AF');
    intent.openNow('AF');
    expect(events).toEqual(['open AF']);
    intent.openNow('PK');
    expect(events).toEqual(['open AF', 'open PK']);
  });

  it('keeps a pinned card while the pointer is elsewhere, until the pointer has entered it and left', () => {
    const { intent, events } = setup();
    intent.openNow('AF', { pin: true });
    // The card moved out from under the pointer ("Next"), and the pointer crosses the page.
    intent.pointerLeaveCard();
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(10_000);
    expect(events).toEqual(['open AF']);
    intent.pointerEnterCard();
    intent.pointerLeaveCard();
    vi.advanceTimersByTime(299);
    expect(events).toEqual(['open AF']);
    vi.advanceTimersByTime(1);
    expect(events).toEqual(['open AF', 'close']);
  });

  it('knows the same mark in a new hit-test, and keeps its card without closing and reopening it', () => {
    const events: string[] = [];
    const intent = createHoverIntent<{ mark: string }>({
      onOpen: (t) => events.push(`open ${t.mark}`),
      onClose: () => events.push('close'),
      same: (a, b) => a.mark === b.mark,
    });
    intent.pointerEnterMark({ mark: 'AF' });
    vi.advanceTimersByTime(500);
    intent.pointerLeaveMark();
    vi.advanceTimersByTime(200);
    intent.pointerEnterMark({ mark: 'AF' });
    vi.advanceTimersByTime(5000);
    expect(events).toEqual(['open AF']);
  });

  it('uses the timers it is given', () => {
    const pending: Array<() => void> = [];
    const events: string[] = [];
    const intent = createHoverIntent<string>({
      onOpen: (t) => events.push(`open ${t}`),
      onClose: () => events.push('close'),
      timers: {
        setTimeout: (cb) => pending.push(cb),
        clearTimeout: () => {},
      },
    });
    intent.pointerEnterMark('AF');
    expect(pending).toHaveLength(1);
    pending[0]?.();
    expect(events).toEqual(['open AF']);
  });

  it('dispose cancels timers without calling back', () => {
    const { intent, events } = setup();
    intent.pointerEnterMark('AF');
    intent.dispose();
    vi.advanceTimersByTime(5000);
    expect(events).toEqual([]);
  });
});
