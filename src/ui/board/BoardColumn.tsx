import { useCallback, useMemo } from 'react';
import { useStore } from 'zustand';
import { useBoardContext } from './Board';
import { applySession, reorders } from './dragSession';

export interface BoardColumnState<T> {
  /** Attach to the element that accepts drops (the whole column, so empty columns take cards). */
  setDropRef: (node: HTMLElement | null) => void;
  /** Spread on that same element: the engine finds the column's cards through it. */
  dropProps: { 'data-board-column': string };
  /** Spread on the list that holds the cards (where an empty column's drop line goes). */
  listProps: { 'data-board-list': '' };
  /** The column's cards as they should be shown now, a move in progress included. */
  items: readonly T[];
  /**
   * A card moved with the keyboard would land here. (A mouse or touch drag leaves the columns
   * alone: the engine draws a frame around the target column over the board instead.)
   */
  isTarget: boolean;
}

export function useBoardColumn<T extends { id: string }>(
  columnId: string,
  base: readonly T[],
  accepts = true,
): BoardColumnState<T> {
  const { store, boardId } = useBoardContext();
  // The column is a droppable of dnd-kit's, registered through the store (see ColumnDroppables in
  // Board.tsx): the columns and their cards render outside dnd-kit's context, so a pointer move,
  // which changes that context, does not make React walk 1,000 cards.
  const setDropRef = useCallback(
    (node: HTMLElement | null) => {
      const columns = new Map(store.getState().columns);
      if (node) columns.set(columnId, { node, accepts });
      else if (columns.has(columnId)) columns.delete(columnId);
      else return;
      store.setState({ columns });
    },
    [store, columnId, accepts],
  );
  // Only a keyboard move or a drop in flight reorders cards; select just the sessions that
  // touch this column, so other columns (and every column during a mouse drag) stay still.
  const session = useStore(store, (s) =>
    reorders(s.session) && (s.session.columnId === columnId || s.session.fromColumn === columnId)
      ? s.session
      : null,
  );
  const isTarget = useStore(
    store,
    (s) => s.session?.status === 'lifted' && s.session.columnId === columnId,
  );
  const items = useMemo(() => applySession(base, columnId, session), [base, columnId, session]);
  return {
    setDropRef,
    dropProps: { 'data-board-column': `${boardId}:${columnId}` },
    listProps: { 'data-board-list': '' },
    items,
    isTarget,
  };
}
