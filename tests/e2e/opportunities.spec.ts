import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { addOpportunity, dragTo, PIPELINE_STAGES } from './support';

const card = (page: Page, stage: string, name: string) =>
  page.getByRole('region', { name: stage, exact: true }).getByRole('button', { name, exact: true });

test('a card dragged by mouse to another stage stays there after a reload', async ({ page }) => {
  await page.goto('/#/opportunities');
  await addOpportunity(page, 'Acme Bio', 'Medical Director');
  await expect(card(page, 'Target', 'Acme Bio – Medical Director')).toBeVisible();

  const handle = page.getByRole('button', { name: 'Move Acme Bio – Medical Director' });
  await dragTo(page, handle, page.getByRole('region', { name: 'Interviewing', exact: true }));

  await expect(card(page, 'Interviewing', 'Acme Bio – Medical Director')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText(
    'Moved “Acme Bio – Medical Director” to Interviewing, position 1 of 1.',
  );
  await page.reload();
  await expect(card(page, 'Interviewing', 'Acme Bio – Medical Director')).toBeVisible();
  await expect(card(page, 'Target', 'Acme Bio – Medical Director')).toHaveCount(0);
  await card(page, 'Interviewing', 'Acme Bio – Medical Director').click();
  await expect(
    page.getByRole('dialog', { name: 'Edit opportunity' }).getByRole('region', { name: 'History' }),
  ).toContainText('Moved to Interviewing');
});

test('a card dropped by mouse on Closed lands there while the reason is asked; Cancel puts it back and the board still drags', async ({
  page,
}) => {
  await page.setViewportSize({ width: 2400, height: 900 }); // every stage on screen
  await page.goto('/#/opportunities');
  await addOpportunity(page, 'Gamma', 'Field Medical Director', 'Applied');
  await dragTo(
    page,
    page.getByRole('button', { name: 'Move Gamma – Field Medical Director' }),
    page.getByRole('region', { name: 'Closed', exact: true }),
  );
  const why = page.getByRole('dialog', { name: 'Why did it close?' });
  await expect(why).toBeVisible();
  // The drop is not held up by the question: the drag has ended (dnd-kit's overlay, a fixed box
  // with the board's will-change style, exists only while a drag is active) and the card waits in Closed.
  await expect(
    page.locator('div[style*="will-change: transform"][style*="position: fixed"]'),
  ).toHaveCount(0);
  const closedColumn = page
    .locator('[data-board-column]')
    .filter({ has: page.locator('h2, h3', { hasText: /^Closed/ }) });
  await expect(page.locator('[data-board-item]').filter({ hasText: 'Gamma' })).toHaveCount(1);
  await expect(closedColumn.locator('[data-board-item]').filter({ hasText: 'Gamma' })).toHaveCount(
    1,
  );
  await why.getByRole('button', { name: 'Cancel' }).click();
  await expect(card(page, 'Applied', 'Gamma – Field Medical Director')).toBeVisible();
  await expect(page.getByTestId('announcer')).toContainText('Gamma – Field Medical Director');
  await dragTo(
    page,
    page.getByRole('button', { name: 'Move Gamma – Field Medical Director' }),
    page.getByRole('region', { name: 'Interviewing', exact: true }),
  );
  await expect(card(page, 'Interviewing', 'Gamma – Field Medical Director')).toBeVisible();
});

test('a card moves stage by keyboard, and Closed asks for the reason', async ({ page }) => {
  await page.goto('/#/opportunities');
  await addOpportunity(page, 'Beta', 'MSL', 'Accepted');
  const handle = page.getByRole('button', { name: 'Move Beta – MSL' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowLeft');
  await expect(page.getByTestId('announcer')).toContainText(
    '“Beta – MSL”: Written offer, position 1 of 1.',
  );
  await page.keyboard.press('Space');
  await expect(card(page, 'Written offer', 'Beta – MSL')).toBeVisible();
  // The board shows the card at its new place at once; wait until the saved data says so too
  // (the offer table reads only saved data) before picking it up again.
  const offers = page.getByRole('region', { name: 'Offers side by side' });
  await expect(offers.getByRole('row', { name: /^Stage/ })).toContainText('Written offer');

  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText(
    '“Beta – MSL”: Accepted, position 1 of 1.',
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText(
    '“Beta – MSL”: Closed, position 1 of 1.',
  );
  await page.keyboard.press('Space');
  const why = page.getByRole('dialog', { name: 'Why did it close?' });
  await why.getByRole('radio', { name: /Withdrawn/ }).check();
  await why.getByRole('button', { name: 'Close it' }).click();
  await expect(
    page
      .getByRole('region', { name: 'Closed', exact: true })
      .getByText('Withdrawn', { exact: true }),
  ).toBeVisible();
  await page.reload();
  await expect(card(page, 'Closed', 'Beta – MSL')).toBeVisible();
});

test('the Opportunities screen passes an axe scan, with cards, offers and the dialog', async ({
  page,
}) => {
  await page.goto('/#/opportunities');
  await expect(page.getByRole('heading', { level: 1, name: 'Opportunities' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await addOpportunity(page, 'Acme', 'Chief Medical Officer', 'Verbal offer');
  await addOpportunity(page, 'Beta', 'Medical Director', 'Written offer');
  await addOpportunity(page, 'Gamma', 'MSL', 'Applied');
  await expect(page.getByRole('region', { name: 'Offers side by side' })).toBeVisible();
  await page.getByRole('button', { name: 'Dismiss message' }).click();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await card(page, 'Verbal offer', 'Acme – Chief Medical Officer').click();
  await expect(page.getByRole('dialog', { name: 'Edit opportunity' })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
  await page
    .getByRole('dialog', { name: 'Edit opportunity' })
    .getByRole('button', { name: 'Cancel' })
    .click();
  await page.emulateMedia({ colorScheme: 'dark' });
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);
});

test('at 360 px wide, nothing spills sideways and the dialog fits', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto('/#/opportunities');
  await addOpportunity(
    page,
    'A very long company name, Incorporated',
    'Associate Medical Director, Medical Affairs',
    'Written offer',
  );
  await expect(page.getByRole('region', { name: 'Offers side by side' })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add opportunity' });
  const box = await dialog.boundingBox();
  expect(box?.width).toBeLessThanOrEqual(360);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Company can’t be empty.')).toBeVisible();
  for (const stage of PIPELINE_STAGES) {
    await expect(page.getByRole('region', { name: stage, exact: true })).toBeAttached();
  }
});

test('on a phone one offer fits beside the row names when the current pay is not entered', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/opportunities');
  await addOpportunity(
    page,
    'Johnson & Johnson',
    'Associate Director, Medical Affairs',
    'Written offer',
  );
  const offers = page.getByRole('region', { name: 'Offers side by side' });
  await expect(offers.getByRole('columnheader', { name: /^Johnson & Johnson/ })).toBeVisible();
  // Without the current pay, its column (three "Not entered" cells) pushed the offer past the
  // screen's edge; the missing pay is said once, above the table.
  expect(await offers.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(false);
  await expect(page.getByText(/Your clinical job’s pay is not entered yet/)).toBeVisible();
  await expect(page.getByRole('link', { name: 'add it in the exit plan' })).toBeVisible();
});

test('on a phone a closed card shows its whole name, so two roles at one company tell apart', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/opportunities');
  const company = 'Johnson & Johnson Innovative Medicine';
  for (const title of ['Associate Director, Medical Affairs', 'Medical Science Liaison'])
    await addOpportunity(page, company, title, 'Closed');
  for (const title of ['Associate Director, Medical Affairs', 'Medical Science Liaison']) {
    const name = card(page, 'Closed', `${company} – ${title}`);
    await expect(name).toBeVisible();
    expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
  }
});

test('on paper the offers table fits the page instead of being cut at its right edge', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/opportunities');
  for (const [company, title] of [
    ['Medtronic', 'Medical Safety Officer, Cardiac Rhythm Management'],
    ['Flatiron Health', 'Clinical Data Scientist'],
    ['Verily Life Sciences', 'Clinical Lead'],
    ['Abbott', 'Medical Advisor, Diabetes Care'],
  ] as const)
    await addOpportunity(page, company, title, 'Written offer');
  // A4's printable width at 96 dpi.
  await page.setViewportSize({ width: 718, height: 1000 });
  await page.emulateMedia({ media: 'print' });
  const offers = page.getByRole('region', { name: 'Offers side by side' });
  await expect(offers.getByRole('columnheader', { name: /^Abbott/ })).toBeVisible();
  const fit = await offers.evaluate((el) => ({
    scrolls: el.scrollWidth > el.clientWidth,
    right: Math.max(
      ...[...el.querySelectorAll('th, td')].map((c) => c.getBoundingClientRect().right),
    ),
  }));
  expect(fit.scrolls).toBe(false);
  expect(fit.right).toBeLessThanOrEqual(718);
});
