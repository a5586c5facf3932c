import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { logCall } from '../../src/db/calls';
import { db } from '../../src/db/database';
import { saveRunway } from '../../src/db/exitPlan';
import { addMilestone } from '../../src/db/milestones';
import { addRecordEntry } from '../../src/db/record';
import type { Plan } from '../../src/domain/schema/plan';
import { TimelineScreen } from '../../src/features/timeline/TimelineScreen';
import { useFeedback } from '../../src/state/feedback';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const exactly = (title: string) => new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
const card = (title: string) =>
  screen
    .getAllByRole('listitem')
    .find((li) => within(li).queryByRole('button', { name: exactly(title) }));

async function cardOf(title: string) {
  await screen.findByRole('button', { name: exactly(title) });
  const li = card(title);
  if (!li) throw new Error(`no card ${title}`);
  return within(li);
}

let plan: Plan;

describe('cards read their evidence', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 9)); // the plan starts in January 2027
    plan = await freshPlan();
    useFeedback.setState({ toast: null, history: [] });
    await saveRunway(plan.id, {
      cash: 51000,
      expenses: { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 },
      nothingLinedUp: false,
    });
    // Wed May 12, 2027: Month 5. Two calls last week, one this week; one record entry.
    vi.setSystemTime(new Date(2027, 4, 12, 9));
    for (const day of ['2027-05-04', '2027-05-06', '2027-05-10']) {
      await logCall({ contactId: null, newContact: { name: `Dr. ${day}` }, call: { day } }, day);
    }
    await addRecordEntry({ date: '2027-03-01', kind: 'talk', title: 'Grand rounds' });
    // The board's full cards (the year view's one-line cards: tests/features/timelineYear).
    await db.settings.put({ key: 'timelineView', value: 'board' });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows what was recorded, done on its day, and never "Overdue" on finished work', async () => {
    render(<TimelineScreen plan={plan} />);
    const runway = await cardOf('Work out your runway');
    expect(await runway.findByText('8.5 months of runway')).toBeInTheDocument();
    expect(runway.getByText('Done Jan 10, 2027')).toBeInTheDocument();
    expect(runway.queryByText('Overdue')).not.toBeInTheDocument();

    const calls = await cardOf('Start networking calls');
    expect(calls.getByText('3 calls · last Mon, May 10 · 1 of 2 this week')).toBeInTheDocument();
    expect(calls.getByText('Started May 4, 2027')).toBeInTheDocument();
    expect(calls.getByText('On track')).toBeInTheDocument();
    expect(calls.queryByText('Overdue')).not.toBeInTheDocument();

    const record = await cardOf('Start a running record of your work');
    expect(record.getByText('1 entry · latest Mon, Mar 1')).toBeInTheDocument();

    // Work with no evidence yet is late, and says what is missing.
    const diagnose = await cardOf('Name what you can’t live with, and what you need');
    expect(diagnose.getByText('Nothing sorted on Diagnose yet')).toBeInTheDocument();
    expect(diagnose.getByText('Overdue')).toBeInTheDocument();
    // The notice waits for an offer: not late, and it says the rule.
    const notice = await cardOf('Give notice at your clinical job');
    expect(
      notice.getByText('No offer yet: hold your notice until there is one, at least a verbal one.'),
    ).toBeInTheDocument();

    // The header counts what the cards say: 3 done of 14; overdue: the diagnosis, the CV and
    // the industry-flavoured work (a talk is not QI, trial, teaching or project work).
    const glance = screen.getByRole('list', { name: 'Plan at a glance' });
    expect(within(glance).getByText('of 14 done').closest('li')).toHaveTextContent('3of 14 done');
    const overdue = within(glance).getByText('overdue').closest('li');
    expect(overdue).toHaveTextContent('3');
    expect(
      screen.getAllByText('Overdue').filter((mark) => mark.closest('[data-board-item]')),
    ).toHaveLength(3);
  });

  it('marking a card not done over its evidence keeps it open; undo gives the evidence back', async () => {
    const user = userEvent.setup();
    render(<TimelineScreen plan={plan} />);
    const runway = await cardOf('Work out your runway');
    await runway.findByText('Done Jan 10, 2027');
    await user.click(runway.getByRole('button', { name: 'Work out your runway' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
    const tickedBy = within(dialog).getByLabelText('Ticked by');
    expect(tickedBy).toHaveValue('runway');
    expect(tickedBy).toHaveAccessibleDescription(
      'So far: 8.5 months of runway. That counts as done since Jan 10, 2027; set Status to change it.',
    );
    expect(within(dialog).getByLabelText('Status')).toHaveValue('done');
    await user.selectOptions(within(dialog).getByLabelText('Status'), 'todo');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const open = await cardOf('Work out your runway');
    expect(
      await open.findByText('8.5 months of runway · you marked it not done'),
    ).toBeInTheDocument();
    expect(open.getByText('Overdue')).toBeInTheDocument();

    await useFeedback.getState().undoRequested();
    expect(
      await (await cardOf('Work out your runway')).findByText('Done Jan 10, 2027'),
    ).toBeInTheDocument();
  });

  it('a milestone the user adds can be tied to evidence, and is ticked by it', async () => {
    const user = userEvent.setup();
    render(<TimelineScreen plan={plan} />);
    await user.click(await screen.findByRole('button', { name: 'Add milestone to Month 5' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add milestone' });
    await user.type(within(dialog).getByLabelText('Title'), 'Keep calling');
    const tickedBy = within(dialog).getByLabelText('Ticked by');
    expect(tickedBy).toHaveValue('none');
    await user.selectOptions(tickedBy, 'calls');
    expect(tickedBy).toHaveAccessibleDescription(/^So far: 3 calls · last Mon, May 10/);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const mine = await cardOf('Keep calling');
    expect(await mine.findByText('On track')).toBeInTheDocument();
    expect((await db.milestones.filter((m) => m.title === 'Keep calling').first())?.evidence).toBe(
      'calls',
    );
    // A milestone left manual has no evidence line.
    await addMilestone(plan.id, { title: 'Buy a suit', month: 5 });
    const suit = await cardOf('Buy a suit');
    expect(suit.queryByText(/So far/)).not.toBeInTheDocument();
  });
});
