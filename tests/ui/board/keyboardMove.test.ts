import { describe, expect, it } from 'vitest';
import {
  adjacentColumn,
  keyboardMove,
  takesKey,
  type KeyboardLayout,
} from '../../../src/ui/board/keyboardMove';

// Month 1 (2 others), Month 2 (0), a column that takes nothing, Month 4 (5 others).
const layout: KeyboardLayout = {
  columns: [{ id: 'm1' }, { id: 'm2' }, { id: 'done', accepts: false }, { id: 'm4' }],
  othersIn: (id) => ({ m1: 2, m2: 0, done: 3, m4: 5 })[id] ?? 0,
};
const lifted = (columnId: string, index: number) => ({ state: 'lifted' as const, columnId, index });

describe('keyboardMove', () => {
  it('Space or Enter picks a card up when nothing moves, and drops it once lifted', () => {
    expect(keyboardMove({ state: 'idle' }, ' ', layout)).toEqual({ type: 'pickUp' });
    expect(keyboardMove({ state: 'idle' }, 'Enter', layout)).toEqual({ type: 'pickUp' });
    expect(keyboardMove(lifted('m1', 0), ' ', layout)).toEqual({ type: 'drop' });
    expect(keyboardMove(lifted('m1', 0), 'Enter', layout)).toEqual({ type: 'drop' });
  });

  it('says the last drop is still being saved instead of ignoring Space', () => {
    expect(keyboardMove({ state: 'saving' }, ' ', layout)).toEqual({ type: 'busy' });
    expect(keyboardMove({ state: 'saving' }, 'ArrowLeft', layout)).toEqual({ type: 'none' });
  });

  it('leaves keys alone when another card is moving, and other keys when idle', () => {
    expect(keyboardMove({ state: 'other' }, ' ', layout)).toEqual({ type: 'none' });
    expect(keyboardMove({ state: 'idle' }, 'ArrowRight', layout)).toEqual({ type: 'none' });
    expect(keyboardMove(lifted('m1', 0), 'a', layout)).toEqual({ type: 'none' });
  });

  it('up and down move within the column, left and right jump columns, and each edge is said', () => {
    const move = (columnId: string, index: number) => ({ type: 'move', columnId, index });
    const edge = (at: string) => ({ type: 'edge', edge: at });
    const cases: [ReturnType<typeof lifted>, string, object][] = [
      [lifted('m1', 1), 'ArrowUp', move('m1', 0)],
      [lifted('m1', 0), 'ArrowUp', edge('first')],
      // Two others: index 2 is last.
      [lifted('m1', 2), 'ArrowDown', edge('last')],
      [lifted('m2', 0), 'ArrowDown', edge('only')],
      // The place is kept where the column has room, and a column that takes nothing is skipped.
      [lifted('m1', 2), 'ArrowRight', move('m2', 0)],
      [lifted('m2', 0), 'ArrowRight', move('m4', 0)],
      [lifted('m4', 4), 'ArrowLeft', move('m2', 0)],
      [lifted('m1', 0), 'ArrowLeft', edge('firstColumn')],
      [lifted('m4', 0), 'ArrowRight', edge('lastColumn')],
    ];
    for (const [target, key, expected] of cases)
      expect(keyboardMove(target, key, layout), `${key} from ${JSON.stringify(target)}`).toEqual(
        expected,
      );
  });

  it('Escape cancels and keeps the key; Tab cancels and lets focus move on', () => {
    const escape = keyboardMove(lifted('m1', 0), 'Escape', layout);
    const tab = keyboardMove(lifted('m1', 0), 'Tab', layout);
    expect(escape).toEqual({ type: 'cancel', by: 'Escape' });
    expect(tab).toEqual({ type: 'cancel', by: 'Tab' });
    expect(takesKey(escape)).toBe(true);
    expect(takesKey(tab)).toBe(false);
    expect(takesKey({ type: 'none' })).toBe(false);
    expect(takesKey({ type: 'edge', edge: 'first' })).toBe(true);
  });
});

describe('adjacentColumn', () => {
  it('finds the next column that takes cards either way, or none', () => {
    expect(adjacentColumn(layout.columns, 'm2', 1)).toBe('m4');
    expect(adjacentColumn(layout.columns, 'm4', -1)).toBe('m2');
    expect(adjacentColumn(layout.columns, 'm4', 1)).toBeNull();
    expect(adjacentColumn([{ id: 'a' }, { id: 'b', accepts: false }], 'a', 1)).toBeNull();
  });
});
