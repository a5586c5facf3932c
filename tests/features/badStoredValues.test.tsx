/**
 * Issue 18's crafted imports crashed four screens, hiding the forms that could repair the data.
 * The schemas now refuse those values, but an older version may have stored them: each screen
 * shows them, says what looks wrong, and its form fixes it.
 */
import { configure, fireEvent, render, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { saveContract } from '../../src/db/exitPlan';
import { addContact } from '../../src/db/contacts';
import type { Plan } from '../../src/domain/schema/plan';
import { useFeedback } from '../../src/state/feedback';
import { attempt, SectionBoundary } from '../../src/ui/SectionBoundary';
import { freshPlan } from '../support/plan';
import { openApp, screen, waitFor } from '../support/render';

configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

/** Write a value the schemas refuse, as an older version could: straight into the table. */
async function storeExitDates(dates: { plannedStartDate?: string; noticeGivenOn?: string }) {
  await saveContract(plan.id, {
    noticeDays: 365,
    tailRequired: false,
    tailCost: null,
    nonCompeteNotes: '',
    currentAnnualPay: null,
  });
  await db.exitPlans.update(plan.id, dates);
}

const noCrash = () =>
  expect(screen.queryByRole('heading', { name: 'Something went wrong on this screen' })).toBeNull();

describe('screens that meet a value an older version stored', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 11, 7, 9, 30));
    useFeedback.setState({ toast: null, history: [] });
    plan = await freshPlan();
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('Timeline: a plan starting in Jun 9999 shows its months, says the start looks wrong, and Settings fixes it', async () => {
    await db.plans.update(plan.id, { startMonth: '9999-06' });
    const { user } = await openApp('#/timeline', 'Timeline');
    noCrash();
    expect(await screen.findAllByRole('region', { name: /^Month \d+ · / })).toHaveLength(12);
    // The banners load once the first screen has shown (docs/performance.md, budget 1).
    const banner = await screen.findByRole('region', { name: 'Date to fix' });
    expect(banner).toHaveTextContent(
      'The plan’s start month (Jun 9999) looks wrong: pick a month between Jan 1900 and Dec 2199.',
    );
    await user.click(within(banner).getByRole('link', { name: 'Fix it in Settings' }));
    const start = await screen.findByLabelText('Plan start month');
    expect(start).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('link', { name: 'Fix it in Settings' })).toBeNull();
    fireEvent.change(start, { target: { value: '2027-01' } });
    expect(start).toHaveAttribute('aria-invalid', 'false');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Date to fix' })).toBeNull());
    expect((await db.plans.get(plan.id))?.startMonth).toBe('2027-01');
  });

  it('Overview: notice given on 9999-12-31 is named in the exit card instead of counted', async () => {
    await storeExitDates({ noticeGivenOn: '9999-12-31' });
    await openApp('#/overview', 'Overview');
    noCrash();
    expect(
      await screen.findByRole('link', {
        name: /Notice given on \(Dec 31, 9999\) looks wrong: pick a date between Jan 1, 1900 and Dec 31, 2199\./,
      }),
    ).toHaveAttribute('href', '#/exit');
  });

  it('Exit plan: a planned start of 1000-01-01 with 365 days’ notice is shown by its field, and fixed there', async () => {
    await storeExitDates({ plannedStartDate: '1000-01-01' });
    const { user } = await openApp('#/exit', 'Exit plan');
    noCrash();
    expect(await screen.findByRole('heading', { name: 'A date looks wrong' })).toBeInTheDocument();
    const field = screen.getByLabelText('Planned start date');
    expect(field).toHaveValue('1000-01-01');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      expect.stringContaining('Planned start date (Jan 1, 1000) looks wrong'),
    );
    fireEvent.change(field, { target: { value: '2028-06-01' } });
    await user.click(screen.getByRole('button', { name: 'Save dates' }));
    expect(
      await screen.findByRole('heading', { name: 'Waiting for an offer' }),
    ).toBeInTheDocument();
    expect((await db.exitPlans.get(plan.id))?.plannedStartDate).toBe('2028-06-01');
  });

  it('Exit plan: notice given on 9999-12-31 says so, and clearing the field fixes it', async () => {
    await storeExitDates({ noticeGivenOn: '9999-12-31' });
    const { user } = await openApp('#/exit', 'Exit plan');
    noCrash();
    expect(await screen.findByRole('heading', { name: 'A date looks wrong' })).toBeInTheDocument();
    const field = screen.getByLabelText('Notice given on');
    expect(field).toHaveAttribute('aria-invalid', 'true');
    await user.clear(field);
    await user.click(screen.getByRole('button', { name: 'Save dates' }));
    await waitFor(() =>
      expect(screen.queryByRole('heading', { name: 'A date looks wrong' })).toBeNull(),
    );
    expect((await db.exitPlans.get(plan.id))?.noticeGivenOn).toBeNull();
  });

  it('Networking: a contact checked in on 9999-12-31 with a 52-week interval is listed and due from the last contact', async () => {
    const { value: id } = await addContact({ name: 'Dr. Ada Lovelace', checkInWeeks: 52 });
    await db.contacts.update(id, {
      checkedInOn: '9999-12-31',
      createdAt: '2025-11-01T09:00:00.000Z',
    });
    await openApp('#/networking', 'Networking');
    noCrash();
    expect((await screen.findAllByText('Dr. Ada Lovelace')).length).toBeGreaterThan(0);
    expect(screen.queryByText(/9999/)).toBeNull();
  });
});

describe('a part of a screen that throws', () => {
  function Throws(): never {
    throw new RangeError('Not a calendar month: 10000-01');
  }

  it('says so in its place, and the form beside it stays', () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <>
        <SectionBoundary what="The countdown">
          <Throws />
        </SectionBoundary>
        <form aria-label="Dates">
          <input aria-label="Notice given on" />
        </form>
      </>,
    );
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The countdown could not be shown (Not a calendar month: 10000-01). The rest of this screen still works: check the dates and numbers in its forms.',
    );
    expect(screen.getByRole('form', { name: 'Dates' })).toBeInTheDocument();
    expect(attempt('The summary', () => JSON.parse('{'))).toMatchObject({
      ok: false,
      problem: expect.stringMatching(/^The summary could not be shown/),
    });
    expect(attempt('The summary', () => 1)).toEqual({ ok: true, value: 1 });
    vi.restoreAllMocks();
  });
});
