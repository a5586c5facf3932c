/**
 * The state of one move in progress on a board, kept outside React so that a pointer move
 * re-renders only the columns it touches (each column selects just its own slice).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';

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
}

export interface BoardState {
  session: MoveSession | null;
}

export type BoardStore = StoreApi<BoardState>;

export const createBoardStore = (): BoardStore => createStore<BoardState>()(() => ({ session: null }));

/** A column's cards as they should be shown while a move is in progress. */
export function applySession<T extends { id: string }>(
  base: readonly T[],
  columnId: string,
  session: MoveSession | null,
): readonly T[] {
  if (!session) return base;
  const touchesColumn = session.columnId === columnId || base.some((i) => i.id === session.id);
  if (!touchesColumn) return base;
  const list = base.filter((i) => i.id !== session.id);
  if (session.columnId === columnId) list.splice(Math.min(session.index, list.length), 0, session.item as T);
  return list;
}
