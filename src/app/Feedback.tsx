import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useFeedback } from '../state/feedback';
import styles from './Feedback.module.css';

const TOAST_MS = 7000;

/** The short-lived message after an action, with Undo (or Redo after an undo). It waits while hovered or focused. */
export function Toaster() {
  const toast = useFeedback((s) => s.toast);
  const dismiss = useFeedback((s) => s.toastDismissed);
  const undo = useFeedback((s) => s.undoRequested);
  const redo = useFeedback((s) => s.redoRequested);
  const [paused, setPaused] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  // Undo or Redo pressed in the toast: the next toast replaces its button, so focus goes on to the
  // new one (Redo after Undo) rather than falling to the page's top.
  const refocus = useRef(false);

  useEffect(() => {
    if (!refocus.current || !toast) return;
    refocus.current = false;
    ref.current?.querySelector<HTMLButtonElement>('[data-toast] button')?.focus();
  }, [toast]);

  useEffect(() => {
    if (!toast || paused) return;
    const id = setTimeout(dismiss, toast.tone === 'error' ? TOAST_MS * 2 : TOAST_MS);
    return () => clearTimeout(id);
  }, [toast, paused, dismiss]);

  const body = toast ? (
    <div
      className={`${styles.toast} ${toast.tone === 'error' ? styles.error : ''}`}
      key={toast.id}
      data-toast=""
    >
      <span className={styles.message}>{toast.message}</span>
      {toast.action ? (
        <button
          type="button"
          className={styles.undo}
          onClick={() => {
            refocus.current = true;
            void (toast.action === 'redo' ? redo() : undo());
          }}
        >
          {toast.action === 'redo' ? 'Redo' : 'Undo'}
        </button>
      ) : null}
      <button
        type="button"
        className={styles.dismiss}
        aria-label="Dismiss message"
        onClick={dismiss}
      >
        ×
      </button>
    </div>
  ) : null;

  // At the end of the page, outside the app: a dialog makes the app inert, and an inert toast
  // let taps through to the dialog's buttons under it (see Dialog's `data-stays-live`).
  return createPortal(
    <div className={styles.region} data-stays-live="">
      <div
        ref={ref}
        onMouseEnter={() => setPaused(true)}
        onMouseLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={(e) => {
          if (!ref.current?.contains(e.relatedTarget as Node | null)) setPaused(false);
        }}
        className={styles.stack}
      >
        <div
          role={toast?.tone === 'error' ? 'alert' : 'status'}
          aria-live={toast?.tone === 'error' ? 'assertive' : 'polite'}
          className={styles.stack}
        >
          {toast && !toast.quiet ? body : null}
        </div>
        {/* Already said by the board's announcer: shown with its Undo, not read out twice. */}
        {toast?.quiet ? body : null}
      </div>
    </div>,
    document.body,
  );
}

/** The screen-reader voice of drag and drop and other moves. */
export function Announcer() {
  const announcement = useFeedback((s) => s.announcement);
  // Outside the app, like the toast, so it is still heard while a dialog makes the app inert.
  return createPortal(
    <div
      role="log"
      aria-live="assertive"
      aria-relevant="additions text"
      className="visually-hidden"
      data-testid="announcer"
      data-stays-live=""
    >
      <p key={announcement.id}>{announcement.text}</p>
    </div>,
    document.body,
  );
}
