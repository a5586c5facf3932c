import { expect, test } from '@playwright/test';
import { exportBackup } from './backupHelpers';
import { monthRegion } from './support';

test('a whole session sends no request to any other origin', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  page.on('request', (r) => requests.push(r.url()));

  // Every screen in the navigation (new screens are covered without changing this test).
  await page.goto('/');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await expect(nav.getByRole('link').first()).toBeVisible();
  const screens = await nav
    .getByRole('link')
    .evaluateAll((links) =>
      links.map((a) => ({ name: a.textContent ?? '', href: a.getAttribute('href') ?? '' })),
    );
  expect(screens.map((s) => s.name)).toEqual(
    expect.arrayContaining([
      'Overview',
      'Timeline',
      'Networking',
      'Opportunities',
      'Exit plan',
      'Diagnose',
      'Settings',
    ]),
  );
  for (const screen of screens) {
    await page.goto(`/${screen.href}`);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  for (const screen of screens) {
    await nav.getByRole('link', { name: screen.name, exact: true }).click();
    await expect(nav.getByRole('link', { name: screen.name, exact: true })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
  await exportBackup(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();

  expect(requests.length).toBeGreaterThan(5);
  const foreign = requests.filter(
    (url) => !url.startsWith(`${origin}/`) && !url.startsWith(`blob:${origin}/`),
  );
  expect(foreign).toEqual([]);
});

test('the built app carries a Content-Security-Policy that allows only its own origin', async ({
  page,
}) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("default-src 'self'");
  expect(csp).not.toContain('unsafe-inline');
  // Inline script is refused.
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__inline = true';
    document.body.append(s);
    return (window as { __inline?: boolean }).__inline === true;
  });
  expect(ran).toBe(false);
  violations.length = 0;
  // The app's own features work under it: a keyboard move on the board, a download, the service worker.
  const handle = page.getByRole('button', { name: 'Move Start networking calls' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText('Month 2');
  await page.keyboard.press('Space');
  await expect(
    page
      .getByRole('region', { name: /^Month 2 · / })
      .getByRole('button', { name: 'Start networking calls', exact: true }),
  ).toBeVisible();
  await exportBackup(page);
  expect(
    await page.evaluate(async () => Boolean((await navigator.serviceWorker.ready).active)),
  ).toBe(true);
  expect(violations).toEqual([]);
});

test('quick hide swaps the screen for a neutral one, and back, keeping what was typed', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
  await page
    .getByRole('dialog', { name: 'Add milestone' })
    .getByLabel('Title')
    .fill('Half-typed thought');

  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.getByText('Half-typed thought')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page).toHaveTitle('Timeline · Pivotboard');
  await expect(page.getByRole('dialog', { name: 'Add milestone' }).getByLabel('Title')).toHaveValue(
    'Half-typed thought',
  );

  // Escape asks before throwing the typed title away.
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Hide screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
});

test('while hidden nothing behind the notes page answers: no undo, no shortcut, no focus', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await dialog.getByLabel('Title').fill('Kept while hidden');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  const card = monthRegion(page, 1).getByRole('button', { name: 'Kept while hidden', exact: true });
  await expect(card).toBeVisible();

  await page.getByRole('button', { name: 'Hide screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Notes' })).toBeVisible();
  // Undo and Log a call would work here if the page heard them.
  await page.keyboard.press('ControlOrMeta+z');
  await page.keyboard.press('Alt+Shift+L');
  // Tab stays on the notes page: nothing behind it takes the focus.
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(
        () =>
          document.activeElement === document.body ||
          document.activeElement?.closest('[data-neutral-screen]') !== null,
      ),
    ).toBe(true);
  }
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByRole('button', { name: 'Back' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  await expect(card).toBeVisible();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  // Shown again, the keys work again: the same Ctrl+Z removes the milestone.
  await page.keyboard.press('ControlOrMeta+z');
  await expect(card).toHaveCount(0);
});

test('the neutral tab title stays on across reloads', async ({ page }) => {
  await page.goto('/#/settings');
  await page.getByRole('checkbox', { name: /Neutral tab title/ }).check();
  await expect(page).toHaveTitle('Notes');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expect(page).toHaveTitle('Notes');
  await expect(page.locator('link[rel="icon"]')).toHaveAttribute('href', '/neutral.svg');
});

test('delete everything leaves this browser as on a first visit', async ({ page }) => {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Add milestone to Month 2', exact: true }).click();
  const add = page.getByRole('dialog', { name: 'Add milestone' });
  await add.getByLabel('Title').fill('Call Dr. Sato about the MSL role');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(
    page.getByRole('button', { name: 'Call Dr. Sato about the MSL role', exact: true }),
  ).toBeVisible();
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('pivotboard:'))),
  ).not.toEqual([]);

  await page.goto('/#/settings');
  const section = page.getByRole('region', { name: 'Delete everything on this device' });
  await section.getByRole('button', { name: 'Delete everything…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Delete everything on this device?' });
  // Not without the typed word; Cancel changes nothing.
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  await expect(
    dialog.getByText('Type DELETE in this box to delete everything. Nothing has been deleted.'),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await page.goto('/#/timeline');
  await expect(
    page.getByRole('button', { name: 'Call Dr. Sato about the MSL role', exact: true }),
  ).toBeVisible();

  await page.goto('/#/settings');
  await section.getByRole('button', { name: 'Delete everything…' }).click();
  await dialog.getByLabel('Type DELETE to confirm').fill('DELETE');
  await dialog.getByRole('button', { name: 'Delete everything' }).click();
  // The page starts over: the default plan, without the card, and none of the app's keys left from before.
  // It reloads at the start page (the Overview), then the Timeline shows the default plan.
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  // And says so, once.
  await expect(page.locator('[data-toast]')).toContainText(
    'Everything Pivotboard kept in this browser is deleted. You are starting afresh.',
  );
  expect(new URL(page.url()).hash).toBe('#/');
  await page.goto('/#/timeline');
  await expect(page.getByRole('region', { name: /^Month 1 · .*\(this month\)$/ })).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Start networking calls', exact: true }),
  ).toBeVisible();
  await expect(
    page.getByRole('button', { name: 'Call Dr. Sato about the MSL role', exact: true }),
  ).toHaveCount(0);
});
