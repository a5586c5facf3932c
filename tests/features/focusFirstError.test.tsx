import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Dialog } from '../../src/ui/Dialog';
import { TextField } from '../../src/ui/Field';
import { focusFirstErrorOnSubmit } from '../../src/ui/focusFirstError';

/** Two fields; Save checks them now, or after a wait (as rules loaded on demand do). */
function Form({ wait = 0 }: { wait?: number }) {
  const [errors, setErrors] = useState<{ name?: string; email?: string }>({});
  const [busy, setBusy] = useState(false);
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        const data = new FormData(e.currentTarget);
        const next = {
          ...(data.get('name') ? {} : { name: 'Enter a name.' }),
          ...(data.get('email') ? {} : { email: 'Enter an email.' }),
        };
        if (!wait) return setErrors(next);
        setBusy(true);
        setTimeout(() => {
          setErrors(next);
          setBusy(false);
        }, wait);
      }}
    >
      <TextField label="Name" name="name" error={errors.name} />
      <TextField label="Email" name="email" error={errors.email} />
      <button type="submit" disabled={busy}>
        Save
      </button>
    </form>
  );
}

describe('focusFirstErrorOnSubmit', () => {
  let uninstall: () => void = () => undefined;
  beforeEach(() => {
    uninstall = focusFirstErrorOnSubmit();
  });
  afterEach(() => uninstall());

  it('focuses the first invalid field after Save', async () => {
    const user = userEvent.setup();
    render(<Form />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ann');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const email = screen.getByRole('textbox', { name: 'Email' });
    expect(email).toHaveAttribute('aria-invalid', 'true');
    await expect.poll(() => document.activeElement).toBe(email);
    expect(email).toHaveAccessibleDescription('Enter an email.');
  });

  it('also when the check ends after a wait and Save was disabled meanwhile', async () => {
    const user = userEvent.setup();
    render(<Form wait={50} />);
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect
      .poll(() => document.activeElement)
      .toBe(screen.getByRole('textbox', { name: 'Name' }));
  });

  it('leaves focus alone once the person has moved it', async () => {
    const user = userEvent.setup();
    render(<Form wait={80} />);
    await user.type(screen.getByRole('textbox', { name: 'Name' }), 'Ann');
    await user.click(screen.getByRole('button', { name: 'Save' }));
    const name = screen.getByRole('textbox', { name: 'Name' });
    name.focus();
    await expect
      .poll(() => screen.getByRole('textbox', { name: 'Email' }).getAttribute('aria-invalid'))
      .toBe('true');
    expect(name).toHaveFocus();
  });
});

describe('in a dialog', () => {
  it('focuses the first invalid field after Save before the page-wide helper is installed', async () => {
    const user = userEvent.setup();
    render(
      <Dialog title="Add" onClose={() => undefined}>
        <Form />
      </Dialog>,
    );
    await user.click(screen.getByRole('button', { name: 'Save' }));
    await expect
      .poll(() => document.activeElement)
      .toBe(screen.getByRole('textbox', { name: 'Name' }));
  });
});
