import { within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import { useFeedback } from '../../src/state/feedback';
import { useTimelineFilters } from '../../src/state/timelineFilters';
import { historyKey, isTextEntry } from '../../src/ui/keyboard';
import { resetDatabase } from '../support/db';
import { openApp, screen, waitFor } from '../support/render';

const month = (n: number) => screen.getByRole('region', { name: new RegExp(`^Month ${n} · `) });
const CARD = 'Take on industry-flavoured work';
const card = () => within(month(4)).queryByRole('button', { name: CARD });

async function deleteCard(user: Awaited<ReturnType<typeof openApp>>['user']) {
  await user.click(await within(month(4)).findByRole('button', { name: CARD }));
  await user.click(
    within(await screen.findByRole('dialog', { name: 'Edit milestone' })).getByRole('button', {
      name: 'Delete',
    }),
  );
  await waitFor(() => expect(card()).not.toBeInTheDocument());
}

describe('undo and redo', () => {
  beforeEach(async () => {
    await resetDatabase();
    useFeedback.setState({ toast: null, history: [], future: [] });
    useTimelineFilters.getState().cleared();
  });

  it('reads the shortcuts: Ctrl/Cmd+Z undoes; Ctrl/Cmd+Shift+Z and Ctrl+Y redo', () => {
    const key = (k: string, mods: Partial<KeyboardEvent> = {}) =>
      historyKey({
        key: k,
        ctrlKey: false,
        metaKey: false,
        shiftKey: false,
        altKey: false,
        ...mods,
      });
    expect(key('z', { ctrlKey: true })).toBe('undo');
    expect(key('z', { metaKey: true })).toBe('undo');
    expect(key('Z', { ctrlKey: true, shiftKey: true })).toBe('redo');
    expect(key('Z', { metaKey: true, shiftKey: true })).toBe('redo');
    expect(key('y', { ctrlKey: true })).toBe('redo');
    expect(key('y', { metaKey: true })).toBeNull(); // Cmd+Y is the browser's history on a Mac
    expect(key('z')).toBeNull();
    expect(key('z', { ctrlKey: true, altKey: true })).toBeNull();
  });

  it('leaves Ctrl+Z to a field being typed in, but not to a checkbox or a file chooser', () => {
    const input = (type: string) => Object.assign(document.createElement('input'), { type });
    expect(isTextEntry(input('text'))).toBe(true);
    expect(isTextEntry(input('search'))).toBe(true);
    expect(isTextEntry(document.createElement('textarea'))).toBe(true);
    expect(isTextEntry(input('checkbox'))).toBe(false);
    expect(isTextEntry(input('file'))).toBe(false);
    expect(isTextEntry(document.createElement('button'))).toBe(false);
  });

  it('undoes with Ctrl+Z, offers Redo, and redoes with Ctrl+Shift+Z, Ctrl+Y or the button', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await deleteCard(user);
    await user.keyboard('{Control>}z{/Control}');
    expect(await within(month(4)).findByRole('button', { name: CARD })).toBeInTheDocument();
    expect(await screen.findByText(`Undone: Deleted “${CARD}”`)).toBeInTheDocument();

    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    await waitFor(() => expect(card()).not.toBeInTheDocument());
    expect(await screen.findByText(`Redone: Deleted “${CARD}”`)).toBeInTheDocument();

    await user.keyboard('{Control>}z{/Control}');
    expect(await within(month(4)).findByRole('button', { name: CARD })).toBeInTheDocument();
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(card()).not.toBeInTheDocument());

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(month(4)).findByRole('button', { name: CARD })).toBeInTheDocument();
    // The toast's button is replaced by the next one, and focus goes on to it, not to the top.
    await waitFor(() => expect(screen.getByRole('button', { name: 'Redo' })).toHaveFocus());
    await user.keyboard('{Enter}');
    await waitFor(() => expect(card()).not.toBeInTheDocument());
    await waitFor(() => expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus());
  });

  it('a new change after an undo clears what could be redone', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await deleteCard(user);
    await user.keyboard('{Control>}z{/Control}');
    expect(await within(month(4)).findByRole('button', { name: CARD })).toBeInTheDocument();
    await user.click(within(month(4)).getByRole('button', { name: CARD }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await deleteCard(user); // a new write
    await user.keyboard('{Control>}z{/Control}'); // undoes the second delete
    expect(await within(month(4)).findByRole('button', { name: CARD })).toBeInTheDocument();
    await user.keyboard('{Control>}z{/Control}'); // nothing older than the deletes
    await user.keyboard('{Control>}y{/Control}');
    await waitFor(() => expect(card()).not.toBeInTheDocument());
    await user.keyboard('{Control>}y{/Control}');
    expect(await screen.findByText('Nothing to redo.')).toBeInTheDocument();
  });

  it('refuses to undo over a change made since in another tab, and says why', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await within(month(4)).findByRole('button', { name: CARD }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
    const title = within(dialog).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Industry-flavoured work');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await screen.findByText('Saved “Industry-flavoured work”');
    // Another tab renames it again.
    const row = (await db.milestones.toArray()).find((m) => m.title === 'Industry-flavoured work');
    if (!row) throw new Error('not saved');
    await db.milestones.update(row.id, { title: 'Renamed elsewhere' });
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await screen.findByText(
        'Could not undo: “Renamed elsewhere” was changed since, in another tab or on another device; undo would overwrite that.',
      ),
    ).toBeInTheDocument();
    expect((await db.milestones.get(row.id))?.title).toBe('Renamed elsewhere');
    // The refusal has no Undo to offer: focus stays in the message, on its Dismiss.
    expect(screen.getByRole('button', { name: 'Dismiss message' })).toHaveFocus();
  });
});
