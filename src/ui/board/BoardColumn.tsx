import { useDroppable } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useBoardContext } from './Board';
import { applySession, reorders } from './boardStore';

export interface BoardColumnState<T> {
  /** Attach to the element that accepts drops (the whole column, so empty columns take cards). */
  setDropRef: (node: HTMLElement | null) => void;
  /** Spread on that same element: the engine finds the column's cards through it. */
  dropProps: { 'data-board-column': string };
  /** Spread on the list that holds the cards (where an empty column's drop line goes). */
  listProps: { 'data-board-list': '' };
  /** The column's cards as they should be shown now, a move in progress included. */
  items: readonly T[];
  /** A card is being moved and would land here. */
  isTarget: boolean;
}

export function useBoardColumn<T extends { id: string }>(columnId: string, base: readonly T[], accepts = true): BoardColumnState<T> {
  const { store, boardId } = useBoardContext();
  const { setNodeRef } = useDroppable({ id: columnId, disabled: !accepts });
  // Only a keyboard move or a drop in flight reorders cards; select just the sessions that
  // touch this column, so other columns (and every column during a mouse drag) stay still.
  const session = useStore(store, (s) =>
    reorders(s.session) && (s.session.columnId === columnId || s.session.fromColumn === columnId) ? s.session : null,
  );
  const isTarget = useStore(store, (s) => Boolean(s.session && !s.session.committing && s.session.columnId === columnId));
  const items = useMemo(() => applySession(base, columnId, session), [base, columnId, session]);
  return {
    setDropRef: setNodeRef,
    dropProps: { 'data-board-column': `${boardId}:${columnId}` },
    listProps: { 'data-board-list': '' },
    items,
    isTarget,
  };
}
