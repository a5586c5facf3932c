// fake-indexeddb must be installed before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  // The device note (db/deviceMarker) lives in localStorage: without this, a test that empties
  // the database after another used it would meet the "your data was cleared" prompt.
  localStorage.clear();
});
