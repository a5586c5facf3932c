// fake-indexeddb must be installed before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

/**
 * Every zustand store in src/state/ (anything exported with `getInitialState`). The files of a
 * project without isolation share one module graph (vite.config.ts), so each test ends by putting
 * every store back as it started: a toast, an undo history or a filter never leaks into the next.
 */
const STORES = Object.values(
  import.meta.glob<Record<string, unknown>>('../src/state/*.ts', { eager: true }),
)
  .flatMap((mod) => Object.values(mod))
  .filter(
    (x): x is { setState: (s: unknown, replace: true) => void; getInitialState: () => unknown } =>
      typeof x === 'function' && 'getInitialState' in x && 'setState' in x,
  );

// Screens read through live queries: on a busy machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // The device note (db/deviceMarker) lives in localStorage: without this, a test that empties
  // the database after another used it would meet the "your data was cleared" prompt.
  localStorage.clear();
  for (const store of STORES) store.setState(store.getInitialState(), true);
  // A test that failed before putting these back leaves the next one real time and globals.
  vi.useRealTimers();
  vi.unstubAllGlobals();
});
