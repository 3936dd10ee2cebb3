import { useEffect, useId, useState } from 'preact/hooks';
import {
  HOVER_DELAY_MAX_MS,
  HOVER_DELAY_MIN_MS,
  type MarkSettings,
  type SettingsChange,
} from '@/lib/settings';
import type { LibraryApi } from './api';
import { ImportExport } from './ImportExport';
import { useLoad, useTitle } from './load';
import { MarkStylePicker } from './MarkStylePicker';
import { loadNames } from './names';
import { STRINGS } from './strings';

/** Steps of the hover-delay slider: fine enough to feel, coarse enough for arrow keys. */
const DELAY_STEP_MS = 50;

type Status = { text: string; tone: 'ok' | 'error' } | null;

/** The reader's switches (marks, their look, the hover delay, sites and names turned off) and the store's files. */
export function SettingsView({ api, onStoreChanged }: { api: LibraryApi; onStoreChanged: () => void }) {
  useTitle(STRINGS.settingsTitle);
  const [loaded, setLoaded] = useLoad<MarkSettings>(() => api.markSettings(), [api]);
  const [status, setStatus] = useState<Status>(null);
  const [delay, setDelay] = useState<number | null>(null);
  const ids = {
    marks: useId(),
    sites: useId(),
    muted: useId(),
    delay: useId(),
    delayHint: useId(),
    global: useId(),
  };

  const settings = loaded.status === 'ready' ? loaded.value : null;
  useEffect(() => {
    if (settings) setDelay(settings.hoverDelayMs);
  }, [settings?.hoverDelayMs]);

  const change = async (c: SettingsChange) => {
    const r = await api.changeSettings(c);
    if (!r.ok) return setStatus({ text: STRINGS.settingsSaveError(r.error), tone: 'error' });
    setLoaded(r.value);
    setStatus({ text: STRINGS.settingsSaved, tone: 'ok' });
  };

  return (
    <>
      <div class="view-head">
        <h1 tabIndex={-1}>{STRINGS.settingsTitle}</h1>
      </div>
      <div class="settings">
        {loaded.status === 'loading' && <p class="muted">{STRINGS.loading}</p>}
        {loaded.status === 'error' && <p class="notice error">{STRINGS.settingsError(loaded.message)}</p>}
        {settings && (
          <>
            <section class="panel" aria-labelledby={ids.marks}>
              <h2 id={ids.marks}>{STRINGS.marksHeading}</h2>
              <div class="setting">
                <label class="check" for={ids.global}>
                  <input
                    id={ids.global}
                    type="checkbox"
                    checked={settings.enabled}
                    onChange={(e) => change({ kind: 'global', enabled: e.currentTarget.checked })}
                  />
                  <span>{STRINGS.globalSwitch}</span>
                </label>
                {!settings.enabled && <p class="hint">{STRINGS.globalOffHint}</p>}
              </div>
              <MarkStylePicker
                value={settings.markStyle}
                onChange={(markStyle) => change({ kind: 'appearance', markStyle })}
              />
              <div class="setting field">
                <label for={ids.delay}>{STRINGS.hoverDelay}</label>
                <div class="range-row">
                  <input
                    id={ids.delay}
                    type="range"
                    min={HOVER_DELAY_MIN_MS}
                    max={HOVER_DELAY_MAX_MS}
                    step={DELAY_STEP_MS}
                    value={delay ?? settings.hoverDelayMs}
                    aria-describedby={ids.delayHint}
                    aria-valuetext={STRINGS.hoverDelayValue(delay ?? settings.hoverDelayMs)}
                    onInput={(e) => setDelay(Number(e.currentTarget.value))}
                    // Saved when the reader lets go (or per arrow key), not on every pixel of a drag.
                    onChange={(e) =>
                      change({ kind: 'appearance', hoverDelayMs: Number(e.currentTarget.value) })
                    }
                  />
                  <output for={ids.delay}>{STRINGS.hoverDelayValue(delay ?? settings.hoverDelayMs)}</output>
                </div>
                <span id={ids.delayHint} class="hint">
                  {STRINGS.hoverDelayHint}
                </span>
              </div>
              <p class={`status${status?.tone === 'error' ? ' error' : ' ok'}`} role="status">
                {status?.text}
              </p>
            </section>
            <section class="panel" aria-labelledby={ids.sites}>
              <h2 id={ids.sites}>{STRINGS.sitesHeading}</h2>
              {settings.disabledSites.length === 0 ? (
                <p class="muted">{STRINGS.sitesNone}</p>
              ) : (
                <ul class="site-list">
                  {[...settings.disabledSites].sort().map((site) => (
                    <li key={site}>
                      <span>{site}</span>
                      <button
                        type="button"
                        class="button small"
                        aria-label={STRINGS.turnBackOnLabel(site)}
                        onClick={() => change({ kind: 'site', site, enabled: true })}
                      >
                        {STRINGS.turnBackOn}
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </section>
            <MutedNames api={api} settings={settings} headingId={ids.muted} onChange={change} />
          </>
        )}
        <ImportExport api={api} onImported={onStoreChanged} />
      </div>
    </>
  );
}

function MutedNames({
  api,
  settings,
  headingId,
  onChange,
}: {
  api: LibraryApi;
  settings: MarkSettings;
  headingId: string;
  onChange: (c: SettingsChange) => void;
}) {
  const sites = Object.entries(settings.mutedOnSite)
    .filter(([, ids]) => ids.length > 0)
    .sort(([a], [b]) => a.localeCompare(b));
  const idsKey = sites.flatMap(([, ids]) => ids).join('\n');
  const [names, setNames] = useState<Record<string, string>>({});
  useEffect(() => {
    if (!idsKey) return;
    let live = true;
    void loadNames(api, idsKey.split('\n')).then((n) => live && setNames(n));
    return () => {
      live = false;
    };
  }, [api, idsKey]);
  return (
    <section class="panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{STRINGS.mutedHeading}</h2>
      {sites.length === 0 ? (
        <p class="muted">{STRINGS.mutedNone}</p>
      ) : (
        sites.map(([site, ids]) => (
          <div key={site} class="muted-site">
            <h3>{STRINGS.mutedOn(site)}</h3>
            <ul class="site-list">
              {ids.map((entity) => {
                const name = names[entity] ?? entity;
                return (
                  <li key={entity}>
                    <span>{name}</span>
                    <button
                      type="button"
                      class="button small"
                      aria-label={STRINGS.markAgainLabel(name, site)}
                      onClick={() => onChange({ kind: 'mute', site, entity, muted: false })}
                    >
                      {STRINGS.markAgain}
                    </button>
                  </li>
                );
              })}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
