import { expect, test, type Page } from '@playwright/test';
import { backupText } from '../bench/pages/data';
import {
  dragTo,
  expectNoAxeViolations,
  failingWrites,
  finger,
  liftCard,
  longPressDrag,
  monthRegion,
} from './support';

/** Replace everything with a plan of `count` cards spread over its 12 months (the bench's data). */
async function importBigBoard(page: Page, count: number) {
  const now = new Date();
  const startMonth = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
  const { text } = await backupText({ startMonth, milestones: count, contacts: 0, calls: 0 });
  await page.goto('/#/settings');
  await page
    .getByLabel('Import backup')
    .setInputFiles({ name: 'big.json', mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.getByRole('button', { name: 'Replace everything' }).click();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Imported/ })
      .first(),
  ).toBeVisible();
}

const moveNames = (page: Page, month: number) =>
  monthRegion(page, month)
    .getByRole('button', { name: /^Move / })
    .evaluateAll((handles) =>
      handles.map((h) => (h.getAttribute('aria-label') ?? '').replace(/^Move /, '')),
    );

test.describe('timeline board', () => {
  test('first run shows the default plan, the current month marked', async ({ page }) => {
    await page.goto('/#/timeline');
    await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Month 1 · .*\(this month\)$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Month \d+ · / })).toHaveCount(12);
    // LinkedIn and the first calls start in Month 1.
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Start networking calls', exact: true }),
    ).toBeVisible();
    await expect(
      monthRegion(page, 1).getByRole('button', {
        name: 'Rewrite your LinkedIn and CV for industry',
        exact: true,
      }),
    ).toBeVisible();
    await expect(
      monthRegion(page, 12).getByRole('button', { name: 'Start the industry role', exact: true }),
    ).toBeAttached();
    await expect(page.getByRole('list', { name: 'Plan at a glance' })).toContainText('0of 14 done');
  });

  test('a mouse drop whose write fails puts the card back and says why; nothing is stored, and the next drag works', async ({
    page,
  }) => {
    // Every put fails while the flag is up, as on a full disk.
    const failPuts = await failingWrites(page, 'put', {
      name: 'QuotaExceededError',
      message: 'The quota has been exceeded.',
    });
    await page.goto('/#/timeline');
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await failPuts(true);
    await dragTo(
      page,
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 3),
    );
    await expect(page.getByTestId('announcer')).toContainText(
      '“Work out your runway” could not be moved: This device is out of storage space',
    );
    // Said once: the toast shows it too, but outside the live regions.
    await expect(
      page.locator('[data-toast]').filter({ hasText: 'out of storage space' }),
    ).toBeVisible();
    await expect(page.getByRole('alert').filter({ hasText: 'out of storage space' })).toHaveCount(
      0,
    );
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await expect(
      monthRegion(page, 3).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);
    await expect(
      page.getByText('Work out your runway', { exact: true }),
      'no copy of the card is left where it was dropped',
    ).toHaveCount(1);
    // The board is free again: the next drag works.
    await failPuts(false);
    await dragTo(
      page,
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 2),
    );
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await failPuts(true);
    await dragTo(
      page,
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 3),
    );
    await expect(page.getByTestId('announcer')).toContainText('could not be moved');
    await failPuts(false);
    await page.reload();
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
  });

  test('what the board said about a move is gone from the page once another screen is shown', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    const handle = monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' });
    await dragTo(page, handle, monthRegion(page, 3));
    await expect(page.getByTestId('announcer')).toContainText('press Control+Z');
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('announcer')).toHaveText('');
    await expect(page.getByText(/press Control\+Z/)).toHaveCount(0);
  });

  test('drag a card by mouse to another month; it is still there after a reload', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    const handle = monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' });
    await dragTo(page, handle, monthRegion(page, 3));
    await expect(
      monthRegion(page, 3).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 3',
    );
    // The toast shows it with Undo (not read out again: the announcer said it).
    await expect(
      page.locator('[data-toast]').filter({ hasText: 'Moved “Work out your runway” to Month 3' }),
    ).toBeVisible();
    const card = monthRegion(page, 3)
      .getByRole('listitem')
      .filter({ hasText: 'Work out your runway' });
    await expect(card).toContainText('+2 mo');
    await page.reload();
    await expect(
      monthRegion(page, 3).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);
    await expect(page.getByRole('list', { name: 'Plan at a glance' })).toContainText('1slipped');
    // The same card again, straight after: back to Month 2.
    await dragTo(
      page,
      monthRegion(page, 3).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 2),
    );
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await dragTo(
      page,
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 1),
    );
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await expect(page.getByRole('list', { name: 'Plan at a glance' })).toContainText('0slipped');
  });

  test('a drop while the page scrolls itself is stored once, and one Undo puts the card back', async ({
    page,
  }) => {
    // Phone width: months are stacked, and holding a card near the bottom edge scrolls the page
    // (dnd-kit's auto-scroll), which kept moving the drop while it was being stored.
    await page.setViewportSize({ width: 360, height: 740 });
    await page.addInitScript(() => {
      const w = window as unknown as { milestonePuts: string[] };
      w.milestonePuts = [];
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (
        this: IDBObjectStore,
        ...args: Parameters<IDBObjectStore['put']>
      ) {
        if (this.name === 'milestones')
          w.milestonePuts.push(String((args[0] as { title?: string }).title));
        return put.apply(this, args);
      };
    });
    await page.goto('/#/timeline');
    // The board view: its stacked months make a page long enough to keep scrolling under the card.
    await page.getByRole('radio', { name: 'Board' }).click();
    const from = await liftCard(
      page,
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    );
    await page.mouse.move(from.x + from.width / 2, 720, { steps: 15 });
    const scrolledBefore = await page.evaluate(() => window.scrollY);
    await page.waitForTimeout(400); // held at the edge: the page scrolls under the card
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolledBefore);
    await page.mouse.up();
    const toast = page
      .locator('[data-toast]')
      .filter({ hasText: /^Moved “Work out your runway” to Month \d+/ });
    await expect(toast).toBeVisible();
    // Full width, like every toast (it once shared its row with the empty live region).
    expect((await toast.boundingBox())?.width ?? 0).toBeGreaterThan(300);
    await page.waitForTimeout(1200); // a second write, if any, would come within this
    expect(
      await page.evaluate(() => (window as unknown as { milestonePuts: string[] }).milestonePuts),
    ).toEqual(['Work out your runway']);
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeAttached();
    await page.reload();
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeAttached();
  });

  test('long months: a drop deep in a column lands where the line showed, and keyboard moves cross blocks of cards', async ({
    page,
  }) => {
    // 40 cards a month: each month's list is in blocks of 16, and blocks out of view are not laid out.
    await importBigBoard(page, 480);
    await page.goto('/#/timeline');
    // The board view: Months 1 and 2 side by side, the card and where it goes both on screen.
    await page.getByRole('radio', { name: 'Board' }).click();
    const month1 = monthRegion(page, 1);
    await expect(month1.getByRole('listitem')).toHaveCount(40);
    await expect(page.getByRole('list', { name: 'Plan at a glance' })).toContainText('480');
    const before = await moveNames(page, 1);
    const moving = (await moveNames(page, 2))[20] ?? '';

    // Between the 20th and 21st cards of Month 1 (the second block), dragged from Month 2.
    const target = month1.getByRole('listitem').nth(20);
    await target.scrollIntoViewIfNeeded();
    await dragTo(
      page,
      monthRegion(page, 2).getByRole('button', { name: `Move ${moving}`, exact: true }),
      target,
      { offsetY: -4 },
    );
    await expect(page.getByTestId('announcer')).toContainText(
      `Moved “${moving}” to Month 1, position 21 of 41.`,
    );
    const expected = [...before.slice(0, 20), moving, ...before.slice(20)];
    await expect.poll(() => moveNames(page, 1)).toEqual(expected);
    await page.reload();
    await expect.poll(() => moveNames(page, 1)).toEqual(expected);

    // The 16th card is the last of the first block: one step down takes it into the second.
    const sixteenth = expected[15] ?? '';
    const handle = month1.getByRole('button', { name: `Move ${sixteenth}`, exact: true });
    await handle.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByTestId('announcer')).toContainText(
      `“${sixteenth}”: Month 1, position 17 of 41.`,
    );
    await expect(handle).toBeFocused();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('announcer')).toContainText(
      `Moved “${sixteenth}” to Month 1, position 17 of 41.`,
    );
    await expect
      .poll(() => moveNames(page, 1))
      .toEqual([...expected.slice(0, 15), expected[16], sixteenth, ...expected.slice(17)]);

    // Up into the first block and cancelled: back in the second block, focus still on its handle.
    // Picked up again once the last move is saved and read back (until then Space says "Still saving").
    await expect(handle).toBeFocused();
    await expect(async () => {
      await page.keyboard.press('Space');
      await expect(handle).toHaveAttribute('aria-pressed', 'true', { timeout: 500 });
    }).toPass();
    await page.keyboard.press('ArrowUp');
    await expect(page.getByTestId('announcer')).toContainText(
      `“${sixteenth}”: Month 1, position 16 of 41.`,
    );
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('announcer')).toContainText(
      `Move cancelled. “${sixteenth}” is back in Month 1, position 17.`,
    );
    await expect(handle).toBeFocused();
  });

  test('reorder within a month by mouse', async ({ page }) => {
    await page.goto('/#/timeline');
    const region = monthRegion(page, 1);
    const handles = region.getByRole('button', { name: /^Move / });
    await expect(handles).toHaveText(['', '', '', '']);
    await expect(handles.first()).toHaveAccessibleName(
      'Move Name what you can’t live with, and what you need',
    );
    await dragTo(page, handles.nth(1), handles.first(), { offsetY: 2 });
    await expect(handles.first()).toHaveAccessibleName('Move Work out your runway');
    // Saved (the announcement follows the write), then reload.
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 1, position 1 of 4.',
    );
    await page.reload();
    await expect(
      monthRegion(page, 1)
        .getByRole('button', { name: /^Move / })
        .first(),
    ).toHaveAccessibleName('Move Work out your runway');
  });

  test('keyboard move: Space, arrows, Space, each step announced', async ({ page }) => {
    await page.goto('/#/timeline');
    const announcer = page.getByTestId('announcer');
    await monthRegion(page, 1).getByRole('button', { name: 'Move Start networking calls' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Move Start networking calls' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(announcer).toContainText(
      'Picked up “Start networking calls”. Month 1, position 4 of 4.',
    );
    await page.keyboard.press('ArrowRight');
    await expect(announcer).toContainText('“Start networking calls”: Month 2, position 2 of 2.');
    await page.keyboard.press('ArrowUp');
    await expect(announcer).toContainText('“Start networking calls”: Month 2, position 1 of 2.');
    await expect(page.getByRole('button', { name: 'Move Start networking calls' })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(announcer).toContainText(
      'Moved “Start networking calls” to Month 2, position 1 of 2.',
    );
    await expect(page.getByRole('button', { name: 'Move Start networking calls' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
    await page.reload();
    const handles = monthRegion(page, 2).getByRole('button', { name: /^Move / });
    await expect(handles.nth(0)).toHaveAccessibleName('Move Start networking calls');
    await expect(
      monthRegion(page, 2).getByRole('listitem').filter({ hasText: 'Start networking calls' }),
    ).toContainText('+1 mo');
  });

  test('move without dragging, through the Month field; the edit persists', async ({ page }) => {
    await page.goto('/#/timeline');
    await monthRegion(page, 9)
      .getByRole('button', { name: 'Final rounds and offers', exact: true })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
    await expect(dialog).toBeVisible();
    await dialog.getByLabel('Month').selectOption({
      label: await dialog.getByLabel('Month').locator('option').nth(9).innerText(),
    });
    await dialog.getByLabel('Notes').fill('Two companies, one referral.');
    await dialog.getByLabel('Status').selectOption('In progress');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(
      monthRegion(page, 10).getByRole('button', { name: 'Final rounds and offers', exact: true }),
    ).toBeVisible();
    await page.reload();
    await monthRegion(page, 10)
      .getByRole('button', { name: 'Final rounds and offers', exact: true })
      .click();
    await expect(
      page.getByRole('dialog', { name: 'Edit milestone' }).getByLabel('Notes'),
    ).toHaveValue('Two companies, one referral.');
    await expect(
      page.getByRole('dialog', { name: 'Edit milestone' }).getByLabel('Status'),
    ).toHaveValue('in_progress');
  });

  test('a move in one tab appears in a second open tab without reload', async ({
    page,
    context,
  }) => {
    await page.goto('/#/timeline');
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    const second = await context.newPage();
    await second.goto('/#/timeline');
    await expect(
      monthRegion(second, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('button', { name: 'Move Work out your runway' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('announcer')).toContainText('Month 2');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 2',
    );
    await expect(
      monthRegion(second, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await expect(
      monthRegion(second, 1).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);
  });

  test('shortening the plan keeps milestones, in "After the plan"', async ({ page }) => {
    await page.goto('/#/settings');
    await page.getByLabel('Plan length (months)').fill('9');
    await page.getByRole('button', { name: 'Save plan' }).click();
    await expect(page.getByText('3 milestones now sit past the plan’s last month')).toBeVisible();
    await page.getByRole('link', { name: 'Timeline' }).click();
    await expect(page.getByRole('region', { name: /^Month \d+ · / })).toHaveCount(9);
    const after = page.getByRole('region', { name: 'After the plan' });
    await expect(
      after.getByRole('button', { name: 'Start the industry role', exact: true }),
    ).toBeVisible();
  });

  test('has no accessibility violations (board, dialog, dark theme)', async ({ page }) => {
    await page.goto('/#/timeline');
    await expect(monthRegion(page, 1)).toBeVisible();
    await expectNoAxeViolations(page);
    await monthRegion(page, 1).getByRole('button', { name: 'Add milestone to Month 1' }).click();
    await expect(page.getByRole('dialog', { name: 'Add milestone' })).toBeVisible();
    await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('dialog').getByText('Title can’t be empty.')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  test("on a phone, Save with a field too long puts focus on it, in view above the dialog's buttons", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.goto('/#/timeline');
    await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Add milestone' });
    await dialog.getByLabel('Title').fill('Read the contract');
    const notes = dialog.getByLabel('Notes (optional)');
    await notes.fill('n'.repeat(5001));
    await dialog.getByLabel('Title').focus(); // scrolled back up, as after reading the form
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(notes).toBeFocused();
    await expect(notes).toHaveAttribute('aria-invalid', 'true');
    const [field, save] = await Promise.all([
      notes.boundingBox(),
      dialog.getByRole('button', { name: 'Save' }).boundingBox(),
    ]);
    expect(
      field && save && field.y >= 0 && field.y + field.height <= save.y,
      'the field is in view, above the buttons',
    ).toBe(true);
  });

  test('works at 360 px wide: no sideways scrolling, months stacked', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto('/#/timeline');
    await expect(monthRegion(page, 1)).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const m1 = await monthRegion(page, 1).boundingBox();
    const m2 = await monthRegion(page, 2).boundingBox();
    expect(m2 && m1 && m2.y > m1.y).toBe(true);

    // A long unbroken title (a web address) in the toast wraps: Undo and × stay on the screen.
    const title = `https://example.org/${'a-very-long-path-segment-'.repeat(6)}`;
    // By keyboard: blocks of cards scrolled into view take their real height, and a click aimed a
    // moment before can land on a card (1 run in 5 here).
    await page
      .getByRole('button', { name: 'Add milestone to Month 2', exact: true })
      .press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Add milestone' });
    await dialog.getByLabel('Title').fill(title);
    await dialog.getByRole('button', { name: 'Save' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'a-very-long-path-segment' });
    for (const name of ['Undo', 'Dismiss message']) {
      const box = await toast.getByRole('button', { name }).boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= 360, `${name} is on the screen`).toBe(true);
    }
    // The plan's figures fit their boxes.
    const clipped = await page
      .getByRole('list', { name: 'Plan at a glance' })
      .locator('li *')
      .evaluateAll((els) =>
        els.filter((el) => el.scrollWidth > el.clientWidth + 1).map((el) => el.textContent),
      );
    expect(clipped).toEqual([]);
  });
});

test.describe('timeline on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a long-press drags a card; a quick swipe still scrolls the page', async ({
    page,
    context,
  }) => {
    await page.goto('/#/timeline');
    // Hold, then drag into Month 2 (kept away from the screen's edges, where the board auto-scrolls).
    await longPressDrag(
      page,
      context,
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' }),
      monthRegion(page, 2).getByRole('heading', { name: 'Month 2' }),
      'Work out your runway',
    );
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 2',
    );
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeAttached();

    // A quick swipe that starts on a handle scrolls the page; it does not pick the card up.
    const touch = await finger(page, context);
    const other = monthRegion(page, 1).getByRole('button', { name: 'Move Start networking calls' });
    const box = await other.boundingBox();
    if (!box) throw new Error('no handle');
    const before = await page.evaluate(() => window.scrollY);
    await touch('touchStart', box.x + box.width / 2, box.y + box.height / 2);
    for (let i = 1; i <= 8; i++)
      await touch('touchMove', box.x + box.width / 2, box.y + box.height / 2 - i * 25);
    await touch('touchEnd');
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    await expect(page.getByTestId('announcer')).not.toContainText(
      'Picked up “Start networking calls”',
    );
    await expect(
      monthRegion(page, 1).getByRole('button', { name: 'Move Start networking calls' }),
    ).toBeAttached();
  });
});

test('cards whose month has passed say Overdue, with a fixed clock', async ({ page }) => {
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
  await page.goto('/#/timeline');
  await expect(
    page.getByRole('region', { name: /^Month 1 · Nov 2026 \(this month\)$/ }),
  ).toBeVisible();
  await monthRegion(page, 1)
    .getByRole('button', { name: 'Rewrite your LinkedIn and CV for industry', exact: true })
    .click();
  await page
    .getByRole('dialog', { name: 'Edit milestone' })
    .getByLabel('Status')
    .selectOption('Done');
  await page.getByRole('dialog').getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('dialog')).toBeHidden();

  await page.clock.setFixedTime(new Date(2027, 1, 3, 9, 0)); // Month 4
  await page.reload();
  await expect(
    page.getByRole('region', { name: /^Month 4 · Feb 2027 \(this month\)$/ }),
  ).toBeVisible();
  const card = (title: string) =>
    page
      .getByRole('listitem')
      .filter({ has: page.getByRole('button', { name: title, exact: true }) });
  await expect(card('Work out your runway')).toContainText('Overdue');
  await expect(card('Start networking calls')).toContainText('Overdue');
  await expect(card('Rewrite your LinkedIn and CV for industry')).not.toContainText('Overdue');
  await expect(card('Rewrite your LinkedIn and CV for industry')).toContainText(
    'Done Nov 10, 2026',
  );
  await expect(card('Take on industry-flavoured work')).not.toContainText('Overdue');
  await expect(page.getByRole('list', { name: 'Plan at a glance' })).toContainText('4overdue');

  // On a phone the months are stacked: one button brings this month into view.
  await page.setViewportSize({ width: 360, height: 740 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.getByRole('button', { name: 'Go to Month 4' }).click();
  const heading = monthRegion(page, 4).getByRole('heading', { name: 'Month 4' });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
});

test.describe('when part of the app cannot be loaded', () => {
  // The requests must reach the page's route, not the service worker's cache.
  test.use({ serviceWorkers: 'block' });

  test('a move says so plainly and the card stays; once the code can load, the move works', async ({
    page,
  }) => {
    // The milestone writes load on demand, after the board shows (npm run bench, figure 1).
    let blocked = true;
    await page.route(/\/assets\/milestones-[\w-]+\.js$/, (route) =>
      blocked ? route.abort() : route.continue(),
    );
    await page.goto('/#/timeline');
    const handle = () =>
      monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' });
    await handle().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('announcer')).toContainText(
      '“Work out your runway” could not be moved: Part of Pivotboard could not be loaded, so nothing was saved.',
    );
    await expect(page.getByTestId('announcer')).not.toContainText('assets/');
    await expect(handle()).toBeVisible();
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toHaveCount(0);

    blocked = false;
    await handle().focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Space');
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 2',
    );
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
    await page.reload();
    await expect(
      monthRegion(page, 2).getByRole('button', { name: 'Move Work out your runway' }),
    ).toBeVisible();
  });
});
