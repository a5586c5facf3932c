import { expect, test } from '@playwright/test';
import { addMilestone, boardState, exportBackup } from './backupHelpers';
import { expectNoAxeViolations, failingWrites } from './support';

test('a backup exported here and imported in a fresh browser gives the same board', async ({
  page,
  browser,
}) => {
  await addMilestone(page, 2, 'Coffee with the MSL from the conference');
  await page.goto('/#/settings');
  await page.getByLabel('Plan length (months)').fill('11');
  await page.getByRole('button', { name: 'Save plan' }).click();
  await expect(page.getByText('Plan saved.')).toBeVisible();
  const board = await boardState(page);
  expect(board.join('\n')).toContain('Coffee with the MSL');

  const file = await exportBackup(page);
  expect(file.name).toMatch(/^pivotboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(page.getByText(/^Last backup: /)).toBeVisible();

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const before = await boardState(other);
  expect(before.join('\n')).not.toContain('Coffee with the MSL');
  await other.goto('/#/settings');
  await other.getByLabel('Import backup').setInputFiles({
    name: file.name,
    mimeType: 'application/json',
    buffer: Buffer.from(file.text),
  });
  const dialog = other.getByRole('dialog', { name: 'Import this backup?' });
  await expect(dialog).toContainText(/exported on/);
  await expect(dialog).toContainText(/milestones/);
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(other.getByRole('status').filter({ hasText: /^Imported \d/ })).toBeVisible();
  await expect(other.getByLabel('Plan length (months)')).toHaveValue('11');
  expect(await boardState(other)).toEqual(board);
  await fresh.close();
});

test('an import runs in a worker, the board shows it without a reload, and Undo puts back what was there', async ({
  page,
}) => {
  // Once the flag is up, the page itself cannot add a row (init scripts do not run in workers):
  // only an import written by the worker can succeed.
  const noPageAdds = await failingWrites(page, 'add', {
    name: 'DataError',
    message: 'Not on the page in this test',
  });
  const file = await exportBackup(page); // the first plan as it is
  await addMilestone(page, 4, 'Ask Dr. Rao about MSL territories');
  const withCard = await boardState(page); // the Timeline has been shown: its rows stay watched

  await page.goto('/#/settings');
  await noPageAdds(true);
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

  const imported = await boardState(page);
  expect(imported.join('\n')).not.toContain('Ask Dr. Rao');
  expect(imported).toHaveLength(withCard.length - 1);

  await page.goto('/#/settings');
  await page.keyboard.press('Control+z');
  await expect(page.getByRole('status').filter({ hasText: /^Undone/ })).toBeVisible();
  expect(await boardState(page)).toEqual(withCard);
});

test('the backup worker reads a file as the page does: depth, repeated keys, UTF-16', async ({
  page,
}) => {
  const good = await exportBackup(page);
  const input = page.getByLabel('Import backup');
  const choose = (name: string, buffer: Buffer) =>
    input.setInputFiles({ name, mimeType: 'application/json', buffer });

  // 3,000 levels under an unknown settings key: refused before it can run out of stack.
  const deep = `${'['.repeat(3000)}${']'.repeat(3000)}`;
  await choose(
    'deep.json',
    Buffer.from(
      good.text.replace('"settings":[', `"settings":[{"key":"fromTheFuture","value":${deep}},`),
    ),
  );
  await expect(page.getByRole('alert')).toContainText(
    'it holds values nested more than 24 levels deep, and a backup never does',
  );

  const tables = good.text.slice(
    good.text.indexOf('"tables":'),
    good.text.lastIndexOf(',\n"checksum"'),
  );
  await choose('twice.json', Buffer.from(good.text.replace(tables, `${tables},${tables}`)));
  await expect(page.getByRole('alert')).toContainText('it lists “tables” twice');

  // Saved as UTF-16 (Windows' "Unicode"): the same backup.
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(good.text, 'utf16le')]);
  await choose('unicode.json', utf16);
  const dialog = page.getByRole('dialog', { name: 'Import this backup?' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
});

test('a file that is not a backup is refused with an alert, and the board is unchanged', async ({
  page,
}) => {
  const before = await boardState(page);
  await page.goto('/#/settings');
  const input = page.getByLabel('Import backup');

  await input.setInputFiles({
    name: 'notes.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "pivotboard-backup", "tables": {'),
  });
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  // And what to do about it.
  await expect(page.getByRole('alert')).toContainText(
    'Your plan here is unchanged. To restore, choose the pivotboard-backup-….json file',
  );

  const good = await exportBackup(page);
  const changed = good.text.replace(/"status":"todo"/, '"status":"someday"');
  await input.setInputFiles({
    name: 'edited.json',
    mimeType: 'application/json',
    buffer: Buffer.from(changed),
  });
  await expect(page.getByRole('alert')).toContainText('checksum does not match');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  expect(await boardState(page)).toEqual(before);
});

test('a passphrase-protected backup opens only with its passphrase', async ({ page, browser }) => {
  await addMilestone(page, 3, 'Secret offer from Acme Bio');
  const board = await boardState(page);
  await page.goto('/#/settings');
  await page.getByRole('checkbox', { name: /Protect with a passphrase/ }).check();
  await page.getByLabel('Passphrase', { exact: true }).fill('blue heron at dawn');
  await page.getByLabel('Passphrase again').fill('blue heron at dawn');
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export backup' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/-encrypted\.json$/);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto('/#/settings');
  await other.getByLabel('Import backup').setInputFiles(await download.path());
  const unlock = other.getByRole('dialog', { name: 'Open protected backup' });
  await unlock.getByLabel('Passphrase').fill('red heron at dusk');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await expect(unlock).toContainText('That passphrase does not open this backup');
  await unlock.getByLabel('Passphrase').fill('blue heron at dawn');
  await unlock.getByRole('button', { name: 'Open' }).click();
  await other
    .getByRole('dialog', { name: 'Import this backup?' })
    .getByRole('button', { name: 'Replace everything' })
    .click();
  await expect(other.getByRole('status').filter({ hasText: /^Imported \d/ })).toBeVisible();
  expect(await boardState(other)).toEqual(board);
  await fresh.close();
});

test('Settings has no accessibility violations, with the import dialog open too', async ({
  page,
}) => {
  const file = await exportBackup(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('checkbox', { name: /Protect with a passphrase/ }).check();
  await page.getByLabel('Import backup').setInputFiles(file.path);
  await expect(page.getByRole('dialog', { name: 'Import this backup?' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('by keyboard, Export backup keeps the focus, and Enter on Import backup opens the file chooser', async ({
  page,
}) => {
  // Listened for from the start: Playwright takes over the browser's file chooser only once the
  // listener is in place, and Enter (unlike Space) opens it on the key's way down, at once.
  const choosing = page.waitForEvent('filechooser');
  await page.goto('/#/settings');
  const button = page.getByRole('button', { name: 'Export backup' });
  await button.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await downloading;
  await expect(page.getByText(/^Saved pivotboard-backup-.*to your downloads\.$/)).toBeVisible();
  await expect(button).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Import backup')).toBeFocused();
  // It looks like a button: Enter opens the file chooser, as Space does (the browser's own).
  await page.keyboard.press('Enter');
  await choosing;
});
