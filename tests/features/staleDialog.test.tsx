import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { useFeedback } from '../../src/state/feedback';
import { useTimelineFilters } from '../../src/state/timelineFilters';
import { resetDatabase } from '../support/db';
import { openApp, screen, waitFor } from '../support/render';

const CARD = 'Take on industry-flavoured work';
const month = (n: number) => screen.getByRole('region', { name: new RegExp(`^Month ${n} · `) });

async function openCard() {
  const { user } = await openApp('#/timeline', 'Timeline');
  await user.click(await within(month(4)).findByRole('button', { name: CARD }));
  const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
  const row = (await db.milestones.toArray()).find((m) => m.title === CARD);
  if (!row) throw new Error('seed changed');
  return { user, dialog, row };
}

describe('an edit dialog whose milestone changes underneath it', () => {
  beforeEach(async () => {
    await resetDatabase();
    useFeedback.setState({ toast: null, history: [], future: [] });
    useTimelineFilters.getState().cleared();
  });

  it('shows the other tab’s change, says so, and saves only what was typed here', async () => {
    const { user, dialog, row } = await openCard();
    // Another tab renames the card, moves it and marks it done.
    await db.milestones.update(row.id, { title: 'Renamed elsewhere', month: 6, status: 'done' });
    const notice = await within(dialog).findByText(
      /^This milestone was changed while it was open here \(in another tab, on another device, or by an undo\)\.$/,
    );
    expect(notice.closest('[role="status"]')).not.toBeNull();
    expect(within(dialog).getByText(/Title, Month and Status show their new values/)).toBeVisible();
    await waitFor(() =>
      expect(within(dialog).getByRole('textbox', { name: 'Title' })).toHaveValue(
        'Renamed elsewhere',
      ),
    );
    expect(within(dialog).getByRole('combobox', { name: 'Status' })).toHaveValue('done');
    await user.type(within(dialog).getByRole('textbox', { name: /^Notes/ }), 'Ask Sam');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.milestones.get(row.id)).toMatchObject({
      title: 'Renamed elsewhere',
      month: 6,
      status: 'done',
      notes: 'Ask Sam',
    });
  });

  it('asks about a field changed both here and there, and saves the choice', async () => {
    const { user, dialog, row } = await openCard();
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Mine');
    await db.milestones.update(row.id, { title: 'Theirs', notes: 'Their notes' });
    const choice = await within(dialog).findByRole('group', { name: 'Title changed elsewhere' });
    expect(choice).toHaveTextContent('Title: yours is “Mine”; it is now “Theirs”.');
    // Saving before choosing is refused, by the field, and writes nothing.
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        'This milestone was changed in another tab or on another device while you were editing. Choose which to keep, then save again.',
      ),
    ).toBeVisible();
    expect((await db.milestones.get(row.id))?.title).toBe('Theirs');

    await user.click(within(choice).getByRole('button', { name: 'Keep mine' }));
    expect(within(dialog).queryByRole('group', { name: 'Title changed elsewhere' })).toBeNull();
    expect(within(dialog).getByRole('button', { name: 'Save' })).toHaveFocus();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.milestones.get(row.id)).toMatchObject({ title: 'Mine', notes: 'Their notes' });
  });

  it('takes the new value when asked', async () => {
    const { user, dialog, row } = await openCard();
    const notes = within(dialog).getByRole('textbox', { name: /^Notes/ });
    await user.type(notes, 'Mine');
    await db.milestones.update(row.id, { notes: 'Theirs' });
    const choice = await within(dialog).findByRole('group', { name: 'Notes changed elsewhere' });
    await user.click(within(choice).getByRole('button', { name: 'Use the new value' }));
    expect(notes).toHaveValue('Theirs');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.milestones.get(row.id))?.notes).toBe('Theirs');
  });
});
