import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

const SCREENS = [
  ['Overview', 'Overview'],
  ['Timeline', 'Timeline'],
  ['Networking', 'Networking'],
  ['Opportunities', 'Opportunities'],
  ['Exit plan', 'Exit plan'],
  ['Diagnose', 'Diagnose'],
  ['Record', 'Running record'],
  ['Playbook', 'Playbook'],
  ['Settings', 'Settings'],
] as const;

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
const more = (page: Page) => nav(page).getByRole('button', { name: /^More/ });

/** Every control in the navigation's row lies whole inside the window, and the row does not scroll. */
async function expectRowWhole(page: Page, width: number) {
  const boxes = await nav(page)
    .locator('ul')
    .first()
    .locator(':scope > li > a, :scope > li > button')
    .evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        return { name: el.textContent, left: r.left, right: r.right, top: r.top };
      }),
    );
  for (const b of boxes) {
    expect(b.left, `${b.name} starts inside the window`).toBeGreaterThanOrEqual(0);
    expect(b.right, `${b.name} ends inside the window`).toBeLessThanOrEqual(width);
  }
  // One row: every control on the same line.
  expect(new Set(boxes.map((b) => Math.round(b.top))).size).toBe(1);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    width,
  );
}

test.describe('on a 360 px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('every screen is one tap away, or one tap on More and one on the screen; the current one is marked', async ({
    page,
  }) => {
    await page.goto('/#/');
    await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
    await expectRowWhole(page, 360);
    for (const [label, heading] of SCREENS) {
      const direct = nav(page).getByRole('link', { name: label, exact: true });
      if (await direct.isVisible()) {
        await direct.click();
      } else {
        await more(page).click();
        await expect(more(page)).toHaveAttribute('aria-expanded', 'true');
        await nav(page).getByRole('link', { name: label, exact: true }).click();
        // The menu closes once a screen is picked.
        await expect(more(page)).toHaveAttribute('aria-expanded', 'false');
      }
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      const link = nav(page).getByRole('link', { name: label, exact: true });
      if (await link.isVisible()) {
        await expect(link).toHaveAttribute('aria-current', 'page');
      } else {
        // In More: the button says where you are, and the menu marks it.
        await expect(more(page)).toHaveAccessibleName(`More (you are on ${label})`);
        await more(page).click();
        await expect(link).toHaveAttribute('aria-current', 'page');
        await page.keyboard.press('Escape');
      }
      await expectRowWhole(page, 360);
    }
  });

  test('More opens and closes from the keyboard, and passes an axe scan while open', async ({
    page,
  }) => {
    await page.goto('/#/settings');
    await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
    await more(page).focus();
    await page.keyboard.press('Enter');
    const record = nav(page).getByRole('link', { name: 'Record', exact: true });
    await expect(record).toBeVisible();
    await expectNoAxeViolations(page);
    // Tab goes from More into the screens it reveals.
    await page.keyboard.press('Tab');
    await expect(nav(page).getByRole('link').nth(3)).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(record).toBeHidden();
    await expect(more(page)).toBeFocused();
    // A tap elsewhere closes it too.
    await more(page).click();
    await expect(record).toBeVisible();
    await page.mouse.click(20, 600);
    await expect(record).toBeHidden();
  });
});

test('from 360 to 959 px wide, the row shows whole links and More holds exactly the rest', async ({
  page,
}) => {
  await page.goto('/#/');
  for (const width of [360, 390, 480, 600, 720, 840, 959]) {
    await page.setViewportSize({ width, height: 700 });
    // The row is measured again once the browser reports its new width (a ResizeObserver, a
    // frame or so later), and an open menu closes when the row changes. So the row and the menu
    // are read together, until one reading sees a settled row.
    await expect(async () => {
      await expectRowWhole(page, width);
      const inRow = await nav(page).getByRole('link').allTextContents();
      let inMore: string[] = [];
      if (await more(page).isVisible()) {
        if ((await more(page).getAttribute('aria-expanded')) !== 'true') await more(page).click();
        const menu = page.locator(`[id="${await more(page).getAttribute('aria-controls')}"]`);
        await expect(menu).toBeVisible({ timeout: 1_000 });
        inMore = await menu.getByRole('link').allTextContents();
        await page.keyboard.press('Escape');
      }
      expect([...inRow, ...inMore], `at ${width} px`).toEqual(SCREENS.map(([label]) => label));
    }).toPass({ timeout: 10_000 });
  }
});

test('on a wide screen every screen is listed at the side, with no More', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('/#/exit');
  await expect(nav(page).getByRole('link')).toHaveText(SCREENS.map(([label]) => label));
  await expect(more(page)).toHaveCount(0);
  await expect(nav(page).getByRole('link', { name: 'Exit plan' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  // The first Tab shows "Skip to content", a full-size target in view; it leads past the links.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  expect((await skip.boundingBox())?.height).toBeGreaterThanOrEqual(44);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});
