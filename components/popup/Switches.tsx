import { useId, useState } from 'preact/hooks';
import { marksEnabledOn, mutedEntities, type SettingsChange } from '@/lib/settings';
import type { PageSettings, PopupApi } from './api';
import type { Loadable } from './loadable';
import { STRINGS } from './strings';

interface Props {
  api: PopupApi;
  url: string | null;
  /** The page's site; null where there is none (browser pages): no per-site switch then. */
  site: string | null;
  settings: Loadable<PageSettings>;
  onChanged(next: PageSettings): void;
}

/** Marks on or off everywhere, and on this site: the background stores the change and tells the pages. */
export function Switches({ api, url, site, settings, onChanged }: Props) {
  const [busy, setBusy] = useState<'global' | 'site' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const base = `switches-${useId()}`;

  const change = async (which: 'global' | 'site', request: SettingsChange) => {
    if (busy) return;
    setBusy(which);
    setError(null);
    const r = await api.changeSettings(request);
    setBusy(null);
    if (!r.ok) return setError(STRINGS.switchError(r.error));
    const next = r.value;
    onChanged({
      settings: next,
      enabledHere: url !== null && marksEnabledOn(next, url),
      muted: url === null ? [] : [...mutedEntities(next, url)],
    });
  };

  const current = settings.status === 'ready' ? settings.value.settings : null;
  const siteOn = current !== null && site !== null && !current.disabledSites.includes(site);
  return (
    <section class="section switches" aria-labelledby={`${base}-heading`}>
      <h2 class="visually-hidden" id={`${base}-heading`}>
        {STRINGS.switchesLabel}
      </h2>
      {settings.status === 'error' && <p class="error">{STRINGS.settingsError(settings.message)}</p>}
      {current && (
        <>
          <Switch
            label={STRINGS.globalSwitch}
            checked={current.enabled}
            busy={busy === 'global'}
            onToggle={() => void change('global', { kind: 'global', enabled: !current.enabled })}
          />
          {site !== null && (
            <Switch
              label={STRINGS.siteSwitch(site)}
              checked={siteOn}
              busy={busy === 'site'}
              describedBy={current.enabled ? undefined : `${base}-overridden`}
              onToggle={() => void change('site', { kind: 'site', site, enabled: !siteOn })}
            />
          )}
          {site !== null && !current.enabled && (
            <p class="hint" id={`${base}-overridden`}>
              {STRINGS.siteSwitchOverridden}
            </p>
          )}
        </>
      )}
      <div class="status" role="status">
        {error && <p class="error">{error}</p>}
      </div>
    </section>
  );
}

interface SwitchProps {
  label: string;
  checked: boolean;
  busy: boolean;
  describedBy?: string;
  onToggle(): void;
}

function Switch({ label, checked, busy, describedBy, onToggle }: SwitchProps) {
  return (
    <button
      type="button"
      role="switch"
      class="switch"
      aria-checked={checked}
      aria-busy={busy}
      aria-describedby={describedBy}
      onClick={() => !busy && onToggle()}
    >
      <span class="switch-label">{label}</span>
      <span class="track" aria-hidden="true">
        <span class="knob" />
      </span>
    </button>
  );
}
