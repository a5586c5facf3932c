import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { Dialog } from '../../src/ui/Dialog';

function Editor({ onClose }: { onClose: () => void }) {
  return (
    <Dialog title="Edit note" onClose={onClose}>
      <label>
        Title
        <input defaultValue="" />
      </label>
    </Dialog>
  );
}

/** A list of items, each opening a dialog that can delete it. */
function Items({ later = false }: { later?: boolean }) {
  const [items, setItems] = useState(['First', 'Second', 'Third']);
  const [open, setOpen] = useState<string | null>(null);
  return (
    <main tabIndex={-1}>
      <section aria-label="Items">
        <button type="button">Add item</button>
        <ul>
          {items.map((item) => (
            <li key={item}>
              <button type="button" onClick={() => setOpen(item)}>
                {item}
              </button>
            </li>
          ))}
        </ul>
      </section>
      {open ? (
        <Dialog title={`Edit ${open}`} onClose={() => setOpen(null)}>
          <button
            type="button"
            onClick={() => {
              const gone = open;
              setOpen(null);
              // As a live query does: the list reads the deletion a moment after the dialog closed.
              if (later) setTimeout(() => setItems((list) => list.filter((i) => i !== gone)), 30);
              else setItems((list) => list.filter((i) => i !== gone));
            }}
          >
            Delete
          </button>
        </Dialog>
      ) : null}
    </main>
  );
}

describe('Dialog', () => {
  it('closes on Escape at once when nothing was typed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Editor onClose={onClose} />);
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('asks before Escape or the close button throw away what was typed', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(<Editor onClose={onClose} />);
    const field = screen.getByRole('textbox', { name: 'Title' });
    await user.type(field, 'Half a thought');

    await user.keyboard('{Escape}');
    expect(onClose).not.toHaveBeenCalled();
    expect(
      screen.getByRole('group', { name: 'Close without saving what you typed?' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Keep editing' })).toHaveFocus();

    // Escape again keeps the text: back to the field.
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('group', { name: /Close without saving/ })).not.toBeInTheDocument();
    expect(field).toHaveFocus();
    expect(field).toHaveValue('Half a thought');
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Keep editing' }));
    expect(field).toHaveValue('Half a thought');
    expect(onClose).not.toHaveBeenCalled();

    await user.click(screen.getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('closes at once where nothing typed is kept (confirmDiscard off), as for a passphrase', async () => {
    const user = userEvent.setup();
    const onClose = vi.fn();
    render(
      <Dialog title="Open protected backup" onClose={onClose} confirmDiscard={false}>
        <label>
          Passphrase
          <input type="password" />
        </label>
      </Dialog>,
    );
    await user.type(screen.getByLabelText('Passphrase'), 'wrong one');
    await user.keyboard('{Escape}');
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('gives focus back to what opened it, or, when that is gone, to the nearest control still there', async () => {
    const user = userEvent.setup();
    render(<Items />);
    await user.click(screen.getByRole('button', { name: 'Second' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('button', { name: 'Second' })).toHaveFocus());

    await user.click(screen.getByRole('button', { name: 'Second' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    // Its list item went with it; the list is still there, with the first item in it.
    await waitFor(() => expect(screen.getByRole('button', { name: 'First' })).toHaveFocus());
    expect(screen.queryByRole('button', { name: 'Second' })).not.toBeInTheDocument();
  });

  it('moves focus on when what opened it goes a moment after it closed', async () => {
    const user = userEvent.setup();
    render(<Items later />);
    await user.click(screen.getByRole('button', { name: 'Third' }));
    await user.click(screen.getByRole('button', { name: 'Delete' }));
    await waitFor(() =>
      expect(screen.queryByRole('button', { name: 'Third' })).not.toBeInTheDocument(),
    );
    await waitFor(() => expect(screen.getByRole('button', { name: 'First' })).toHaveFocus());
  });
});
