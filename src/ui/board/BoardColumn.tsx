import { useDroppable } from '@dnd-kit/core';
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { useBoardContext } from './Board';
import { applySession } from './boardStore';

export interface BoardColumnState<T> {
  /** Attach to the element that accepts drops (the whole column, so empty columns take cards). */
  setDropRef: (node: HTMLElement | null) => void;
  /** Put on that same element: the engine finds the column's cards through it. */
  dropProps: { 'data-board-column': string };
  /** The column's cards as they should be shown now, a move in progress included. */
  items: readonly T[];
  /** A card is being moved and would land here. */
  isTarget: boolean;
}

export function useBoardColumn<T extends { id: string }>(columnId: string, base: readonly T[], accepts = true): BoardColumnState<T> {
  const { store, boardId } = useBoardContext();
  const { setNodeRef } = useDroppable({ id: columnId, disabled: !accepts });
  // Select only sessions that touch this column, so other columns do not re-render.
  const session = useStore(store, (s) =>
    s.session && (s.session.columnId === columnId || s.session.fromColumn === columnId) ? s.session : null,
  );
  const items = useMemo(() => applySession(base, columnId, session), [base, columnId, session]);
  return {
    setDropRef: setNodeRef,
    dropProps: { 'data-board-column': `${boardId}:${columnId}` },
    items,
    isTarget: Boolean(session && session.columnId === columnId && !session.committing),
  };
}
