/**
 * The `Log a call` button in the app's header, its keyboard shortcut, and the host that shows the
 * call dialog on any screen. This file is on the first-load path: the dialog itself loads lazily,
 * on first use (or while the browser is idle).
 */
import { lazy, Suspense, useLayoutEffect } from 'react';
import { useCallDialog } from '../../state/callDialog';
import { buttonClass } from '../../ui/Button';
import { isApplePlatform, isModalOpen, isTextEntry } from '../../ui/keyboard';
import styles from './LogCall.module.css';

const loadDialog = () => import('./CallDialog');
const CallDialog = lazy(() => loadDialog().then((m) => ({ default: m.CallDialog })));

/** Alt+Shift+L (Option+Shift+L on a Mac): a chord, so it never fires while typing a name or a note. */
export const LOG_CALL_SHORTCUT = 'Alt+Shift+L';

export function isLogCallShortcut(e: KeyboardEvent): boolean {
  return (
    e.altKey &&
    e.shiftKey &&
    !e.ctrlKey &&
    !e.metaKey &&
    (e.code === 'KeyL' || e.key.toLowerCase() === 'l')
  );
}

export function LogCallButton() {
  const opened = useCallDialog((s) => s.opened);

  // Before paint: the shortcut works from the moment the button shows.
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!isLogCallShortcut(e) || e.repeat || isTextEntry(e.target) || isModalOpen()) return;
      e.preventDefault();
      opened({ mode: 'log' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [opened]);

  const shortcut = isApplePlatform() ? '⌥⇧L' : LOG_CALL_SHORTCUT;
  return (
    <button
      type="button"
      className={buttonClass('primary', 'normal', styles.button)}
      title={`Log a call (${shortcut})`}
      aria-keyshortcuts={LOG_CALL_SHORTCUT}
      onClick={() => opened({ mode: 'log' })}
      onPointerEnter={() => void loadDialog()}
      onFocus={() => void loadDialog()}
    >
      <span aria-hidden="true" className={styles.plus}>
        +
      </span>
      Log a call
    </button>
  );
}

export function CallDialogHost() {
  const request = useCallDialog((s) => s.request);
  const openings = useCallDialog((s) => s.openings);
  const closed = useCallDialog((s) => s.closed);
  if (!request) return null;
  return (
    <Suspense fallback={null}>
      <CallDialog key={openings} request={request} onClose={closed} />
    </Suspense>
  );
}
