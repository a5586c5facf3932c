import { expect, test, type Page } from '@playwright/test';
import { monthRegion } from './support';

/** Where the keyboard focus is: never the page itself after an action. */
const focusIsOnPage = (page: Page) =>
  page.evaluate(() => document.activeElement === document.body || document.activeElement === null);

test.describe('focus stays somewhere useful when what had it goes away', () => {
  test('deleting a card from its dialog', async ({ page }) => {
    await page.goto('/#/timeline');
    await monthRegion(page, 1)
      .getByRole('button', { name: 'Work out your runway', exact: true })
      .press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
    await dialog.getByRole('button', { name: 'Delete' }).press('Enter');
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Work out your runway', exact: true }),
    ).toHaveCount(0);
    await expect.poll(() => focusIsOnPage(page)).toBe(false);
    await expect(monthRegion(page, 1).locator(':focus')).toHaveCount(1);
  });

  test('adding a common example on Diagnose', async ({ page }) => {
    await page.goto('/#/diagnose');
    const examples = page.getByRole('region', { name: 'Common examples' });
    const first = examples.getByRole('button').first();
    const name = (await first.textContent())?.replace(/^\+\s*/, '') ?? '';
    await first.press('Enter');
    await expect(page.getByRole('button', { name: `Move ${name}` })).toBeVisible();
    await expect(examples.getByRole('button', { name: new RegExp(name) })).toHaveCount(0);
    await expect(examples.getByRole('button').first()).toBeFocused();
  });

  test('hiding and showing the getting-started guide', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Hide this guide' }).press('Enter');
    await expect(
      page.getByRole('button', { name: 'Show the getting-started guide' }),
    ).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Getting started' })).toBeFocused();
  });

  test('leaving a name field while its suggestions show', async ({ page }) => {
    await page.goto('/#/networking');
    await page.getByRole('button', { name: 'Log a call' }).click();
    let dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Name').fill('Jane Lee');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await page.getByRole('button', { name: 'Log a call' }).click();
    dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Name').pressSequentially('Ja');
    await expect(dialog.getByRole('listbox')).toBeVisible();
    await page.keyboard.press('Tab');
    await expect.poll(() => focusIsOnPage(page)).toBe(false);
    await expect(dialog.locator(':focus')).toHaveCount(1);
  });
});
