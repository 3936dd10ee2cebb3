import { browser } from 'wxt/browser';
import { err, ok, type Result } from '../messages';
import {
  applyChange,
  MARK_STYLES,
  type MarkSettings,
  type MarkStyle,
  marksEnabledOn,
  mutedEntities,
  parseSettings,
  type SettingsChange,
} from '../settings';

const KEY = 'markSettings';

async function load(): Promise<MarkSettings> {
  const stored = await browser.storage.local.get(KEY);
  return parseSettings(stored[KEY]);
}

export async function settingsFor(
  request: unknown,
): Promise<Result<{ settings: MarkSettings; enabledHere: boolean; muted: string[] }>> {
  const url = (request as { url?: unknown } | null)?.url;
  if (typeof url !== 'string') return err('markSettings needs {url: string}');
  const settings = await load();
  return ok({
    settings,
    enabledHere: marksEnabledOn(settings, url),
    muted: [...mutedEntities(settings, url)],
  });
}

function isChange(value: unknown): value is SettingsChange {
  const v = value as Partial<Record<string, unknown>> | null;
  if (!v || typeof v !== 'object') return false;
  if (v.kind === 'global') return typeof v.enabled === 'boolean';
  if (v.kind === 'site') return typeof v.site === 'string' && typeof v.enabled === 'boolean';
  if (v.kind === 'mute')
    return typeof v.site === 'string' && typeof v.entity === 'string' && typeof v.muted === 'boolean';
  if (v.kind === 'appearance')
    return (
      (v.markStyle === undefined || MARK_STYLES.includes(v.markStyle as MarkStyle)) &&
      (v.hoverDelayMs === undefined ||
        (typeof v.hoverDelayMs === 'number' && Number.isFinite(v.hoverDelayMs)))
    );
  return false;
}

export async function changeSettings(request: unknown): Promise<Result<MarkSettings>> {
  if (!isChange(request))
    return err('changeSettings needs a {kind: global|site|mute|appearance, ...} change');
  try {
    const next = applyChange(await load(), request);
    await browser.storage.local.set({ [KEY]: next });
    return ok(next);
  } catch (e) {
    return err(`could not save the settings: ${e instanceof Error ? e.message : String(e)}`);
  }
}

export const SETTINGS_STORAGE_KEY = KEY;
