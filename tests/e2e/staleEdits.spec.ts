import { expect, test, type Page } from '@playwright/test';
import { addMilestone, boardState, exportBackup } from './backupHelpers';
import { expectNoAxeViolations, monthRegion } from './support';

/*
 * Two tabs of one browser share the database. Tab B opens a dialog, tab A changes the same
 * record, then B saves: B writes only what was typed in B, and says what changed under it.
 */

const CARD = 'Take on industry-flavoured work';

async function openCard(page: Page, title = CARD) {
  await page.goto('/#/timeline');
  await page.getByRole('button', { name: title, exact: true }).click();
  return page.getByRole('dialog', { name: 'Edit milestone' });
}

async function saveDialog(dialog: ReturnType<Page['getByRole']>) {
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

test('a stale notes save keeps the title saved in another tab, and the dialog says so', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  const stale = await openCard(other); // tab B opens it first
  const fresh = await openCard(page);
  await fresh.getByLabel('Title').fill('Industry-flavoured work, with an MSL');
  await saveDialog(fresh);

  // Tab B: the title it did not touch now shows the new one, and the dialog says why.
  await expect(stale.getByRole('status')).toContainText('was changed while it was open here');
  await expect(stale.getByLabel('Title')).toHaveValue('Industry-flavoured work, with an MSL');
  await expectNoAxeViolations(other, '[role="dialog"]');
  await stale.getByLabel('Notes').fill('Ask Dr. Rao first');
  await saveDialog(stale);

  const saved = await openCard(page, 'Industry-flavoured work, with an MSL');
  await expect(saved.getByLabel('Notes')).toHaveValue('Ask Dr. Rao first');
});

test('a field changed in both tabs is a choice, not a silent overwrite', async ({
  page,
  context,
}) => {
  const other = await context.newPage();
  const stale = await openCard(other);
  await stale.getByLabel('Title').fill('Mine, typed in tab B');
  const fresh = await openCard(page);
  await fresh.getByLabel('Title').fill('Theirs, saved in tab A');
  await saveDialog(fresh);

  const choice = stale.getByRole('group', { name: 'Title changed elsewhere' });
  await expect(choice).toContainText(
    'yours is “Mine, typed in tab B”; it is now “Theirs, saved in tab A”',
  );
  await expectNoAxeViolations(other, '[role="dialog"]');
  await stale.getByRole('button', { name: 'Save' }).click();
  await expect(stale.getByText(/Choose which to keep, then save again\.$/)).toBeVisible();
  await choice.getByRole('button', { name: 'Use the new value' }).click();
  await expect(stale.getByLabel('Title')).toHaveValue('Theirs, saved in tab A');
  await saveDialog(stale);
  await expect(
    page.getByRole('button', { name: 'Theirs, saved in tab A', exact: true }),
  ).toBeVisible();
});

test('a stale save neither moves a card back nor un-does a Done', async ({ page, context }) => {
  const other = await context.newPage();
  const stale = await openCard(other);
  await expect(stale.getByLabel('Month')).toHaveValue('4');

  // Tab A moves the card to Month 6 with the keyboard, then marks it done in its dialog.
  await page.goto('/#/timeline');
  const handle = page.getByRole('button', { name: `Move ${CARD}` });
  await handle.focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Space');
  await expect(monthRegion(page, 6).getByRole('button', { name: CARD, exact: true })).toBeVisible();
  const fresh = await openCard(page);
  await fresh.getByLabel('Status').selectOption({ label: 'Done' });
  await saveDialog(fresh);

  await stale.getByLabel('Notes').fill('Written in the stale tab');
  await saveDialog(stale);
  await page.reload();
  await expect(monthRegion(page, 6).getByRole('button', { name: CARD, exact: true })).toBeVisible();
  const after = await openCard(page);
  await expect(after.getByLabel('Status')).toHaveValue('done');
  await expect(after.getByLabel('Notes')).toHaveValue('Written in the stale tab');
});

test('a stale opportunity save keeps the stage moved in another tab, and its history', async ({
  page,
  context,
}) => {
  await page.goto('/#/opportunities');
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  const add = page.getByRole('dialog', { name: 'Add opportunity' });
  await add.getByLabel('Company', { exact: true }).fill('Acme Bio');
  await add.getByLabel('Title', { exact: true }).fill('Medical Director');
  await add.getByLabel('Stage').selectOption({ label: 'Applied' });
  await add.getByRole('button', { name: 'Save' }).click();
  await expect(add).toBeHidden();

  const name = 'Acme Bio – Medical Director';
  const other = await context.newPage();
  await other.goto('/#/opportunities');
  await other.getByRole('button', { name, exact: true }).click();
  const stale = other.getByRole('dialog', { name: 'Edit opportunity' });
  await expect(stale.getByLabel('Stage')).toHaveValue('applied');

  await page.getByRole('button', { name, exact: true }).click();
  const fresh = page.getByRole('dialog', { name: 'Edit opportunity' });
  await fresh.getByLabel('Stage').selectOption({ label: 'Interviewing' });
  await fresh.getByRole('button', { name: 'Save' }).click();
  await expect(fresh).toBeHidden();

  await expect(stale.getByLabel('Stage')).toHaveValue('interviewing');
  await stale.getByLabel('Notes').fill('Ask about travel');
  await stale.getByRole('button', { name: 'Save' }).click();
  await expect(stale).toBeHidden();

  await page.reload();
  const interviewing = page.getByRole('region', { name: 'Interviewing', exact: true });
  await interviewing.getByRole('button', { name, exact: true }).click();
  const saved = page.getByRole('dialog', { name: 'Edit opportunity' });
  await expect(saved.getByLabel('Notes')).toHaveValue('Ask about travel');
  await expect(saved.getByRole('region', { name: 'History' })).toContainText(
    'Moved to Interviewing',
  );
});

test('Undo of an import in one tab keeps a milestone added in another tab since', async ({
  page,
  context,
}) => {
  const file = await exportBackup(page);
  await addMilestone(page, 2, 'There before the import');
  await page.goto('/#/settings');
  await page.getByLabel('Import backup').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  await page
    .getByRole('dialog', { name: 'Import this backup?' })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(page.getByText(/^Imported \d/)).toBeVisible();

  // The other tab opens once the app's offline copy is in place (its service worker active).
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const other = await context.newPage();
  await addMilestone(other, 5, 'Added in the other tab');

  await page.bringToFront();
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: /^Undone: Imported/ })).toBeVisible();
  const board = (await boardState(page)).join('\n');
  expect(board).toContain('There before the import');
  expect(board).toContain('Added in the other tab');
});
