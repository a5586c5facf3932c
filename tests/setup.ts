// fake-indexeddb must be installed before anything imports Dexie.
import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens read through live queries: on a busy machine the first render can take over a second.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
});
