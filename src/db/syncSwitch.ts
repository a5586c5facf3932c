/**
 * Whether sync is on in this browser, and loading it only then: the sync code (Yjs, the relay
 * connection, sealing) is its own chunk, so the first load is the same with sync off. The note
 * is a localStorage key in the app's namespace (no secret: that is in the sync store), which
 * also tells the other open tabs when sync is turned on or off here.
 */
export const SYNC_FLAG = 'pivotboard:sync';

export function syncIsOnHere(): boolean {
  try {
    return globalThis.localStorage?.getItem(SYNC_FLAG) === 'on';
  } catch {
    return false;
  }
}

export const loadSync = () => import('./sync/app');

/** At start-up: sync runs in every tab where it is on (one of them talks to the relay). */
export function startSyncIfOn(): void {
  if (syncIsOnHere()) void loadSync().then((sync) => sync.startSync());
  if (typeof window === 'undefined') return;
  window.addEventListener('storage', (event) => {
    if (event.key !== SYNC_FLAG) return;
    void loadSync().then((sync) => (syncIsOnHere() ? sync.startSync() : sync.stopSync()));
  });
}
