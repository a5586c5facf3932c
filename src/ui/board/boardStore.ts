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

/** Viewport coordinates of the frame drawn around the column a dragged card would land in. */
export interface DropFrame {
  top: number;
  left: number;
  width: number;
  height: number;
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
  /**
   * The columns show the card at its new place. A keyboard move shows it there all along. A
   * mouse or touch drop shows it there once the write is stored (or after LANDING_GRACE_MS):
   * re-laying out the board right at the drop would hold up the write behind a long frame.
   */
  landed: boolean;
  line: DropLine | null;
  frame: DropFrame | null;
  /** Where the dragged card was let go, in viewport coordinates: it stays there until it lands. */
  ghost: DropFrame | null;
}

/** How long a dropped card may wait for its write before it is shown at its new place anyway. */
export const LANDING_GRACE_MS = 100;

/**
 * How long a pointer drop holds the board still for its write, before showing the card as
 * dropped (two frames): a write normally takes a few milliseconds when nothing else runs.
 */
export const DROP_HOLD_MS = 32;

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

/** Whether the columns should show the card at its new place (rather than where it was). */
export const reorders = (s: MoveSession | null): s is MoveSession =>
  Boolean(s && (s.mode === 'keyboard' || (s.committing && s.landed)));

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
  if (session.columnId === columnId)
    list.splice(Math.min(session.index, list.length), 0, session.item as T);
  return list;
}
