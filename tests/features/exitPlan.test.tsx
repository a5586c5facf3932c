import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { Announcer, Toaster } from '../../src/app/Feedback';
import { db } from '../../src/db/database';
import { addClawback, saveContract, saveExitDates } from '../../src/db/exitPlan';
import { addOpportunity } from '../../src/db/opportunities';
import { loadSchemas } from '../../src/db/schemas';
import type { Plan } from '../../src/domain/schema/plan';
import { ExitScreen } from '../../src/features/exit/ExitScreen';
import { freshPlan } from '../support/plan';

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

  it('says plainly which section has unsaved changes, and asks before the page is left', async () => {
    const leaving = () => {
      const e = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(e);
      return e.defaultPrevented;
    };
    const user = renderScreen();
    const contractSection = within(await screen.findByRole('region', { name: 'Your contract' }));
    const datesSection = within(screen.getByRole('region', { name: 'Dates' }));
    expect(contractSection.getByRole('status')).toHaveTextContent('');
    expect(leaving()).toBe(false);

    await user.type(contractSection.getByLabelText('Notice period (days)'), '90');
    expect(contractSection.getByRole('status')).toHaveTextContent(
      'Not saved yet. Press “Save contract” to keep these changes.',
    );
    expect(leaving()).toBe(true);

    // Saving another section saves only that one: the contract still says it is not saved.
    setDate('Planned start date', '2027-12-01');
    expect(datesSection.getByRole('status')).toHaveTextContent(
      'Not saved yet. Press “Save dates” to keep these changes.',
    );
    await user.click(datesSection.getByRole('button', { name: 'Save dates' }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('region', { name: 'Dates' })).getByRole('status'),
      ).toHaveTextContent(''),
    );
    expect(
      screen.getByRole('heading', { name: 'Start with your notice period' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Your contract' })).getByRole('status'),
    ).toHaveTextContent(/Not saved yet/);
    expect(screen.getByLabelText('Notice period (days)')).toHaveValue('90');
    expect(leaving()).toBe(true);

    await user.click(screen.getByRole('button', { name: 'Save contract' }));
    expect(
      await screen.findByRole('heading', { name: 'Waiting for an offer' }),
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole('region', { name: 'Your contract' })).getByRole('status'),
    ).toHaveTextContent('');
    expect(leaving()).toBe(false);

    // Typing the saved value back, or the same amount written another way, is not a change.
    const contractNote = () =>
      within(screen.getByRole('region', { name: 'Your contract' })).getByRole('status');
    const notice = screen.getByLabelText('Notice period (days)');
    await user.type(notice, '5');
    expect(contractNote()).toHaveTextContent(/Not saved yet/);
    await user.type(notice, '{Backspace}');
    expect(contractNote()).toHaveTextContent('');
    await user.clear(screen.getByLabelText('Notice period (days)'));
    await user.type(screen.getByLabelText('Notice period (days)'), ' 90');
    expect(contractNote()).toHaveTextContent('');
    expect(leaving()).toBe(false);
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
