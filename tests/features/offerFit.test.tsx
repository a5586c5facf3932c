import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { db } from '../../src/db/database';
import { beforeEach, describe, expect, it, vi, afterEach } from 'vitest';
import { addClawback, saveContract, saveExitDates } from '../../src/db/exitPlan';
import { addOpportunity } from '../../src/db/opportunities';
import { setSetting } from '../../src/db/settings';
import type { Plan } from '../../src/domain/schema/plan';
import { OpportunitiesScreen } from '../../src/features/opportunities/OpportunitiesScreen';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

async function twoOffers() {
  await addOpportunity(plan.id, {
    company: 'Acme',
    title: 'Medical Director',
    roleType: 'payer',
    stage: 'written-offer',
    baseSalary: 250000,
    bonusPercent: 10,
    signOnBonus: 20000,
    remotePolicy: 'hybrid',
    officeDaysPerMonth: 8,
    clinicalShare: 0,
    proposedStartDate: '2027-10-01',
  });
  await addOpportunity(plan.id, {
    company: 'Beta',
    title: 'Medical Affairs Lead',
    roleType: 'medical-affairs',
    stage: 'verbal-offer',
    baseSalary: 300000,
    remotePolicy: 'remote',
    clinicalShare: 20,
    proposedStartDate: '2028-03-01',
  });
}

const table = async () =>
  within(await screen.findByRole('region', { name: 'Offers side by side' }));

describe('Compare offers against the vision and what leaving costs', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2027, 5, 1, 9)); // Tue Jun 1, 2027
    plan = await freshPlan();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('says where each offer falls short of the vision, and where it fits', async () => {
    await setSetting('vision', {
      weeklyHours: 40,
      clinicalShare: 20,
      income: 290000,
      workplace: 'remote',
      place: '',
      goodDay: '',
    });
    await twoOffers();
    render(<OpportunitiesScreen plan={plan} />);
    const t = await table();
    const row = await t.findByRole('row', { name: /^Against your vision/ });
    const [, acme, beta] = within(row).getAllByRole('cell');
    expect(acme).toHaveTextContent(
      'Falls short: hybrid with 8 office days a month (you want remote)' +
        'Falls short: $15,000 a year below your $290,000 income target' +
        'Falls short: no clinical time (you want 20%)',
    );
    expect(beta).toHaveTextContent(
      'Fits: remote (you want remote)' +
        'Fits: $300,000 a year (your target: $290,000)' +
        'Fits: 20% clinical time (you want 20%)',
    );
    expect(t.getByRole('row', { name: /^Clinical time/ })).toHaveTextContent('You want 20%0%20%');
    expect(screen.queryByText(/Write your vision on the Overview/)).not.toBeInTheDocument();
  });

  it('without a vision, it says where to write one and shows no vision row', async () => {
    await twoOffers();
    render(<OpportunitiesScreen plan={plan} />);
    const t = await table();
    expect(screen.getByRole('link', { name: 'Write your vision on the Overview' })).toHaveAttribute(
      'href',
      '#/',
    );
    expect(t.queryByRole('row', { name: /^Against your vision/ })).not.toBeInTheDocument();
  });

  it('the first year counts the clawbacks leaving would trigger and tail coverage, so the difference against current pay is real', async () => {
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: true,
      tailCost: 30000,
      nonCompeteNotes: '',
      currentAnnualPay: 300000,
    });
    await saveExitDates(plan.id, { plannedStartDate: null, noticeGivenOn: null });
    // A sign-on bonus from the clinical job, owed back if you leave before Dec 31, 2027.
    await addClawback(plan.id, { kind: 'sign-on', amount: 40000, endsOn: '2027-12-31' });
    await twoOffers();
    render(<OpportunitiesScreen plan={plan} />);
    const t = await table();
    const row = (name: string) => t.getByRole('row', { name: new RegExp(`^${name}`) });
    await waitFor(() => expect(row('What leaving costs')).toBeInTheDocument());
    const [, acme, beta] = within(row('What leaving costs')).getAllByRole('cell');
    // Acme starts Oct 1: the last clinical day is Sep 30, before the clawback ends.
    expect(acme).toHaveTextContent(
      'Sign-on bonus to pay back: $40,000 (runs to Dec 31, 2027)Tail coverage: $30,000 If your last clinical day is Sep 30, 2027.',
    );
    // Beta starts Mar 1, 2028: the last clinical day (Feb 29, 2028) is after it ends.
    expect(beta).toHaveTextContent('Tail coverage: $30,000');
    expect(beta).not.toHaveTextContent('Sign-on');
    // 250,000 + 25,000 + 20,000 = 295,000 first year; less 70,000.
    expect(row('First year')).toHaveTextContent('$300,000$295,000$300,000');
    expect(row('After leaving costs, first year')).toHaveTextContent('$300,000$225,000$270,000');
    expect(row('Against current pay, first year, leaving costs counted')).toHaveTextContent(
      '−$75,000 pay cut−$30,000 pay cut',
    );
    // Each year after: no leaving costs.
    expect(row('Against current pay, each year after')).toHaveTextContent('−$25,000 pay cut$0');
  });

  it('says what is missing when the tail coverage cost is not entered', async () => {
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: true,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: 300000,
    });
    await twoOffers();
    render(<OpportunitiesScreen plan={plan} />);
    const t = await table();
    const costs = await t.findByRole('row', { name: /^What leaving costs/ });
    expect(within(costs).getAllByRole('cell')[1]).toHaveTextContent(
      'Nothing to pay back Add the tail coverage cost in the exit plan to count it all.',
    );
  });

  it('the dialog asks for the clinical time a role allows, checks it, and keeps it', async () => {
    const user = userEvent.setup();
    render(<OpportunitiesScreen plan={plan} />);
    await user.click(await screen.findByRole('button', { name: 'Add opportunity' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Add opportunity' }));
    await user.type(dialog.getByLabelText('Company', { exact: true }), 'Acme');
    await user.type(dialog.getByLabelText('Title', { exact: true }), 'Medical Director');
    const clinical = dialog.getByLabelText(/^Clinical time allowed \(%\)/);
    await user.type(clinical, '120');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByText('Clinical time must be between 0 and 100.')).toBeInTheDocument();
    await user.clear(clinical);
    await user.type(clinical, '20');
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(async () =>
      expect((await db.opportunities.toArray())[0]?.clinicalShare).toBe(20),
    );
  });
});
