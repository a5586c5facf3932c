import { act } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { setSetting } from '../../src/db/settings';
import { useFeedback } from '../../src/state/feedback';
import { resetDatabase } from '../support/db';
import { openApp, screen, waitFor } from '../support/render';

/** As a click on a link does: the hash changes, and the browser tells the app. */
async function goTo(hash: string) {
  await act(async () => {
    window.location.hash = hash;
    window.dispatchEvent(new HashChangeEvent('hashchange'));
  });
}

describe('the tab title', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    await resetDatabase();
    useFeedback.setState({ toast: null, history: [] });
  });

  it('names the screen, and stays neutral while the screen is hidden or the user chose a neutral title', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await waitFor(() => expect(document.title).toBe('Timeline · Pivotboard'));
    await goTo('#/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.title).toBe('Settings · Pivotboard');

    // Quick hide: the neutral title wins, even when the screen underneath changes.
    await user.keyboard('{Shift}{Shift}{Shift}');
    await screen.findByRole('heading', { level: 1, name: 'Notes' });
    expect(document.title).toBe('Notes');
    await goTo('#/exit');
    expect(document.title).toBe('Notes');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(document.title).toBe('Exit plan · Pivotboard'));

    // "Neutral tab title" in Settings: on every screen.
    await act(async () => {
      await setSetting('neutralTitle', true);
    });
    await waitFor(() => expect(document.title).toBe('Notes'));
    await goTo('#/opportunities');
    await screen.findByRole('heading', { level: 1, name: 'Opportunities' });
    expect(document.title).toBe('Notes');
    await act(async () => {
      await setSetting('neutralTitle', false);
    });
    await waitFor(() => expect(document.title).toBe('Opportunities · Pivotboard'));
  });
});
