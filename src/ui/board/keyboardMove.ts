/**
 * The keyboard move, as a reducer of keys: given where a lifted card is and the key pressed on
 * its handle, what happens. Pure, so every key at every edge is tested without a DOM. It moves by
 * place, not pixels: Space or Enter picks up and drops, Left/Right jump to the previous/next
 * column that takes cards, Up/Down move within the column, Escape cancels, Tab cancels and lets
 * focus go on.
 */

/** The handle's card, as the key finds it. */
export type KeyTarget =
  /** Nothing is moving. */
  | { state: 'idle' }
  /** This card is lifted, at `columnId`, `index` among that column's other cards. */
  | { state: 'lifted'; columnId: string; index: number }
  /** A drop is still being stored. */
  | { state: 'saving' }
  /** Another card is moving, or this one by pointer. */
  | { state: 'other' };

export interface KeyboardLayout {
  columns: readonly { id: string; accepts?: boolean | undefined }[];
  /** How many cards a column holds besides the moving one. */
  othersIn: (columnId: string) => number;
}

export type KeyCommand =
  | { type: 'none' }
  | { type: 'pickUp' }
  /** Say the last drop is still being saved, rather than ignore the key. */
  | { type: 'busy' }
  | { type: 'drop' }
  | { type: 'cancel'; by: 'Escape' | 'Tab' }
  | { type: 'move'; columnId: string; index: number }
  /** Already as far as it goes that way: first/last in the column, the only card, or the first/last column. */
  | { type: 'edge'; edge: 'first' | 'last' | 'only' | 'firstColumn' | 'lastColumn' };

/** Whether the handle takes the key (no scrolling, no click): all but Tab, which moves focus on. */
export const takesKey = (command: KeyCommand): boolean =>
  command.type !== 'none' && !(command.type === 'cancel' && command.by === 'Tab');

export function keyboardMove(target: KeyTarget, key: string, layout: KeyboardLayout): KeyCommand {
  const pickKey = key === ' ' || key === 'Enter';
  if (target.state !== 'lifted') {
    if (!pickKey) return { type: 'none' };
    if (target.state === 'idle') return { type: 'pickUp' };
    return target.state === 'saving' ? { type: 'busy' } : { type: 'none' };
  }
  const { columnId, index } = target;
  switch (key) {
    case ' ':
    case 'Enter':
      return { type: 'drop' };
    case 'Escape':
      return { type: 'cancel', by: 'Escape' };
    case 'Tab':
      return { type: 'cancel', by: 'Tab' };
    case 'ArrowUp':
    case 'ArrowDown': {
      const max = layout.othersIn(columnId);
      const next = Math.max(0, Math.min(max, index + (key === 'ArrowUp' ? -1 : 1)));
      if (next !== index) return { type: 'move', columnId, index: next };
      return { type: 'edge', edge: max === 0 ? 'only' : key === 'ArrowUp' ? 'first' : 'last' };
    }
    case 'ArrowLeft':
    case 'ArrowRight': {
      const step = key === 'ArrowLeft' ? -1 : 1;
      const next = adjacentColumn(layout.columns, columnId, step);
      if (next === null) return { type: 'edge', edge: step < 0 ? 'firstColumn' : 'lastColumn' };
      return { type: 'move', columnId: next, index: Math.min(index, layout.othersIn(next)) };
    }
    default:
      return { type: 'none' };
  }
}

/** The next column that takes cards, `step` away (−1: previous, 1: next), skipping those that do not. */
export function adjacentColumn(
  columns: KeyboardLayout['columns'],
  from: string,
  step: 1 | -1,
): string | null {
  let i = columns.findIndex((c) => c.id === from) + step;
  while (i >= 0 && i < columns.length) {
    const col = columns[i];
    if (col && col.accepts !== false) return col.id;
    i += step;
  }
  return null;
}
