import { liveQuery, type Subscription } from 'dexie';

export interface SharedLiveQuery<T> {
  /** Start reading now, before any component asks (stopped after `keepAliveMs` if none does). */
  start(): void;
  /** For useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
  /** The latest result; undefined until the first read ends. Throws the read's error. */
  get(): T | undefined;
}

/**
 * One live query shared by every component that shows its result, and startable before any of
 * them mounts: at start-up the read then runs while the screen's code loads, instead of after.
 * It stops soon after the last subscriber leaves (in the next task: a screen that takes over from
 * another keeps the result, with no "Loading…" in between) and drops its result, so a later
 * subscriber reads afresh; a read started with `start()` that nobody claims stops after
 * `keepAliveMs`, and so does a failed one nobody shows (a retry then reads again).
 */
export function sharedLiveQuery<T>(
  querier: () => Promise<T>,
  keepAliveMs = 10_000,
): SharedLiveQuery<T> {
  let state: { value: T | undefined; error: unknown } = { value: undefined, error: undefined };
  let subscription: Subscription | null = null;
  let stopTimer: ReturnType<typeof setTimeout> | undefined;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const run = () => {
    clearTimeout(stopTimer);
    if (subscription) return;
    subscription = liveQuery(querier).subscribe({
      next: (value) => {
        state = { value, error: undefined };
        notify();
      },
      error: (error: unknown) => {
        state = { value: undefined, error: error ?? new Error('Reading the database failed.') };
        notify();
        // Nobody to show it to (a prefetch): forget it, so the first subscriber reads again.
        if (listeners.size === 0) stop();
      },
    });
  };
  const stop = () => {
    clearTimeout(stopTimer);
    if (listeners.size > 0 || !subscription) return;
    subscription.unsubscribe();
    subscription = null;
    state = { value: undefined, error: undefined };
  };
  const stopLater = () => {
    clearTimeout(stopTimer);
    stopTimer = setTimeout(stop, keepAliveMs);
  };

  return {
    start() {
      run();
      if (listeners.size === 0) stopLater();
    },
    subscribe(listener) {
      listeners.add(listener);
      run();
      return () => {
        listeners.delete(listener);
        if (listeners.size > 0) return;
        clearTimeout(stopTimer);
        stopTimer = setTimeout(stop, 0);
      };
    },
    get() {
      if (state.error !== undefined) throw state.error;
      return state.value;
    },
  };
}
