import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, monthRegion, pickMonth } from './support';

/** The whole box comes to be inside the window (the page may scroll there smoothly). */
async function expectComesIntoView(page: Page, target: Locator) {
  await expect
    .poll(async () => {
      const box = await target.boundingBox();
      const view = page.viewportSize();
      if (!box || !view) return 'not laid out';
      const inside =
        box.x >= 0 &&
        box.y >= 0 &&
        box.x + box.width <= view.width &&
        box.y + box.height <= view.height;
      return inside ? 'in view' : `at ${Math.round(box.x)}, ${Math.round(box.y)}`;
    })
    .toBe('in view');
}

/** The plan starts in Nov 2026 (the first visit); from Apr 20, 2027 on it is in Month 6. */
async function planStartedInNovember(page: Page) {
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
  await page.goto('/#/timeline');
  await expect(monthRegion(page, 1)).toBeVisible();
}
const inMonth6 = (page: Page) => page.clock.setFixedTime(new Date(2027, 3, 20, 9, 0));

const overdueCards = (page: Page) =>
  page.locator('[data-board-item]').filter({ hasText: 'Overdue' });

test.describe('on a phone, the Overview’s overdue count', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('lands on the first card it counted, the months with none folded to a line', async ({
    page,
  }) => {
    await planStartedInNovember(page);
    // Months 1 and 2 emptied into Month 12: the first overdue cards are in Months 4 and 5.
    for (const title of [
      'Name what you can’t live with, and what you need',
      'Work out your runway',
      'Rewrite your LinkedIn and CV for industry',
      'Start networking calls',
    ])
      await pickMonth(page, 1, title, 12);
    await pickMonth(page, 2, 'Start a running record of your work', 12);
    await inMonth6(page);
    await page.goto('/#/');
    await page.getByRole('link', { name: '2 overdue' }).click();
    await expect(page.getByRole('button', { name: 'Overdue' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(overdueCards(page)).toHaveCount(2);
    await expect(overdueCards(page).first()).toContainText('Take on industry-flavoured work');
    await expectComesIntoView(page, overdueCards(page).first());
    // An empty month is its heading line: no box saying so on screen, still said to a screen reader.
    const empty = monthRegion(page, 1);
    await expect(empty.getByText('No cards here match the filters.')).toBeAttached();
    await expect(empty.getByText('No cards here match the filters.')).not.toBeInViewport();
    expect((await empty.boundingBox())?.height ?? 999).toBeLessThan(60);
    await expectNoAxeViolations(page);
  });
});

test.describe('the board with Overdue on', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('scrolls sideways to the first overdue card', async ({ page }) => {
    await planStartedInNovember(page);
    await inMonth6(page);
    await page.reload();
    await page.getByRole('radio', { name: 'Board' }).click();
    // It opens at this month: the earlier, overdue months are off to the left.
    await expectComesIntoView(page, monthRegion(page, 6).getByRole('heading', { name: 'Month 6' }));
    await expect(overdueCards(page).first()).not.toBeInViewport();
    await page.getByRole('button', { name: 'Overdue' }).click();
    await expect(overdueCards(page)).toHaveCount(7);
    await expectComesIntoView(page, overdueCards(page).first());
    await expect(overdueCards(page).first()).toContainText('Name what you can’t live with');
  });
});

test.describe('Pick a month, by keyboard', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('the dialog names the card and its month; focus then stays on the card, in its new month', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    const title = 'Final rounds and offers';
    await monthRegion(page, 9)
      .getByRole('button', { name: `Pick a month for ${title}` })
      .focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Move to a month' });
    await expect(
      dialog.getByText(/^“Final rounds and offers” is in Month 9 \(\w{3} \d{4}\)\./),
    ).toBeVisible();
    // Tab to Month 10 (Month 9, where it is, is skipped), then Space.
    const month10 = dialog.getByRole('button', { name: /^Month 10 · / });
    for (let i = 0; i < 12 && !(await month10.evaluate((b) => b === document.activeElement)); i++)
      await page.keyboard.press('Tab');
    await expect(month10).toBeFocused();
    await page.keyboard.press('Space');
    await expect(dialog).toBeHidden();
    const moved = monthRegion(page, 10).getByRole('button', { name: `Pick a month for ${title}` });
    await expect(moved).toBeFocused();
    await expect(moved).toBeInViewport();
    // And from there the keyboard goes on with the card: Enter opens the dialog for it again.
    await page.keyboard.press('Enter');
    await expect(dialog.getByText(/^“Final rounds and offers” is in Month 10 /)).toBeVisible();
  });
});
