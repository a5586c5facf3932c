import { expect, test, type Locator } from '@playwright/test';
import { monthRegion } from './support';

// A phone: a coarse pointer, so the touch-size rules apply.
test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

/** Width and height of a control as laid out (again if the screen re-rendered it meanwhile). */
async function size(control: Locator) {
  await expect(control).toBeVisible();
  for (let attempt = 1; attempt <= 4; attempt++) {
    try {
      await control.scrollIntoViewIfNeeded({ timeout: 2000 });
      const box = await control.boundingBox();
      if (box) return box;
    } catch (e) {
      if (attempt === 4) throw e;
    }
  }
  throw new Error('not visible');
}

const TOUCH = 44;

test('on a touch screen the small controls are full-size targets', async ({ page }) => {
  // The next step's month link on the Overview.
  await page.goto('/');
  const next = page.getByRole('region', { name: 'Your next step' });
  expect(
    (await size(next.getByRole('link', { name: /^Month \d+ · / }))).height,
  ).toBeGreaterThanOrEqual(TOUCH);
  await page.goto('/#/timeline');
  // A card's title (the only way to open it) and its drag handle.
  const title = monthRegion(page, 1).getByRole('button', {
    name: 'Work out your runway',
    exact: true,
  });
  expect((await size(title)).height).toBeGreaterThanOrEqual(TOUCH);
  expect(
    (await size(monthRegion(page, 1).getByRole('button', { name: 'Move Work out your runway' })))
      .width,
  ).toBeGreaterThanOrEqual(TOUCH);

  // A contact's LinkedIn link.
  await page.goto('/#/networking');
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add contact' });
  await dialog.getByLabel('Name').fill('Sam Ortiz');
  await dialog.getByLabel('LinkedIn URL').fill('https://www.linkedin.com/in/samortiz');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect((await size(page.getByRole('link', { name: /LinkedIn/ }))).height).toBeGreaterThanOrEqual(
    TOUCH,
  );

  // The help lines shown with a red flag, and a Diagnose card's title.
  await page.goto('/#/diagnose');
  await page.getByRole('button', { name: /^Add to A/ }).click();
  const add = page.getByRole('dialog', { name: /^Add to A/ });
  await add.getByLabel('Title').fill('Endless 24-hour call');
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();
  expect(
    (await size(page.getByRole('button', { name: 'Endless 24-hour call', exact: true }))).height,
  ).toBeGreaterThanOrEqual(TOUCH);
  await page.getByRole('checkbox', { name: 'Burnout' }).check();
  const help = page.getByRole('region', { name: 'Help is there, now' });
  for (const name of ['call 988', 'text 988', 'call 1-888-409-0141']) {
    expect((await size(help.getByRole('link', { name }))).height, name).toBeGreaterThanOrEqual(
      TOUCH,
    );
  }
});

test('on a touch screen a dialog opens without bringing up the keyboard; a tap on a field types', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  await monthRegion(page, 1)
    .getByRole('button', { name: 'Work out your runway', exact: true })
    .tap();
  const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  await expect(dialog).toBeFocused();
  await dialog.getByLabel('Title').tap();
  await expect(dialog.getByLabel('Title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('on a phone a card’s whole description can be read in its dialog; Enter there still saves', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/timeline');
  await monthRegion(page, 1)
    .getByRole('button', { name: 'Work out your runway', exact: true })
    .tap();
  const dialog = page.getByRole('dialog', { name: 'Edit milestone' });
  const description = dialog.getByLabel('Description (optional)');
  // The plan's own description is about 110 characters: a one-line field showed a third of it.
  await expect(description).toHaveValue(/^Add up bare-bones monthly costs .{40,}/);
  expect(
    await description.evaluate(
      (el) => el.scrollWidth <= el.clientWidth && el.scrollHeight <= el.clientHeight,
    ),
  ).toBe(true);
  await description.tap();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Check it again in spring.');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await monthRegion(page, 1)
    .getByRole('button', { name: 'Work out your runway', exact: true })
    .tap();
  await expect(description).toHaveValue(/without panic\. Check it again in spring\.$/);
});

test('on a phone a move is announced with the way to undo it there: the message’s Undo, not a key', async ({
  page,
}) => {
  await page.goto('/#/timeline');
  const announcer = page.getByTestId('announcer');
  // A screen reader's own "activate" on the handle, as Space does (the same move engine as a drag).
  await monthRegion(page, 1).getByRole('button', { name: 'Move Start networking calls' }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(announcer).toContainText(
    'Moved “Start networking calls” to Month 2, position 2 of 2. To undo, tap Undo in the message at the foot of the screen.',
  );
  await expect(announcer).not.toContainText('Control+Z');
  await page.getByRole('button', { name: 'Undo', exact: true }).tap();
  await expect(
    monthRegion(page, 1).getByRole('button', { name: 'Move Start networking calls' }),
  ).toBeVisible();
});
