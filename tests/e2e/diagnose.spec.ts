import { expect, test, type Page } from '@playwright/test';
import { dragTo, expectNoAxeViolations, scrollsSideways } from './support';

const A = "A · Can't tolerate long-term";
const B = 'B · Bad but fixable';
const C = 'C · Actually good';

async function addExamples(page: Page, titles: string[]) {
  const examples = page.getByRole('region', { name: 'Common examples' });
  for (const t of titles) {
    await examples.getByRole('button', { name: t }).click();
    await expect(page.getByRole('button', { name: `Move ${t}` })).toBeVisible();
  }
}

test('a card dragged by mouse to another column stays there after a reload', async ({ page }) => {
  await page.goto('/#/diagnose');
  await addExamples(page, ['Endless 24-hour call', 'Long commute']);
  const a = page.getByRole('region', { name: A });
  const b = page.getByRole('region', { name: B });
  // Centre the board first: near the window's edge a drag scrolls the page under the pointer.
  await a.evaluate((el) => el.scrollIntoView({ block: 'center' }));
  await dragTo(page, a.getByRole('button', { name: 'Move Endless 24-hour call' }), b);
  await expect(b.getByRole('button', { name: 'Move Endless 24-hour call' })).toBeVisible();
  await expect(a.getByRole('button', { name: 'Move Endless 24-hour call' })).toHaveCount(0);
  await expect(page.getByTestId('announcer')).toContainText(`Moved “Endless 24-hour call” to ${B}`);
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: B })
      .getByRole('button', { name: 'Move Endless 24-hour call' }),
  ).toBeVisible();
  await expect(
    page.getByRole('region', { name: A }).getByText('Nothing here yet.', { exact: false }),
  ).toBeVisible();
});

test('a card moves with the keyboard alone, and the move persists', async ({ page }) => {
  await page.goto('/#/diagnose');
  await addExamples(page, ['The medicine itself', 'Toxic group culture']);
  const handle = page.getByRole('button', { name: 'Move Toxic group culture' });
  await handle.focus();
  await page.keyboard.press('Space');
  await expect(handle).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText(
    `“Toxic group culture”: ${B}, position 1 of 1.`,
  );
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toContainText(
    `“Toxic group culture”: ${C}, position 1 of 2.`,
  );
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('announcer')).toContainText(`${C}, position 2 of 2.`);
  await page.keyboard.press('Space');
  await expect(page.getByTestId('announcer')).toContainText(
    `Moved “Toxic group culture” to ${C}, position 2 of 2.`,
  );
  const c = page.getByRole('region', { name: C });
  await expect(c.getByRole('listitem')).toHaveCount(2);
  await expect(c.getByRole('listitem').nth(1)).toContainText('Toxic group culture');
  await expect(page.getByRole('button', { name: 'Move Toxic group culture' })).toBeFocused();
  await page.reload();
  await expect(page.getByRole('region', { name: C }).getByRole('listitem').nth(1)).toContainText(
    'Toxic group culture',
  );
});

test('the board is read in plain words, and a red flag shows help without blocking anything', async ({
  page,
}) => {
  await page.goto('/#/diagnose');
  await addExamples(page, ['Endless 24-hour call', 'Chasing RVU targets', 'Toxic group culture']);
  await expect(page.getByRole('heading', { name: 'Industry looks like a good fit' })).toBeVisible();
  await page
    .getByRole('combobox', { name: 'Does industry fix “Chasing RVU targets”?' })
    .selectOption('may-not-fix');
  await expect(
    page.getByRole('heading', { name: 'Another clinical job may be the answer' }),
  ).toBeVisible();

  await page.getByRole('checkbox', { name: 'Suicidal thoughts' }).check();
  const help = page.getByRole('region', { name: 'Help is there, now' });
  await expect(help.getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988');
  await expect(help.getByRole('link', { name: 'text 988' })).toHaveAttribute('href', 'sms:988');
  await expect(help.getByRole('link', { name: 'call 1-888-409-0141' })).toHaveAttribute(
    'href',
    'tel:+18884090141',
  );
  await page.reload();
  await expect(page.getByRole('checkbox', { name: 'Suicidal thoughts' })).toBeChecked();
  await expect(page.getByRole('region', { name: 'Help is there, now' })).toBeVisible();
  await page.getByRole('region', { name: A }).getByRole('button', { name: /^Add/ }).click();
  await expect(page.getByRole('dialog', { name: /^Add/ }).getByLabel('Title')).toBeFocused();
});

test('Diagnose has no accessibility violations: empty, filled, with help shown and with the dialog open', async ({
  page,
}) => {
  test.slow(); // several axe scans on a shared machine
  await page.goto('/#/diagnose');
  await expect(page.getByRole('region', { name: A })).toBeVisible();
  await expectNoAxeViolations(page);
  await addExamples(page, ['Endless 24-hour call', 'Long commute', 'The medicine itself']);
  await page.getByRole('checkbox', { name: 'Burnout' }).check();
  await expect(page.getByRole('region', { name: 'Help is there, now' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Long commute', exact: true }).click();
  await expect(page.getByRole('dialog', { name: 'Edit item' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('Diagnose works on a 360px phone: columns stack, nothing scrolls sideways, a card moves through its dialog', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/#/diagnose');
  await addExamples(page, ['Too many clinic patients']);
  const a = await page.getByRole('region', { name: A }).boundingBox();
  const b = await page.getByRole('region', { name: B }).boundingBox();
  expect(b && a ? b.y > a.y + a.height - 1 : false).toBe(true);
  expect(await scrollsSideways(page)).toBe(false);
  await page.getByRole('button', { name: 'Too many clinic patients', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Edit item' });
  await dialog.getByLabel('Column').selectOption('a');
  await dialog.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(
    page
      .getByRole('region', { name: A })
      .getByRole('button', { name: 'Move Too many clinic patients' }),
  ).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
});

test.describe('in dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('Diagnose and the Overview have no accessibility violations (contrast included)', async ({
    page,
  }) => {
    test.slow(); // two axe scans on a shared machine
    await page.goto('/#/diagnose');
    await addExamples(page, ['Endless 24-hour call', 'Toxic group culture', 'Long commute']);
    await page.getByRole('checkbox', { name: 'Moral distress' }).check();
    await expect(page.getByRole('region', { name: 'Help is there, now' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('link', { name: /can’t tolerate/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
