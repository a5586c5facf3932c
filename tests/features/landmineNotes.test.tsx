import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Landmine } from '../../src/domain/playbook/landmines';
import { LandmineNotes } from '../../src/ui/LandmineNotes';

const note: Landmine = {
  id: 'lifestyle-upgrade',
  title: 'A new commitment before the move',
  text: 'You added “Car loan” since your plan began.',
  link: { href: '#/exit', label: 'See your debts and runway' },
};

describe('LandmineNotes', () => {
  it('links to where to act, but not to the screen it is on, and leaves no empty line of actions', () => {
    const { unmount } = render(<LandmineNotes landmines={[note]} />);
    const item = screen.getByRole('listitem');
    expect(within(item).getByRole('link', { name: 'See your debts and runway' })).toHaveAttribute(
      'href',
      '#/exit',
    );
    expect(item.querySelectorAll('p')).toHaveLength(2);
    unmount();

    render(<LandmineNotes landmines={[note]} here="#/exit" />);
    const here = screen.getByRole('listitem');
    expect(within(here).queryByRole('link')).not.toBeInTheDocument();
    // Only the note's text: no actions paragraph left empty under it.
    expect(here.querySelectorAll('p')).toHaveLength(1);
    expect(here.lastElementChild).toHaveTextContent('You added “Car loan” since your plan began.');
  });
});
