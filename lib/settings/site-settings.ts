/** What the reader switched on or off: everywhere, per site, and per entity on a site. */
export interface MarkSettings {
  enabled: boolean;
  /** Hostnames where Dossier marks nothing. */
  disabledSites: string[];
  /** Entities the reader asked not to mark, per hostname ("Don't mark this on this site"). */
  mutedOnSite: Record<string, string[]>;
}

export const DEFAULT_SETTINGS: MarkSettings = { enabled: true, disabledSites: [], mutedOnSite: {} };

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
  | { kind: 'mute'; site: string; entity: string; muted: boolean };

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
    disabledSites: strings(v.disabledSites),
    mutedOnSite: muted,
  };
}
