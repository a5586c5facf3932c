import { expect, test } from '@playwright/test';
import { addMilestone } from './backupHelpers';

test('two tabs editing at once lose nothing, and each sees the other', async ({ page, context }) => {
  const other = await context.newPage();
  await Promise.all([addMilestone(page, 2, 'Written in the first tab'), addMilestone(other, 5, 'Written in the second tab')]);
  for (const p of [page, other]) {
    await p.goto('/#/timeline');
    await expect(p.getByRole('button', { name: 'Written in the first tab', exact: true })).toBeVisible();
    await expect(p.getByRole('button', { name: 'Written in the second tab', exact: true })).toBeVisible();
  }
});

test('another tab upgrading the database asks this tab to reload', async ({ page, context }) => {
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const other = await context.newPage();
  await other.goto('/favicon.svg');
  // A newer version of the app opening the database (Dexie stores version N as N × 10).
  await other.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const req = indexedDB.open('pivotboard', 990);
        req.onsuccess = () => {
          req.result.close();
          resolve();
        };
        req.onerror = () => reject(new Error('open failed'));
      }),
  );
  await expect(page.getByRole('alert')).toContainText('updated in another tab');
  await expect(page.getByRole('button', { name: 'Reload' })).toBeVisible();
});
