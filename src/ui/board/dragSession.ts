/**
 * One move on a board, from pick-up to the stored drop, as a state machine with one explicit
 * `status`. Pure: `nextSession(session, event)` says what the move becomes; the engine
 * (`moveEngine.ts`) sends the events and does the rest (announcements, the write, timers).
 *
 *   keyboard:  lifted ──save──▶ landed ──end──▶ (none)
 *   pointer:   dragging ──letGo──▶ dropping ──save──▶ saving ──land──▶ landed ──end──▶ (none)
 *                                            └─save (already stored)──────▶ landed
 *   lifted / dragging ──cancel──▶ (none);  any status ──end──▶ (none) (failed, called off, caught up)
 *
 * - lifted:   picked up with the keyboard; the columns show the card where it would land.
 * - dragging: following the mouse or a finger; the cards stay still, a line and a frame over the
 *             board show where it would land (a pointer move changes no layout).
 * - dropping: let go; its write has started and the board holds still for it a moment, so the
 *             write does not wait behind the render of the drop.
 * - saving:   the write is still on its way: the card waits where it was let go (`ghost`).
 * - landed:   shown at its new place until the stored move comes back from the database.
 *
 * Every event but `pickUp` names the move it is for (`token`): an answer that arrives for an
 * older move (a write, a timer) changes nothing.
 */
import type { DropFrame, DropLine } from './geometry';

export type SessionStatus = 'lifted' | 'dragging' | 'dropping' | 'saving' | 'landed';
export type MoveMode = 'keyboard' | 'pointer';

export interface MoveSession<T = unknown> {
  status: SessionStatus;
  token: number;
  id: string;
  item: T;
  fromColumn: string;
  fromIndex: number;
  /** Where the card would land now: a column, and an index among that column's other cards. */
  columnId: string;
  index: number;
  /** During a drag: the line and the frame showing where it would land (viewport coordinates). */
  line: DropLine | null;
  frame: DropFrame | null;
  /** While saving: where it was let go; it waits there until it lands. */
  ghost: DropFrame | null;
}

export type SessionEvent =
  | {
      type: 'pickUp';
      token: number;
      mode: MoveMode;
      id: string;
      item: unknown;
      columnId: string;
      index: number;
    }
  | {
      type: 'move';
      token: number;
      columnId: string;
      index: number;
      line: DropLine | null;
      frame: DropFrame | null;
    }
  | { type: 'letGo'; token: number }
  /** The write is under way. `stored`: it has already been stored (the card lands at once). */
  | { type: 'save'; token: number; ghost: DropFrame | null; stored: boolean }
  | { type: 'land'; token: number }
  | { type: 'cancel'; token: number }
  | { type: 'end'; token: number };

/** Moves in progress: the card is still being placed. */
export const isPlacing = (s: MoveSession | null): boolean =>
  s?.status === 'lifted' || s?.status === 'dragging';

/** A drop is being stored: the move must not change under it. */
export const isSettling = (s: MoveSession | null): boolean =>
  s?.status === 'dropping' || s?.status === 'saving' || s?.status === 'landed';

/** The write of a drop is on its way or done (a new pointer drag may begin meanwhile). */
export const isCommitted = (s: MoveSession | null): boolean =>
  s?.status === 'saving' || s?.status === 'landed';

export function nextSession(s: MoveSession | null, e: SessionEvent): MoveSession | null {
  if (e.type === 'pickUp') {
    // A move in hand, or a drop holding the board still, is not replaced.
    if (s && !isCommitted(s)) return s;
    return {
      status: e.mode === 'keyboard' ? 'lifted' : 'dragging',
      token: e.token,
      id: e.id,
      item: e.item,
      fromColumn: e.columnId,
      fromIndex: e.index,
      columnId: e.columnId,
      index: e.index,
      line: null,
      frame: null,
      ghost: null,
    };
  }
  if (!s || s.token !== e.token) return s;
  switch (e.type) {
    case 'move':
      if (!isPlacing(s)) return s;
      return { ...s, columnId: e.columnId, index: e.index, line: e.line, frame: e.frame };
    case 'letGo':
      return s.status === 'dragging' ? { ...s, status: 'dropping' } : s;
    case 'save': {
      if (s.status !== 'lifted' && s.status !== 'dragging' && s.status !== 'dropping') return s;
      const lands = s.status === 'lifted' || e.stored;
      return {
        ...s,
        status: lands ? 'landed' : 'saving',
        line: null,
        frame: null,
        ghost: lands ? null : e.ghost,
      };
    }
    case 'land':
      return s.status === 'saving' ? { ...s, status: 'landed', ghost: null } : s;
    case 'cancel':
      return isPlacing(s) ? null : s;
    case 'end':
      return null;
  }
}

/** Whether the columns show the card at its new place (rather than where it was). */
export const reorders = (s: MoveSession | null): s is MoveSession =>
  s?.status === 'lifted' || s?.status === 'landed';

/** How a card looks: dimmed while it is dragged or waits for its write, raised while lifted. */
export function cardLook(s: MoveSession | null, id: string): 'idle' | 'dragging' | 'lifted' {
  if (s?.id !== id) return 'idle';
  switch (s.status) {
    case 'lifted':
      return 'lifted';
    case 'landed':
      return 'idle';
    default:
      return 'dragging';
  }
}

/** The card under the pointer (dnd-kit's overlay), while it is dragged or just let go. */
export const overlayItem = (s: MoveSession | null): unknown =>
  s?.status === 'dragging' || s?.status === 'dropping' ? s.item : null;

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
