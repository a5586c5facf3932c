import { expect, test } from '@playwright/test';

test('first run shows the default plan on the timeline', async ({ page }) => {
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Month 1 · .*\(this month\)$/ })).toBeVisible();
  await expect(page.getByRole('region', { name: /^Month 12 · / })).toBeAttached();
  await expect(page.getByRole('button', { name: 'Start networking calls', exact: true })).toBeVisible();
});
