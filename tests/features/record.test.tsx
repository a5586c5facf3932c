import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addRecordEntry } from '../../src/db/record';
import { RecordScreen } from '../../src/features/record/RecordScreen';
import { resetDatabase } from '../support/db';

describe('Running record', { timeout: 20_000 }, () => {
  beforeEach(resetDatabase);

  it('says what to do when empty, adds an entry through the dialog, and copies the record as plain text', async () => {
    const user = userEvent.setup();
    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await addRecordEntry({
      date: '2026-11-02',
      kind: 'committee',
      title: 'P&T committee',
      role: 'member',
    });
    render(<RecordScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to your record' });
    // Long text is pasted: typing it key by key only makes the test slow.
    await user.click(within(dialog).getByLabelText('Title'));
    await user.paste('Sepsis order set redesign');
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2027-03-10' } });
    await user.selectOptions(within(dialog).getByLabelText('Kind'), 'qi');
    await user.type(within(dialog).getByLabelText(/Your role/), 'project lead');
    await user.click(within(dialog).getByLabelText(/Impact/));
    await user.paste('Cut door-to-antibiotic time from 90 to 45 minutes');
    await user.click(within(dialog).getByRole('checkbox', { name: 'Data and analysis' }));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await screen.findByRole('button', { name: 'Sepsis order set redesign' }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(write).toHaveBeenCalledWith(
      [
        'Quality improvement',
        '- Mar 2027 — Sepsis order set redesign (project lead). Cut door-to-antibiotic time from 90 to 45 minutes. Skills: Data and analysis.',
        '',
        'Committees',
        '- Nov 2026 — P&T committee (member).',
      ].join('\n'),
    );
    expect(
      await screen.findByText('Copied 2 entries as plain text. Paste it into your CV or LinkedIn.'),
    ).toBeInTheDocument();
    expect(await navigator.clipboard.readText()).toMatch(/^Quality improvement\n/);
  });

  it('copies only the kind shown, and falls back to selected text when the clipboard is refused', async () => {
    const user = userEvent.setup();
    await addRecordEntry({ date: '2027-01-31', kind: 'talk', title: 'Grand rounds' });
    await addRecordEntry({ date: '2026-05-01', kind: 'trial', title: 'HF trial' });
    const write = vi
      .spyOn(navigator.clipboard, 'writeText')
      .mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    render(<RecordScreen />);
    await user.selectOptions(await screen.findByLabelText(/Show/), 'talk');
    expect(screen.queryByRole('button', { name: 'HF trial' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Copy as text' }));
    expect(write).toHaveBeenCalledWith('Talks\n- Jan 2027 — Grand rounds.');
    expect(await screen.findByText(/did not let Pivotboard use the clipboard/)).toBeInTheDocument();
    const text = screen.getByLabelText('Your record as text');
    expect(text).toHaveValue('Talks\n- Jan 2027 — Grand rounds.');
    expect(text).toHaveFocus();
  });

  it('says what to record when there is nothing yet', async () => {
    render(<RecordScreen />);
    expect(await screen.findByText('Nothing recorded yet.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Copy as text' })).not.toBeInTheDocument();
  });

  it('takes a field’s message away once the field is changed, and checks again on Save', async () => {
    const user = userEvent.setup();
    render(<RecordScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to your record' });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const title = within(dialog).getByLabelText('Title');
    expect(title).toHaveAccessibleDescription(/Title can’t be empty/);
    await user.type(title, 'Grand rounds');
    expect(title).not.toHaveAccessibleDescription(/can’t be empty/);
    await user.clear(title);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(title).toHaveAccessibleDescription(/Title can’t be empty/);
  });

  it('keeps a pasted impact too long to save, whole, and says how much to cut', async () => {
    const user = userEvent.setup();
    render(<RecordScreen />);
    await user.click(await screen.findByRole('button', { name: 'Add entry' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add to your record' });
    await user.click(within(dialog).getByLabelText('Title'));
    await user.paste('Sepsis order set redesign');
    const impact = within(dialog).getByLabelText(/Impact/);
    await user.click(impact);
    await user.paste('x'.repeat(1500));
    // Cut silently at 1,000 characters, the rest of what was pasted was lost without a word.
    expect(impact).toHaveValue('x'.repeat(1500));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Impact can be at most 1000 characters (this one has 1500).'),
    ).toBeInTheDocument();
    expect(impact).toHaveValue('x'.repeat(1500));
  });
});
