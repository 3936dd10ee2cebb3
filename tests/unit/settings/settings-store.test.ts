import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeSettings, SETTINGS_STORAGE_KEY, settingsFor } from '../../../lib/background/settings-store';
import { DEFAULT_SETTINGS } from '../../../lib/settings';

vi.mock('wxt/browser', () => ({ browser: fakeBrowser }));

const BBC = 'https://www.bbc.com/news/world';
const AP = 'https://apnews.com/article/kenya';

/** What a page at `url` is told when it asks whether to mark. */
async function here(url: string) {
  const answer = await settingsFor({ url });
  if (!answer.ok) throw new Error(answer.error);
  return answer.value;
}

beforeEach(() => {
  fakeBrowser.reset();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the settings store (markSettings and changeSettings)', () => {
  it('marks every web page until the reader says otherwise', async () => {
    expect(await here(BBC)).toEqual({ settings: DEFAULT_SETTINGS, enabledHere: true, muted: [] });
    expect((await here('chrome://extensions')).enabledHere).toBe(false);
    expect(await settingsFor({})).toEqual({ ok: false, error: 'markSettings needs {url: string}' });
  });

  it('turns one site off and on again, and keeps it in extension storage', async () => {
    const off = await changeSettings({ kind: 'site', site: 'www.bbc.com', enabled: false });
    expect(off.ok && off.value.disabledSites).toEqual(['www.bbc.com']);
    expect((await here(BBC)).enabledHere).toBe(false);
    expect((await here(AP)).enabledHere).toBe(true);
    const stored = await fakeBrowser.storage.local.get(SETTINGS_STORAGE_KEY);
    expect(stored[SETTINGS_STORAGE_KEY]).toMatchObject({ disabledSites: ['www.bbc.com'] });

    await changeSettings({ kind: 'site', site: 'www.bbc.com', enabled: true });
    expect((await here(BBC)).enabledHere).toBe(true);
  });

  it('turns everything off and on again without forgetting the sites turned off', async () => {
    await changeSettings({ kind: 'site', site: 'www.bbc.com', enabled: false });
    await changeSettings({ kind: 'global', enabled: false });
    expect((await here(AP)).enabledHere).toBe(false);
    expect((await here(BBC)).enabledHere).toBe(false);

    await changeSettings({ kind: 'global', enabled: true });
    expect((await here(AP)).enabledHere).toBe(true);
    expect((await here(BBC)).enabledHere).toBe(false);
  });

  it('tells the pages that read settings when a switch changes', async () => {
    const heard = vi.fn();
    fakeBrowser.storage.onChanged.addListener(heard);
    await changeSettings({ kind: 'global', enabled: false });
    expect(heard).toHaveBeenCalledWith(
      {
        [SETTINGS_STORAGE_KEY]: expect.objectContaining({
          newValue: expect.objectContaining({ enabled: false }),
        }),
      },
      'local',
    );
  });

  it('mutes an entity on one site only, and unmutes it', async () => {
    await changeSettings({ kind: 'mute', site: 'apnews.com', entity: 'org:un', muted: true });
    await changeSettings({ kind: 'mute', site: 'apnews.com', entity: 'country:KE', muted: true });
    expect((await here(AP)).muted).toEqual(['org:un', 'country:KE']);
    expect((await here(AP)).enabledHere).toBe(true);
    expect((await here(BBC)).muted).toEqual([]);

    await changeSettings({ kind: 'mute', site: 'apnews.com', entity: 'org:un', muted: false });
    expect((await here(AP)).muted).toEqual(['country:KE']);
  });

  it('refuses a malformed change and keeps the settings as they were', async () => {
    await changeSettings({ kind: 'site', site: 'www.bbc.com', enabled: false });
    for (const bad of [
      null,
      { kind: 'site', site: 'www.bbc.com' },
      { kind: 'mute', site: 'a.com' },
      { kind: 'wipe' },
    ]) {
      const answer = await changeSettings(bad);
      expect(answer.ok).toBe(false);
    }
    expect((await here(BBC)).enabledHere).toBe(false);
    expect((await here(AP)).enabledHere).toBe(true);
  });

  it('says in words when the settings cannot be saved', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValueOnce(new Error('QUOTA_BYTES quota exceeded'));
    expect(await changeSettings({ kind: 'global', enabled: false })).toEqual({
      ok: false,
      error: 'could not save the settings: QUOTA_BYTES quota exceeded',
    });
    expect((await here(AP)).enabledHere).toBe(true);
  });
});
