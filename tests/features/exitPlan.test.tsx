import {
  cleanup,
  configure,
  fireEvent,
  render,
  screen,
  waitFor,
  within,
} from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer, Toaster } from '../../src/app/Feedback';
import { onChangesCommitted } from '../../src/db/changes';
import { db } from '../../src/db/database';
import { addClawback, addDebt, saveContract, saveExitDates } from '../../src/db/exitPlan';
import { addOpportunity } from '../../src/db/opportunities';
import { loadSchemas } from '../../src/db/schemas';
import type { Plan } from '../../src/domain/schema/plan';
import { ExitScreen } from '../../src/features/exit/ExitScreen';
import { useAskBeforeLeaving, useDrafts } from '../../src/state/drafts';
import { freshPlan } from '../support/plan';

function AskBeforeLeaving() {
  useAskBeforeLeaving();
  return null;
}

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;
const contract = {
  noticeDays: 90,
  tailRequired: false,
  tailCost: null,
  nonCompeteNotes: '',
  currentAnnualPay: 300000,
};

function renderScreen() {
  // Only Date is faked, so Dexie's timers and user-event's keep running.
  const user = userEvent.setup();
  render(
    <>
      <ExitScreen plan={plan} />
      <Toaster />
      <Announcer />
    </>,
  );
  return user;
}

const setDate = (label: string, value: string) =>
  fireEvent.change(screen.getByLabelText(label), { target: { value } });

describe('Exit plan', { timeout: 20_000 }, () => {
  beforeAll(async () => {
    await loadSchemas();
  });

  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 5, 1, 9, 30)); // Tue Jun 1, 2027
    plan = await freshPlan();
    useDrafts.setState({ texts: {}, unsaved: {} });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('counts down from the notice period and planned start date, and from the day notice is given', async () => {
    const user = renderScreen();
    expect(
      await screen.findByRole('heading', { name: 'Start with your notice period' }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Notice period (days)'), '90');
    await user.click(screen.getByRole('button', { name: 'Save contract' }));
    expect(await screen.findByRole('heading', { name: 'No start date yet' })).toBeInTheDocument();
    expect(screen.getByText(/your last clinical day would be Aug 30, 2027/)).toBeInTheDocument();

    setDate('Planned start date', '2027-12-01');
    await user.click(screen.getByRole('button', { name: 'Save dates' }));
    expect(
      await screen.findByRole('heading', { name: 'Waiting for an offer' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Give notice by Sep 1, 2027')).toBeInTheDocument();
    expect(screen.getByText('92 days left')).toBeInTheDocument();

    setDate('Notice given on', '2027-05-20');
    await user.click(screen.getByRole('button', { name: 'Save dates' }));
    expect(await screen.findByText('Last clinical day Aug 18, 2027')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Notice given' })).toBeInTheDocument();
    expect(screen.getByText('78 days left')).toBeInTheDocument();
  });

  it('opens the notice window once a written offer is in hand, and says when it is too late', async () => {
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: '2027-08-15', noticeGivenOn: null });
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'written-offer',
    });
    const user = renderScreen();
    expect(
      await screen.findByRole('heading', { name: 'Too late for this start date' }),
    ).toBeInTheDocument();
    expect(screen.getByText('Give notice by May 16, 2027')).toBeInTheDocument();
    expect(screen.getByText('16 days too late')).toBeInTheDocument();
    // Notice today (Jun 1) ends Aug 30, so the earliest start is the day after, Aug 31.
    await user.click(screen.getByRole('button', { name: 'Plan to start on Aug 31, 2027' }));
    expect(await screen.findByRole('heading', { name: 'Notice window open' })).toBeInTheDocument();
    expect(screen.getByText('Give notice by Jun 1, 2027')).toBeInTheDocument();
    expect(screen.getByText('0 days left')).toBeInTheDocument();
    expect((await db.exitPlans.get(plan.id))?.plannedStartDate).toBe('2027-08-31');
  });

  it('opens the notice window on a verbal offer, and says the written offer is where the start date is agreed', async () => {
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: '2027-12-01', noticeGivenOn: null });
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'verbal-offer',
    });
    renderScreen();
    expect(await screen.findByRole('heading', { name: 'Notice window open' })).toBeInTheDocument();
    expect(screen.getByText('Give notice by Sep 1, 2027')).toBeInTheDocument();
    const explain = screen.getByText(/You have a verbal offer/);
    expect(explain).toHaveTextContent(/so you can give notice now/);
    expect(explain).toHaveTextContent(
      /get the offer in writing: that is where you agree the start date around your 90 days’ notice/,
    );
    expect(screen.queryByText(/You have a written offer/)).not.toBeInTheDocument();
  });

  it.each([
    ['no offer', null, 'Waiting for an offer'],
    ['a verbal offer', 'verbal-offer', 'Notice window open'],
    ['a written offer', 'written-offer', 'Notice window open'],
  ] as const)(
    'on the deadline day with %s, says today is the last day',
    async (_, stage, heading) => {
      await saveContract(plan.id, contract);
      // 90 days' notice given today, Jun 1, ends Aug 30: the day before a start on Aug 31.
      await saveExitDates(plan.id, { plannedStartDate: '2027-08-31', noticeGivenOn: null });
      if (stage)
        await addOpportunity(plan.id, {
          company: 'Acme',
          title: 'MSL',
          roleType: 'medical-affairs',
          stage,
        });
      renderScreen();
      expect(await screen.findByRole('heading', { name: heading })).toBeInTheDocument();
      expect(screen.getByText('Give notice by Jun 1, 2027')).toBeInTheDocument();
      expect(screen.getByText(/^Today is the last day\./)).toBeInTheDocument();
    },
  );

  it('saves each field as it is left, one write per change, with undo', async () => {
    const writes: number[] = [];
    const stop = onChangesCommitted((changes) => {
      const rows = changes.filter((c) => c.table === 'exitPlans');
      if (rows.length) writes.push(rows.length);
    });
    const user = renderScreen();
    await user.type(await screen.findByLabelText('Notice period (days)'), '120');
    // Nothing is written while typing: the field is left first.
    expect(writes).toEqual([]);
    await user.tab();
    await waitFor(() => expect(writes).toEqual([1]));
    expect((await db.exitPlans.get(plan.id))?.noticeDays).toBe(120);
    expect(await screen.findByText('Notice period: 120 days')).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'No start date yet' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Current annual pay'), '310,000');
    await user.tab();
    await waitFor(() => expect(writes).toEqual([1, 1]));
    expect((await db.exitPlans.get(plan.id))?.currentAnnualPay).toBe(310000);
    // Leaving a field unchanged writes nothing.
    await user.click(screen.getByLabelText('Notice period (days)'));
    await user.tab();
    expect(writes).toEqual([1, 1]);
    expect(
      within(screen.getByRole('region', { name: 'Your contract' })).getByRole('status'),
    ).toHaveTextContent('Saved as you type.');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(async () =>
      expect((await db.exitPlans.get(plan.id))?.currentAnnualPay).toBeNull(),
    );
    expect((await db.exitPlans.get(plan.id))?.noticeDays).toBe(120);
    await waitFor(() => expect(screen.getByLabelText('Current annual pay')).toHaveValue(''));
    stop();
  });

  it('keeps what was typed when the screen is left: a valid value is saved, an invalid one waits with its reason', async () => {
    const leaving = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const first = renderScreen();
    await first.type(await screen.findByLabelText('Notice period (days)'), '120');
    await first.type(screen.getByLabelText('Current annual pay'), '310.000');
    // To the Timeline and back, with the cursor still in the pay field.
    cleanup();
    await waitFor(async () => expect((await db.exitPlans.get(plan.id))?.noticeDays).toBe(120));
    expect((await db.exitPlans.get(plan.id))?.currentAnnualPay).toBeNull();
    // The shell asks before a reload would drop the text that could not be saved.
    render(<AskBeforeLeaving />);
    expect(leaving()).toBe(true);

    renderScreen();
    const pay = await screen.findByLabelText('Current annual pay');
    expect(pay).toHaveValue('310.000');
    expect(pay).toHaveAttribute('aria-invalid', 'true');
    expect(pay).toHaveAccessibleDescription(
      expect.stringContaining('Write the amount without a dot for thousands'),
    );
    expect(screen.getByLabelText('Notice period (days)')).toHaveValue('120');
    expect(
      within(screen.getByRole('region', { name: 'Your contract' })).getByRole('status'),
    ).toHaveTextContent('Not saved: 1 field needs a fix, marked above.');
  });

  it.each([
    ['Notice period (days)', '0', 'Notice period must be 1 to 365 days.'],
    ['Notice period (days)', '400', 'Notice period must be 1 to 365 days.'],
    ['Current annual pay', '-250000', 'Current annual pay can’t be negative.'],
  ])(
    'refuses %s of %s with a clear message, and changes nothing',
    async (label, value, message) => {
      await saveContract(plan.id, contract);
      const before = await db.exitPlans.get(plan.id);
      const user = renderScreen();
      const input = await screen.findByLabelText(label);
      await user.clear(input);
      await user.type(input, value);
      await user.click(screen.getByRole('button', { name: 'Save contract' }));
      expect(await screen.findByText(message)).toBeInTheDocument();
      expect(screen.getByLabelText(label)).toHaveAttribute('aria-invalid', 'true');
      expect(screen.getByLabelText(label)).toHaveAccessibleDescription(
        expect.stringContaining(message),
      );
      expect(await db.exitPlans.get(plan.id)).toEqual(before);
    },
  );

  it('refuses a planned start date before today', async () => {
    const user = renderScreen();
    await screen.findByLabelText('Planned start date');
    setDate('Planned start date', '2027-05-31');
    await user.click(screen.getByRole('button', { name: 'Save dates' }));
    expect(
      await screen.findByText(
        'The planned start date can’t be in the past. Pick Jun 1, 2027 or later.',
      ),
    ).toBeInTheDocument();
    expect(await db.exitPlans.get(plan.id)).toBeUndefined();
  });

  it('flags clawbacks still running on the last clinical day, with their amounts', async () => {
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: null, noticeGivenOn: '2027-05-20' });
    await addClawback(plan.id, { kind: 'sign-on', amount: 20000, endsOn: '2027-12-31' });
    await addClawback(plan.id, { kind: 'retention', amount: 5000, endsOn: '2027-08-18' });
    renderScreen();
    const section = within(await screen.findByRole('region', { name: 'Clawbacks' }));
    expect(
      section.getByText(
        'Your last clinical day is Aug 18, 2027. One clawback would still be running then: $20,000 to pay back.',
      ),
    ).toBeInTheDocument();
    expect(section.getByText('Still running: $20,000 to pay back')).toBeInTheDocument();
    expect(section.getAllByText(/Still running/)).toHaveLength(1);
  });

  it('checks clawbacks against the day before the planned start date, and says so', async () => {
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: '2027-09-15', noticeGivenOn: null });
    await addClawback(plan.id, { kind: 'sign-on', amount: 20000, endsOn: '2027-12-31' });
    renderScreen();
    const section = within(await screen.findByRole('region', { name: 'Clawbacks' }));
    expect(
      section.getByText(
        'Giving notice by the deadline, your last clinical day would be Sep 14, 2027, the day before your planned start date. One clawback would still be running then: $20,000 to pay back.',
      ),
    ).toBeInTheDocument();
  });

  it('shows months of runway against the target, and 12 months when leaving with nothing lined up', async () => {
    const user = renderScreen();
    await user.type(await screen.findByLabelText('Cash set aside'), '30000');
    await user.type(screen.getByLabelText(/^Housing/), '3000');
    await user.type(screen.getByLabelText(/^Basic food/), '1000');
    await user.type(screen.getByLabelText(/^Loan minimums/), '1000');
    await user.click(screen.getByRole('button', { name: 'Save runway' }));
    // The section is drawn afresh from the saved figures, so look it up each time.
    const runway = () => within(screen.getByRole('region', { name: 'Runway' }));
    expect(await screen.findByText('6 months of runway')).toBeInTheDocument();
    expect(
      runway().getByText(
        /Target: 3 to 6 months\. Bare bones come to \$5,000 a month\. Within the target\./,
      ),
    ).toBeInTheDocument();
    await user.click(screen.getByLabelText(/I might leave before an offer is signed/));
    await user.click(screen.getByRole('button', { name: 'Save runway' }));
    expect(
      await screen.findByText(
        /Target: 12 months when leaving with nothing lined up\..*Another \$30,000 would reach 12 months\./,
      ),
    ).toBeInTheDocument();
  });

  it('counts listed debts in the runway with their minimums, shown and linked; its own field is for loans not listed', async () => {
    await addDebt(plan.id, { name: 'Student loan', monthlyMinimum: 1100 });
    await addDebt(plan.id, { name: 'Car', monthlyMinimum: 400 });
    const user = renderScreen();
    const runway = within(await screen.findByRole('region', { name: 'Runway' }));
    expect(runway.queryByLabelText(/^Loan minimums/)).not.toBeInTheDocument();
    const other = runway.getByLabelText(/^Other loan minimums/);
    expect(other).toHaveAccessibleDescription(/Loans not listed under Debts/);
    expect(runway.getByText('$1,500 a month')).toBeInTheDocument();
    await user.type(runway.getByLabelText('Cash set aside'), '30000');
    await user.type(runway.getByLabelText(/^Housing/), '3000');
    await user.type(other, '500');
    await user.tab();
    // 3,000 + 500 typed, and the debts' 1,500 from the list: 5,000 a month.
    expect(await runway.findByText('6 months of runway')).toBeInTheDocument();
    expect(
      runway.getByText(/Bare bones come to \$5,000 a month, your debts’ minimums included\./),
    ).toBeInTheDocument();
    await user.click(runway.getByRole('button', { name: 'See your debts' }));
    expect(screen.getByRole('heading', { name: 'Debts' })).toHaveFocus();
  });

  it('offers the exit dates as a calendar file', async () => {
    await saveContract(plan.id, contract);
    await saveExitDates(plan.id, { plannedStartDate: '2027-12-01', noticeGivenOn: null });
    const created: Blob[] = [];
    const createObjectURL = vi.fn((b: Blob) => {
      created.push(b);
      return 'blob:exit';
    });
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Download calendar file (.ics)' }));
    await waitFor(() => expect(created).toHaveLength(1));
    const text = await created[0]?.text();
    expect(text).toContain('SUMMARY:Give notice by today');
    expect(text).toContain('DTSTART;VALUE=DATE:20270901');
    expect(text).toContain('DTSTART;VALUE=DATE:20271201');
    expect(created[0]?.type).toBe('text/calendar');
  });
});
