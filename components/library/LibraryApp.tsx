import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Clip } from '@/lib/store';
import type { LibraryApi } from './api';
import { BriefingView } from './BriefingView';
import { BrowseView } from './BrowseView';
import { ClipView } from './ClipView';
import { MissingView } from './MissingView';
import {
  browseHref,
  clipHref,
  parseRoute,
  type Route,
  SETTINGS_HREF,
  sectionOf,
  WATCHLIST_HREF,
} from './routes';
import { SettingsView } from './SettingsView';
import { STRINGS } from './strings';
import { type ToastMessage, ToastRegion, toastId } from './Toast';
import { WatchlistView } from './WatchlistView';

/** Moves to another route; `replace` keeps the history entry (filters typed into the browse view). */
export type Navigate = (href: string, options?: { replace?: boolean }) => void;
export type Notify = (toast: Omit<ToastMessage, 'id'>) => void;

/** The view a route shows, as a key: a new key scrolls to the top and moves focus to its heading. */
const viewKey = (route: Route): string =>
  route.view === 'clip' || route.view === 'entity' ? `${route.view}:${route.id}` : route.view;

function focusHeading(main: HTMLElement | null): void {
  const heading = main?.querySelector<HTMLElement>('h1');
  heading?.focus({ preventScroll: true });
}

/**
 * The library page: a hash router over the views, the navigation, and the toasts that outlive a view
 * (deleting an article moves to the archive and offers undo there).
 */
export function LibraryApp({ api }: { api: LibraryApi }) {
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [toast, setToast] = useState<ToastMessage | null>(null);
  // Bumped when the archive changes under a view (undo, import), so that lists read it again.
  const [revision, setRevision] = useState(0);
  const main = useRef<HTMLElement>(null);
  const shownKey = useRef(viewKey(route));

  useEffect(() => {
    const onHash = () => setRoute(parseRoute(location.hash));
    addEventListener('hashchange', onHash);
    return () => removeEventListener('hashchange', onHash);
  }, []);

  useEffect(() => {
    const key = viewKey(route);
    if (key === shownKey.current) return;
    shownKey.current = key;
    scrollTo(0, 0);
    focusHeading(main.current);
  }, [route]);

  const navigate: Navigate = useCallback((href, options) => {
    if (options?.replace) {
      history.replaceState(history.state, '', href);
      setRoute(parseRoute(href));
    } else if (location.hash !== href) location.hash = href;
  }, []);

  const notify: Notify = useCallback((message) => setToast({ ...message, id: toastId() }), []);
  const dismiss = useCallback(() => setToast(null), []);
  const storeChanged = useCallback(() => setRevision((n) => n + 1), []);

  const onDeleted = useCallback(
    (clip: Clip) => {
      navigate(browseHref());
      storeChanged();
      const title = clip.title || clip.url;
      notify({
        text: STRINGS.deleted(title),
        action: {
          label: STRINGS.undo,
          ariaLabel: STRINGS.undoLabel(title),
          run: async () => {
            setToast(null);
            const r = await api.restoreClip(clip);
            storeChanged();
            if (!r.ok) return notify({ text: STRINGS.restoreError(r.error), tone: 'error' });
            const id = r.value.id;
            notify({
              text: STRINGS.restored(title),
              action: { label: STRINGS.openRestored, run: () => navigate(clipHref(id)) },
            });
          },
        },
      });
    },
    [api, navigate, notify, storeChanged],
  );

  const section = sectionOf(route);
  const navLink = (href: string, name: typeof section, label: string) => (
    <li>
      <a href={href} aria-current={section === name ? 'page' : undefined}>
        {label}
      </a>
    </li>
  );

  return (
    <>
      <button type="button" class="skip-link" onClick={() => focusHeading(main.current)}>
        {STRINGS.skipToContent}
      </button>
      <header class="topbar">
        <div class="topbar-inner">
          <a class="brand" href={browseHref()}>
            {STRINGS.appName} <span class="brand-section">{STRINGS.appSection}</span>
          </a>
          <nav aria-label={STRINGS.navLabel}>
            <ul class="nav-list">
              {navLink(browseHref(), 'browse', STRINGS.navBrowse)}
              {navLink(WATCHLIST_HREF, 'watchlist', STRINGS.navWatchlist)}
              {navLink(SETTINGS_HREF, 'settings', STRINGS.navSettings)}
            </ul>
          </nav>
        </div>
      </header>
      <main ref={main}>
        {route.view === 'browse' && (
          <BrowseView api={api} query={route.query} navigate={navigate} revision={revision} />
        )}
        {route.view === 'clip' && <ClipView key={route.id} api={api} id={route.id} onDeleted={onDeleted} />}
        {route.view === 'entity' && (
          <BriefingView key={route.id} api={api} id={route.id} revision={revision} />
        )}
        {route.view === 'watchlist' && <WatchlistView api={api} notify={notify} />}
        {route.view === 'settings' && <SettingsView api={api} onStoreChanged={storeChanged} />}
        {route.view === 'missing' && <MissingView path={route.path} />}
      </main>
      <ToastRegion toast={toast} onDismiss={dismiss} />
    </>
  );
}
