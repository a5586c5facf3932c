import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../src/app/App';

/** Render the whole app at a route, as a user opening it, and wait for the screen's heading. */
export async function openApp(route: string, heading: string | RegExp) {
  window.location.hash = route;
  const user = userEvent.setup();
  const view = render(<App />);
  await screen.findByRole('heading', { level: 1, name: heading }, { timeout: 5000 });
  return { user, ...view };
}

export { screen, waitFor };
