/** How marks look: a dotted underline (default), a soft tint behind the name, or a plain underline. */
export type MarkStyle = 'underline' | 'tint' | 'solid';
export const MARK_STYLES: readonly MarkStyle[] = ['underline', 'tint', 'solid'];
/** Bounds of the hover delay a reader may choose; Page Previews uses 500 ms. */
export const HOVER_DELAY_MIN_MS = 150;
export const HOVER_DELAY_MAX_MS = 2000;

/** What the reader switched on or off: everywhere, per site, and per entity on a site. */
export interface MarkSettings {
  enabled: boolean;
  markStyle: MarkStyle;
  /** How long the pointer rests on a mark before its card opens. */
  hoverDelayMs: number;
  /** Hostnames where Dossier marks nothing. */
  disabledSites: string[];
  /** Entities the reader asked not to mark, per hostname ("Don't mark this on this site"). */
  mutedOnSite: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: MarkSettings = {
  enabled: true,
  markStyle: 'underline',
  hoverDelayMs: 500,
  disabledSites: [],
  mutedOnSite: {},
};

/** The site a URL belongs to, as the per-site switch keys it ("www.bbc.co.uk"); null for pages with none. */
export function siteOf(url: string): string | null {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== 'http:' && protocol !== 'https:' && protocol !== 'file:') return null;
    return hostname || (protocol === 'file:' ? 'file' : null);
  } catch {
    return null;
  }
}

export function marksEnabledOn(settings: MarkSettings, url: string): boolean {
  const site = siteOf(url);
  return settings.enabled && site !== null && !settings.disabledSites.includes(site);
}

export function mutedEntities(settings: MarkSettings, url: string): ReadonlySet<string> {
  const site = siteOf(url);
  return new Set(site === null ? [] : (settings.mutedOnSite[site] ?? []));
}

export type SettingsChange =
  | { kind: 'global'; enabled: boolean }
  | { kind: 'site'; site: string; enabled: boolean }
  | { kind: 'mute'; site: string; entity: string; muted: boolean }
  | { kind: 'appearance'; markStyle?: MarkStyle; hoverDelayMs?: number };

const clampDelay = (ms: number): number =>
  Math.round(Math.min(HOVER_DELAY_MAX_MS, Math.max(HOVER_DELAY_MIN_MS, ms)));

/** Applies one change; returns a new object (settings are stored whole). */
export function applyChange(settings: MarkSettings, change: SettingsChange): MarkSettings {
  switch (change.kind) {
    case 'global':
      return { ...settings, enabled: change.enabled };
    case 'site': {
      const others = settings.disabledSites.filter((s) => s !== change.site);
      return { ...settings, disabledSites: change.enabled ? others : [...others, change.site] };
    }
    case 'mute': {
      const current = (settings.mutedOnSite[change.site] ?? []).filter((e) => e !== change.entity);
      const next = change.muted ? [...current, change.entity] : current;
      const mutedOnSite = { ...settings.mutedOnSite, [change.site]: next };
      if (next.length === 0) delete mutedOnSite[change.site];
      return { ...settings, mutedOnSite };
    }
    case 'appearance':
      return {
        ...settings,
        markStyle: change.markStyle ?? settings.markStyle,
        hoverDelayMs:
          change.hoverDelayMs === undefined ? settings.hoverDelayMs : clampDelay(change.hoverDelayMs),
      };
  }
}

/** Reads stored settings defensively: anything malformed falls back to the defaults, field by field. */
export function parseSettings(value: unknown): MarkSettings {
  if (typeof value !== 'object' || value === null) return DEFAULT_SETTINGS;
  const v = value as Partial<Record<keyof MarkSettings, unknown>>;
  const strings = (x: unknown): string[] =>
    Array.isArray(x) ? x.filter((s): s is string => typeof s === 'string') : [];
  const muted: Record<string, string[]> = {};
  if (typeof v.mutedOnSite === 'object' && v.mutedOnSite !== null) {
    for (const [site, ids] of Object.entries(v.mutedOnSite)) muted[site] = strings(ids);
  }
  return {
    enabled: typeof v.enabled === 'boolean' ? v.enabled : true,
    markStyle: MARK_STYLES.includes(v.markStyle as MarkStyle) ? (v.markStyle as MarkStyle) : 'underline',
    hoverDelayMs:
      typeof v.hoverDelayMs === 'number' && Number.isFinite(v.hoverDelayMs)
        ? clampDelay(v.hoverDelayMs)
        : DEFAULT_SETTINGS.hoverDelayMs,
    disabledSites: strings(v.disabledSites),
    mutedOnSite: muted,
  };
}
