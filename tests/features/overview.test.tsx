import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { saveRunway } from '../../src/db/exitPlan';
import { moveMilestone, setMilestoneStatus } from '../../src/db/milestones';
import { setSetting } from '../../src/db/settings';
import type { Plan } from '../../src/domain/schema/plan';
import { OverviewScreen } from '../../src/features/overview/OverviewScreen';
import {
  ExitSummary,
  NetworkingSummary,
  PipelineSummary,
} from '../../src/features/overview/SummaryCards';
import { resetDatabase } from '../support/db';
import { seededPlan as defaultPlan } from '../support/fixtures';

async function byKey(key: string) {
  const m = await db.milestones.filter((x) => x.templateKey === key).first();
  if (!m) throw new Error(`no milestone ${key}`);
  return m;
}

/** The default plan, started in January 2027, seen on 15 March 2027 (Month 3), with some work done. */
async function seededPlan(): Promise<Plan> {
  const plan = await defaultPlan(new Date(2027, 0, 10));
  await setMilestoneStatus((await byKey('clarify-needs')).id, 'done'); // Month 1
  await setMilestoneStatus((await byKey('start-record')).id, 'done'); // Month 2
  await moveMilestone((await byKey('rewrite-profile')).id, {
    month: 4,
    afterId: null,
    beforeId: null,
  }); // slipped 1 → 4
  await setMilestoneStatus((await byKey('industry-experience')).id, 'done'); // Month 4, ahead of plan
  return plan;
}

describe('Overview', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 2, 15, 10, 0));
    await resetDatabase();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the month, phase and progress numbers of a seeded plan, each linking to the timeline', async () => {
    render(<OverviewScreen plan={await seededPlan()} />);
    expect(await screen.findByText('Month 3 of 12')).toBeInTheDocument();
    expect(screen.getByText('Phase 1 of 4: Diagnose and reposition')).toBeInTheDocument();
    // Months 1-3 now hold four milestones (one slipped to Month 4); two are done, and the
    // runway and the first calls (both Month 1) are overdue.
    expect(screen.getByRole('link', { name: '2 of 4 planned so far are done' })).toHaveAttribute(
      'href',
      '#/timeline',
    );
    // The overdue count opens the Timeline showing just the cards it counted.
    expect(screen.getByRole('link', { name: '2 overdue' })).toHaveAttribute(
      'href',
      '#/timeline?show=overdue',
    );
    expect(screen.getByRole('link', { name: '1 slipped' })).toHaveAttribute('href', '#/timeline');
    expect(screen.getByRole('link', { name: '3 of 14 in the whole plan done' })).toHaveAttribute(
      'href',
      '#/timeline',
    );
    expect(screen.getByRole('link', { name: '1 done ahead of plan' })).toHaveAttribute(
      'href',
      '#/timeline',
    );
  });

  it('offers the earliest open milestone as the next step, and marks it done with one click', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen plan={await seededPlan()} />);
    const next = await screen.findByRole('region', { name: 'Your next step' });
    expect(within(next).getByText('Work out your runway')).toBeInTheDocument();
    expect(within(next).getByText('Overdue')).toBeInTheDocument();
    await user.click(within(next).getByRole('button', { name: 'Mark done' }));
    expect(await within(next).findByText('Start networking calls')).toBeInTheDocument();
    // Focus stayed on the button through the save: Enter marks the next one at once.
    expect(within(next).getByRole('button', { name: 'Mark done' })).toHaveFocus();
    expect((await byKey('check-runway')).status).toBe('done');
    expect(await screen.findByRole('link', { name: '1 overdue' })).toBeInTheDocument();
  });

  it('reads the same evidence as the Timeline: a saved runway is not the next step, nor overdue', async () => {
    const plan = await seededPlan();
    await saveRunway(plan.id, {
      cash: 51000,
      expenses: { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 },
      nothingLinedUp: false,
    });
    render(<OverviewScreen plan={plan} />);
    const next = await screen.findByRole('region', { name: 'Your next step' });
    expect(within(next).getByText('Start networking calls')).toBeInTheDocument();
    expect(within(next).getByText('So far: No calls logged yet')).toBeInTheDocument();
    expect(within(next).queryByText('Work out your runway')).toBeNull();
    // The one overdue card is the calls (Month 1 of the default plan, none logged), never the runway.
    expect(screen.getByRole('link', { name: '1 overdue' })).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '4 of 14 in the whole plan done' }),
    ).toBeInTheDocument();
    // The exit card shows the same runway.
    expect(screen.getByRole('link', { name: '8.5 months of runway' })).toBeInTheDocument();
  });

  it('a ticked red flag comes first in the next step, with the help lines, blocking nothing', async () => {
    const user = userEvent.setup();
    const plan = await seededPlan();
    await setSetting('redFlags', ['burnout']);
    render(<OverviewScreen plan={plan} />);
    const next = await screen.findByRole('region', { name: 'Your next step' });
    expect(within(next).getByText('Look after yourself first')).toBeInTheDocument();
    expect(within(next).getByRole('link', { name: 'call 1-888-409-0141' })).toHaveAttribute(
      'href',
      'tel:+18884090141',
    );
    expect(within(next).getByRole('link', { name: 'call 988' })).toBeInTheDocument();
    // The diagnosis card says the same, and the plan's step is still one click away.
    expect(
      within(screen.getByRole('region', { name: 'Should you go?' })).getByText(
        'Look after yourself first',
      ),
    ).toBeInTheDocument();
    expect(within(next).getByText('Work out your runway')).toBeInTheDocument();
    await user.click(within(next).getByRole('button', { name: 'Mark done' }));
    expect(await within(next).findByText('Start networking calls')).toBeInTheDocument();
  });

  it("ticks off this month's milestones", async () => {
    const user = userEvent.setup();
    const plan = await seededPlan();
    // The default plan has nothing in Month 3: the calls are moved here.
    await moveMilestone((await byKey('start-networking')).id, {
      month: 3,
      afterId: null,
      beforeId: null,
    });
    render(<OverviewScreen plan={plan} />);
    const month = await screen.findByRole('region', { name: 'This month' });
    const box = within(month).getByRole('checkbox', { name: 'Start networking calls' });
    expect(box).not.toBeChecked();
    await user.click(box);
    expect(box).toBeChecked();
    await vi.waitFor(async () => expect((await byKey('start-networking')).status).toBe('done'), {
      timeout: 5000,
    });
  });

  it('shows the vision as the yardstick, and says what to do when there is none', async () => {
    const plan = await seededPlan();
    const { unmount } = render(<OverviewScreen plan={plan} />);
    const empty = await screen.findByRole('region', { name: 'Your vision' });
    expect(within(empty).getByText(/Start from the life you want/)).toBeInTheDocument();
    unmount();
    await setSetting('vision', {
      weeklyHours: 35,
      clinicalShare: 10,
      income: 260000,
      workplace: 'remote',
      place: 'Denver',
      goodDay: 'Home by five.',
    });
    render(<OverviewScreen plan={plan} />);
    const vision = await screen.findByRole('region', { name: 'Your vision' });
    expect(await within(vision).findByText('$260,000 a year')).toBeInTheDocument();
    expect(within(vision).getByText('Remote · Denver')).toBeInTheDocument();
    expect(within(vision).getByText('Home by five.')).toBeInTheDocument();
  });

  it('reads the target income like every other amount, and asks about a dotted one', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen plan={await seededPlan()} />);
    const vision = await screen.findByRole('region', { name: 'Your vision' });
    await user.click(within(vision).getByRole('button', { name: /vision/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Your vision' });
    const income = within(dialog).getByLabelText(/^Target income/);
    await user.type(income, '280.000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(income).toHaveAccessibleDescription(/without a dot for thousands/);
    await user.clear(income);
    await user.type(income, '$280,000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(vision).findByText('$280,000 a year')).toBeInTheDocument();
  });

  it('keeps a pasted good day too long to save, and says how much to cut', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen plan={await seededPlan()} />);
    const vision = await screen.findByRole('region', { name: 'Your vision' });
    await user.click(within(vision).getByRole('button', { name: /vision/i }));
    const dialog = await screen.findByRole('dialog', { name: 'Your vision' });
    const goodDay = within(dialog).getByLabelText(/^A good day looks like/);
    const long = 'Clinic in the morning, then a trial design meeting. '.repeat(25).trim();
    await user.click(goodDay);
    await user.paste(long);
    expect(goodDay).toHaveValue(long); // not cut at the limit without a word
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText(
        `A good day can be at most 1000 characters (this one has ${long.length}).`,
      ),
    ).toBeInTheDocument();
    expect(goodDay).toHaveValue(long);
  });

  it('works out a bridge job against the vision', async () => {
    const user = userEvent.setup();
    await setSetting('vision', {
      weeklyHours: 35,
      clinicalShare: null,
      income: 260000,
      workplace: 'any',
      place: '',
      goodDay: '',
    });
    render(<OverviewScreen plan={await seededPlan()} />);
    await user.click(await screen.findByText('Bridge-work calculator'));
    await user.type(screen.getByLabelText('Pay per shift (USD)'), '800');
    await user.type(screen.getByLabelText('Hours per shift'), '4');
    await user.type(screen.getByLabelText('Shifts a week'), '7');
    await user.clear(screen.getByLabelText('Weeks a year'));
    await user.type(screen.getByLabelText('Weeks a year'), '52');
    expect(screen.getByText('$291,200 a year for 28 hours a week')).toBeInTheDocument();
    expect(
      screen.getByText(/112% of your target income, 7 hours a week under your target hours/),
    ).toBeInTheDocument();
    await user.clear(screen.getByLabelText('Hours per shift'));
    await user.type(screen.getByLabelText('Hours per shift'), '30');
    expect(screen.getByText('The hours per shift can be at most 24.')).toBeInTheDocument();
    expect(screen.getByText('Fill in all four to see the yearly income.')).toBeInTheDocument();
  });

  it('walks a new user through the first steps, remembering skips', async () => {
    const user = userEvent.setup();
    render(<OverviewScreen plan={await seededPlan()} />);
    const guide = await screen.findByRole('region', { name: 'Getting started' });
    // "Name what you can't live with" is ticked in this plan: the guide's diagnosis step reads
    // the same milestone, so it is done too (issue 15: one truth).
    expect(within(guide).getByText('1 of 4 done')).toBeInTheDocument();
    expect(
      within(guide).getByRole('heading', {
        name: /^Sort out what you feel about your job\s*— done$/,
      }),
    ).toBeInTheDocument();
    await user.click(within(guide).getByRole('button', { name: 'Skip for now' }));
    expect(
      await within(guide).findByRole('button', { name: 'Write your vision' }),
    ).toBeInTheDocument();
    // One button for it on the screen: the vision card leaves it to the guide.
    expect(screen.getAllByRole('button', { name: 'Write your vision' })).toHaveLength(1);
    expect(within(guide).getByRole('heading', { name: 'Write down your vision' })).toHaveFocus();
    expect((await db.settings.get('firstRun'))?.value).toEqual({
      completed: [],
      skipped: ['start-month'],
      hidden: false,
    });
    await user.click(within(guide).getByRole('button', { name: 'Hide this guide' }));
    expect(
      await screen.findByRole('button', { name: 'Show the getting-started guide' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Getting started' })).not.toBeInTheDocument();
  });

  it('refuses a start month with a slip in the year in the first step, as Settings does, and takes a likely one', async () => {
    const user = userEvent.setup();
    const plan = await seededPlan();
    render(<OverviewScreen plan={plan} />);
    const guide = await screen.findByRole('region', { name: 'Getting started' });
    const field = within(guide).getByLabelText('Plan start month');
    // A month field takes its value whole (jsdom clears a half-typed month), as a browser's picker gives it.
    fireEvent.change(field, { target: { value: '2062-01' } });
    await user.click(within(guide).getByRole('button', { name: 'Save start month' }));
    expect(
      await within(guide).findByText(/^Jan 2062 is more than 5 years away: check the year\./),
    ).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(
      /Jan 2062 is more than 5 years away: check the year\. A plan can start from Mar 2022 to Mar 2032\./,
    );
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2027-01');
    // The diagnosis step is done (its milestone is ticked in this plan); the start month is not.
    expect(within(guide).getByText('1 of 4 done')).toBeInTheDocument();

    fireEvent.change(field, { target: { value: '2027-02' } });
    await user.click(within(guide).getByRole('button', { name: 'Save start month' }));
    expect(await within(guide).findByText('2 of 4 done')).toBeInTheDocument();
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2027-02');
  });
});

describe('summary cards for other screens', () => {
  it('say where to start without data', () => {
    render(
      <>
        <NetworkingSummary />
        <PipelineSummary currency="USD" targetIncome={null} />
        <ExitSummary />
      </>,
    );
    expect(screen.getByRole('link', { name: 'Log a networking call' })).toHaveAttribute(
      'href',
      '#/networking',
    );
    expect(screen.getByRole('link', { name: 'Add a target role' })).toHaveAttribute(
      'href',
      '#/opportunities',
    );
    expect(screen.getByRole('link', { name: 'Plan your exit' })).toHaveAttribute('href', '#/exit');
  });

  it('link every number to its screen once wired', () => {
    render(
      <>
        <NetworkingSummary
          data={{ callsThisWeek: 1, weeklyTarget: 2, streakWeeks: 3, followUpsDue: 1 }}
        />
        <PipelineSummary
          currency="USD"
          targetIncome={250000}
          data={{
            stages: [
              { label: 'Interviewing', count: 2 },
              { label: 'Applied', count: 0 },
            ],
            bestOffer: { name: 'Acme – Medical Director', total: 240000 },
          }}
        />
        <ExitSummary
          data={{
            giveNoticeBy: '2027-09-01',
            daysLeft: 12,
            lastClinicalDay: null,
            runwayMonths: 7.5,
          }}
        />
      </>,
    );
    expect(screen.getByRole('link', { name: '1 of 2 calls this week' })).toHaveAttribute(
      'href',
      '#/networking',
    );
    expect(screen.getByRole('link', { name: '3 weeks in a row' })).toHaveAttribute(
      'href',
      '#/networking',
    );
    expect(screen.getByRole('link', { name: '1 follow-up due' })).toHaveAttribute(
      'href',
      '#/networking',
    );
    expect(screen.getByRole('link', { name: '2 interviewing' })).toHaveAttribute(
      'href',
      '#/opportunities',
    );
    expect(screen.queryByRole('link', { name: /applied/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: 'Acme – Medical Director, $240,000 a year' }),
    ).toHaveAttribute('href', '#/opportunities');
    expect(screen.getByText(/96% of your target income/)).toBeInTheDocument();
    expect(
      screen.getByRole('link', { name: '12 days left to give notice (by Sep 1, 2027)' }),
    ).toHaveAttribute('href', '#/exit');
    expect(screen.getByRole('link', { name: '7.5 months of runway' })).toHaveAttribute(
      'href',
      '#/exit',
    );
  });
});
