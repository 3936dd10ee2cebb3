import { describe, expect, it } from 'vitest';
import {
  applyChange,
  DEFAULT_SETTINGS,
  marksEnabledOn,
  mutedEntities,
  parseSettings,
  siteOf,
} from '../../../lib/settings';

describe('mark settings', () => {
  it('marks everywhere by default, on web pages only', () => {
    expect(marksEnabledOn(DEFAULT_SETTINGS, 'https://www.bbc.com/news/world')).toBe(true);
    expect(marksEnabledOn(DEFAULT_SETTINGS, 'chrome://extensions')).toBe(false);
    expect(siteOf('not a url')).toBeNull();
  });

  it('turns a site off and on again, and everything off', () => {
    const off = applyChange(DEFAULT_SETTINGS, { kind: 'site', site: 'www.bbc.com', enabled: false });
    expect(marksEnabledOn(off, 'https://www.bbc.com/news')).toBe(false);
    expect(marksEnabledOn(off, 'https://apnews.com/')).toBe(true);
    expect(
      marksEnabledOn(
        applyChange(off, { kind: 'site', site: 'www.bbc.com', enabled: true }),
        'https://www.bbc.com/',
      ),
    ).toBe(true);
    expect(
      marksEnabledOn(
        applyChange(DEFAULT_SETTINGS, { kind: 'global', enabled: false }),
        'https://apnews.com/',
      ),
    ).toBe(false);
  });

  it('mutes one entity on one site', () => {
    const muted = applyChange(DEFAULT_SETTINGS, {
      kind: 'mute',
      site: 'apnews.com',
      entity: 'org:un',
      muted: true,
    });
    expect([...mutedEntities(muted, 'https://apnews.com/article')]).toEqual(['org:un']);
    expect([...mutedEntities(muted, 'https://www.bbc.com/')]).toEqual([]);
    const unmuted = applyChange(muted, { kind: 'mute', site: 'apnews.com', entity: 'org:un', muted: false });
    expect(unmuted.mutedOnSite).toEqual({});
  });

  it('survives malformed stored values', () => {
    expect(parseSettings(undefined)).toEqual(DEFAULT_SETTINGS);
    expect(
      parseSettings({
        enabled: 'yes',
        markStyle: 'blink',
        hoverDelayMs: 'soon',
        disabledSites: ['a.com', 3],
        mutedOnSite: { 'a.com': 'x' },
      }),
    ).toEqual({
      enabled: true,
      markStyle: 'underline',
      hoverDelayMs: 500,
      disabledSites: ['a.com'],
      mutedOnSite: { 'a.com': [] },
    });
  });

  it('keeps the mark style and hover delay a reader chose, the delay within bounds', () => {
    const tinted = applyChange(DEFAULT_SETTINGS, { kind: 'appearance', markStyle: 'tint' });
    expect(tinted.markStyle).toBe('tint');
    expect(tinted.hoverDelayMs).toBe(500);
    expect(applyChange(tinted, { kind: 'appearance', hoverDelayMs: 5 }).hoverDelayMs).toBe(150);
    expect(applyChange(tinted, { kind: 'appearance', hoverDelayMs: 60_000 }).hoverDelayMs).toBe(2000);
    expect(parseSettings({ hoverDelayMs: 800, markStyle: 'solid' })).toMatchObject({
      hoverDelayMs: 800,
      markStyle: 'solid',
    });
  });
});
