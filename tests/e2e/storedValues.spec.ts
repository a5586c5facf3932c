import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support';

/**
 * Values an older version stored that the rules now refuse (issue 18): written straight into
 * IndexedDB, as that version did, then every screen that crashed on them is opened.
 */
async function storeAsAnOlderVersion(
  page: Page,
  change: { planStart?: string; exit?: Record<string, unknown> },
) {
  await page.goto('/#/timeline');
  await expect(page.getByRole('region', { name: /^Month 1 · / })).toBeVisible();
  await page.evaluate(
    async ({ planStart, exit }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('pivotboard');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['plans', 'exitPlans'], 'readwrite');
      const plans = tx.objectStore('plans');
      const plan = await new Promise<Record<string, unknown>>((resolve) => {
        const all = plans.getAll();
        all.onsuccess = () => resolve((all.result as Record<string, unknown>[])[0] ?? {});
      });
      if (planStart) plans.put({ ...plan, startMonth: planStart });
      if (exit) {
        const stamp = new Date().toISOString();
        tx.objectStore('exitPlans').put({
          planId: plan.id,
          noticeDays: 365,
          tailRequired: false,
          tailCost: null,
          nonCompeteNotes: '',
          currentAnnualPay: null,
          plannedStartDate: null,
          noticeGivenOn: null,
          cash: null,
          expenses: { housing: null, food: null, loanMinimums: null, insurance: null, other: null },
          nothingLinedUp: false,
          createdAt: stamp,
          updatedAt: stamp,
          ...exit,
        });
      }
      await new Promise((resolve) => (tx.oncomplete = resolve));
      db.close();
    },
    { planStart: change.planStart, exit: change.exit },
  );
  await page.reload();
}

const crashed = (page: Page) =>
  page.getByRole('heading', { name: 'Something went wrong on this screen' });

test('a plan start of Jun 9999 and notice given on 9999-12-31: every screen opens and says what to fix', async ({
  page,
}) => {
  await storeAsAnOlderVersion(page, {
    planStart: '9999-06',
    exit: { noticeGivenOn: '9999-12-31' },
  });
  for (const [route, heading] of [
    ['timeline', 'Timeline'],
    ['overview', 'Overview'],
    ['networking', 'Networking'],
    ['exit', 'Exit plan'],
  ] as const) {
    await page.goto(`/#/${route}`);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await expect(crashed(page)).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Date to fix' })).toContainText(
      'The plan’s start month (Jun 9999) looks wrong',
    );
  }
  await expect(page.getByRole('heading', { name: 'A date looks wrong' })).toBeVisible();
  await expect(page.getByLabel('Notice given on')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Fix it in Settings' }).click();
  await page.getByLabel('Plan start month').fill('2027-01');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByRole('region', { name: 'Date to fix' })).toHaveCount(0);
});

test('a planned start of 1000-01-01 with 365 days’ notice: the Exit plan names the field, and it can be fixed there', async ({
  page,
}) => {
  await storeAsAnOlderVersion(page, { exit: { plannedStartDate: '1000-01-01' } });
  await page.goto('/#/exit');
  await expect(page.getByRole('heading', { name: 'A date looks wrong' })).toBeVisible();
  const field = page.getByLabel('Planned start date');
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await field.fill('2030-06-03');
  await page.getByRole('button', { name: 'Save dates' }).click();
  await expect(page.getByRole('heading', { name: 'A date looks wrong' })).toHaveCount(0);
  await expect(crashed(page)).toHaveCount(0);
});
