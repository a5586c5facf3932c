/**
 * The board engine shared by the timeline, the opportunities pipeline and the diagnose board:
 * columns that accept cards, cards moved by mouse, touch (long-press) or keyboard, a live
 * region that names cards and columns, and one write per drop.
 *
 * Design notes (see README, "Board engine"):
 * - Only columns are droppables; the position inside a column is computed from the pointer and
 *   the cards' midpoints. With 1,000 cards this keeps dnd-kit's `over` from changing on every
 *   card crossed, which would re-render every draggable.
 * - The keyboard move is our own: Space picks up, arrows jump by column and by position, Space
 *   drops, Escape cancels. It moves by place, not by pixels, and needs no timers.
 * - While a move is in progress, and after the drop until the live query catches up, the board
 *   shows the card at its new place from this store, so nothing flickers.
 */
import {
  DndContext,
  DragOverlay,
  useDraggable,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import { createContext, useCallback, useContext, useEffect, useId, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { announce } from '../../state/feedback';
import { createBoardStore, type BoardStore, type DropLine, type MoveSession } from './boardStore';
import styles from './Board.module.css';

export interface BoardColumnDef {
  id: string;
  /** Read in announcements: "Month 3", "Interviewing". */
  name: string;
  /** False for a column cards can leave but not enter. */
  accepts?: boolean;
}

export interface MoveTarget {
  columnId: string;
  /** The card it lands after, as shown (null: first). */
  afterId: string | null;
  /** The card it lands before, as shown (null: last). */
  beforeId: string | null;
}

export interface BoardProps<T extends { id: string }> {
  columns: readonly BoardColumnDef[];
  /** Each column's cards in display order (after any filter). */
  items: ReadonlyMap<string, readonly T[]>;
  itemName: (item: T) => string;
  /**
   * Write the move; reject with an Error whose message a person can read. Resolve to `false`
   * when the move was called off on the way (e.g. the user cancelled a question it asked):
   * the card goes back and the move is announced as cancelled.
   */
  onMove: (itemId: string, target: MoveTarget) => Promise<unknown>;
  /** A plain card for the drag overlay (never a component that registers a draggable). */
  renderOverlay: (item: T) => ReactNode;
  /** "month", "stage", "column": used in the keyboard instructions. */
  columnNoun?: string;
  /** Which way columns run, for the arrow keys' words. */
  children: ReactNode;
}

export type ActivatorKind = 'onMouseDown' | 'onTouchStart';

interface BoardContextValue {
  store: BoardStore;
  boardId: string;
  instructionsId: string;
  onHandleKeyDown: (id: string, e: React.KeyboardEvent<HTMLElement>) => void;
  /** A handle was pressed: wire that card to dnd-kit and hand it the event that may start a drag. */
  arm: (id: string, kind: ActivatorKind, event: React.SyntheticEvent, item: HTMLElement | null, handle: HTMLElement | null) => void;
}

interface ArmedApi {
  id: string;
  listeners: Record<string, ((event: React.SyntheticEvent) => void) | undefined> | undefined;
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
}

interface Activation {
  pending: { kind: ActivatorKind; event: React.SyntheticEvent; item: HTMLElement | null; handle: HTMLElement | null } | null;
  api: ArmedApi | null;
}

const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const ctx = useContext(BoardContext);
  if (!ctx) throw new Error('Board pieces must be rendered inside <Board>.');
  return ctx;
}

const quote = (s: string) => `“${s}”`;

const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

export function Board<T extends { id: string }>(props: BoardProps<T>) {
  const { columnNoun = 'column', children } = props;
  const boardId = useId();
  const instructionsId = `${boardId}-instructions`;
  const store = useMemo(() => createBoardStore(), []);
  const propsRef = useRef(props);
  const itemsVersion = useRef(0);
  const waitingForData = useRef<(() => void) | null>(null);

  useEffect(() => {
    propsRef.current = props;
  });

  // New data from the live query: a committed move can stop overriding it.
  useEffect(() => {
    itemsVersion.current++;
    waitingForData.current?.();
  }, [props.items]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  const helpers = useMemo(() => {
    const columnName = (id: string) => propsRef.current.columns.find((c) => c.id === id)?.name ?? id;
    const others = (columnId: string, id: string) =>
      (propsRef.current.items.get(columnId) ?? []).filter((i) => i.id !== id);
    const locate = (id: string): { item: T; columnId: string; index: number } | null => {
      for (const [columnId, list] of propsRef.current.items) {
        const index = list.findIndex((i) => i.id === id);
        const item = list[index];
        if (item) return { item, columnId, index };
      }
      return null;
    };
    const where = (s: MoveSession) => {
      const count = others(s.columnId, s.id).length + 1;
      return `${columnName(s.columnId)}, position ${s.index + 1} of ${count}`;
    };
    const nameOf = (s: MoveSession) => propsRef.current.itemName(s.item as T);
    const set = (session: MoveSession | null) => store.setState({ session });
    const cancelled = (s: MoveSession) => `Move cancelled. ${quote(nameOf(s))} is back in ${columnName(s.fromColumn)}, position ${s.fromIndex + 1}.`;

    function start(id: string, mode: MoveSession['mode']): MoveSession | null {
      // Picked up again while its last drop is still being saved: start from where it was dropped.
      const previous = store.getState().session;
      const found =
        previous?.committing && previous.id === id
          ? { item: previous.item as T, columnId: previous.columnId, index: previous.index }
          : locate(id);
      if (!found) return null;
      const session: MoveSession = {
        id,
        item: found.item,
        mode,
        fromColumn: found.columnId,
        fromIndex: found.index,
        columnId: found.columnId,
        index: found.index,
        committing: false,
        line: null,
      };
      cache.measured = null;
      set(session);
      const keys =
        mode === 'keyboard'
          ? ` Left and right arrows move it to the previous or next ${columnNoun}, up and down move it within the ${columnNoun}. Space drops it, Escape cancels.`
          : '';
      announce(`Picked up ${quote(nameOf(session))}. ${where(session)}.${keys}`);
      return session;
    }

    function cancel() {
      const s = store.getState().session;
      if (!s || s.committing) return;
      set(null);
      announce(cancelled(s));
    }

    async function commit() {
      const s = store.getState().session;
      if (!s || s.committing) return;
      if (s.columnId === s.fromColumn && s.index === s.fromIndex) {
        set(null);
        announce(`${quote(nameOf(s))} dropped back where it was, in ${columnName(s.columnId)}.`);
        return;
      }
      const list = others(s.columnId, s.id);
      const target: MoveTarget = {
        columnId: s.columnId,
        afterId: list[s.index - 1]?.id ?? null,
        beforeId: list[s.index]?.id ?? null,
      };
      const message = `Moved ${quote(nameOf(s))} to ${where(s)}.`;
      set({ ...s, committing: true, line: null });
      const versionAtDrop = itemsVersion.current;
      const release = () => {
        waitingForData.current = null;
        if (store.getState().session?.committing) set(null);
      };
      try {
        if ((await propsRef.current.onMove(s.id, target)) === false) {
          set(null);
          announce(cancelled(s));
          return;
        }
        announce(message);
        if (itemsVersion.current !== versionAtDrop) release();
        else {
          waitingForData.current = release;
          setTimeout(release, 1000);
        }
      } catch (e) {
        set(null);
        announce(`${quote(nameOf(s))} could not be moved: ${e instanceof Error ? e.message : String(e)}`);
      }
    }

    function moveTo(columnId: string, index: number, line: DropLine | null = null) {
      const s = store.getState().session;
      if (!s || s.committing) return;
      const sameLine = s.line === line || (s.line && line && s.line.top === line.top && s.line.left === line.left && s.line.width === line.width);
      if (s.columnId === columnId && s.index === index && sameLine) return;
      if (s.columnId !== columnId) cache.measured = null;
      const next = { ...s, columnId, index, line };
      set(next);
      if (s.mode === 'keyboard') announce(`${quote(nameOf(next))}: ${where(next)}.`);
    }

    /**
     * Where a dragged card lands in a column, from its centre and the other cards' midpoints.
     * The cards' positions are read once when the drag enters a column (relative to the column,
     * so scrolling does not stale them); each move then reads one rectangle, the column's.
     */
    const cache: { measured: { columnId: string; mids: number[]; tops: number[]; bottoms: number[]; listTop: number } | null } = {
      measured: null,
    };
    const columnElement = (columnId: string) =>
      document.querySelector<HTMLElement>(`[data-board-column="${CSS.escape(`${boardId}:${columnId}`)}"]`);

    function measure(columnId: string, id: string, column: HTMLElement) {
      if (cache.measured?.columnId === columnId) return cache.measured;
      const origin = column.getBoundingClientRect().top;
      const mids: number[] = [];
      const tops: number[] = [];
      const bottoms: number[] = [];
      for (const el of column.querySelectorAll<HTMLElement>('[data-board-item]')) {
        if (el.dataset.boardItem === id) continue;
        const r = el.getBoundingClientRect();
        mids.push(r.top + r.height / 2 - origin);
        tops.push(r.top - origin);
        bottoms.push(r.bottom - origin);
      }
      const list = column.querySelector('[data-board-list]') ?? column;
      cache.measured = { columnId, mids, tops, bottoms, listTop: list.getBoundingClientRect().top - origin };
      return cache.measured;
    }

    function placeFromPointer(columnId: string, id: string, centerY: number): { index: number; line: DropLine | null } {
      const column = columnElement(columnId);
      if (!column) return { index: others(columnId, id).length, line: null };
      const m = measure(columnId, id, column);
      const box = column.getBoundingClientRect();
      const y = centerY - box.top;
      let index = 0;
      while (index < m.mids.length && (m.mids[index] ?? Infinity) < y) index++;
      const above = m.bottoms[index - 1];
      const below = m.tops[index];
      const rel =
        above !== undefined && below !== undefined ? (above + below) / 2 : above !== undefined ? above + 4 : below !== undefined ? below - 4 : m.listTop;
      return { index, line: { top: box.top + rel, left: box.left + 8, width: box.width - 16 } };
    }

    const accepts = (columnId: string) => propsRef.current.columns.find((c) => c.id === columnId)?.accepts !== false;

    function adjacentColumn(from: string, step: 1 | -1): string | null {
      const cols = propsRef.current.columns;
      let i = cols.findIndex((c) => c.id === from) + step;
      while (i >= 0 && i < cols.length) {
        const col = cols[i];
        if (col && col.accepts !== false) return col.id;
        i += step;
      }
      return null;
    }

    function onHandleKeyDown(id: string, e: React.KeyboardEvent<HTMLElement>) {
      const s = store.getState().session;
      const mine = s && s.id === id && s.mode === 'keyboard' && !s.committing;
      if (!mine) {
        if ((e.key === ' ' || e.key === 'Enter') && !s) {
          e.preventDefault();
          start(id, 'keyboard');
        } else if ((e.key === ' ' || e.key === 'Enter') && s?.committing) {
          // The last drop is still being saved: say so rather than ignore the key.
          e.preventDefault();
          announce(`Still saving the last move of ${quote(nameOf(s))}. Try again in a moment.`);
        }
        return;
      }
      switch (e.key) {
        case ' ':
        case 'Enter':
          e.preventDefault();
          void commit();
          return;
        case 'Escape':
          e.preventDefault();
          e.stopPropagation();
          cancel();
          return;
        case 'Tab':
          cancel();
          return;
        case 'ArrowUp':
        case 'ArrowDown': {
          e.preventDefault();
          const max = others(s.columnId, id).length;
          const index = Math.max(0, Math.min(max, s.index + (e.key === 'ArrowUp' ? -1 : 1)));
          if (index === s.index) announce(`${quote(nameOf(s))} is already ${index === 0 ? 'first' : 'last'} in ${columnName(s.columnId)}.`);
          else moveTo(s.columnId, index);
          return;
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
          e.preventDefault();
          const next = adjacentColumn(s.columnId, e.key === 'ArrowLeft' ? -1 : 1);
          if (!next) {
            announce(`${quote(nameOf(s))} is already in the ${e.key === 'ArrowLeft' ? 'first' : 'last'} ${columnNoun}.`);
            return;
          }
          moveTo(next, Math.min(s.index, others(next, id).length));
          return;
        }
        default:
      }
    }

    return { start, cancel, commit, moveTo, placeFromPointer, accepts, onHandleKeyDown };
  }, [store, boardId, columnNoun]);

  // While a card is dragged, the page under the pointer needs no hover effects or hit testing:
  // turning them off keeps each frame to moving the overlay (a big board re-layers otherwise).
  useEffect(
    () =>
      store.subscribe((state, prev) => {
        const dragging = state.session?.mode === 'pointer' && !state.session.committing;
        const was = prev.session?.mode === 'pointer' && !prev.session.committing;
        if (dragging !== was) document.documentElement.toggleAttribute('data-board-dragging', dragging);
      }),
    [store],
  );

  // A click anywhere else ends a keyboard move without moving.
  useEffect(() => {
    const onOutside = (e: PointerEvent) => {
      const s = store.getState().session;
      const target = e.target instanceof Element ? e.target.closest<HTMLElement>('[data-board-item]') : null;
      if (s && target?.dataset.boardItem !== s.id) helpers.cancel();
    };
    const unsubscribe = store.subscribe((state, prev) => {
      const active = state.session?.mode === 'keyboard' && !state.session.committing;
      const was = prev.session?.mode === 'keyboard' && !prev.session.committing;
      if (active && !was) document.addEventListener('pointerdown', onOutside, true);
      if (!active && was) document.removeEventListener('pointerdown', onOutside, true);
    });
    return () => {
      unsubscribe();
      document.removeEventListener('pointerdown', onOutside, true);
    };
  }, [store, helpers]);

  const onDragStart = useCallback((e: DragStartEvent) => void helpers.start(String(e.active.id), 'pointer'), [helpers]);
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      const s = store.getState().session;
      const over = e.over ? String(e.over.id) : null;
      // Already there: nothing to do (moving again here is what loops, dnd-kit #1678).
      if (!s || !over || over === s.columnId || !helpers.accepts(over)) return;
      const rect = e.active.rect.current.translated;
      const place = helpers.placeFromPointer(over, s.id, rect ? rect.top + rect.height / 2 : 0);
      helpers.moveTo(over, place.index, place.line);
    },
    [store, helpers],
  );
  const onDragMove = useCallback(
    (e: DragMoveEvent) => {
      const s = store.getState().session;
      const rect = e.active.rect.current.translated;
      if (!s || !rect || !helpers.accepts(s.columnId)) return;
      const place = helpers.placeFromPointer(s.columnId, s.id, rect.top + rect.height / 2);
      helpers.moveTo(s.columnId, place.index, place.line);
    },
    [store, helpers],
  );
  const onDragEnd = useCallback(
    (e: { over: { id: string | number } | null }) => {
      if (!e.over) helpers.cancel();
      else void helpers.commit();
    },
    [helpers],
  );

  // Only the pressed card carries dnd-kit's draggable hook (see ArmedDraggable): with a hook per
  // card, every one of 1,000 cards re-renders when a drag starts, ends or changes column.
  const activation = useRef<Activation>({ pending: null, api: null });
  const arm = useCallback<BoardContextValue['arm']>(
    (id, kind, event, item, handle) => {
      const busy = store.getState().session;
      if (busy && !busy.committing) return;
      const api = activation.current.api;
      if (api && api.id === id) {
        api.setNodeRef(item);
        api.setActivatorNodeRef(handle);
        api.listeners?.[kind]?.(event);
        return;
      }
      activation.current.pending = { kind, event, item, handle };
      store.setState({ armedId: id });
    },
    [store, activation],
  );

  const armedReady = useCallback<ArmedReady>((api) => {
    activation.current.api = api;
    const pending = activation.current.pending;
    activation.current.pending = null;
    return pending;
  }, []);
  const armedGone = useCallback((id: string) => {
    if (activation.current.api?.id === id) activation.current.api = null;
  }, []);

  const ctx = useMemo<BoardContextValue>(
    () => ({ store, boardId, instructionsId, onHandleKeyDown: helpers.onHandleKeyDown, arm }),
    [store, boardId, instructionsId, helpers, arm],
  );

  return (
    <BoardContext.Provider value={ctx}>
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragMove={onDragMove}
        onDragEnd={onDragEnd}
        onDragCancel={helpers.cancel}
        accessibility={{ announcements: SILENT, screenReaderInstructions: { draggable: '' } }}
      >
        <p id={instructionsId} className="visually-hidden">
          {`To move this card with the keyboard, press Space. Then use the left and right arrows to move it to the previous or next ${columnNoun}, and the up and down arrows to change its place. Press Space to drop it, or Escape to cancel.`}
        </p>
        {children}
        <Overlay store={store} render={props.renderOverlay as (item: unknown) => ReactNode} />
        <DropLineView store={store} />
        <ArmedDraggable store={store} ready={armedReady} gone={armedGone} />
      </DndContext>
    </BoardContext.Provider>
  );
}

// Our live region speaks instead, with titles rather than ids.
const SILENT = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

function ArmedDraggable({ store, ready, gone }: { store: BoardStore; ready: ArmedReady; gone: (id: string) => void }) {
  const id = useStore(store, (s) => s.armedId);
  return id ? <ArmedHook key={id} id={id} ready={ready} gone={gone} /> : null;
}

type ArmedReady = (api: ArmedApi) => Activation['pending'];

function ArmedHook({ id, ready, gone }: { id: string; ready: ArmedReady; gone: (id: string) => void }) {
  const { setNodeRef, setActivatorNodeRef, listeners } = useDraggable({ id });
  useLayoutEffect(() => {
    const api: ArmedApi = { id, listeners: listeners as ArmedApi['listeners'], setNodeRef, setActivatorNodeRef };
    const pending = ready(api);
    if (!pending) return;
    setNodeRef(pending.item);
    setActivatorNodeRef(pending.handle);
    api.listeners?.[pending.kind]?.(pending.event);
  });
  useEffect(() => () => gone(id), [gone, id]);
  return null;
}

function DropLineView({ store }: { store: BoardStore }) {
  const top = useStore(store, (s) => s.session?.line?.top ?? null);
  const left = useStore(store, (s) => s.session?.line?.left ?? 0);
  const width = useStore(store, (s) => s.session?.line?.width ?? 0);
  if (top === null) return null;
  return <div className={styles.dropLine} style={{ transform: `translate(${left}px, ${top - 1.5}px)`, width }} aria-hidden="true" />;
}

function Overlay({ store, render }: { store: BoardStore; render: (item: unknown) => ReactNode }) {
  const item = useStore(store, (s) => (s.session?.mode === 'pointer' && !s.session.committing ? s.session.item : null));
  return <DragOverlay dropAnimation={null} style={{ willChange: 'transform' }}>{item ? <div className={styles.overlay}>{render(item)}</div> : null}</DragOverlay>;
}
