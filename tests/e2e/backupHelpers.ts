import { expect, type Page } from '@playwright/test';

/** Every milestone card on the timeline, by month: what "the same board" compares. */
export async function boardState(page: Page): Promise<string[]> {
  await page.goto('/#/timeline');
  await expect(page.getByRole('region', { name: /^Month 1 · / })).toBeVisible();
  return page.getByRole('region', { name: /^Month \d+ · / }).evaluateAll((regions) =>
    regions.flatMap((r) =>
      [...r.querySelectorAll('button')]
        .map((b) => b.getAttribute('aria-label') ?? '')
        .filter((name) => name.startsWith('Move '))
        .map((name) => `${r.getAttribute('aria-label') ?? ''}: ${name}`),
    ),
  );
}

export async function addMilestone(page: Page, month: number, title: string): Promise<void> {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: `Add milestone to Month ${month}`, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('button', { name: title, exact: true })).toBeVisible();
}

/** Click Export backup in Settings and return the downloaded file's name and text. */
export async function exportBackup(
  page: Page,
): Promise<{ name: string; text: string; path: string }> {
  await page.goto('/#/settings');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  const path = await download.path();
  const { readFile } = await import('node:fs/promises');
  return { name: download.suggestedFilename(), text: await readFile(path, 'utf8'), path };
}
