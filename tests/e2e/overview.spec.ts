import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, scrollsSideways } from './support';

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(new Date('2027-03-15T10:00:00'));
});

test('a new user follows the getting-started path, to the first call, and it is remembered', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1, name: 'Overview' })).toBeVisible();
  await expect(page.getByText('Month 1 of 12', { exact: true })).toBeVisible();
  const guide = page.getByRole('region', { name: 'Getting started' });
  await expect(guide.getByText('0 of 4 done')).toBeVisible();

  // 1. Plan start month: two months back puts the user in Month 3.
  await guide.getByLabel('Plan start month').fill('2027-01');
  await guide.getByRole('button', { name: 'Save start month' }).click();
  await expect(page.getByText('Month 3 of 12', { exact: true })).toBeVisible();
  await expect(guide.getByText('1 of 4 done')).toBeVisible();

  // 2. Vision.
  await guide.getByRole('button', { name: 'Write your vision' }).click();
  const vision = page.getByRole('dialog', { name: 'Your vision' });
  await vision.getByLabel('Hours a week').fill('35');
  await vision.getByLabel(/Target income/).fill('260000');
  await vision.getByLabel('Remote or on site').selectOption('remote');
  await vision.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(vision).toBeHidden();
  await expect(guide.getByText('2 of 4 done')).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Your vision' }).getByText('$260,000 a year'),
  ).toBeVisible();
  // Its button folded away with the step: focus went on to the next step, not to the page.
  await expect(page.locator('body')).not.toBeFocused();
  await expect(
    guide.getByRole('heading', { name: /Sort out what you feel about your job/ }),
  ).toBeFocused();

  // 3. Diagnosis, on its own screen.
  await guide.getByRole('link', { name: 'Open Diagnose' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Diagnose' })).toBeVisible();
  await page
    .getByRole('region', { name: "A · Can't tolerate long-term" })
    .getByRole('button', { name: /^Add/ })
    .click();
  const add = page.getByRole('dialog', { name: /^Add/ });
  await add.getByLabel('Title').fill('q4 24-hour call');
  await add.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Move q4 24-hour call' })).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
  await expect(guide.getByText('3 of 4 done')).toBeVisible();

  // 4. The first call: the guide leads to Networking.
  await guide.getByRole('link', { name: 'Go to Networking' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Networking' })).toBeVisible();
  await page.goBack();
  await guide.getByRole('button', { name: 'Skip for now' }).click();
  await expect(guide).toBeHidden();

  await page.reload();
  await expect(page.getByText('Month 3 of 12', { exact: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Your vision' }).getByText('Remote')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeHidden();
  await expect(page.getByRole('link', { name: /can’t tolerate/ })).toHaveAttribute(
    'href',
    '#/diagnose',
  );
});

test('the guide’s text buttons line up with their step, and the vision is offered once', async ({
  page,
}) => {
  await page.goto('/');
  const guide = page.getByRole('region', { name: 'Getting started' });
  await guide.getByRole('button', { name: 'Skip for now' }).click();
  await expect(guide.getByRole('heading', { name: 'Write down your vision' })).toBeFocused();
  // Where each one's words start on screen.
  const textLeft = (el: Element) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return range.getBoundingClientRect().left;
  };
  const column = await guide
    .getByRole('heading', { name: 'Write down your vision' })
    .evaluate(textLeft);
  for (const name of ['Skip for now', 'Do it now']) {
    const left = await guide.getByRole('button', { name }).evaluate(textLeft);
    expect(Math.abs(left - column)).toBeLessThanOrEqual(2);
  }
  await expect(page.getByRole('button', { name: 'Write your vision' })).toHaveCount(1);
});

test('the next step is marked done with one click, and Undo brings it back', async ({ page }) => {
  await page.goto('/');
  const next = page.getByRole('region', { name: 'Your next step' });
  await expect(next.getByText('Name what you can’t live with, and what you need')).toBeVisible();
  await next.getByRole('button', { name: 'Mark done' }).focus();
  await page.keyboard.press('Enter');
  await expect(next.getByText('Work out your runway')).toBeVisible();
  await expect(page.getByRole('link', { name: '1 of 4 planned so far are done' })).toBeVisible();
  // Focus stays on the button while the step is saved and the next takes its place.
  await expect(next.getByRole('button', { name: 'Mark done' })).toBeFocused();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(next.getByText('Name what you can’t live with, and what you need')).toBeVisible();
  await page.getByRole('link', { name: '0 of 4 planned so far are done' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
});

test('the Overview has no accessibility violations, with the guide, the vision and the calculator open', async ({
  page,
}) => {
  test.slow(); // several axe scans on a shared machine
  await page.goto('/');
  await expect(page.getByRole('region', { name: 'Getting started' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page
    .getByRole('region', { name: 'Your vision' })
    .getByRole('button', { name: 'Write your vision' })
    .click();
  await expect(page.getByRole('dialog', { name: 'Your vision' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('dialog', { name: 'Your vision' }).getByLabel('Hours a week').fill('30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await page.getByText('Bridge-work calculator').click();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.getByText('$291,200 a year for 28 hours a week')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the Overview fits a 360px phone', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.goto('/');
  await expect(page.getByText('Month 1 of 12', { exact: true })).toBeVisible();
  await page.getByText('Bridge-work calculator').click();
  await page.getByRole('button', { name: 'Try an example' }).click();
  await expect(page.getByText('$291,200 a year for 28 hours a week')).toBeVisible();
  expect(await scrollsSideways(page)).toBe(false);
  const markDone = page.getByRole('button', { name: 'Mark done' });
  await markDone.scrollIntoViewIfNeeded();
  const box = await markDone.boundingBox();
  expect(box?.height ?? 0).toBeGreaterThanOrEqual(44);
});
