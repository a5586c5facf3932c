import { configure, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import type { Plan } from '../../src/domain/schema/plan';
import { SettingsScreen } from '../../src/features/settings/SettingsScreen';
import { freshPlan } from '../support/plan';

// The machine is shared and lazy chunks can take a while to load: wait longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

let plan: Plan;

describe('currency setting', { timeout: 20_000 }, () => {
  beforeEach(async () => {
    plan = await freshPlan();
  });

  it('is one choice in Settings, stored once for every amount', async () => {
    const user = userEvent.setup();
    render(<SettingsScreen plan={plan} />);
    const select = await screen.findByLabelText('Currency');
    expect(select).toHaveValue('USD');
    await user.selectOptions(select, 'Euro (EUR)');
    await waitFor(async () =>
      expect(await db.settings.get('currency')).toEqual({ key: 'currency', value: 'EUR' }),
    );
    expect(await screen.findByText('For example €120,000.')).toBeInTheDocument();
  });
});
