import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { createBackupFile } from '../../src/db/backup';
import { BackupSection } from '../../src/features/settings/BackupSection';
import { downloadText } from '../../src/ui/download';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

const jsonFile = (text: string, name = 'pivotboard-backup-2027-05-03.json') => new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  vi.mocked(downloadText).mockClear();
  localStorage.clear();
  await resetDatabase();
});

describe('Settings: backups', () => {
  it('exports a backup file and then shows when it was made', async () => {
    await fillDatabase(sampleTables('a'));
    render(<BackupSection />);
    expect(await screen.findByText('No backup has been made from this browser yet.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/^Last backup: .*\(today\)\.$/)).toBeInTheDocument();
    const [name, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(name).toMatch(/^pivotboard-backup-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(text ?? '')).toMatchObject({ format: 'pivotboard-backup' });
  });

  it('asks for a passphrase of at least 8 characters, typed twice', async () => {
    render(<BackupSection />);
    await userEvent.click(screen.getByRole('checkbox', { name: /Protect with a passphrase/ }));
    await userEvent.type(screen.getByLabelText('Passphrase'), 'short');
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(/at least 8 characters/i);
    await userEvent.type(screen.getByLabelText('Passphrase'), ' but longer');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'something else');
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(screen.getByLabelText('Passphrase again')).toHaveAccessibleDescription('The two passphrases are not the same.');
    expect(downloadText).not.toHaveBeenCalled();
  });

  it('refuses a bad file with an alert that says why, changing nothing', async () => {
    await fillDatabase(sampleTables('a'));
    const before = await dumpDatabase();
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Import backup'), jsonFile('{"format":"pivotboard-backup",'));
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('shows what a backup holds, and cancel changes nothing', async () => {
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile({ now: new Date(2027, 4, 3, 9, 15) });
    await fillDatabase(sampleTables('a'));
    const before = await dumpDatabase();
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Import backup'), jsonFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    expect(dialog).toHaveTextContent('exported on May 3, 2027 at 09:15');
    expect(within(dialog).getByText('6 milestones')).toBeInTheDocument();
    expect(within(dialog).getByText('1 plan')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('replaces everything on request', async () => {
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile();
    const wanted = await dumpDatabase();
    await fillDatabase(sampleTables('a'));
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Import backup'), jsonFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
    expect(await screen.findByText(/^Imported 1 plan, 6 milestones, 3 preferences, .* from pivotboard-backup/)).toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(wanted);
  });
});

describe('the crash screen', () => {
  it('still exports a backup when a screen has crashed', async () => {
    await fillDatabase(sampleTables('a'));
    const Broken = () => {
      throw new Error('render failed');
    };
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <ErrorBoundary>
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong on this screen' })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/^Backup downloaded: pivotboard-backup-/)).toBeInTheDocument();
    const [, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(Object.keys((JSON.parse(text ?? '{}') as { tables: object }).tables)).toEqual(expect.arrayContaining(['plans', 'milestones', 'settings']));
  });
});
