import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Announcer, Toaster } from '../../src/app/Feedback';
import { addContact } from '../../src/db/contacts';
import { db } from '../../src/db/database';
import { saveContract } from '../../src/db/exitPlan';
import { addOpportunity } from '../../src/db/opportunities';
import { addDays, dayLabel, today } from '../../src/domain/calendar';
import type { Plan } from '../../src/domain/schema/plan';
import { OpportunitiesScreen } from '../../src/features/opportunities/OpportunitiesScreen';
import { loadSchemas } from '../../src/db/schemas';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

async function setup() {
  plan = await freshPlan();
}

function renderScreen() {
  const user = userEvent.setup();
  render(
    <>
      <OpportunitiesScreen plan={plan} />
      <Toaster />
      <Announcer />
    </>,
  );
  return user;
}

const stage = (name: string) => screen.getByRole('region', { name });

// The machine is shared: give slow runs room (a ceiling, not a timing assertion).
describe('Opportunities', { timeout: 20_000 }, () => {
  // Load the lazy chunks once up front, as a browser would have them cached after the first use.
  beforeAll(async () => {
    await Promise.all([
      loadSchemas(),
      import('../../src/features/opportunities/OpportunityDialog'),
    ]);
  });
  beforeEach(setup);

  it('adds an opportunity through the dialog, and it appears in its stage', async () => {
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add opportunity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add opportunity' });
    await user.type(within(dialog).getByLabelText('Company'), 'Acme Bio');
    await user.type(
      within(dialog).getByLabelText('Title', { exact: false, selector: 'input' }),
      'Medical Director',
    );
    await user.selectOptions(within(dialog).getByLabelText('Role type'), 'Payer / insurance');
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Applied');
    await user.type(within(dialog).getByLabelText(/^Base salary/), '250,000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const applied = stage('Applied');
    expect(
      within(applied).getByRole('button', { name: 'Acme Bio – Medical Director' }),
    ).toBeInTheDocument();
    expect(
      within(applied).getByRole('button', { name: 'Move Acme Bio – Medical Director' }),
    ).toBeInTheDocument();
    expect(within(applied).getByText('Payer / insurance')).toBeInTheDocument();
    // Just added, not moved: the card says so.
    expect(within(applied).getByText('Added today')).toBeInTheDocument();
    expect(await db.opportunities.toArray()).toMatchObject([
      { company: 'Acme Bio', stage: 'applied', baseSalary: 250000, roleType: 'payer' },
    ]);
    expect(
      await screen.findByText('Added “Acme Bio – Medical Director” to Applied'),
    ).toBeInTheDocument();
  });

  it('links the referral to a networking contact picked as you type', async () => {
    const { value: contactId } = await addContact({
      name: 'Priya Raman',
      title: 'Medical Director',
      company: 'Acme Bio',
    });
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add opportunity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add opportunity' });
    await user.type(within(dialog).getByLabelText('Company'), 'Acme Bio');
    await user.type(
      within(dialog).getByLabelText('Title', { exact: false, selector: 'input' }),
      'MSL',
    );
    await user.type(within(dialog).getByRole('combobox', { name: 'Referred by' }), 'pri');
    await user.click(await within(dialog).findByRole('option', { name: /Priya Raman/ }));
    expect(within(dialog).getByRole('combobox', { name: 'Referred by' })).toHaveValue(
      'Priya Raman',
    );
    expect(within(dialog).getByText('Linked to your networking contact.')).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.opportunities.toArray()).toMatchObject([
      { referralContactId: contactId, referredBy: 'Priya Raman' },
    ]);
    // The card comes back through the live query, a moment after the dialog closes.
    expect(await within(stage('Target')).findByText('Referred by Priya Raman')).toBeInTheDocument();
  });

  it('refuses bad input by the field and saves nothing', async () => {
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add opportunity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add opportunity' });
    await user.type(within(dialog).getByLabelText(/^Base salary/), '-5000');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(within(dialog).getByText('Company can’t be empty.')).toBeInTheDocument();
    expect(within(dialog).getByText('Base salary can’t be negative.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Base salary/)).toHaveAttribute('aria-invalid', 'true');
    expect(await db.opportunities.count()).toBe(0);
  });

  it('checks the link with the other fields, and offers a saved web link to open', async () => {
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Add opportunity' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add opportunity' });
    await user.type(within(dialog).getByLabelText(/^Base salary/), '-5000');
    await user.type(within(dialog).getByLabelText(/^Link/), 'javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    // Both at once, not the link only after the salary is fixed.
    expect(within(dialog).getByText('Base salary can’t be negative.')).toBeInTheDocument();
    expect(within(dialog).getByLabelText(/^Link/)).toHaveAccessibleDescription(
      'Link must be a web address, such as careers.example.com/jobs/123 (other kinds of links are not kept).',
    );
    expect(await db.opportunities.count()).toBe(0);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));

    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'applied',
      link: 'https://jobs.example.com/msl-42',
    });
    await user.click(await screen.findByRole('button', { name: 'Acme – MSL' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit opportunity' });
    const open = within(edit).getByRole('link', { name: /^Open the posting/ });
    expect(open).toHaveAttribute('href', 'https://jobs.example.com/msl-42');
    expect(open).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('moves a card to the next stage with the keyboard and records the change', async () => {
    await addOpportunity(
      plan.id,
      { company: 'Acme', title: 'MSL', roleType: 'medical-affairs', stage: 'target' },
      addDays(today(), -3),
    );
    const user = renderScreen();
    const handle = await screen.findByRole('button', { name: 'Move Acme – MSL' });
    handle.focus();
    await user.keyboard(' ');
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Move Acme – MSL' })).toHaveAttribute(
        'aria-pressed',
        'true',
      ),
    );
    await user.keyboard('{ArrowRight}');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        '“Acme – MSL”: Applied, position 1 of 1.',
      ),
    );
    await user.keyboard(' ');
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Moved “Acme – MSL” to Applied, position 1 of 1.',
      ),
    );
    await waitFor(() =>
      expect(
        within(stage('Applied')).getByRole('button', { name: 'Acme – MSL' }),
      ).toBeInTheDocument(),
    );
    expect(
      within(stage('Target')).queryByRole('button', { name: 'Acme – MSL' }),
    ).not.toBeInTheDocument();
    const [row] = await db.opportunities.toArray();
    expect(row?.history.map((h) => [h.stage, h.on])).toEqual([
      ['target', addDays(today(), -3)],
      ['applied', today()],
    ]);
  });

  it('asks why when a card is moved to Closed, and cancelling leaves it where it was', async () => {
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'accepted',
    });
    const user = renderScreen();
    const pickUpAndGoRight = async () => {
      screen.getByRole('button', { name: 'Move Acme – MSL' }).focus();
      await user.keyboard(' ');
      await waitFor(() =>
        expect(screen.getByRole('button', { name: 'Move Acme – MSL' })).toHaveAttribute(
          'aria-pressed',
          'true',
        ),
      );
      await user.keyboard('{ArrowRight}');
      await waitFor(() =>
        expect(screen.getByTestId('announcer')).toHaveTextContent('Closed, position 1 of 1.'),
      );
      await user.keyboard(' ');
      return screen.findByRole('dialog', { name: 'Why did it close?' });
    };
    await screen.findByRole('button', { name: 'Move Acme – MSL' });

    let dialog = await pickUpAndGoRight();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() =>
      expect(screen.getByTestId('announcer')).toHaveTextContent(
        'Move cancelled. “Acme – MSL” is back in Accepted',
      ),
    );
    expect(
      within(stage('Accepted')).getByRole('button', { name: 'Acme – MSL' }),
    ).toBeInTheDocument();
    expect((await db.opportunities.toArray())[0]?.stage).toBe('accepted');

    dialog = await pickUpAndGoRight();
    await user.click(within(dialog).getByRole('button', { name: 'Close it' }));
    expect(
      within(dialog).getByText('Pick why it closed: declined, rejected or withdrawn.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: /Declined/ }));
    await user.click(within(dialog).getByRole('button', { name: 'Close it' }));
    await waitFor(() => expect(within(stage('Closed')).getByText('Declined')).toBeInTheDocument());
    expect((await db.opportunities.toArray())[0]).toMatchObject({
      stage: 'closed',
      closedReason: 'declined',
    });
  });

  it('changes stage without dragging, through the card’s dialog, and the history reads as a log', async () => {
    await addOpportunity(
      plan.id,
      { company: 'Acme', title: 'MSL', roleType: 'medical-affairs', stage: 'applied' },
      addDays(today(), -10),
    );
    const user = renderScreen();
    await user.click(await screen.findByRole('button', { name: 'Acme – MSL' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit opportunity' });
    expect(within(dialog).getByRole('region', { name: 'History' })).toHaveTextContent(
      `${dayLabel(addDays(today(), -10))} Added as Applied`,
    );
    await user.selectOptions(within(dialog).getByLabelText('Stage'), 'Interviewing');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() =>
      expect(
        within(stage('Interviewing')).getByRole('button', { name: 'Acme – MSL' }),
      ).toBeInTheDocument(),
    );
    await user.click(screen.getByRole('button', { name: 'Acme – MSL' }));
    expect(
      within(screen.getByRole('dialog', { name: 'Edit opportunity' })).getByRole('region', {
        name: 'History',
      }),
    ).toHaveTextContent(`${dayLabel(today())} Moved to Interviewing after 10 days in Applied`);
  });

  it('compares offers side by side with the current job, showing a pay cut', async () => {
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: 300000,
    });
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'Medical Director',
      roleType: 'payer',
      stage: 'written-offer',
      baseSalary: 250000,
      bonusPercent: 10,
      signOnBonus: 20000,
      equityPerYear: 0,
      remotePolicy: 'remote',
      officeDaysPerMonth: 2,
    });
    await addOpportunity(plan.id, {
      company: 'Tiny',
      title: 'Chief Medical Officer',
      roleType: 'health-tech',
      stage: 'verbal-offer',
      baseSalary: 320000,
      companySize: 8,
    });
    await addOpportunity(plan.id, {
      company: 'Later',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'interviewing',
      baseSalary: 999999,
    });
    renderScreen();
    const table = within(await screen.findByRole('region', { name: 'Offers side by side' }));
    const headers = table.getAllByRole('columnheader').map((h) => h.textContent);
    expect(headers).toEqual([
      'Current job',
      'Acme – Medical Director',
      'Tiny – Chief Medical Officer',
    ]);
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
    expect(row('First year')).toHaveTextContent('$300,000$295,000$320,000');
    expect(row('Each year after')).toHaveTextContent('$300,000$275,000$320,000');
    expect(row('Against current pay, first year')).toHaveTextContent('−$5,000 pay cut+$20,000');
    expect(row('Against current pay, each year after')).toHaveTextContent(
      '−$25,000 pay cut+$20,000',
    );
    expect(row('Remote policy')).toHaveTextContent('Remote, 2 office days a month');
    expect(row('Worth asking about')).toHaveTextContent(
      /Listed as remote, yet it asks for 2 office days a month/,
    );
    expect(row('Worth asking about')).toHaveTextContent(
      /Chief Medical Officer title at a company of 8 people/,
    );
    expect(screen.queryByText('Later – MSL', { selector: 'th' })).not.toBeInTheDocument();
  });

  it('shows no totals, and no pay cut, for an offer without a base salary', async () => {
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: 300000,
    });
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'MSL',
      roleType: 'medical-affairs',
      stage: 'verbal-offer',
      signOnBonus: 10000,
      bonusPercent: 15,
    });
    await addOpportunity(plan.id, {
      company: 'Beta',
      title: 'Medical Director',
      roleType: 'payer',
      stage: 'written-offer',
      baseSalary: 310000,
    });
    renderScreen();
    const table = within(await screen.findByRole('region', { name: 'Offers side by side' }));
    const row = (name: string) => table.getByRole('row', { name: new RegExp(`^${name}`) });
    // The cells line up with the column headers (Current job, then the offers).
    const acmeAt = table
      .getAllByRole('columnheader')
      .findIndex((h) => h.textContent === 'Acme – MSL');
    expect(acmeAt).toBeGreaterThan(0);
    for (const name of [
      'First year',
      'Each year after',
      'Against current pay, first year',
      'Against current pay, each year after',
    ]) {
      const acme = within(row(name)).getAllByRole('cell')[acmeAt];
      expect(acme).toHaveTextContent(/^— \(no base salary yet\)$/);
      expect(acme).not.toHaveTextContent(/\$|pay cut/);
    }
    // Its bonus is a share of a salary not known yet, not $0.
    expect(within(row('Target bonus')).getAllByRole('cell')[acmeAt]).toHaveTextContent(
      /^15% of base$/,
    );
    // The complete offer beside it is still added up.
    expect(row('First year')).toHaveTextContent('$310,000');
    expect(row('Against current pay, first year')).toHaveTextContent('+$10,000');
    expect(
      screen.getByText(/Acme – MSL has no base salary yet; add it to see the totals\./),
    ).toBeInTheDocument();
  });

  it('makes a written offer’s start date the planned start date in one step', async () => {
    const start = addDays(today(), 120);
    await addOpportunity(plan.id, {
      company: 'Acme',
      title: 'Medical Director',
      roleType: 'payer',
      stage: 'verbal-offer',
      proposedStartDate: addDays(start, 14),
    });
    const written = await addOpportunity(plan.id, {
      company: 'Beta',
      title: 'Clinical Scientist',
      roleType: 'clinical-development',
      stage: 'written-offer',
      proposedStartDate: start,
    });
    const user = renderScreen();
    const table = within(await screen.findByRole('region', { name: 'Offers side by side' }));
    // Only the written offer can set the date.
    expect(table.getAllByRole('button', { name: /^Use this start date/ })).toHaveLength(1);
    await user.click(
      table.getByRole('button', {
        name: `Use this start date: ${dayLabel(start)}, Beta – Clinical Scientist`,
      }),
    );
    await waitFor(async () =>
      expect((await db.exitPlans.get(plan.id))?.plannedStartDate).toBe(start),
    );
    expect(
      await screen.findByText(
        `Planned start date set to ${dayLabel(start)}, from Beta – Clinical Scientist`,
      ),
    ).toBeInTheDocument();
    expect(await table.findByText('(your planned start)')).toBeInTheDocument();
    expect(table.queryByRole('button', { name: /^Use this start date/ })).not.toBeInTheDocument();
    expect((await db.opportunities.get(written.value))?.stage).toBe('written-offer');
  });
});
