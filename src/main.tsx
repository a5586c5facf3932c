import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { installBenchHooks } from './db/benchHooks';

// Bench builds only (tests/bench): production builds turn this into `if (false)` and drop it.
if (import.meta.env.MODE === 'bench') installBenchHooks();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
