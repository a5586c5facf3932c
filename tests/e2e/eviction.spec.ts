import { expect, test, type Page } from '@playwright/test';
import { addMilestone, boardState, exportBackup } from './backupHelpers';

/** What a browser evicting IndexedDB (but not localStorage) looks like from the app. */
async function clearDatabaseOnly(page: Page) {
  await page.goto('/favicon.svg');
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.deleteDatabase('pivotboard');
        req.onsuccess = () => resolve();
        req.onerror = () => reject(new Error('delete failed'));
      }),
  );
}

test('a cleared database with the device marker leads to the restore prompt, not a fresh plan', async ({
  page,
}) => {
  await addMilestone(page, 2, 'Ask Dr. Patel for an intro');
  const board = await boardState(page);
  const backup = await exportBackup(page);

  await clearDatabaseOnly(page);
  await page.goto('/#/timeline');
  await expect(
    page.getByRole('heading', { level: 1, name: 'Your plan seems to have been cleared' }),
  ).toBeVisible();
  await expect(page.getByText(backup.name)).toBeVisible();
  await expect(page.getByRole('region', { name: /^Month 1 · / })).toHaveCount(0);

  await page.getByLabel('Import backup').setInputFiles(backup.path);
  await page
    .getByRole('dialog', { name: 'Import this backup?' })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  expect(await boardState(page)).toEqual(board);
});

test('starting over on purpose after the data was cleared', async ({ page }) => {
  await addMilestone(page, 2, 'Gone with the data');
  await clearDatabaseOnly(page);
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Start a new plan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Start networking calls', exact: true }),
  ).toBeVisible();
  await expect(page.getByRole('button', { name: 'Gone with the data', exact: true })).toHaveCount(
    0,
  );
});

test('a browser that cannot store anything gets a clear message', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(window, 'indexedDB', { value: undefined }));
  await page.goto('/');
  await expect(
    page.getByRole('heading', { level: 1, name: /can’t save anything in this browser/ }),
  ).toBeVisible();
  await expect(page.getByRole('alert')).toContainText('private browsing');
});
