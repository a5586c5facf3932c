import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { addDiagnoseItem } from '../../src/db/diagnose';
import { DiagnoseScreen } from '../../src/features/diagnose/DiagnoseScreen';
import { resetDatabase } from '../support/db';

describe('Diagnose', { timeout: 20_000 }, () => {
  beforeEach(resetDatabase);

  it('shows where to get help, calmly, as soon as a red flag is ticked, and blocks nothing', async () => {
    const user = userEvent.setup();
    render(<DiagnoseScreen />);
    const flags = await screen.findByRole('region', { name: 'Before any big move: red flags' });
    for (const name of [
      'Burnout',
      'Severe depression',
      'Suicidal thoughts',
      'Major family issues',
      'Personal health problems',
      'Moral distress',
    ]) {
      expect(within(flags).getByRole('checkbox', { name })).not.toBeChecked();
    }
    expect(screen.queryByRole('region', { name: 'Help is there, now' })).not.toBeInTheDocument();

    await user.click(within(flags).getByRole('checkbox', { name: 'Burnout' }));
    const help = await screen.findByRole('region', { name: 'Help is there, now' });
    expect(within(help).getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(help).getByRole('link', { name: 'text 988' })).toHaveAttribute('href', 'sms:988');
    expect(within(help).getByRole('link', { name: 'call 1-888-409-0141' })).toHaveAttribute(
      'href',
      'tel:+18884090141',
    );
    expect(within(help).getByText(/Deal with this before a big move/)).toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    // Nothing is locked: the board still takes items.
    expect(screen.getByRole('button', { name: 'Add to A' })).toBeEnabled();
    await vi.waitFor(
      async () => expect((await db.settings.get('redFlags'))?.value).toEqual(['burnout']),
      { timeout: 5000 },
    );

    await user.click(within(flags).getByRole('checkbox', { name: 'Burnout' }));
    await user.click(within(flags).getByRole('checkbox', { name: 'Moral distress' }));
    expect(await screen.findByRole('region', { name: 'Help is there, now' })).toBeInTheDocument();
    await user.click(within(flags).getByRole('checkbox', { name: 'Moral distress' }));
    await screen.findByRole('checkbox', { name: 'Moral distress', checked: false });
    expect(screen.queryByRole('region', { name: 'Help is there, now' })).not.toBeInTheDocument();
  });

  it('orders the help by what was ticked: the colleagues’ line first, or 988 first and set apart', async () => {
    const user = userEvent.setup();
    render(<DiagnoseScreen />);
    const flags = await screen.findByRole('region', { name: 'Before any big move: red flags' });
    const links = (help: HTMLElement) =>
      within(help)
        .getAllByRole('link')
        .map((a) => a.textContent);

    // Before any flag, the reading is the board's verdict.
    expect(screen.queryByRole('heading', { name: 'Look after yourself first' })).toBeNull();
    await user.click(within(flags).getByRole('checkbox', { name: 'Burnout' }));
    let help = await screen.findByRole('region', { name: 'Help is there, now' });
    // The reading deals with the flag first, never a "good fit" verdict above crisis lines.
    const reading = await screen.findByRole('region', { name: 'Look after yourself first' });
    expect(within(reading).getByText(/^You ticked burnout\./)).toBeInTheDocument();
    await user.click(within(reading).getByRole('button', { name: 'Go to the help lines' }));
    expect(within(help).getByRole('heading', { name: 'Help is there, now' })).toHaveFocus();
    expect(links(help)).toEqual(['call 1-888-409-0141', 'call 988', 'text 988']);
    let items = within(help).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(/^Physician Support Line/);
    expect(items.at(-1)).toHaveTextContent(/call 911/);
    expect(items.some((li) => /helpLead/.test(li.className))).toBe(false);

    await user.click(within(flags).getByRole('checkbox', { name: 'Suicidal thoughts' }));
    await screen.findByRole('checkbox', { name: 'Suicidal thoughts', checked: true });
    help = screen.getByRole('region', { name: 'Help is there, now' });
    expect(links(help)).toEqual(['call 988', 'text 988', 'call 1-888-409-0141']);
    items = within(help).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent(
      /^988 Suicide & Crisis Lifeline \(US\), any hour: call 988 or text 988\./,
    );
    expect(items[0]?.className).toMatch(/helpLead/);
    expect(items[1]).toHaveTextContent(/call 911/);
    expect(within(help).getByRole('link', { name: 'call 988' })).toHaveAttribute('href', 'tel:988');
    expect(within(help).getByRole('link', { name: 'call 1-888-409-0141' })).toHaveAttribute(
      'href',
      'tel:+18884090141',
    );
  });

  it('adds an item through the column’s Add dialog, guessing its tag, and reads the board', async () => {
    const user = userEvent.setup();
    render(<DiagnoseScreen />);
    const a = await screen.findByRole('region', { name: "A · Can't tolerate long-term" });
    expect(
      screen.getByRole('heading', { name: 'Start by sorting what you feel about your job' }),
    ).toBeInTheDocument();
    await user.click(within(a).getByRole('button', { name: /^Add/ }));
    const dialog = await screen.findByRole('dialog', {
      name: "Add to A · Can't tolerate long-term",
    });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      within(dialog).getByText('Title can’t be empty. A few words are enough.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Title'), 'q4 night call');
    expect(within(dialog).getByLabelText('Does industry fix it?')).toHaveValue('fixes');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(a).findByRole('button', { name: 'Move q4 night call' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Industry looks like a good fit' }),
    ).toBeInTheDocument();
  });

  it('keeps a pasted note too long to save, whole, and says how much to cut', async () => {
    const user = userEvent.setup();
    render(<DiagnoseScreen />);
    const a = await screen.findByRole('region', { name: "A · Can't tolerate long-term" });
    await user.click(within(a).getByRole('button', { name: /^Add/ }));
    const dialog = await screen.findByRole('dialog', {
      name: "Add to A · Can't tolerate long-term",
    });
    await user.type(within(dialog).getByLabelText('Title'), 'q4 night call');
    const note = within(dialog).getByLabelText(/Note/);
    await user.click(note);
    await user.paste('y'.repeat(1200));
    // Cut silently at 1,000 characters, the rest of what was pasted was lost without a word.
    expect(note).toHaveValue('y'.repeat(1200));
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(
      await within(dialog).findByText('Note can be at most 1000 characters (this one has 1200).'),
    ).toBeInTheDocument();
    expect(note).toHaveValue('y'.repeat(1200));
    expect(await db.diagnoseItems.count()).toBe(0);
  });

  it('adds a common example with one click and retags a card in place', async () => {
    const user = userEvent.setup();
    await addDiagnoseItem({ title: 'Endless 24-hour call', column: 'a', fit: 'fixes' });
    render(<DiagnoseScreen />);
    const examples = await screen.findByRole('region', { name: 'Common examples' });
    expect(
      within(examples).queryByRole('button', { name: /Endless 24-hour call/ }),
    ).not.toBeInTheDocument();
    await user.click(within(examples).getByRole('button', { name: /Toxic group culture/ }));
    await user.click(within(examples).getByRole('button', { name: /Feeling unappreciated/ }));
    const a = screen.getByRole('region', { name: "A · Can't tolerate long-term" });
    expect(
      await within(a).findByRole('button', { name: 'Move Feeling unappreciated' }),
    ).toBeInTheDocument();
    expect(
      await screen.findByRole('heading', { name: 'Another clinical job may be the answer' }),
    ).toBeInTheDocument();
    await user.selectOptions(
      within(a).getByRole('combobox', { name: 'Does industry fix “Feeling unappreciated”?' }),
      'fixes',
    );
    expect(
      await screen.findByRole('heading', { name: 'Industry looks like a good fit' }),
    ).toBeInTheDocument();
  });
});
