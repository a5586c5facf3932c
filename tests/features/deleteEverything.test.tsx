import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DATABASE_NAME } from '../../src/db/database';
import { markUsed, readMarker } from '../../src/db/deviceMarker';
import { BackupSection } from '../../src/features/settings/BackupSection';
import { DeleteEverything } from '../../src/features/settings/DeleteEverything';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

const rowCount = (dump: Record<string, unknown[]>) =>
  Object.values(dump).reduce((n, rows) => n + rows.length, 0);

function renderSection() {
  const onDeleted = vi.fn();
  // As on the Settings screen: the Backups section (with Export backup) comes before it.
  render(
    <>
      <BackupSection />
      <DeleteEverything onDeleted={onDeleted} />
    </>,
  );
  return { onDeleted };
}

async function openDialog() {
  await userEvent.click(screen.getByRole('button', { name: 'Delete everything…' }));
  return screen.getByRole('dialog', { name: 'Delete everything on this device?' });
}

beforeEach(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('a'));
  markUsed();
  vi.spyOn(console, 'warn').mockImplementation(() => undefined); // Dexie notes blocked requests
});

describe('Settings: delete everything on this device', () => {
  it('explains what goes, and Cancel or Escape change nothing', async () => {
    const before = await dumpDatabase();
    const { onDeleted } = renderSection();
    const section = screen.getByRole('region', { name: 'Delete everything on this device' });
    expect(section).toHaveTextContent(/every plan, card, call, contact, opportunity and setting/);
    expect(section).toHaveTextContent(/without a backup file it cannot be brought back/);

    const dialog = await openDialog();
    expect(dialog).toHaveAccessibleDescription(/cannot be brought back without a backup file/);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Delete everything…' })).toHaveFocus(),
    );

    await openDialog();
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();

    expect(onDeleted).not.toHaveBeenCalled();
    expect(await dumpDatabase()).toEqual(before);
    expect(readMarker()).not.toBeNull();
  });

  it('deletes only once DELETE is typed, with a field error until then', async () => {
    const before = await dumpDatabase();
    const { onDeleted } = renderSection();
    const dialog = await openDialog();
    const field = within(dialog).getByLabelText('Type DELETE to confirm');
    const confirm = within(dialog).getByRole('button', { name: 'Delete everything' });

    await userEvent.click(confirm);
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(field).toHaveAccessibleDescription(
      'Type DELETE in this box to delete everything. Nothing has been deleted.',
    );
    expect(field).toHaveFocus();

    await userEvent.type(field, 'DELET');
    await userEvent.click(confirm);
    expect(field).toHaveAccessibleDescription(/Nothing has been deleted/);
    expect(onDeleted).not.toHaveBeenCalled();
    expect(await dumpDatabase()).toEqual(before);

    await userEvent.type(field, 'E');
    await userEvent.click(confirm);
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect(readMarker()).toBeNull();
    expect(rowCount(await dumpDatabase())).toBe(0);
  });

  it('sends you to Export backup first, closing the dialog', async () => {
    renderSection();
    const dialog = await openDialog();
    // Focus starts on the offer of a backup, the safe choice.
    expect(within(dialog).getByRole('button', { name: 'Export backup first' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Export backup first' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await vi.waitFor(() =>
      expect(screen.getByRole('button', { name: 'Export backup' })).toHaveFocus(),
    );
  });

  it('says so when another tab holds the data, and deletes nothing while it does', async () => {
    // Another tab whose connection never lets go (hung, or stopped in a debugger).
    const otherTab = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open(DATABASE_NAME);
      req.onsuccess = () => resolve(req.result);
    });
    const { onDeleted } = renderSection();
    const dialog = await openDialog();
    await userEvent.type(within(dialog).getByLabelText('Type DELETE to confirm'), 'delete');
    await userEvent.click(within(dialog).getByRole('button', { name: 'Delete everything' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Deleting…');

    const alert = await within(dialog).findByRole('alert', {}, { timeout: 6000 });
    expect(alert).toHaveTextContent(
      'Pivotboard is open in another tab or window, so your data could not be deleted. Close Pivotboard in your other tabs, then try again.',
    );
    expect(onDeleted).not.toHaveBeenCalled();
    expect(readMarker()).not.toBeNull();
    const plans = await new Promise<number>((resolve) => {
      const req = otherTab.transaction('plans', 'readonly').objectStore('plans').count();
      req.onsuccess = () => resolve(req.result);
    });
    expect(plans).toBe(1);

    // Once the other tab is closed, the browser goes ahead and the page starts over.
    otherTab.close();
    await vi.waitFor(() => expect(onDeleted).toHaveBeenCalledTimes(1));
    expect(readMarker()).toBeNull();
  });
});
