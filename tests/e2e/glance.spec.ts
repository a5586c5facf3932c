import { expect, test, type Locator, type Page } from '@playwright/test';
import {
  addOpportunity,
  dragTo,
  expectNoAxeViolations,
  longPressDrag,
  monthRegion,
  PIPELINE_STAGES,
  pdfPages,
  scrollsSideways,
  wordsSplitAcrossLines,
} from './support';

/** The whole box is inside the window (nothing cut off, nothing to scroll to). */
async function expectOnScreen(page: Page, target: Locator) {
  const box = await target.boundingBox();
  const view = page.viewportSize();
  if (!box || !view) throw new Error('not laid out');
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.y).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(view.width);
  expect(box.y + box.height).toBeLessThanOrEqual(view.height);
}

/** The Timeline view stored in the app's database (undefined until first chosen). */
const storedView = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<unknown>((resolve, reject) => {
        const open = indexedDB.open('pivotboard');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const get = open.result
            .transaction('settings')
            .objectStore('settings')
            .get('timelineView');
          get.onsuccess = () => {
            resolve((get.result as { value?: unknown } | undefined)?.value);
            open.result.close();
          };
        };
      }),
  );

const handleOf = (page: Page, month: number, title: string) =>
  monthRegion(page, month).getByRole('button', { name: `Move ${title}`, exact: true });

test.describe('the year at a glance', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('a new user sees all 12 months at 1280 × 800, today marked; Board is remembered after a reload', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
    const months = page.getByRole('region', { name: /^Month \d+ · / });
    await expect(months).toHaveCount(12);
    for (let n = 1; n <= 12; n++) await expectOnScreen(page, monthRegion(page, n));
    expect(await scrollsSideways(page)).toBe(false);
    await expect(
      page.getByRole('region', { name: /\(this month\)$/ }).getByText(/^Today, /),
    ).toBeVisible();
    // Phases are shown.
    await expect(page.getByRole('heading', { name: 'Phase 4: Notice and start' })).toBeVisible();

    await page.getByRole('radio', { name: 'Board' }).click();
    await expect(page.getByRole('radio', { name: 'Board' })).toBeChecked();
    await expect.poll(() => storedView(page)).toBe('board');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Board' })).toBeChecked();
    await expect(page.getByText(/^Today, /)).toHaveCount(0);
    await page.getByRole('radio', { name: 'Year' }).click();
    await expect.poll(() => storedView(page)).toBe('year');
    await page.reload();
    await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
  });

  test('cards move by mouse and by keyboard in the year view, and stay moved after a reload', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    await dragTo(page, handleOf(page, 1, 'Work out your runway'), monthRegion(page, 7));
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 7',
    );
    await expect(handleOf(page, 7, 'Work out your runway')).toBeVisible();
    await expect(monthRegion(page, 7).getByText('+6 mo')).toBeVisible();

    const handle = handleOf(page, 1, 'Start networking calls');
    await handle.focus();
    await page.keyboard.press('Space');
    await expect(handle).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('announcer')).toContainText(
      '“Start networking calls”: Month 3, position 1 of 1.',
    );
    await page.keyboard.press('Space');
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Start networking calls” to Month 3',
    );
    await page.reload();
    await expect(handleOf(page, 7, 'Work out your runway')).toBeVisible();
    await expect(handleOf(page, 3, 'Start networking calls')).toBeVisible();
  });

  test('a card moves to another month without dragging, and opens for editing', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    await monthRegion(page, 2)
      .getByRole('button', { name: 'Pick a month for Start a running record of your work' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Move to a month' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: /^Month 9 · / }).click();
    await expect(dialog).toBeHidden();
    await expect(handleOf(page, 9, 'Start a running record of your work')).toBeVisible();
    await monthRegion(page, 9)
      .getByRole('button', { name: 'Start a running record of your work', exact: true })
      .click();
    await expect(page.getByRole('dialog', { name: 'Edit milestone' })).toBeVisible();
  });

  test('the Overview’s overdue count opens the Timeline on every card it counted', async ({
    page,
  }) => {
    await page.clock.setFixedTime(new Date(2026, 10, 10, 9, 0)); // the plan starts Nov 2026
    await page.goto('/#/timeline');
    await expect(monthRegion(page, 1)).toBeVisible();
    await page.getByRole('radio', { name: 'Board' }).click(); // the link shows the year anyway
    await expect.poll(() => storedView(page)).toBe('board');
    await page.clock.setFixedTime(new Date(2027, 3, 20, 9, 0)); // Month 6: Months 1-5 (7 cards) are past
    await page.goto('/#/');
    const link = page.getByRole('link', { name: '7 overdue' });
    await link.click();
    await expect(page).toHaveURL(/#\/timeline$/);
    await expect(page.getByRole('button', { name: 'Overdue' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
    const cards = page.getByRole('button', { name: /^Move / });
    await expect(cards).toHaveCount(7);
    // Every one is shown, none off to the side (the page scrolls down, never sideways).
    for (const card of await cards.all()) {
      await expect(card).toBeVisible();
      const box = await card.boundingBox();
      expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= 1280).toBe(true);
    }
    expect(await scrollsSideways(page)).toBe(false);
    await expect(page.locator('[data-board-item]').filter({ hasText: 'Overdue' })).toHaveCount(7);
    await page.getByRole('button', { name: 'Overdue' }).click();
    await expect(cards).toHaveCount(14);
  });

  test('the year view passes an axe scan, light and dark, filtered and not', async ({ page }) => {
    await page.goto('/#/timeline');
    await expect(monthRegion(page, 12)).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Due this month' }).click();
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});

test.describe('the year view on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, colorScheme: 'dark' });

  test('months are stacked with no sideways scrolling, and pass an axe scan in the dark', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    await expect(monthRegion(page, 12)).toBeAttached();
    expect(await scrollsSideways(page)).toBe(false);
    await expectNoAxeViolations(page);
  });
});

test.describe('the year view on a touch screen', () => {
  test.use({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });

  test('a long-press drags a card to the next month', async ({ page, context }) => {
    await page.goto('/#/timeline');
    await longPressDrag(
      page,
      context,
      handleOf(page, 1, 'Work out your runway'),
      monthRegion(page, 2).getByRole('heading', { name: 'Month 2' }),
      'Work out your runway',
    );
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Work out your runway” to Month 2',
    );
    await expect(handleOf(page, 2, 'Work out your runway')).toBeAttached();
  });
});

test.describe('Print plan', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('lays the year, the exit dates and the pipeline on paper, in black on white', async ({
    page,
  }) => {
    // Headless Chromium has no print dialog: count the calls instead.
    await page.addInitScript(() => {
      const w = window as unknown as { printed: number };
      w.printed = 0;
      window.print = () => void w.printed++;
    });
    await page.emulateMedia({ colorScheme: 'dark' }); // paper stays black on white
    await page.goto('/#/opportunities');
    // A typical plan: the 14 cards of a new plan and a dozen opportunities, three of them closed.
    await addOpportunity(page, 'Acme Bio', 'Medical Director');
    for (const [company, title, stage] of [
      [
        'Boehringer Ingelheim Pharmaceuticals, Inc.',
        'Medical Science Liaison, Cardiometabolic',
        'Target',
      ],
      ['Roche', 'Medical Director, Neuroscience', 'Target'],
      [
        'Johnson & Johnson Innovative Medicine',
        'Associate Director, Global Medical Affairs',
        'Applied',
      ],
      ['Flatiron Health', 'Clinical Data Scientist', 'Applied'],
      ['Medtronic', 'Medical Safety Officer, Cardiac Rhythm Management', 'Interviewing'],
      ['Genentech', 'Clinical Scientist, Immunology', 'Interviewing'],
      ['Verily Life Sciences', 'Clinical Lead', 'Final round'],
      ['Abbott', 'Medical Advisor, Diabetes Care', 'Verbal offer'],
      ['UnitedHealth Group / Optum', 'Medical Director, Utilization Management', 'Closed'],
      ['Pfizer', 'Senior Medical Advisor', 'Closed'],
      ['Tempus AI', 'Medical Director, Oncology', 'Closed'],
    ] as const)
      await addOpportunity(page, company, title, stage);

    await page.goto('/#/timeline');
    await page.getByRole('button', { name: 'Print plan' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(1);
    await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
    const sheet = page.locator('[data-print-sheet]');
    await expect(sheet).toBeVisible();
    await expect(page.locator('#root')).toBeHidden();
    for (const name of ['The year', 'Exit dates', 'Pipeline'])
      await expect(sheet.getByRole('heading', { name })).toBeVisible();
    await expect(sheet.getByRole('heading', { name: /^Month \d+ · / })).toHaveCount(12);
    await expect(sheet).toContainText('Acme Bio – Medical Director');
    // The pipeline as a line per stage; a closed entry says why; nothing says "today" on paper.
    const pipeline = sheet.getByRole('region', { name: 'Pipeline' });
    await expect(pipeline.getByRole('term')).toHaveText([
      'Target (3)',
      'Applied (2)',
      'Interviewing (2)',
      'Final round (1)',
      'Verbal offer (1)',
      'Closed (3)',
    ]);
    await expect(pipeline).toContainText('Pfizer – Senior Medical Advisor (Rejected)');
    await expect(pipeline).toContainText('None yet in: Written offer, Accepted.');
    await expect(sheet).not.toContainText('Added today');
    await expect(sheet).not.toContainText('in this stage');
    // Three months a row, as a phase.
    const tops = await Promise.all(
      [1, 2, 3, 4].map(
        async (n) =>
          (await sheet.getByRole('heading', { name: new RegExp(`^Month ${n} · `) }).boundingBox())
            ?.y,
      ),
    );
    // (This month's heavier frame sets its heading a point lower.)
    const [m1 = 0, m2 = 0, m3 = 0, m4 = 0] = tops.map((y) => y ?? Number.NaN);
    expect(Math.abs(m1 - m2)).toBeLessThan(3);
    expect(Math.abs(m2 - m3)).toBeLessThan(3);
    expect(m4).toBeGreaterThan(m1 + 20);
    // Black text on white, whatever the screen's theme.
    const colours = await sheet.evaluate((el) => {
      const s = getComputedStyle(el.querySelector('li') ?? el);
      return { color: s.color, page: getComputedStyle(document.body).backgroundColor };
    });
    expect(colours.color).toBe('rgb(0, 0, 0)');
    expect(colours.page).toBe('rgb(255, 255, 255)');
    // One sheet, on A4 and on Letter.
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(10_000);
    expect(pdfPages(pdf)).toBe(1);
    // Printing to PDF ends the print (afterprint): the sheet goes. Print again, on Letter.
    await expect(sheet).toHaveCount(0);
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'Print plan' }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { printed: number }).printed))
      .toBe(2);
    await page.emulateMedia({ media: 'print' });
    expect(pdfPages(await page.pdf({ format: 'Letter', printBackground: false }))).toBe(1);

    // Done printing: the sheet goes, the screen is as it was.
    await page.emulateMedia({ media: 'screen' });
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(sheet).toHaveCount(0);
    await expect(monthRegion(page, 1)).toBeVisible();
  });
});

const stage = (page: Page, name: string) =>
  page.getByRole('region', { name, exact: true }).and(page.locator('[data-board-column]'));

test.describe('a pipeline that fits', () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test('all 8 stages are on screen at 1280 px, and a card reaches the last one without edge scrolling', async ({
    page,
  }) => {
    await page.goto('/#/opportunities');
    await addOpportunity(page, 'Acme Bio', 'Associate Medical Director, Oncology');
    await addOpportunity(page, 'Northwind Health', 'Medical Science Liaison', 'Applied');
    await addOpportunity(page, 'Globex', 'Clinical Informatics Lead', 'Interviewing');
    // Long names, in five stages with cards (the narrowest their columns get with Closed open too).
    await addOpportunity(
      page,
      'Johnson & Johnson Innovative Medicine',
      'Associate Director, Global Medical Affairs',
      'Final round',
    );
    await addOpportunity(page, 'Boehringer Ingelheim', 'Medical Science Liaison', 'Verbal offer');
    await addOpportunity(page, 'UnitedHealth Group / Optum', 'Medical Director', 'Closed');
    const names = PIPELINE_STAGES;
    for (const name of names) await expectOnScreen(page, stage(page, name));
    const pipeline = page.getByRole('region', { name: 'Pipeline' });
    const scrolls = () =>
      pipeline.evaluate((el) => ({ wide: el.scrollWidth > el.clientWidth, left: el.scrollLeft }));
    expect(await scrolls()).toEqual({ wide: false, left: 0 });

    // Words break between words, never inside one: stage names, companies, titles.
    expect(await wordsSplitAcrossLines(pipeline)).toEqual([]);
    // The companies read whole (none of these words is longer than a column), and cards are compact.
    for (const company of ['Johnson & Johnson Innovative Medicine', 'Boehringer Ingelheim']) {
      const cut = await pipeline
        .getByText(company, { exact: true })
        .evaluate((el) => el.scrollWidth > el.clientWidth);
      expect(cut, company).toBe(false);
    }
    const heights = await pipeline
      .locator('[data-board-item]')
      .evaluateAll((cards) => cards.map((c) => c.getBoundingClientRect().height));
    expect(Math.max(...heights)).toBeLessThan(220);

    // The heading is the company; the role's title is on its own line, and the name reads whole.
    const title = stage(page, 'Target').getByRole('button', {
      name: 'Acme Bio – Associate Medical Director, Oncology',
      exact: true,
    });
    const company = await title.getByText('Acme Bio', { exact: true }).boundingBox();
    const role = await title
      .getByText('Associate Medical Director, Oncology', { exact: true })
      .boundingBox();
    expect(role?.y ?? 0).toBeGreaterThan((company?.y ?? 0) + 10);

    await dragTo(
      page,
      page.getByRole('button', { name: 'Move Acme Bio – Associate Medical Director, Oncology' }),
      stage(page, 'Accepted'),
    );
    await expect(page.getByTestId('announcer')).toContainText(
      'Moved “Acme Bio – Associate Medical Director, Oncology” to Accepted',
    );
    expect((await scrolls()).left).toBe(0);
    await expect(
      stage(page, 'Accepted').getByRole('button', {
        name: 'Acme Bio – Associate Medical Director, Oncology',
        exact: true,
      }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('Closed is a list of one-line cards, the first five shown until asked for all', async ({
    page,
  }) => {
    await page.goto('/#/opportunities');
    for (const n of [1, 2, 3, 4, 5, 6])
      await addOpportunity(page, `Co ${n}`, 'Associate Medical Director, Oncology', 'Closed');
    const closed = stage(page, 'Closed');
    await expect(closed.getByRole('button', { name: /^Move / })).toHaveCount(5);
    await expect(closed.getByText('Rejected', { exact: true })).toHaveCount(5);
    // Each name on one line, cut with an ellipsis: the whole name is the button's name and tooltip.
    const name = closed.getByRole('button', {
      name: 'Co 1 – Associate Medical Director, Oncology',
      exact: true,
    });
    await expect(name).toHaveAttribute('title', 'Co 1 – Associate Medical Director, Oncology');
    const line = await name.evaluate((el) => ({
      lines: el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight),
      cut: el.scrollWidth > el.clientWidth,
    }));
    expect(line.lines).toBeLessThan(1.5);
    expect(line.cut).toBe(true);
    const more = closed.getByRole('button', { name: 'Show all 6 closed' });
    await more.click();
    await expect(closed.getByRole('button', { name: /^Move / })).toHaveCount(6);
    await expect(closed.getByRole('button', { name: 'Show fewer' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
    for (const name of ['Target', 'Accepted', 'Closed'])
      await expectOnScreen(page, stage(page, name));
    await page.emulateMedia({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});

test.describe('the count of done cards, ten cards in', () => {
  /** Mark the first `n` cards done straight in the database, then read the Timeline afresh. */
  async function markDone(page: Page, n: number) {
    await page.evaluate(
      (count) =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('pivotboard');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const tx = open.result.transaction('milestones', 'readwrite');
            const store = tx.objectStore('milestones');
            const all = store.getAll();
            all.onsuccess = () => {
              for (const m of (all.result as Record<string, unknown>[]).slice(0, count))
                store.put({ ...m, status: 'done', doneOn: '2026-11-02' });
            };
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
          };
        }),
      n,
    );
    await page.reload();
  }

  for (const [width, height, colorScheme] of [
    [1024, 768, 'light'],
    [360, 740, 'dark'],
  ] as const) {
    test(`reads on one line in its box at ${String(width)} px, and says "of 14 done" as the Overview does`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height });
      await page.emulateMedia({ colorScheme });
      await page.goto('/#/timeline');
      await expect(monthRegion(page, 1)).toBeVisible();
      await markDone(page, 10);
      const glance = page.getByRole('list', { name: 'Plan at a glance' });
      const done = glance.getByRole('listitem').first();
      await expect(done).toHaveText(/^10\s*of 14 done$/);
      // The figure is one line: a "10 /" over a "14" is not read at a glance.
      const lines = await done
        .locator('span')
        .first()
        .evaluate((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
        });
      expect(lines).toBe(1);
    });
  }
});

test.describe('the year view at 1024 px, four narrow phases', () => {
  test.use({ viewport: { width: 1024, height: 768 } });

  test('each month’s count and + sit on the line of its name, in every month alike', async ({
    page,
  }) => {
    await page.goto('/#/timeline');
    await expect(page.getByRole('radio', { name: 'Year' })).toBeChecked();
    await expect(monthRegion(page, 12)).toBeVisible();
    const layout = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('section[aria-label^="Month "]')].map((month) => {
        const top = (el: Element | null | undefined) => el?.getBoundingClientRect().top ?? NaN;
        const head = month.querySelector('h3');
        const add = month.querySelector('button[aria-label^="Add milestone to Month"]');
        return {
          month: month.getAttribute('aria-label'),
          // The + on the heading's line (its middle within the heading's box).
          addBesideName:
            Math.abs(
              top(add) +
                (add?.getBoundingClientRect().height ?? 0) / 2 -
                (top(head) + (head?.getBoundingClientRect().height ?? 0) / 2),
            ) < 12,
        };
      }),
    );
    expect(layout).toHaveLength(12);
    for (const m of layout) expect(m, String(m.month)).toMatchObject({ addBesideName: true });
  });
});
