import { expect, test } from '@playwright/test';
import { addMilestone } from './backupHelpers';

test('two tabs editing at once lose nothing, and each sees the other', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  await Promise.all([
    addMilestone(page, 2, 'Written in the first tab'),
    addMilestone(other, 5, 'Written in the second tab'),
  ]);
  for (const p of [page, other]) {
    await p.goto('/#/timeline');
    await expect(
      p.getByRole('button', { name: 'Written in the first tab', exact: true }),
    ).toBeVisible();
    await expect(
      p.getByRole('button', { name: 'Written in the second tab', exact: true }),
    ).toBeVisible();
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

test('deleting everything in one tab tells another open tab, which does not make a new database', async ({
  page,
  context,
}) => {
  await page.goto('/#/timeline');
  await expect(
    page.getByRole('button', { name: 'Start networking calls', exact: true }),
  ).toBeVisible();
  const other = await context.newPage();
  await other.goto('/#/settings');
  await other.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = other.getByRole('dialog', { name: 'Delete everything on this device?' });
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  // This tab is told, and a move here is refused with the reason rather than stored in a new, empty database.
  await expect(
    page.getByRole('alert').filter({ hasText: 'deleted from another tab' }),
  ).toBeVisible();
  const handle = page.getByRole('button', { name: 'Move Start networking calls' });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer')).toContainText('deleted in another tab');
  // The other tab started over: the default plan, and nothing of this tab's move.
  await other.goto('/#/timeline');
  await expect(
    other
      .getByRole('region', { name: /^Month 1 · / })
      .getByRole('button', { name: 'Start networking calls', exact: true }),
  ).toBeVisible();
});
