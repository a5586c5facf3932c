import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways } from './support';

test('the running record takes entries, filters by kind and copies as text for a CV', async ({
  page,
  context,
}) => {
  test.slow(); // several axe scans on a shared machine
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('navigation').getByRole('link', { name: 'Record' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Running record' })).toBeVisible();
  await expect(page.getByText('Nothing recorded yet.')).toBeVisible();
  await expectNoAxeViolations(page);

  for (const [title, date, kind] of [
    ['Sepsis order set redesign', '2027-03-10', 'qi'],
    ['Grand rounds: heart failure', '2026-12-01', 'talk'],
  ] as const) {
    await page.getByRole('button', { name: 'Add entry' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add to your record' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByLabel('Date').fill(date);
    await dialog.getByLabel('Kind').selectOption(kind);
    if (kind === 'qi') {
      await dialog.getByRole('checkbox', { name: 'Data and analysis' }).check();
      await expectNoAxeViolations(page);
    }
    await dialog.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page.getByRole('button', { name: title })).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Copy as text' }).click();
  await expect(page.getByText('Copied 2 entries as plain text.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toBe(
    'Quality improvement\n- Mar 2027 — Sepsis order set redesign. Skills: Data and analysis.\n\nTalks\n- Dec 2026 — Grand rounds: heart failure.',
  );

  await page.getByLabel('Show').selectOption('talk');
  await expect(page.getByRole('button', { name: 'Sepsis order set redesign' })).toBeHidden();
  await page.reload();
  await expect(page.getByRole('button', { name: 'Sepsis order set redesign' })).toBeVisible();
  await page.setViewportSize({ width: 360, height: 740 });
  expect(await scrollsSideways(page)).toBe(false);
});
