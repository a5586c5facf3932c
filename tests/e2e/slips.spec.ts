import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, monthRegion, pickMonth } from './support';

// Slip propagation (issue 15, domain/slip.ts) in a real browser: a step moved past the steps that
// wait on it says what it pushes, moves them with one click, and one Undo puts them all back.

const NOTICE = 'A move pushed later steps';
const handleOf = (page: Page, month: number, title: string) =>
  monthRegion(page, month).getByRole('button', { name: `Move ${title}`, exact: true });

test('a step moved past the steps that wait on it moves them too, on request, and Undo puts them back', async ({
  page,
}) => {
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0)); // the plan starts in Nov 2026
  await page.goto('/#/timeline');
  await expect(handleOf(page, 9, 'Final rounds and offers')).toBeVisible();
  await expect(page.getByRole('region', { name: NOTICE })).toHaveCount(0);

  // Without dragging: pick Month 11 for the final rounds, after notice (Month 10).
  await pickMonth(page, 9, 'Final rounds and offers', 11);

  const notice = page.getByRole('region', { name: NOTICE });
  await expect(notice).toContainText(
    '“Final rounds and offers” is now in Month 11, after steps that wait on it',
  );
  await expect(notice).toContainText(
    '“Give notice at your clinical job” from Month 10 to Month 12',
  );
  // In sight on a laptop: no button to show it.
  await expect(page.getByRole('button', { name: 'Show what the move pushed' })).toHaveCount(0);
  await expectNoAxeViolations(page);
  await notice.getByRole('button', { name: 'Move the later steps too' }).click();
  await expect(notice).toHaveCount(0);
  await expect(
    page.getByRole('status').getByText('Moved 2 later steps with “Final rounds and offers”'),
  ).toBeVisible();
  for (const title of ['Give notice at your clinical job', 'Hand over your patients well'])
    await expect(handleOf(page, 12, title)).toBeVisible();

  // One Undo (Ctrl+Z) puts the later steps back where they were; the final rounds stay moved.
  await page.keyboard.press('Control+z');
  await expect(handleOf(page, 10, 'Give notice at your clinical job')).toBeVisible();
  await expect(handleOf(page, 11, 'Hand over your patients well')).toBeVisible();
  await expect(handleOf(page, 11, 'Final rounds and offers')).toBeVisible();
  await expect(page.getByRole('region', { name: NOTICE })).toBeVisible();

  // Redo moves them again, and the moves are stored: a reload shows them, with no notice.
  await page.keyboard.press('Control+Shift+z');
  await expect(handleOf(page, 12, 'Give notice at your clinical job')).toBeVisible();
  await page.reload();
  await expect(handleOf(page, 12, 'Give notice at your clinical job')).toBeVisible();
  await expect(handleOf(page, 12, 'Hand over your patients well')).toBeVisible();
  await expect(handleOf(page, 11, 'Final rounds and offers')).toBeVisible();
  await expect(page.getByRole('region', { name: NOTICE })).toHaveCount(0);
});

test('on a phone, a slip made far down the year is told at the top of the screen, which shows its notice', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0));
  await page.goto('/#/timeline');
  await pickMonth(page, 9, 'Final rounds and offers', 11);

  // The notice is far above the moved card, where the focus stays.
  const heading = page.getByRole('heading', { name: NOTICE });
  await expect(heading).not.toBeInViewport();
  const show = page.getByRole('button', { name: 'Show what the move pushed' });
  await expect(show).toBeInViewport();
  await expect(
    page.getByRole('status').filter({ hasText: 'The notice at the top of the Timeline offers' }),
  ).toHaveCount(1);
  await expectNoAxeViolations(page);

  await show.click();
  await expect(heading).toBeInViewport();
  await expect(heading).toBeFocused();
  await expect(show).toHaveCount(0);
  await expect(
    page
      .getByRole('region', { name: NOTICE })
      .getByRole('button', { name: 'Move the later steps too' }),
  ).toBeInViewport();
});
