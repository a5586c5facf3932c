import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { useFeedback } from '../../src/state/feedback';
import { useTimelineFilters } from '../../src/state/timelineFilters';
import { resetDatabase } from '../support/db';
import { openApp, screen, waitFor } from '../support/render';

const month = (n: number) => screen.getByRole('region', { name: new RegExp(`^Month ${n} · `) });
const announcer = () => screen.getByTestId('announcer');

describe('timeline board', () => {
  beforeEach(async () => {
    await resetDatabase();
    useFeedback.setState({ toast: null, history: [] });
    useTimelineFilters.getState().cleared();
  });

  it('shows the default plan: twelve months, current one marked, template cards', async () => {
    await openApp('#/timeline', 'Timeline');
    expect(
      await screen.findByRole('region', { name: /^Month 1 · .* \(this month\)$/ }),
    ).toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^Month \d+ · / })).toHaveLength(12);
    // LinkedIn and the first calls in Month 1 (the default plan, version 2).
    expect(
      within(month(1)).getByRole('button', { name: 'Start networking calls' }),
    ).toBeInTheDocument();
    expect(
      within(month(1)).getByRole('button', { name: 'Rewrite your LinkedIn and CV for industry' }),
    ).toBeInTheDocument();
    expect(
      within(month(10)).getByRole('button', { name: 'Move Give notice at your clinical job' }),
    ).toBeInTheDocument();
  });

  it('adds a milestone to a month, refusing an empty title first', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Add milestone to Month 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add milestone' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Title can’t be empty.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText('Title')).toHaveAttribute('aria-invalid', 'true');
    await user.type(within(dialog).getByLabelText('Title'), 'Coffee with an MSL');
    expect(within(dialog).getByLabelText('Month')).toHaveValue('2');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(
      await within(month(2)).findByRole('button', { name: 'Coffee with an MSL' }),
    ).toBeInTheDocument();
  });

  it('says every field that is too long at once, with the limits shown before', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Add milestone to Month 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add milestone' });
    const notes = within(dialog).getByLabelText('Notes (optional)');
    expect(notes).toHaveAccessibleDescription('Anything to remember (up to 5,000 characters).');
    await user.type(within(dialog).getByLabelText('Title'), 'Read the contract');
    await user.click(within(dialog).getByLabelText('Description (optional)'));
    await user.paste('d'.repeat(501));
    await user.click(notes);
    await user.paste('n'.repeat(5001));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByLabelText('Description (optional)')).toHaveAccessibleDescription(
      /Description can be at most 500 characters; there are 501 now\./,
    );
    expect(notes).toHaveAccessibleDescription(
      /Notes can be at most 5,000 characters; there are 5,001 now\./,
    );
    expect(
      within(month(2)).queryByRole('button', { name: 'Read the contract' }),
    ).not.toBeInTheDocument();
  });

  it('edits a milestone and moves it with the Month field, without dragging', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await within(month(7)).findByRole('button', { name: 'First interviews' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
    const title = within(dialog).getByLabelText('Title');
    await user.clear(title);
    await user.type(title, 'First interviews (2 lined up)');
    await user.selectOptions(within(dialog).getByLabelText('Month'), '8');
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'In progress');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const card = await within(month(8)).findByRole('button', {
      name: 'First interviews (2 lined up)',
    });
    const item = card.closest('[role="listitem"]');
    expect(item).toHaveTextContent('In progress');
    expect(item).toHaveTextContent('+1 mo');
    expect(
      within(month(7)).queryByRole('button', { name: /First interviews/ }),
    ).not.toBeInTheDocument();
  });

  it('deletes a milestone and brings it back with Undo, then again with Ctrl+Z', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(
      await within(month(4)).findByRole('button', { name: 'Take on industry-flavoured work' }),
    );
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Edit milestone' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() =>
      expect(
        within(month(4)).queryByRole('button', { name: 'Take on industry-flavoured work' }),
      ).not.toBeInTheDocument(),
    );
    expect(
      await screen.findByText('Deleted “Take on industry-flavoured work”'),
    ).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await within(month(4)).findByRole('button', { name: 'Take on industry-flavoured work' }),
    ).toBeInTheDocument();

    await user.click(
      within(month(4)).getByRole('button', { name: 'Take on industry-flavoured work' }),
    );
    await user.click(
      within(await screen.findByRole('dialog', { name: 'Edit milestone' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await waitFor(() =>
      expect(
        within(month(4)).queryByRole('button', { name: 'Take on industry-flavoured work' }),
      ).not.toBeInTheDocument(),
    );
    await user.keyboard('{Control>}z{/Control}');
    expect(
      await within(month(4)).findByRole('button', { name: 'Take on industry-flavoured work' }),
    ).toBeInTheDocument();
  });

  it('moves a card with the keyboard: Space, arrows, Space — announced by title', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    const handle = await within(month(1)).findByRole('button', {
      name: 'Move Work out your runway',
    });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(
        within(month(1)).getByRole('button', { name: 'Move Work out your runway' }),
      ).toHaveAttribute('aria-pressed', 'true'),
    );
    expect(announcer()).toHaveTextContent(
      'Picked up “Work out your runway”. Month 1, position 2 of 4.',
    );
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('“Work out your runway”: Month 2, position 2 of 2.'),
    );
    const moved = within(month(2)).getByRole('button', { name: 'Move Work out your runway' });
    expect(moved).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(announcer()).toHaveTextContent('Month 2, position 1 of 2.'));
    await user.keyboard(' ');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'Moved “Work out your runway” to Month 2, position 1 of 2. To undo, press Control+Z.',
      ),
    );
    const cards = within(month(2)).getAllByRole('button', { name: /^Move / });
    expect(cards[0]).toHaveAccessibleName('Move Work out your runway');
    expect(
      within(month(1)).queryByRole('button', { name: 'Move Work out your runway' }),
    ).not.toBeInTheDocument();
    // Said once: the toast shows it, with Undo, but does not read it out a second time.
    const shown = await screen.findByText('Moved “Work out your runway” to Month 2');
    expect(shown.closest('[role="status"], [role="alert"], [aria-live]')).toBeNull();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeInTheDocument();
  });

  it('says which edge a keyboard move has reached, by the key pressed', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    const handle = await within(month(1)).findByRole('button', {
      name: 'Move Start networking calls',
    });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() => expect(announcer()).toHaveTextContent('Month 1, position 4 of 4.'));
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('“Start networking calls” is already last in Month 1.'),
    );
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(announcer()).toHaveTextContent('Month 1, position 3 of 4.'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(announcer()).toHaveTextContent('Month 1, position 2 of 4.'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() => expect(announcer()).toHaveTextContent('Month 1, position 1 of 4.'));
    await user.keyboard('{ArrowUp}');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        '“Start networking calls” is already first in Month 1.',
      ),
    );
    await user.keyboard('{Escape}');
    const only = await within(month(2)).findByRole('button', {
      name: 'Move Start a running record of your work',
    });
    expect(within(month(2)).getAllByRole('button', { name: /^Move / })).toHaveLength(1);
    only.focus();
    await user.keyboard(' ');
    await user.keyboard('{ArrowDown}');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        '“Start a running record of your work” is the only card in Month 2.',
      ),
    );
    await user.keyboard('{Escape}');
  });

  it('Escape cancels a keyboard move and puts the card back', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    const handle = await within(month(1)).findByRole('button', {
      name: 'Move Start networking calls',
    });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent('Picked up “Start networking calls”'),
    );
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(
        within(month(2)).getByRole('button', { name: 'Move Start networking calls' }),
      ).toBeInTheDocument(),
    );
    await user.keyboard('{Escape}');
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(
        'Move cancelled. “Start networking calls” is back in Month 1, position 4.',
      ),
    );
    expect(
      within(month(1)).getByRole('button', { name: 'Move Start networking calls' }),
    ).toBeInTheDocument();
    expect(
      within(month(2)).queryByRole('button', { name: 'Move Start networking calls' }),
    ).not.toBeInTheDocument();
  });

  it('filters by status and category', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await screen.findByRole('button', { name: 'Start networking calls' });
    await user.click(screen.getByText('Filter cards'));
    await user.selectOptions(screen.getByLabelText('Category'), 'Leaving the clinical job');
    expect(
      screen.queryByRole('button', { name: 'Start networking calls' }),
    ).not.toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'Give notice at your clinical job' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Showing 4 of 14')).toBeInTheDocument();
    // A month whose cards are all hidden says so, rather than that nothing is planned.
    expect(within(month(1)).getByText('No cards here match the filters.')).toBeInTheDocument();
    expect(within(month(1)).queryByText('Nothing planned yet.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'To do' }));
    expect(
      screen.queryByRole('button', { name: 'Give notice at your clinical job' }),
    ).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    expect(screen.getByRole('button', { name: 'Start networking calls' })).toBeInTheDocument();
  });
});
