import './global.css';
import { Suspense, useEffect, useRef, useState } from 'react';
import { seedIfEmpty } from '../db/backup';
import { usePlan } from '../db/plans';
import { preloadSchemas } from '../db/schemas';
import { messageOf } from '../domain/errors';
import { useFeedback } from '../state/feedback';
import { isModalOpen, isTextEntry } from '../ui/keyboard';
import { CallDialogHost, LogCallButton } from '../features/networking/LogCall';
import { Announcer, Toaster } from './Feedback';
import { ErrorBoundary } from './ErrorBoundary';
import { hrefFor, useRoute } from './router';
import { NAV, SCREENS } from './screens';
import styles from './Shell.module.css';

export function App() {
  return (
    <ErrorBoundary>
      <Shell />
    </ErrorBoundary>
  );
}

function useUndoShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.shiftKey && !e.altKey && e.key.toLowerCase() === 'z' && !isTextEntry(e.target)) {
        if (isModalOpen()) return;
        e.preventDefault();
        void useFeedback.getState().undoRequested();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function Shell() {
  const route = useRoute();
  const plan = usePlan();
  const [setupError, setSetupError] = useState<string | null>(null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  useUndoShortcut();

  useEffect(() => {
    if (plan !== null) return;
    seedIfEmpty().catch((e: unknown) => setSetupError(messageOf(e)));
  }, [plan]);

  useEffect(() => preloadSchemas(), []);

  // Move focus to the new screen so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }, [route]);

  const Screen = SCREENS[route];
  return (
    <div className={styles.layout}>
      <a className={styles.skip} href="#main" onClick={(e) => { e.preventDefault(); mainRef.current?.focus(); }}>
        Skip to content
      </a>
      <header className={styles.header}>
        <a className={styles.brand} href={hrefFor('overview')}>
          <img src="/favicon.svg" alt="" />
          Pivotboard
        </a>
        <div className={styles.actions}>
          <LogCallButton />
        </div>
      </header>
      <nav className={styles.nav} aria-label="Main">
        <ul>
          {NAV.map((n) => (
            <li key={n.route}>
              <a href={hrefFor(n.route)} aria-current={route === n.route ? 'page' : undefined}>
                {n.label}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        {setupError ? (
          <div role="alert">
            <h1>Pivotboard could not start</h1>
            <p>{setupError}</p>
          </div>
        ) : plan ? (
          <ErrorBoundary key={route}>
            <Suspense fallback={<p className={styles.loading}>Loading…</p>}>
              <Screen plan={plan} />
            </Suspense>
          </ErrorBoundary>
        ) : (
          <p className={styles.loading} role="status">
            {plan === null ? 'Setting up your plan…' : 'Loading…'}
          </p>
        )}
      </main>
      <CallDialogHost />
      <Toaster />
      <Announcer />
    </div>
  );
}
