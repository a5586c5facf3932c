/**
 * A board's state outside React: the move in progress (`dragSession.ts`), the one card wired to
 * dnd-kit, and the columns' elements. Components select only the primitive slice they need, so a
 * pointer move re-renders almost nothing: during a mouse or touch drag the cards stay where they
 * are (the moving one dimmed) and a single drop line shows where it will land; only a keyboard
 * move, or a drop waiting for its write, reorders the columns.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { MoveSession } from './dragSession';

/**
 * The padding around a block of cards (BoardList), offset by an equal negative margin: a block's
 * `content-visibility` clips painting at its edge, and this keeps the cards' focus rings (3 px
 * and a 2 px offset) inside it in browsers without `overflow-clip-margin`.
 */
export const BLOCK_PADDING = 8;

export interface BoardState {
  session: MoveSession | null;
  /** The one card wired to dnd-kit right now: the card whose handle was last pressed. */
  armedId: string | null;
  /** Each column's element, by column id (registered by useBoardColumn), and whether it takes cards. */
  columns: ReadonlyMap<string, { node: HTMLElement; accepts: boolean }>;
}

export type BoardStore = StoreApi<BoardState>;

export const createBoardStore = (): BoardStore =>
  createStore<BoardState>()(() => ({ session: null, armedId: null, columns: new Map() }));
