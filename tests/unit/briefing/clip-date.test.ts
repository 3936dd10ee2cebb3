import { describe, expect, it } from 'vitest';
import { formatClipDate } from '../../../lib/briefing';

describe('clip dates', () => {
  it('shows a calendar day as that day, whatever the time zone', () => {
    expect(formatClipDate('2025-05-03')).toBe('3 May 2025');
    expect(formatClipDate('2024-12-31')).toBe('31 Dec 2024');
  });

  it('shows a date-time in the reader’s time zone', () => {
    expect(formatClipDate('2025-05-03T12:00:00Z')).toMatch(/^[34] May 2025$/);
  });

  it('passes anything else through', () => {
    expect(formatClipDate('yesterday')).toBe('yesterday');
    expect(formatClipDate('')).toBe('');
  });

  it('takes a locale', () => {
    expect(formatClipDate('2025-05-03', 'en-US')).toBe('May 3, 2025');
  });
});
