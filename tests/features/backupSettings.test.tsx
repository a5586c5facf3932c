import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../src/app/ErrorBoundary';
import { createBackupFile } from '../../src/db/backup';
import { BackupSection } from '../../src/features/settings/BackupSection';
import { useFeedback } from '../../src/state/feedback';
import { downloadText } from '../../src/ui/download';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

vi.mock('../../src/ui/download', () => ({ downloadText: vi.fn() }));

const jsonFile = (text: string, name = 'pivotboard-backup-2027-05-03.json') =>
  new File([text], name, { type: 'application/json' });

beforeEach(async () => {
  vi.mocked(downloadText).mockClear();
  localStorage.clear();
  await resetDatabase();
});

describe('Settings: backups', () => {
  it('exports a backup file and then shows when it was made', async () => {
    await fillDatabase(sampleTables('a'));
    render(<BackupSection />);
    expect(
      await screen.findByText('No backup has been made from this browser yet.'),
    ).toBeInTheDocument();
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
    expect(screen.getByLabelText('Passphrase')).toHaveAccessibleDescription(
      /at least 8 characters/i,
    );
    await userEvent.type(screen.getByLabelText('Passphrase'), ' but longer');
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'something else');
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(screen.getByLabelText('Passphrase again')).toHaveAccessibleDescription(
      'The two passphrases are not the same.',
    );
    expect(downloadText).not.toHaveBeenCalled();

    // Typed the same twice: the protected file is saved, and the passphrase leaves the form.
    await userEvent.clear(screen.getByLabelText('Passphrase again'));
    await userEvent.type(screen.getByLabelText('Passphrase again'), 'short but longer');
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    await waitFor(() => expect(downloadText).toHaveBeenCalledTimes(1));
    expect(screen.getByLabelText('Passphrase')).toHaveValue('');
    expect(screen.getByLabelText('Passphrase again')).toHaveValue('');
  });

  it('refuses a bad file with an alert that says why, changing nothing', async () => {
    await fillDatabase(sampleTables('a'));
    const before = await dumpDatabase();
    render(<BackupSection />);
    await userEvent.upload(
      screen.getByLabelText('Import backup'),
      jsonFile('{"format":"pivotboard-backup",'),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(/not valid JSON/);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(before);
  });

  it('shows what a backup holds, and cancel changes nothing', async () => {
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile({ now: new Date(2026, 4, 3, 9, 15) });
    await fillDatabase(sampleTables('a'));
    const before = await dumpDatabase();
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Import backup'), jsonFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    expect(dialog).toHaveTextContent('exported on May 3, 2026 at 09:15');
    expect(within(dialog).getByText('6 milestones')).toBeInTheDocument();
    expect(within(dialog).getByText('1 plan')).toBeInTheDocument();
    // The safe choice has the focus, not Replace everything (the dialog opens after the file
    // is read, not on a click: its focus comes in an effect a moment after it shows).
    await waitFor(() =>
      expect(within(dialog).getByRole('button', { name: 'Cancel' })).toHaveFocus(),
    );
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
    // The sample holds one settings row per stored preference (the playbook's included).
    const preferences = sampleTables('b').settings?.length ?? 0;
    expect(
      await screen.findByText(
        new RegExp(
          `^Imported 1 plan, 6 milestones, ${preferences} preferences, .* from pivotboard-backup`,
        ),
      ),
    ).toBeInTheDocument();
    expect(await dumpDatabase()).toEqual(wanted);
  });
});

describe('Settings: importing, then undoing', () => {
  it('takes the "Imported …" message away once the import is undone', async () => {
    useFeedback.setState({ history: [], toast: null });
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile();
    await fillDatabase(sampleTables('a'));
    const before = await dumpDatabase();
    render(<BackupSection />);
    await userEvent.upload(screen.getByLabelText('Import backup'), jsonFile(text, 'board.json'));
    await userEvent.click(
      within(await screen.findByRole('dialog', { name: 'Import this backup?' })).getByRole(
        'button',
        { name: 'Replace everything' },
      ),
    );
    expect(await screen.findByText(/^Imported 1 plan, .* from board\.json\.$/)).toBeInTheDocument();

    await useFeedback.getState().undoRequested(); // what the toast's Undo and Ctrl+Z call
    await waitFor(() =>
      expect(screen.queryByText(/^Imported .* from board\.json/)).not.toBeInTheDocument(),
    );
    expect(useFeedback.getState().toast?.message).toMatch(/^Undone: Imported the backup/);
    expect(await dumpDatabase()).toEqual(before);
  });
});

/**
 * What jsdom leaves out and browsers do, which decides where focus goes: an inert element takes
 * no focus, and a focused control that becomes disabled gives focus up to the page.
 */
function browserFocusRules(): () => void {
  const focus = HTMLElement.prototype.focus;
  HTMLElement.prototype.focus = function (this: HTMLElement, options?: FocusOptions) {
    if (this.closest('[inert]')) return;
    focus.call(this, options);
  };
  const observer = new MutationObserver(() => {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active.matches(':disabled')) active.blur();
  });
  observer.observe(document.body, {
    attributes: true,
    attributeFilter: ['disabled'],
    subtree: true,
  });
  return () => {
    observer.disconnect();
    HTMLElement.prototype.focus = focus;
  };
}

describe('Settings: focus around the import dialog', () => {
  let restore: () => void;
  beforeEach(() => {
    restore = browserFocusRules();
  });
  afterEach(() => restore());

  async function chooseFile(user: ReturnType<typeof userEvent.setup>) {
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile();
    await fillDatabase(sampleTables('a'));
    render(<BackupSection />);
    const input = screen.getByLabelText('Import backup');
    // Tab to "Import backup", as a keyboard user does, then choose the file.
    for (let i = 0; i < 20 && document.activeElement !== input; i++) await user.tab();
    expect(document.activeElement).toBe(input);
    await user.upload(input, jsonFile(text));
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    await waitFor(() => expect(dialog).toContainElement(document.activeElement as HTMLElement));
    return { input, dialog };
  }

  it.each([
    ['Escape', (user: ReturnType<typeof userEvent.setup>) => user.keyboard('{Escape}')],
    [
      'Cancel',
      (user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) =>
        user.click(within(dialog).getByRole('button', { name: 'Cancel' })),
    ],
  ])('goes back to "Import backup" after %s', async (_, close) => {
    const user = userEvent.setup();
    const { input, dialog } = await chooseFile(user);
    await close(user, dialog);
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('goes back to "Import backup" after a protected backup is unlocked and then cancelled', async () => {
    const user = userEvent.setup();
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile({ passphrase: 'a long passphrase', iterations: 1000 });
    render(<BackupSection />);
    const input = screen.getByLabelText('Import backup');
    for (let i = 0; i < 20 && document.activeElement !== input; i++) await user.tab();
    await user.upload(input, jsonFile(text));
    await screen.findByRole('dialog', { name: 'Open protected backup' });
    await user.type(screen.getByLabelText('Passphrase'), 'a long passphrase{Enter}');
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('goes to "Import backup" after Cancel when the file was dropped on it (focus was elsewhere)', async () => {
    const user = userEvent.setup();
    await fillDatabase(sampleTables('b'));
    const { text } = await createBackupFile();
    render(<BackupSection />);
    const input = screen.getByLabelText('Import backup');
    expect(document.activeElement).toBe(document.body);
    fireEvent.change(input, { target: { files: [jsonFile(text)] } }); // a drop chooses the file without focusing the control
    const dialog = await screen.findByRole('dialog', { name: 'Import this backup?' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() => expect(document.activeElement).toBe(input));
  });

  it('goes back to "Import backup" after Replace everything, and keeps it there while importing', async () => {
    const user = userEvent.setup();
    const { input, dialog } = await chooseFile(user);
    await user.click(within(dialog).getByRole('button', { name: 'Replace everything' }));
    await waitFor(() => expect(document.activeElement).toBe(input));
    expect(await screen.findByText(/^Imported 1 plan, /)).toBeInTheDocument();
    expect(document.activeElement).toBe(input);
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
    expect(
      screen.getByRole('heading', { name: 'Something went wrong on this screen' }),
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Export backup' }));
    expect(await screen.findByText(/^Backup downloaded: pivotboard-backup-/)).toBeInTheDocument();
    const [, text] = vi.mocked(downloadText).mock.calls[0] ?? [];
    expect(Object.keys((JSON.parse(text ?? '{}') as { tables: object }).tables)).toEqual(
      expect.arrayContaining(['plans', 'milestones', 'settings']),
    );
  });
});
