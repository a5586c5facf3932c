// fake-indexeddb must be installed before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens read through live queries: on a busy machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // The device note (db/deviceMarker) lives in localStorage: without this, a test that empties
  // the database after another used it would meet the "your data was cleared" prompt.
  localStorage.clear();
});
