import { expect, test, type Page } from '@playwright/test';

// Issue 15, in a real browser: five months into a plan, a user saves a runway, logs calls, takes
// an offer through to accepted and gives notice; the cards those records are evidence for are done
// on the Timeline (never "Overdue"), and the Overview, Opportunities and Exit plan say the same.
// Friday Jun 11, 2027: Month 6 of a plan that started in January.
const NOW = new Date('2027-06-11T10:00:00');

const nav = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true }).click();

const card = (page: Page, title: string) =>
  page.getByRole('listitem').filter({
    has: page.getByRole('button', { name: title, exact: true }),
  });

/** The number shown beside a label in a stats list. */
async function statValue(page: Page, list: string, label: string) {
  const item = page
    .getByRole('list', { name: list })
    .getByRole('listitem')
    .filter({ has: page.getByText(label, { exact: true }) });
  return (await item.locator('span').first().textContent())?.trim();
}

async function logCall(page: Page, name: string, date: string) {
  await page.getByRole('button', { name: 'Log a call' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a call' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Date').fill(date);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(NOW);
});

test('what the other screens record ticks the matching cards, and every screen tells the same story', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'Getting started' });
  await guide.getByLabel('Plan start month').fill('2027-01');
  await guide.getByRole('button', { name: 'Save start month' }).click();
  await expect(page.getByText('Month 6 of 12', { exact: true })).toBeVisible();

  // Before: nothing recorded, so the runway card is simply overdue.
  await nav(page, 'Timeline');
  const runwayCard = card(page, 'Work out your runway');
  await expect(runwayCard.getByText('No runway worked out yet')).toBeVisible();
  await expect(runwayCard.getByText('Overdue')).toBeVisible();

  // The runway and the contract on the Exit plan.
  await nav(page, 'Exit plan');
  await page.getByLabel('Cash set aside').fill('40000');
  await page.getByLabel('Housing').fill('3000');
  await page.getByRole('button', { name: 'Save runway' }).click();
  await expect(page.getByText('13.3 months of runway')).toBeVisible();
  await page.getByLabel('Notice period (days)').fill('90');
  await page.getByRole('button', { name: 'Save contract' }).click();
  await page.getByLabel('Planned start date').fill('2027-10-01');
  await page.getByRole('button', { name: 'Save dates' }).click();
  // No offer yet: the one notice rule says to wait.
  await expect(page.getByRole('heading', { name: 'Waiting for an offer' })).toBeVisible();

  // Calls on Networking.
  await nav(page, 'Networking');
  await logCall(page, 'Jane Lee', '2027-06-08');
  await logCall(page, 'Sam Ortiz', '2027-06-10');

  // An offer, accepted.
  await nav(page, 'Opportunities');
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  const add = page.getByRole('dialog', { name: 'Add opportunity' });
  await add.getByLabel('Company', { exact: true }).fill('Acme Bio');
  await add.getByLabel('Title', { exact: true }).fill('Medical Director');
  await add.getByLabel('Role type').selectOption({ label: 'Payer / insurance' });
  await add.getByLabel('Stage').selectOption({ label: 'Accepted' });
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();
  // An accepted offer is not "open".
  await expect.poll(() => statValue(page, 'Pipeline at a glance', 'open')).toBe('0');
  await expect.poll(() => statValue(page, 'Pipeline at a glance', 'accepted')).toBe('1');

  // Notice given today.
  await nav(page, 'Exit plan');
  await page.getByLabel('Notice given on').fill('2027-06-11');
  await page.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByText('Last clinical day Sep 9, 2027')).toBeVisible();

  // The Timeline: each card its evidence ticked is done, with what the data says, never overdue.
  await nav(page, 'Timeline');
  const done: [title: string, line: RegExp][] = [
    ['Work out your runway', /^13\.3 months of runway$/],
    ['Choose your target roles', /^1 role on your Opportunities board$/],
    ['Apply selectively, with referrals', /^Applied to 1 role$/],
    ['First interviews', /^1 role reached interviews$/],
    ['Final rounds and offers', /^1 offer · 1 accepted$/],
    ['Re-read the exit terms of your contract', /^90 days’ notice in your contract$/],
    [
      'Give notice at your clinical job',
      /^Notice given Fri, Jun 11 · last clinical day Thu, Sep 9$/,
    ],
  ];
  for (const [title, line] of done) {
    const c = card(page, title);
    await expect(c.getByText(line)).toBeVisible();
    await expect(c.getByText(/^Done /)).toBeVisible();
    await expect(c.getByText('Overdue')).toHaveCount(0);
  }
  const calls = card(page, 'Start networking calls');
  await expect(calls.getByText(/^2 calls · last /)).toBeVisible();
  await expect(calls.getByText('On track')).toBeVisible();
  await expect(calls.getByText('Overdue')).toHaveCount(0);
  const start = card(page, 'Start the industry role');
  await expect(start.getByText(/^Starts Fri, Oct 1$/)).toBeVisible();
  await expect(start.getByText('Overdue')).toHaveCount(0);

  const overdue = await statValue(page, 'Plan at a glance', 'overdue');
  const doneCount = await statValue(page, 'Plan at a glance', 'of 14 done');

  // The Overview reads the same rows: the same counts, and a next step that is not done work.
  await nav(page, 'Overview');
  const next = page.locator('#next-step-title');
  await expect(next).toBeVisible();
  for (const [title] of done) await expect(next).not.toHaveText(title);
  await expect(page.getByRole('link', { name: `${overdue} overdue` })).toBeVisible();
  await expect(
    page.getByRole('link', { name: new RegExp(`^${doneCount} of 14 in the whole plan done$`) }),
  ).toBeVisible();

  // A hand override wins, both ways, and survives a reload: untick the runway card.
  await nav(page, 'Timeline');
  await runwayCard.getByRole('button', { name: 'Work out your runway', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  await dialog.getByLabel('Status').selectOption({ label: 'To do' });
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(runwayCard.getByText(/you marked it not done/)).toBeVisible();
  await page.reload();
  await expect(runwayCard.getByText(/you marked it not done/)).toBeVisible();
  await expect(runwayCard.getByText(/^Done /)).toHaveCount(0);
});
