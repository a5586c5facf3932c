import { expect, test, type Browser, type Page, type WebSocketRoute } from '@playwright/test';
import { expectNoAxeViolations } from './support';

// Two devices (two browser contexts, each its own IndexedDB) against `npm run relay`, which
// serves the app and the sync endpoint on one origin (tests/e2e/playwright.config.ts).

/**
 * Chromium's offline mode leaves an open WebSocket alone, so each device's sync socket goes
 * through a route that can cut it (and refuse new ones) while the device is "offline".
 */
const cut = new WeakMap<Page, (offline: boolean) => Promise<void>>();

async function device(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  let offline = false;
  const open: WebSocketRoute[] = [];
  await context.routeWebSocket(/\/sync\//, (ws) => {
    if (offline) return void ws.close();
    ws.connectToServer();
    open.push(ws);
  });
  cut.set(page, async (value) => {
    offline = value;
    await context.setOffline(value);
    if (value) for (const ws of open.splice(0)) await ws.close();
  });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  return page;
}

// Two devices pairing, then waiting on each other: more than one page's worth of work.
test.describe.configure({ timeout: 60_000 });

const sync = (page: Page) => page.getByRole('region', { name: 'Sync' });

async function pair(browser: Browser) {
  const a = await device(browser);
  await sync(a).getByRole('button', { name: 'Turn on sync' }).click();
  await expect(sync(a).getByText('Sync: on')).toBeVisible();
  // The code may fill its field a render after the status says on (once seen empty under load).
  await expect(sync(a).getByLabel('Pairing code')).toHaveValue(/\S/);
  const code = await sync(a).getByLabel('Pairing code').inputValue();
  expect(code.replace(/\s/g, '')).toHaveLength(54);

  const b = await device(browser);
  await sync(b).getByLabel('Pairing code').fill(code);
  await sync(b).getByRole('button', { name: 'Join' }).click();
  await expect(sync(b).getByText('Sync: on')).toBeVisible();
  return { a, b };
}

async function addMilestone(page: Page, title: string) {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await dialog.getByLabel('Title').fill(title);
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

const card = (page: Page, title: string) => page.getByRole('button', { name: title, exact: true });

test('a milestone added on one device appears on the other, and back', async ({ browser }) => {
  const { a, b } = await pair(browser);
  await addMilestone(a, 'Coffee with the MSL lead');
  await b.goto('/#/timeline');
  await expect(card(b, 'Coffee with the MSL lead')).toBeVisible();

  await addMilestone(b, 'Ask for a referral');
  await a.goto('/#/timeline');
  await expect(card(a, 'Ask for a referral')).toBeVisible();
});

test('an edit made offline merges when the device is back online', async ({ browser }) => {
  const { a, b } = await pair(browser);
  // A device used before: the app's files are in its service worker's cache.
  await b.goto('/#/timeline');
  await expect(card(b, 'Start networking calls')).toBeVisible();
  await b.evaluate(() => navigator.serviceWorker.ready);
  await b.reload();
  await expect(card(b, 'Start networking calls')).toBeVisible();
  await cut.get(b)?.(true);
  await expect(b.getByRole('link', { name: /^Sync: offline/ })).toBeVisible();
  await addMilestone(b, 'Written on the train');
  await addMilestone(a, 'Written at the desk');
  await b.reload(); // offline edits are kept on the device across a reload
  await expect(card(b, 'Written on the train')).toBeVisible();

  await cut.get(b)?.(false);
  await expect(card(b, 'Written at the desk')).toBeVisible({ timeout: 20_000 });
  await a.goto('/#/timeline');
  await expect(card(a, 'Written on the train')).toBeVisible({ timeout: 20_000 });
});

test('the sync section: a wrong code is refused, turning off keeps the plan; no axe violations', async ({
  browser,
}) => {
  const page = await device(browser);
  await expectNoAxeViolations(page);
  const field = sync(page).getByLabel('Pairing code');
  await field.fill('0000 1111');
  await sync(page).getByRole('button', { name: 'Join' }).click();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(sync(page)).toContainText(
    'A pairing code has 54 letters and digits; this one has 8.',
  );

  // By keyboard: the button pressed gives way to the other one, which takes the focus.
  await sync(page).getByRole('button', { name: 'Turn on sync' }).focus();
  await page.keyboard.press('Enter');
  await expect(sync(page).getByText('Sync: on')).toBeVisible();
  await expect(sync(page).getByRole('img', { name: 'QR code of the pairing link' })).toBeVisible();
  await expect(sync(page).getByRole('button', { name: 'Turn off sync' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page);

  await page.keyboard.press('Enter');
  await expect(sync(page).getByRole('button', { name: 'Turn on sync' })).toBeFocused();
  await page.goto('/#/timeline');
  await expect(card(page, 'Start networking calls')).toBeVisible();
});
