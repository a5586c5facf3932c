import './global.css';
import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import { openDatabase } from '../db/database';
import { markUsed, readMarker } from '../db/deviceMarker';
import { usePlan } from '../db/plans';
import { preloadSchemas } from '../db/schemas';
import { useSetting } from '../db/settings';
import { toUserError } from '../db/write';
import { messageOf } from '../domain/errors';
import { useAskBeforeLeaving } from '../state/drafts';
import { useFeedback } from '../state/feedback';
import { afterFirstScreen, firstScreenShown } from '../state/firstScreen';
import { historyKey, isModalOpen, isTextEntry } from '../ui/keyboard';
import { CallDialogHost, LogCallButton } from '../features/networking/LogCall';
import { SyncOnly } from './SyncOnly';
import { Announcer, Toaster } from './Feedback';
import { ErrorBoundary } from './ErrorBoundary';
import { NeutralScreen, useQuickHide, useTabIdentity } from './QuickHide';
import { StorageProblem } from './StorageProblem';

// Rare (the browser cleared the data), so it loads only when needed.
const RestorePrompt = lazy(() =>
  import('./RestorePrompt').then((m) => ({ default: m.RestorePrompt })),
);
// Rare too (another tab upgraded the database, an update is ready, the backup reminder): shown
// once the first screen has (state/firstScreen.ts).
const AppBanners = lazy(() => import('./AppBanners').then((m) => ({ default: m.AppBanners })));
import { hrefFor, useRoute } from './router';
import { MainNav } from './MainNav';
import { SCREENS } from './screens';
import styles from './Shell.module.css';

const FIRST_SCREEN_FALLBACK_MS = 3000;

export function App() {
  return (
    <ErrorBoundary>
      <StorageGate>
        <Shell />
      </StorageGate>
    </ErrorBoundary>
  );
}

/** Open the database first: if this browser cannot store anything, say so plainly. */
function StorageGate({ children }: { children: React.ReactNode }) {
  const [state, setState] = useState<{ ready: boolean; problem: string | null }>({
    ready: false,
    problem: null,
  });
  useEffect(() => {
    // Started in main.tsx already, with the screen's code: this waits for the same opening.
    openDatabase().then(
      () => setState({ ready: true, problem: null }),
      (e: unknown) => setState({ ready: false, problem: toUserError(e).message }),
    );
  }, []);
  if (state.problem) return <StorageProblem message={state.problem} />;
  return state.ready ? children : null;
}

/** Undo and redo from the keyboard, except while typing (a field's own undo) or in a dialog. */
function useUndoShortcut() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const asked = historyKey(e);
      if (!asked || isTextEntry(e.target) || isModalOpen()) return;
      e.preventDefault();
      const feedback = useFeedback.getState();
      void (asked === 'undo' ? feedback.undoRequested() : feedback.redoRequested());
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}

function Shell() {
  const route = useRoute();
  const plan = usePlan();
  const [setupError, setSetupError] = useState<string | null>(null);
  // Used here before, yet the database is empty: the browser probably cleared it (see RestorePrompt).
  // Asked only then: the page's first use of localStorage holds it up for 10-25 ms while the
  // browser loads it (npm run bench, budget 2).
  const [choseFresh, setChoseFresh] = useState(false);
  const startFresh = choseFresh || (plan === null && readMarker() === null);
  const mainRef = useRef<HTMLElement>(null);
  const firstRoute = useRef(true);
  const quickHide = useQuickHide();
  const neutralTitle = useSetting('neutralTitle');
  useTabIdentity(quickHide.hidden || neutralTitle === true);
  useUndoShortcut();
  useSayDeleted();
  // Text typed on any screen and not saved yet: a reload or closing the tab asks first.
  useAskBeforeLeaving();

  useEffect(() => {
    if (plan !== null || !startFresh) return;
    // The default plan loads only for a first run.
    import('../db/seed')
      .then((m) => m.seedIfEmpty())
      .catch((e: unknown) => setSetupError(messageOf(e)));
  }, [plan, startFresh]);

  const hasPlan = Boolean(plan);
  const [bannersShown, setBannersShown] = useState(false);
  useEffect(() => afterFirstScreen(() => setBannersShown(true)), []);
  useEffect(() => {
    if (!hasPlan) return;
    // Screens other than the Timeline do not say when they have shown.
    const timer = setTimeout(firstScreenShown, FIRST_SCREEN_FALLBACK_MS);
    return () => clearTimeout(timer);
  }, [hasPlan]);

  useEffect(() => {
    // Noted in localStorage, once the first screen has shown (see above).
    if (hasPlan) return afterFirstScreen(() => markUsed());
  }, [hasPlan]);

  useEffect(() => preloadSchemas(), []);

  // Move focus to the new screen so keyboard and screen-reader users land on it.
  useEffect(() => {
    if (firstRoute.current) {
      firstRoute.current = false;
      return;
    }
    mainRef.current?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
    // What the last screen's board said ("Moved … press Control+Z") is not about this one.
    useFeedback.getState().announced('');
  }, [route]);

  const Screen = SCREENS[route];
  return (
    <div className={styles.layout}>
      <a
        className={styles.skip}
        href="#main"
        onClick={(e) => {
          e.preventDefault();
          mainRef.current?.focus();
        }}
      >
        Skip to content
      </a>
      <header className={styles.header}>
        <a className={styles.brand} href={hrefFor('overview')}>
          <img src="/favicon.svg" alt="" />
          Pivotboard
        </a>
        <div className={styles.actions}>
          <SyncOnly part="indicator" />
          <LogCallButton />
          <button
            type="button"
            className={styles.hide}
            aria-label="Hide screen"
            title="Hide screen (or press Shift three times)"
            onClick={quickHide.toggle}
          >
            Hide
          </button>
        </div>
      </header>
      <MainNav route={route} />
      <main id="main" ref={mainRef} tabIndex={-1} className={styles.main}>
        {bannersShown ? (
          <Suspense fallback={null}>
            <AppBanners
              showBackupNudge={hasPlan && route !== 'settings'}
              planStart={plan?.startMonth}
              onSettings={route === 'settings'}
            />
          </Suspense>
        ) : null}
        {setupError ? (
          <div role="alert">
            <h1>Pivotboard could not start</h1>
            <p>{setupError}</p>
          </div>
        ) : plan ? (
          <ErrorBoundary key={route} inMain>
            <Suspense fallback={<p className={styles.loading}>Loading…</p>}>
              <Screen plan={plan} />
            </Suspense>
          </ErrorBoundary>
        ) : plan === null && !startFresh ? (
          <Suspense fallback={<p className={styles.loading}>Loading…</p>}>
            <RestorePrompt onStartFresh={() => setChoseFresh(true)} />
          </Suspense>
        ) : (
          <p className={styles.loading} role="status">
            {plan === null ? 'Setting up your plan…' : 'Loading…'}
          </p>
        )}
      </main>
      <CallDialogHost />
      <Toaster />
      <Announcer />
      {quickHide.hidden ? <NeutralScreen onBack={quickHide.toggle} /> : null}
    </div>
  );
}

/**
 * After Delete everything (Settings, DeleteEverything.tsx) the page starts over at "#/?deleted":
 * say once that it worked, since the fresh Overview alone does not tell a screen-reader user.
 */
function useSayDeleted(): void {
  useEffect(() => {
    if (window.location.hash !== '#/?deleted') return;
    window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}#/`);
    useFeedback
      .getState()
      .told('Everything Pivotboard kept in this browser is deleted. You are starting afresh.');
  }, []);
}
