import { configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { addClawback, addDebt } from '../../src/db/exitPlan';
import { loadSchemas } from '../../src/db/schemas';
import type { Plan } from '../../src/domain/schema/plan';
import { ExitScreen } from '../../src/features/exit/ExitScreen';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

function renderScreen() {
  const user = userEvent.setup();
  render(<ExitScreen plan={plan} />);
  return user;
}

describe('the Exit plan’s clawback and debt dialogs when their row changes underneath', () => {
  beforeAll(async () => {
    await loadSchemas();
  });

  beforeEach(async () => {
    plan = await freshPlan();
  });

  it('a clawback takes the other tab’s amount, says so, and saves only what was typed here', async () => {
    const { value: id } = await addClawback(plan.id, {
      kind: 'sign-on',
      amount: 20000,
      endsOn: '2027-12-31',
    });
    const user = renderScreen();
    const section = within(await screen.findByRole('region', { name: 'Clawbacks' }));
    await user.click(section.getByRole('button', { name: /^Edit Sign-on/ }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit clawback' }));
    await user.type(dialog.getByLabelText(/^Description/), 'From the offer letter');

    await db.clawbacks.update(id, { amount: 15000 }); // another tab
    expect(
      await dialog.findByText(/^This clawback was changed while it was open here/),
    ).toBeVisible();
    await waitFor(() => expect(dialog.getByLabelText('Amount')).toHaveValue('15000'));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.clawbacks.get(id)).toMatchObject({
      amount: 15000,
      description: 'From the offer letter',
      endsOn: '2027-12-31',
    });
  });

  it('a debt’s name changed both here and there is a choice, and a save waits for it', async () => {
    const { value: id } = await addDebt(plan.id, {
      name: 'Car loan',
      monthlyMinimum: 400,
      rateResetsOn: null,
    });
    const user = renderScreen();
    const section = within(await screen.findByRole('region', { name: 'Debts' }));
    await user.click(section.getByRole('button', { name: 'Edit Car loan' }));
    const dialog = within(await screen.findByRole('dialog', { name: 'Edit debt' }));
    const name = dialog.getByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Car loan (Honda)');

    await db.debts.update(id, { name: 'Auto loan', monthlyMinimum: 450 }); // another tab
    const choice = within(await dialog.findByRole('group', { name: 'Name changed elsewhere' }));
    await waitFor(() => expect(dialog.getByLabelText('Monthly minimum')).toHaveValue('450'));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    expect(await dialog.findByText(/Choose which to keep, then save again\.$/)).toBeVisible();
    expect((await db.debts.get(id))?.name).toBe('Auto loan');

    await user.click(choice.getByRole('button', { name: 'Keep mine' }));
    await user.click(dialog.getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await db.debts.get(id)).toMatchObject({
      name: 'Car loan (Honda)',
      monthlyMinimum: 450,
      rateResetsOn: null,
    });
  });
});
