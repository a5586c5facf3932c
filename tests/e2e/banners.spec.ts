import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, monthRegion } from './support';

// The backup reminder comes after the first screen has shown: docked at the foot of the window,
// it moves nothing on the page (a card about to be picked up stays under the pointer).

for (const [name, viewport, colorScheme] of [
  ['a laptop', { width: 1280, height: 800 }, 'light'],
  ['a phone', { width: 360, height: 740 }, 'dark'],
] as const) {
  test(`on ${name}, the backup reminder arrives without moving the board, and Not now puts it away`, async ({
    page,
  }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize(viewport);
    // A first visit writes the default plan; then this browser is said to hold a month and a
    // half of work, changed two days ago, never backed up.
    await page.goto('/#/timeline');
    const handle = monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' });
    await expect(handle).toBeVisible();
    await page.evaluate(() => {
      const ago = (days: number) => new Date(Date.now() - days * 24 * 3_600_000).toISOString();
      localStorage.setItem(
        'pivotboard:device',
        JSON.stringify({
          firstUsedAt: ago(45),
          lastChangeAt: ago(2),
          lastBackupAt: null,
          nudgeSnoozedUntil: null,
        }),
      );
    });
    await page.reload();
    await expect(handle).toBeVisible();
    const before = await handle.boundingBox();
    const reminder = page.getByRole('region', { name: 'Backup reminder' });
    await expect(reminder).toBeVisible();
    expect(await handle.boundingBox()).toEqual(before);
    // Inside the window, at its foot.
    const box = await reminder.boundingBox();
    if (!box) throw new Error('not laid out');
    expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
    expect(box.y + box.height).toBeGreaterThan(viewport.height - 40);
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    await expectNoAxeViolations(page);

    await reminder.getByRole('button', { name: 'Not now' }).click();
    await expect(reminder).toHaveCount(0);
    await page.reload();
    await expect(handle).toBeVisible();
    await page.waitForTimeout(1500); // after the first screen, when it would come
    await expect(reminder).toHaveCount(0);
  });
}

test('on a phone, the page ends clear of the backup reminder: the last card can be tapped', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/timeline');
  const last = monthRegion(page, 12).getByRole('button', {
    name: 'Start the industry role',
    exact: true,
  });
  await expect(last).toBeAttached();
  await page.evaluate(() => {
    const ago = (days: number) => new Date(Date.now() - days * 24 * 3_600_000).toISOString();
    localStorage.setItem(
      'pivotboard:device',
      JSON.stringify({ firstUsedAt: ago(45), lastChangeAt: ago(2), lastBackupAt: null }),
    );
  });
  await page.reload();
  const reminder = page.getByRole('region', { name: 'Backup reminder' });
  await expect(reminder).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect(async () => {
    const card = await last.boundingBox();
    const docked = await reminder.boundingBox();
    if (!card || !docked) throw new Error('not laid out');
    expect(card.y + card.height).toBeLessThanOrEqual(docked.y);
  }).toPass();
  await last.click();
  await expect(page.getByRole('dialog', { name: 'Edit milestone' })).toBeVisible();
});

test('on a phone, a message about a long title takes three lines at most, and keeps all its words for screen readers', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  const title =
    'Johnson & Johnson Innovative Medicine – Associate Director, Global Medical Affairs — Immunology';
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const handle = page.getByRole('button', { name: `Move ${title}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  const message = page.getByText(`Moved “${title}” to Month 2`, { exact: true }).last();
  await expect(message).toBeVisible();
  const box = await message.boundingBox();
  const lineHeight = await message.evaluate((el) => parseFloat(getComputedStyle(el).lineHeight));
  if (!box) throw new Error('not laid out');
  expect(box.height).toBeLessThanOrEqual(3 * lineHeight + 1);
});
