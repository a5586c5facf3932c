import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { saveContract, saveExitDates } from '../../src/db/exitPlan';
import { moveMilestone, setMilestoneStatus } from '../../src/db/milestones';
import type { Plan } from '../../src/domain/schema/plan';
import { TimelineScreen } from '../../src/features/timeline/TimelineScreen';
import { useFeedback } from '../../src/state/feedback';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const NOTICE = 'A move pushed later steps';
let plan: Plan;

const idOf = async (key: string) => {
  const m = await db.milestones
    .where('planId')
    .equals(plan.id)
    .filter((x) => x.templateKey === key)
    .first();
  if (!m) throw new Error(`no ${key}`);
  return m.id;
};
const monthOf = async (key: string) =>
  (
    await db.milestones
      .where('planId')
      .equals(plan.id)
      .filter((x) => x.templateKey === key)
      .first()
  )?.month;

describe('slip propagation on the Timeline', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 9)); // the plan starts in January 2027
    plan = await freshPlan();
    useFeedback.setState({ toast: null, history: [] });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('says nothing while the order holds', async () => {
    render(<TimelineScreen plan={plan} />);
    await screen.findByRole('button', { name: 'Final rounds and offers' });
    await screen.findByText('No runway worked out yet'); // the evidence is in
    expect(screen.queryByRole('region', { name: NOTICE })).not.toBeInTheDocument();
  });

  it('moving "Final rounds and offers" past "Give notice" says what it pushes; one click moves them, one undo puts them back', async () => {
    const user = userEvent.setup();
    render(<TimelineScreen plan={plan} />);
    await screen.findByRole('button', { name: 'Final rounds and offers' });
    await moveMilestone(await idOf('final-rounds'), { month: 11, afterId: null, beforeId: null });
    const notice = within(await screen.findByRole('region', { name: NOTICE }));
    expect(
      notice.getByText(/“Final rounds and offers” is now in Month 11, after steps that wait on it/),
    ).toBeInTheDocument();
    expect(
      notice.getByText('“Give notice at your clinical job” from Month 10 to Month 12'),
    ).toBeInTheDocument();
    expect(
      notice.getByText(/“Hand over your patients well” from Month 11 to Month 12/),
    ).toBeInTheDocument();

    await user.click(notice.getByRole('button', { name: 'Move the later steps too' }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: NOTICE })).not.toBeInTheDocument(),
    );
    expect(await monthOf('give-notice')).toBe(12);
    expect(await monthOf('hand-over')).toBe(12);
    expect(await monthOf('start-role')).toBe(12);
    expect(useFeedback.getState().toast?.message).toBe(
      'Moved 2 later steps with “Final rounds and offers”',
    );

    // One step on the undo history: both go back, and the notice returns.
    await useFeedback.getState().undoRequested();
    await waitFor(async () => expect(await monthOf('give-notice')).toBe(10));
    expect(await monthOf('hand-over')).toBe(11);
    expect(await screen.findByRole('region', { name: NOTICE })).toBeInTheDocument();
  });

  it('"Leave them where they are" hides it until something else moves', async () => {
    const user = userEvent.setup();
    render(<TimelineScreen plan={plan} />);
    await screen.findByRole('button', { name: 'Final rounds and offers' });
    await moveMilestone(await idOf('final-rounds'), { month: 11, afterId: null, beforeId: null });
    const notice = within(await screen.findByRole('region', { name: NOTICE }));
    await user.click(notice.getByRole('button', { name: 'Leave them where they are' }));
    expect(screen.queryByRole('region', { name: NOTICE })).not.toBeInTheDocument();
    expect(await monthOf('give-notice')).toBe(10);
    await moveMilestone(await idOf('final-rounds'), { month: 12, afterId: null, beforeId: null });
    expect(await screen.findByRole('region', { name: NOTICE })).toBeInTheDocument();
  });

  it('a done step pushes nothing: notice given, moving the final rounds says nothing', async () => {
    await setMilestoneStatus(await idOf('give-notice'), 'done');
    render(<TimelineScreen plan={plan} />);
    await screen.findByRole('button', { name: 'Final rounds and offers' });
    await moveMilestone(await idOf('final-rounds'), { month: 11, afterId: null, beforeId: null });
    await screen.findByText(/\+2 mo/);
    expect(screen.queryByRole('region', { name: NOTICE })).not.toBeInTheDocument();
  });

  it('says when moving a step would put the board out of step with the exit dates', async () => {
    await saveContract(plan.id, {
      noticeDays: 60,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: null,
    });
    // Start Dec 14 → give notice by Oct 14 (Month 10): the board agrees until the notice is pushed.
    await saveExitDates(plan.id, { plannedStartDate: '2027-12-14', noticeGivenOn: null });
    render(<TimelineScreen plan={plan} />);
    await screen.findByRole('button', { name: 'Final rounds and offers' });
    await moveMilestone(await idOf('final-rounds'), { month: 11, afterId: null, beforeId: null });
    const notice = within(await screen.findByRole('region', { name: NOTICE }));
    expect(
      await notice.findByText(
        /^But by your exit dates, “Give notice at your clinical job” belongs in Month 10 \(Oct 2027\) \(give notice by Oct 14, 2027\): if the move is real, change the dates in the/,
      ),
    ).toBeInTheDocument();
  });
});
