import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { siteOf } from '@/lib/settings';
import type { PageSettings, PageSummary, PopupApi, PopupTab } from './api';
import { ClipPanel } from './ClipPanel';
import { filedUrlOf } from './filed-url';
import { fromResult, LOADING, type Loadable, loaded, ready } from './loadable';
import { OnThisPage } from './OnThisPage';
import { SearchBox } from './SearchBox';
import { Switches } from './Switches';
import { STRINGS } from './strings';
import './popup.css';

/** After marks are switched back on, the content script needs a moment to read the page and report again. */
const REREAD_AFTER_MS = 1200;

/**
 * The toolbar popup. "On this page" is asked for first and renders as soon as the tab's report and the
 * entities' names arrive; search, clip state and switches load beside it and never hold it up.
 */
export function PopupApp({ api }: { api: PopupApi }) {
  // The tab, its report, its entities' names and counts: one answer.
  const [summary, setSummary] = useState<Loadable<PageSummary>>(LOADING);
  const [settings, setSettings] = useState<Loadable<PageSettings>>(LOADING);
  // Null until known. Counting a big archive is slow and would hold up the counts the list waits for, so
  // it is asked only after the first paint, and only when no count on the page already proved it non-empty.
  const [storeEmpty, setStoreEmpty] = useState<boolean | null>(null);
  const [painted, setPainted] = useState<{ anyClipped: boolean } | null>(null);
  // Bumped when marks come back on (read the report again) and when a clip changes the store (recount).
  const [reportRound, setReportRound] = useState(0);
  const [storeRound, setStoreRound] = useState(0);

  // A layout effect: a plain one would ask a frame later (Preact runs effects after the next paint).
  useLayoutEffect(() => {
    let live = true;
    const load = () => api.pageSummary().then((r) => live && setSummary(fromResult(r)));
    const timer = reportRound === 0 ? void load() : setTimeout(load, REREAD_AFTER_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [api, reportRound]);
  const tab: Loadable<PopupTab | null> = summary.status === 'ready' ? ready(summary.value.tab) : summary;

  useEffect(() => {
    if (!painted) return;
    if (painted.anyClipped) return setStoreEmpty(false);
    let live = true;
    void api
      .storeTotal()
      .then((r) => live && r.ok && setStoreEmpty((was) => (was === false ? false : r.value === 0)));
    return () => {
      live = false;
    };
  }, [api, painted]);

  // The tab's URL when the browser tells us; otherwise the one the content script reported.
  const url = loaded(tab)?.url ?? loaded(summary)?.report?.url ?? null;
  const pageKnown = summary.status !== 'loading';
  const settingsUrl = url ?? (pageKnown ? '' : null);
  useEffect(() => {
    if (settingsUrl === null) return;
    let live = true;
    void api.markSettings(settingsUrl).then((r) => live && setSettings(fromResult(r)));
    return () => {
      live = false;
    };
  }, [api, settingsUrl]);

  const onSettingsChanged = (next: PageSettings) => {
    // Marks back on here: the content script starts again and reports what the page names.
    if (loaded(settings)?.enabledHere === false && next.enabledHere) setReportRound((n) => n + 1);
    setSettings(ready(next));
  };
  const onStoreChanged = useCallback(() => {
    setStoreEmpty(false);
    setStoreRound((n) => n + 1);
  }, []);
  const onFirstPaint = useCallback((anyClipped: boolean) => setPainted({ anyClipped }), []);

  const site = url === null ? null : siteOf(url);
  const tabValue = loaded(tab);
  const canClip = tabValue != null && site !== null;

  return (
    <main class="popup">
      <header class="top">
        <h1 class="title">{STRINGS.title}</h1>
        <button type="button" class="link" onClick={() => void api.openLibrary()}>
          {STRINGS.openLibrary}
        </button>
      </header>
      {/* Always there, even for an empty archive: hiding it once the archive is counted would move the page. */}
      <SearchBox api={api} />
      {canClip && tabValue && url !== null && (
        <ClipPanel
          api={api}
          tabId={tabValue.id}
          url={url}
          filedUrl={filedUrlOf(url, loaded(summary)?.report ?? null)}
          storeEmpty={storeEmpty === true}
          onStored={onStoreChanged}
        />
      )}
      {!canClip && storeEmpty === true && pageKnown && (
        <div class="section">
          <p class="teach first-run">{STRINGS.firstRunElsewhere}</p>
        </div>
      )}
      <OnThisPage
        api={api}
        summary={summary}
        settings={settings}
        site={site}
        storeRound={storeRound}
        onFirstPaint={onFirstPaint}
      />
      <Switches api={api} url={url} site={site} settings={settings} onChanged={onSettingsChanged} />
    </main>
  );
}
