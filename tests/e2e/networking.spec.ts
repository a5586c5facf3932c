import { readFile } from 'node:fs/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import ICAL from 'ical.js';
import { wordsSplitAcrossLines } from './support';

// Wednesday, March 18, 2026, late morning: its week runs Monday Mar 16 to Sunday Mar 22.
const WEDNESDAY = new Date('2026-03-18T10:30:00');

async function open(page: Page, route = 'networking') {
  await page.goto(`/#/${route}`);
  if (route === 'networking') await expect(page.getByText(/^This week:/)).toBeVisible();
}

async function logCall(
  page: Page,
  name: string,
  options: { date?: string; followUpOn?: string; mention?: boolean } = {},
) {
  await page.getByRole('button', { name: 'Log a call' }).click();
  const dialog = page.getByRole('dialog', { name: 'Log a call' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Name').fill(name);
  if (options.date) await dialog.getByLabel('Date').fill(options.date);
  if (options.followUpOn) await dialog.getByLabel('Follow up on').fill(options.followUpOn);
  if (options.mention) await dialog.getByLabel('OK to mention them when applying').check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test.describe('networking', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(WEDNESDAY);
  });

  test('the last message waits while a dialog is open: nothing covers the dialog, and taps reach it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    await logCall(page, 'Jane Lee');
    const toast = page.locator('[data-toast]').filter({ hasText: 'Jane Lee' });
    await expect(toast).toBeVisible();
    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    // Hidden while the dialog is open: it covered the dialog's title and close button, or its Save.
    await expect(toast).toBeHidden();
    await dialog.getByLabel('Name').fill('Sam Ortiz');
    await dialog.getByLabel('Notes').fill('Half a thought');
    // The dialog's own close button takes the tap (and asks, since something was typed).
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.getByRole('button', { name: 'Keep editing' }).click();
    await expect(dialog.getByLabel('Name')).toHaveValue('Sam Ortiz');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(dialog).toBeHidden();
    // Back once the dialog is closed, with its Undo, while its time lasts.
    await expect(toast.getByRole('button', { name: 'Undo' })).toBeVisible();
    await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('article')).toHaveCount(1);
  });

  test('calls logged across two weeks count toward the weeks they fall in, and survive a reload', async ({
    page,
  }) => {
    await open(page);
    await expect(page.getByText('This week: 0 of 2 calls')).toBeVisible();

    // Last week (Mar 9-15): two calls, which meets the target.
    await logCall(page, 'Jane Lee', { date: '2026-03-10' });
    await logCall(page, 'Sam Ortiz', { date: '2026-03-12' });
    // This week: one so far, and one planned for Friday that does not count yet.
    await logCall(page, 'Jane Lee');
    await logCall(page, 'Priya Natarajan', { date: '2026-03-20' });

    const week = page.getByRole('region', { name: 'Weekly calls' });
    await expect(week.getByText('This week: 1 of 2 calls')).toBeVisible();
    await expect(week.getByText('1 week in a row')).toBeVisible();
    await expect(
      week.getByText('1 more call planned for later this week.', { exact: false }),
    ).toBeVisible();
    // Typing an existing name picked that contact rather than adding a second Jane Lee.
    await expect(page.getByRole('list', { name: 'Contacts' }).getByRole('article')).toHaveCount(3);

    await logCall(page, 'Sam Ortiz');
    await expect(week.getByText('This week: 2 of 2 calls')).toBeVisible();
    await expect(week.getByText('2 weeks in a row')).toBeVisible();

    await page.reload();
    await expect(week.getByText('This week: 2 of 2 calls')).toBeVisible();
    await expect(week.getByText('2 weeks in a row')).toBeVisible();
    await expect(week.getByText('Calls so far')).toBeVisible();
    await expect(page.getByText('5 calls', { exact: true })).toBeVisible();

    // Next Monday: Friday's planned call now counts for last week; the streak holds while this week is young.
    await page.clock.setFixedTime(new Date('2026-03-23T09:00:00'));
    await page.reload();
    await expect(week.getByText('This week: 0 of 2 calls')).toBeVisible();
    await expect(week.getByText('2 weeks in a row')).toBeVisible();
    await page.getByText('Show the numbers').click();
    const table = page.getByRole('table', { name: 'Calls per week, newest first' });
    await expect(table.getByRole('row', { name: /Mar 16, 2026 3 Yes/ })).toBeVisible();
    await expect(table.getByRole('row', { name: /Mar 9, 2026 2 Yes/ })).toBeVisible();
  });

  test('deleting a contact keeps their calls in past weeks, unless deleting them too is chosen', async ({
    page,
  }) => {
    await open(page);
    // Last week met the target with Jane's two calls; this week has one of hers.
    await logCall(page, 'Jane Lee', { date: '2026-03-10' });
    await logCall(page, 'Jane Lee', { date: '2026-03-12' });
    await logCall(page, 'Jane Lee');
    const week = page.getByRole('region', { name: 'Weekly calls' });
    await expect(week.getByText('This week: 1 of 2 calls')).toBeVisible();
    await expect(week.getByText('1 week in a row')).toBeVisible();

    const contacts = page.getByRole('list', { name: 'Contacts' });
    await contacts.getByRole('button', { name: 'Jane Lee' }).click();
    const dialog = page.getByRole('dialog', { name: 'Edit contact' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const question = dialog.getByRole('group', { name: 'Delete Jane Lee?' });
    await expect(question).toContainText('Their 3 calls stay in your history');
    await question.getByRole('button', { name: 'Yes, delete' }).click();
    await expect(dialog).toBeHidden();

    await expect(week.getByText('This week: 1 of 2 calls')).toBeVisible();
    await expect(week.getByText('1 week in a row')).toBeVisible();
    const calls = page.getByRole('list', { name: 'Calls, newest first' });
    await expect(calls.getByText('A deleted contact')).toHaveCount(3);
    await page.reload();
    await expect(week.getByText('1 week in a row')).toBeVisible();

    // Deleting the calls too is the explicit choice.
    await logCall(page, 'Sam Ortiz', { date: '2026-03-11' });
    await contacts.getByRole('button', { name: 'Sam Ortiz' }).click();
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    await expect(dialog.getByRole('group', { name: 'Delete Sam Ortiz?' })).toBeVisible();
    await dialog.getByRole('button', { name: 'Delete their call too' }).click();
    await expect(dialog).toBeHidden();
    await expect(calls.getByRole('article')).toHaveCount(3);
  });

  test('a message counts toward the weekly target only once Settings says so', async ({ page }) => {
    await open(page);
    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Name').fill('Jane Lee');
    await dialog.getByRole('radio', { name: 'Message' }).check();
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('This week: 0 of 2 calls')).toBeVisible();
    await expect(
      page.getByRole('list', { name: 'Calls, newest first' }).getByRole('article'),
    ).toHaveCount(1);

    await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('checkbox', { name: 'Count messages toward the weekly target' }).check();
    await expect(page.locator('[data-toast]')).toContainText('Messages now count');
    await page.goto('/#/networking');
    await expect(page.getByText('This week: 1 of 2 calls')).toBeVisible();
  });

  test('the timeline’s networking milestone and the Overview show the calls', async ({ page }) => {
    await open(page, 'timeline');
    const card = page.getByRole('listitem').filter({
      has: page.getByRole('button', { name: 'Start networking calls', exact: true }),
    });
    await expect(card.getByText('No calls logged yet')).toBeVisible();
    await logCall(page, 'Jane Lee');
    await logCall(page, 'Sam Ortiz', { date: '2026-03-17' });
    await logCall(page, 'Priya Natarajan', { date: '2026-04-01' }); // planned: not counted yet
    // Its evidence (issue 15): the count, the latest call that happened, the week's pace; the
    // first call ticks it (started, on track), so it is never "Overdue".
    await expect(card.getByText(/^2 calls · last Wed, Mar 18 · 2 of 2 this week$/)).toBeVisible();
    await expect(card.getByText('On track')).toBeVisible();
    await expect(card.getByText(/^Started /)).toBeVisible();

    // The Overview's networking card reads the same numbers, and the first-call step is done.
    await page.getByRole('navigation').getByRole('link', { name: 'Overview' }).click();
    await expect(page.getByRole('link', { name: '2 of 2 calls this week' })).toHaveAttribute(
      'href',
      '#/networking',
    );
  });

  test('follow-ups and check-ins from today onwards download as an .ics file that a calendar parser reads', async ({
    page,
  }) => {
    await open(page);
    // An overdue follow-up (Mar 9) stays on the screen; the calendar file holds what is ahead.
    await logCall(page, 'Sam Ortiz', { date: '2026-03-02', followUpOn: '2026-03-09' });
    await logCall(page, 'Jane Lee', { date: '2026-03-16', followUpOn: '2026-03-25' });
    await page
      .getByRole('list', { name: 'Contacts' })
      .getByRole('button', { name: 'Jane Lee' })
      .click();
    const contact = page.getByRole('dialog', { name: 'Edit contact' });
    await contact.getByLabel('Check in every').selectOption({ label: '6 weeks' });
    await contact.getByRole('button', { name: 'Save' }).click();
    await expect(contact).toBeHidden();

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: /Download calendar file/ }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('pivotboard-follow-ups-2026-03-18.ics');
    const text = await readFile(await download.path(), 'utf8');
    const events = new ICAL.Component(ICAL.parse(text))
      .getAllSubcomponents('vevent')
      .map((v) => new ICAL.Event(v));
    expect(events.map((e) => [e.summary, e.startDate.toString(), e.startDate.isDate])).toEqual([
      ['Follow up with Jane Lee', '2026-03-25', true],
      ['Check in with Jane Lee', '2026-04-27', true],
    ]);
    expect(new Set(events.map((e) => e.uid)).size).toBe(2);
    await expect(
      page.locator('[data-toast]').filter({ hasText: 'Downloaded a calendar file' }),
    ).toHaveText(
      /with 2 dates from today onwards.*Left out: 1 overdue date, listed here under Overdue\./,
    );
  });

  test('a javascript: link is refused with a message, and never becomes a link', async ({
    page,
  }) => {
    await open(page);
    await page.getByRole('button', { name: 'Add contact' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add contact' });
    await dialog.getByLabel('Name').fill('Sam Ortiz');
    await dialog.getByLabel('LinkedIn URL').fill('javascript:alert(document.domain)');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(
      dialog.getByText(
        'LinkedIn URL must be a web address, such as linkedin.com/in/your-name (other kinds of links are not kept).',
      ),
    ).toBeVisible();
    await expect(dialog.getByLabel('LinkedIn URL')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);

    // Typed as most people type it, and as LinkedIn's share links read: kept as https.
    await dialog.getByLabel('LinkedIn URL').fill('linkedin.com/in/samortiz');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
      'href',
      'https://linkedin.com/in/samortiz',
    );
    await expect(page.locator('a[href^="javascript:"]')).toHaveCount(0);
  });

  test('a follow-up is one click from done, and a deleted call comes back with undo', async ({
    page,
  }) => {
    await open(page);
    await logCall(page, 'Jane Lee', { date: '2026-03-11', followUpOn: '2026-03-18' });
    const due = page.getByRole('region', { name: 'Follow-ups and check-ins' });
    await due.getByRole('button', { name: 'Done: follow-up with Jane Lee' }).click();
    await expect(due.getByText('Nothing to follow up yet.', { exact: false })).toBeVisible();

    await page.getByRole('button', { name: 'Edit call with Jane Lee on Mar 11, 2026' }).click();
    await page
      .getByRole('dialog', { name: 'Edit call' })
      .getByRole('button', { name: 'Delete' })
      .click();
    await expect(page.getByText('Deleted the call with “Jane Lee” on Mar 11, 2026')).toBeVisible();
    await expect(
      page.getByRole('button', { name: 'Edit call with Jane Lee on Mar 11, 2026' }),
    ).toHaveCount(0);
    await page.keyboard.press('Control+z');
    await expect(
      page.getByRole('button', { name: 'Edit call with Jane Lee on Mar 11, 2026' }),
    ).toBeVisible();
  });

  test('the keyboard shortcut opens the dialog from any screen, and focus comes back', async ({
    page,
  }) => {
    await open(page, 'timeline');
    await expect(page.getByRole('button', { name: 'Log a call' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+Shift+L',
    );
    await page.keyboard.press('Alt+Shift+L');
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByLabel('Name')).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  });

  test('the networking screen and its dialogs pass an axe scan', async ({ page }) => {
    test.slow(); // four full scans
    await open(page);
    const empty = await new AxeBuilder({ page }).analyze();
    expect(empty.violations).toEqual([]);

    await logCall(page, 'Jane Lee', {
      date: '2026-03-10',
      followUpOn: '2026-03-17',
      mention: true,
    });
    await logCall(page, 'Sam Ortiz', { date: '2026-03-18', followUpOn: '2026-03-20' });
    await page.getByText('Show the numbers').click();
    const full = await new AxeBuilder({ page }).analyze();
    expect(full.violations).toEqual([]);

    await page.getByRole('button', { name: 'Log a call' }).click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await dialog.getByLabel('Name').fill('Ja');
    await expect(dialog.getByRole('option', { name: /Jane Lee/ })).toBeVisible();
    const withList = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(withList.violations).toEqual([]);
    await dialog.getByLabel('Name').fill('Someone New');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await expect(dialog).toBeHidden();

    await page
      .getByRole('list', { name: 'Contacts' })
      .getByRole('button', { name: 'Jane Lee' })
      .click();
    await expect(page.getByRole('dialog', { name: 'Edit contact' })).toBeVisible();
    const contact = await new AxeBuilder({ page }).include('[role="dialog"]').analyze();
    expect(contact.violations).toEqual([]);
  });

  test('works on a 360 px wide phone', async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    const button = page.getByRole('button', { name: 'Log a call' });
    await expect(button).toBeInViewport();
    await logCall(page, 'Jane Lee', { date: '2026-03-16', followUpOn: '2026-03-18' });
    await logCall(page, 'Sam Ortiz');
    await expect(page.getByText('This week: 2 of 2 calls')).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Log a call' });
    await expect(dialog.getByRole('button', { name: 'Save' })).toBeVisible();
    const box = await dialog.boundingBox();
    expect(box?.width).toBeLessThanOrEqual(360);
    for (const name of ['Call', 'Video call', 'Meeting', 'Message']) {
      const radio = await dialog.getByText(name, { exact: true }).boundingBox();
      expect(radio?.height).toBeGreaterThanOrEqual(44);
    }
  });

  test('on a phone a long name stays whole on a contact: Draft a message goes under it', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    await logCall(page, 'Dr. Alexandra Venkatasubramanian');
    const contacts = page.getByRole('list', { name: 'Contacts', exact: true });
    await expect(contacts.getByRole('button', { name: 'Draft a message' })).toBeVisible();
    expect(await wordsSplitAcrossLines(contacts)).toEqual([]);
  });

  test('on a phone the question before deleting a contact is all in view, above Cancel and Save', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    await logCall(page, 'Jane Lee');
    await page
      .getByRole('list', { name: 'Contacts', exact: true })
      .getByRole('button', { name: 'Jane Lee' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Edit contact' });
    await dialog.getByRole('button', { name: 'Delete', exact: true }).click();
    const question = dialog.getByRole('group', { name: 'Delete Jane Lee?' });
    await expect(question.getByRole('button', { name: 'Keep' })).toBeFocused();
    const last = await question
      .getByRole('button', { name: 'Delete their call too' })
      .boundingBox();
    const save = await dialog.getByRole('button', { name: 'Save' }).boundingBox();
    if (!last || !save) throw new Error('not laid out');
    expect(last.y + last.height).toBeLessThanOrEqual(save.y);
  });

  test('the calls list scrolls with the page, not in a box of its own, and stays windowed', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await open(page);
    // 2,000 calls written straight to IndexedDB, as an imported backup would: oldest Call 1999.
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('pivotboard');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const stamp = new Date().toISOString();
      const tx = db.transaction(['contacts', 'calls'], 'readwrite');
      for (let i = 0; i < 2000; i++) {
        const id = `c-${i}`;
        const d = new Date(2026, 2, 17 - Math.floor(i / 3));
        const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
        tx.objectStore('contacts').put({
          ...{ id, name: `Call ${i}`, title: '', company: '', roleType: null, linkedInUrl: '' },
          ...{ howWeMet: '', notes: '', mentionOk: false, checkInWeeks: null, checkedInOn: null },
          ...{ createdAt: stamp, updatedAt: stamp },
        });
        tx.objectStore('calls').put({
          ...{ id: `call-${i}`, contactId: id, day, channel: 'call', mentionOk: false },
          // Every tenth call has notes long enough to wrap over several lines at 360 px.
          notes:
            i % 10
              ? ''
              : 'Talked about the move from clinical work, what the role is like, and who else to ask about it next.',
          ...{ followUpOn: null, followUpDoneOn: null, createdAt: stamp, updatedAt: stamp },
        });
      }
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    });
    await page.reload();
    const list = page.getByRole('list', { name: 'Calls, newest first' });
    await expect(page.getByText('2,000 calls', { exact: true })).toBeVisible();

    // No box between the list and the page scrolls: the page does.
    const innerScroll = await list.evaluate((el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        const { overflowY } = getComputedStyle(p);
        if ((overflowY === 'auto' || overflowY === 'scroll') && p.scrollHeight > p.clientHeight)
          return p.className;
      }
      return null;
    });
    expect(innerScroll).toBeNull();

    // To the end of the list by the page's scroll: the oldest call is drawn, few rows in the DOM.
    await list.evaluate((el) =>
      window.scrollTo(0, el.getBoundingClientRect().bottom + window.scrollY - window.innerHeight),
    );
    await expect(list.getByRole('button', { name: 'Call 1999', exact: true })).toBeInViewport();
    expect(await list.getByRole('listitem').count()).toBeLessThan(40);
    // Halfway: the rows drawn are those in view, whole (none cut mid-line by a box).
    await list.evaluate((el) => {
      const box = el.getBoundingClientRect();
      window.scrollTo(0, box.top + window.scrollY + box.height / 2);
    });
    // (rows are drawn a frame after the scroll)
    await expect
      .poll(() =>
        list.evaluate(
          (el) =>
            [...el.querySelectorAll('li')].filter((li) => {
              const r = li.getBoundingClientRect();
              return r.bottom > 0 && r.top < window.innerHeight;
            }).length,
        ),
      )
      .toBeGreaterThanOrEqual(3);
    const cut = await list.evaluate(
      (el) =>
        [...el.querySelectorAll('li')].filter((li) => li.scrollHeight > li.clientHeight + 1).length,
    );
    expect(cut).toBe(0);
  });
});
