import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { routeFromHash } from './app/router';
import { preloadScreen } from './app/screens';
import { openDatabase } from './db/database';
import { prefetchMilestones } from './db/milestonesLive';
import { prefetchPlan } from './db/plans';
import { prefetchSetting } from './db/settingsLive';
import { startSyncIfOn } from './db/syncSwitch';
import { afterFirstScreen } from './state/firstScreen';
import { registerServiceWorker } from './app/serviceWorker';

// Start-up work that needs no React: the database opens, the screen in the address loads and
// its main rows are read while React renders the shell (StorageGate then waits for the same
// opening; a failure shows there). Started from effects, they began 50-90 ms later (npm run
// bench, figure 2).
openDatabase().catch(() => undefined);
const route = routeFromHash(window.location.hash);
preloadScreen(route);
prefetchPlan();
// The Timeline's cards are read while its code loads and the plan is read.
if (route === 'timeline' || route === 'overview' || route === 'exit') prefetchMilestones();
// Which view the Timeline opens in (the year or the board).
if (route === 'timeline') prefetchSetting('timelineView');
// The networking log's newest rows (its module comes with the screen's code otherwise).
if (route === 'networking') void import('./db/callsLive').then((m) => m.prefetchRecentCalls());
// Not needed by the first screen: the forms' focus helper, the service worker's registration
// (its download of every file would compete with a first visit's own requests) and sync, which
// loads only where it is on (db/syncSwitch.ts): asking localStorage whether it is holds the page
// up while the browser loads it, 1-80 ms on this machine.
afterFirstScreen(() => {
  void import('./ui/focusFirstError').then((m) => m.focusFirstErrorOnSubmit());
  registerServiceWorker();
  startSyncIfOn();
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
