import { configure, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import type { Plan } from '../../src/domain/schema/plan';
import { PlanSettings } from '../../src/features/settings/PlanSettings';
import { useFeedback } from '../../src/state/feedback';
import { freshPlan } from '../support/plan';

// The machine is shared and the schemas load on the first write: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

/** A month field takes its value whole (jsdom clears a half-typed month), as a browser's picker gives it. */
const setMonth = (value: string) =>
  fireEvent.change(screen.getByLabelText('Plan start month'), { target: { value } });

describe('plan settings', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    plan = await freshPlan();
    useFeedback.setState({ history: [], toast: null });
  });

  it('does not crash on a start month near year 9999, and refuses it in the field', async () => {
    const user = userEvent.setup();
    render(<PlanSettings plan={plan} />);
    setMonth('9999-12'); // a 12-month plan from here would end in "10000-11", which is no month
    expect(screen.getByLabelText('Plan length (months)')).toHaveAccessibleDescription(
      '6 to 24 months. Most pivots take 9 to 12.',
    );
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(screen.getByLabelText('Plan start month')).toHaveAccessibleDescription(
      /Dec 9999 is more than 5 years away: check the year\./,
    );
    expect(await db.plans.get(plan.id)).toEqual(plan);
  });

  it('refuses a start month with a slip in the year, and takes a likely one', async () => {
    const user = userEvent.setup();
    render(<PlanSettings plan={plan} />);
    setMonth('1026-11');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(screen.getByLabelText('Plan start month')).toHaveAccessibleDescription(
      /Nov 1026 is more than 5 years ago: check the year\. A plan can start from/,
    );
    expect((await db.plans.get(plan.id))?.startMonth).toBe(plan.startMonth);

    setMonth('2027-01');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.startMonth).toBe('2027-01'));
  });

  it('never holds a start month already saved to the window: the length still changes', async () => {
    const old = { ...plan, startMonth: '2015-01' };
    await db.plans.put(old);
    const user = userEvent.setup();
    render(<PlanSettings plan={old} />);
    await user.clear(screen.getByLabelText('Plan length (months)'));
    await user.type(screen.getByLabelText('Plan length (months)'), '18');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(async () => expect((await db.plans.get(plan.id))?.lengthMonths).toBe(18));
    expect(screen.getByLabelText('Plan start month')).not.toHaveAccessibleDescription(
      /check the year/,
    );
  });

  it('takes the saved result away once the save is undone', async () => {
    const user = userEvent.setup();
    render(<PlanSettings plan={plan} />);
    await user.clear(screen.getByLabelText('Plan length (months)'));
    await user.type(screen.getByLabelText('Plan length (months)'), '6');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText(/^6 milestones now sit past the plan’s last month/),
    ).toBeInTheDocument();

    await useFeedback.getState().undoRequested(); // what the toast's Undo and Ctrl+Z call
    await waitFor(() =>
      expect(screen.queryByText(/milestones now sit past/)).not.toBeInTheDocument(),
    );
    expect(screen.queryByText('Plan saved.')).not.toBeInTheDocument();
    expect((await db.plans.get(plan.id))?.lengthMonths).toBe(12);
  });

  it('takes the saved result away once the plan changes to other months (an imported backup)', async () => {
    const user = userEvent.setup();
    const { rerender } = render(<PlanSettings plan={plan} />);
    await user.clear(screen.getByLabelText('Plan length (months)'));
    await user.type(screen.getByLabelText('Plan length (months)'), '9');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(
      await screen.findByText(/^3 milestones now sit past the plan’s last month/),
    ).toBeInTheDocument();
    // The live plan shows the save: the result stays.
    rerender(<PlanSettings plan={{ ...plan, lengthMonths: 9 }} />);
    expect(screen.getByText('Plan saved.')).toBeInTheDocument();
    // A backup with an 11-month plan is imported.
    rerender(<PlanSettings plan={{ ...plan, lengthMonths: 11 }} />);
    expect(screen.queryByText(/milestones now sit past/)).not.toBeInTheDocument();
    expect(screen.queryByText('Plan saved.')).not.toBeInTheDocument();
  });
});
