/**
 * The state of one move in progress on a board, kept outside React. Components select only the
 * primitive slice they need, so a pointer move re-renders almost nothing: during a mouse or touch
 * drag the cards stay where they are (the moving one dimmed) and a single drop line shows where it
 * will land; only a keyboard move, or a drop waiting for its write, reorders the columns.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

export interface DropLine {
  /** Viewport coordinates of the line showing where a dragged card will land. */
  top: number;
  left: number;
  width: number;
}

export interface MoveSession<T = unknown> {
  id: string;
  item: T;
  mode: 'pointer' | 'keyboard';
  fromColumn: string;
  fromIndex: number;
  /** Where the card would land now: a column, and an index among that column's other cards. */
  columnId: string;
  index: number;
  /** Dropped: the write is on its way; keep showing the new place until the data catches up. */
  committing: boolean;
  line: DropLine | null;
}

export interface BoardState {
  session: MoveSession | null;
  /** The one card wired to dnd-kit right now: the card whose handle was last pressed. */
  armedId: string | null;
}

export type BoardStore = StoreApi<BoardState>;

export const createBoardStore = (): BoardStore => createStore<BoardState>()(() => ({ session: null, armedId: null }));

/** Whether the columns should show the card at its new place (rather than a drop line). */
export const reorders = (s: MoveSession | null): s is MoveSession => Boolean(s && (s.mode === 'keyboard' || s.committing));

/** A column's cards as they should be shown while a move is in progress. */
export function applySession<T extends { id: string }>(
  base: readonly T[],
  columnId: string,
  session: MoveSession | null,
): readonly T[] {
  if (!reorders(session)) return base;
  const touchesColumn = session.columnId === columnId || base.some((i) => i.id === session.id);
  if (!touchesColumn) return base;
  const list = base.filter((i) => i.id !== session.id);
  if (session.columnId === columnId) list.splice(Math.min(session.index, list.length), 0, session.item as T);
  return list;
}
