import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { saveContract, saveExitDates } from '../../src/db/exitPlan';
import type { Plan } from '../../src/domain/schema/plan';
import { TimelineScreen } from '../../src/features/timeline/TimelineScreen';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

describe('the timeline follows the exit dates', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 0, 10, 9)); // the plan starts in January 2027
    plan = await freshPlan();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows nothing extra once the exit dates agree with the board', async () => {
    await saveContract(plan.id, {
      noticeDays: 60,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: null,
    });
    await saveExitDates(plan.id, { plannedStartDate: '2027-09-01', noticeGivenOn: null });
    render(<TimelineScreen plan={plan} />);
    expect(
      await screen.findByRole('region', { name: 'Your exit dates and this timeline disagree' }),
    ).toBeInTheDocument();
    // Give notice by Oct 15 (Month 10), start Dec 14 (Month 12): where the template puts them.
    await saveExitDates(plan.id, { plannedStartDate: '2027-12-14', noticeGivenOn: null });
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'Your exit dates and this timeline disagree' }),
      ).not.toBeInTheDocument(),
    );
    expect(screen.queryByText(/Exit dates say/)).not.toBeInTheDocument();
  });

  it('shows the conflict on the card and in a banner, and one click moves the milestone', async () => {
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: null,
    });
    // Start Nov 1 → give notice by Aug 2 (Month 8: its notice ends Oct 31); start in Month 11.
    await saveExitDates(plan.id, { plannedStartDate: '2027-11-01', noticeGivenOn: null });
    const user = userEvent.setup();
    render(<TimelineScreen plan={plan} />);
    const banner = within(
      await screen.findByRole('region', { name: 'Your exit dates and this timeline disagree' }),
    );
    expect(
      banner.getByText(
        '“Give notice at your clinical job” is in Month 10; your exit plan puts it in Month 8 (Aug 2027): give notice by Aug 2, 2027.',
      ),
    ).toBeInTheDocument();
    const month10 = within(screen.getByRole('region', { name: /^Month 10 · Oct 2027/ }));
    expect(
      month10.getByText('Exit dates say Month 8: give notice by Aug 2, 2027.'),
    ).toBeInTheDocument();

    await user.click(
      banner.getByRole('button', { name: 'Put “Give notice at your clinical job” in Month 8' }),
    );
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: /^Month 8 · / })).getByRole('button', {
          name: 'Give notice at your clinical job',
        }),
      ).toBeInTheDocument(),
    );
    // The fixed line leaves the banner: the focus goes to the month the card went to, not lost.
    await waitFor(() =>
      expect(screen.getByRole('heading', { name: 'Month 8', level: 3 })).toHaveFocus(),
    );
    const moved = await db.milestones.filter((m) => m.templateKey === 'give-notice').first();
    expect(moved?.month).toBe(8);
    expect(
      within(
        screen.getByRole('region', { name: 'Your exit dates and this timeline disagree' }),
      ).queryByText(/Give notice at your clinical job/),
    ).not.toBeInTheDocument();
    expect(
      screen.getByText(
        /“Start the industry role” is in Month 12; your exit plan puts it in Month 11/,
      ),
    ).toBeInTheDocument();
  });
});
