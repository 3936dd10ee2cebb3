import { useEffect, useRef, useState } from 'preact/hooks';
import { STRINGS } from './strings';

/** How long a toast stays; pointer or keyboard focus on it holds it open. */
export const TOAST_MS = 8000;

export interface ToastMessage {
  /** New for every toast, so that a second delete restarts the timer. */
  id: number;
  text: string;
  tone?: 'info' | 'error';
  action?: { label: string; ariaLabel?: string; run: () => void };
}

let nextId = 1;
export const toastId = (): number => nextId++;

/**
 * The library's notices ("Deleted … Undo"). The live region is always in the page, so that screen readers
 * announce what appears in it; the toast leaves after TOAST_MS unless the reader is pointing at it or has
 * focus in it, and Escape dismisses it.
 */
export function ToastRegion({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss: () => void }) {
  const [held, setHeld] = useState(false);
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!toast || held) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, held, onDismiss]);

  useEffect(() => {
    setHeld(false);
    const el = box.current;
    if (!el) return;
    const hold = () => setHeld(true);
    const release = () => setHeld(el.matches(':hover') || el.contains(document.activeElement));
    const onFocusOut = (e: FocusEvent) =>
      setHeld(el.contains(e.relatedTarget as Node | null) || el.matches(':hover'));
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onDismiss();
    };
    el.addEventListener('mouseenter', hold);
    el.addEventListener('mouseleave', release);
    el.addEventListener('focusin', hold);
    el.addEventListener('focusout', onFocusOut);
    el.addEventListener('keydown', onKey);
    return () => {
      el.removeEventListener('mouseenter', hold);
      el.removeEventListener('mouseleave', release);
      el.removeEventListener('focusin', hold);
      el.removeEventListener('focusout', onFocusOut);
      el.removeEventListener('keydown', onKey);
    };
  }, [toast?.id, onDismiss]);

  return (
    <aside class="toasts" aria-label={STRINGS.notifications}>
      <div role="status" aria-live="polite" aria-atomic="true">
        {toast && (
          <div ref={box} class={`toast${toast.tone === 'error' ? ' toast-error' : ''}`}>
            <span class="toast-text">{toast.text}</span>
            {toast.action && (
              <button
                type="button"
                class="button small primary"
                aria-label={toast.action.ariaLabel}
                onClick={toast.action.run}
              >
                {toast.action.label}
              </button>
            )}
            <button type="button" class="button small quiet" aria-label={STRINGS.dismiss} onClick={onDismiss}>
              ×
            </button>
          </div>
        )}
      </div>
    </aside>
  );
}
