/**
 * The board engine shared by the timeline, the opportunities pipeline and the diagnose board:
 * columns that accept cards, cards moved by mouse, touch (long-press) or keyboard, a live
 * region that names cards and columns, and one write per drop. This file is the React glue; the
 * parts are plain modules, each tested without a DOM (docs/architecture.md, "Board engine"):
 * - `dragSession.ts`: one move as a state machine with one `status`
 *   (lifted | dragging | dropping | saving | landed);
 * - `keyboardMove.ts`: what a key on a card's handle does (a reducer of keys);
 * - `geometry.ts` (numbers) and `measure.ts` (reads the page): where a dragged card lands;
 * - `moveEngine.ts`: sends the session's events, starts the write, announces, owns the timers.
 *
 * The columns and cards render outside dnd-kit's <DndContext>: its context changes on every
 * pointer move, and React then walks every fiber under it looking for readers (5 ms a move with
 * 1,000 cards on a slow machine). Inside it are only small pieces: a droppable per column
 * (pointed at the column's element), the overlay, the drop line and frame, and the one armed
 * draggable. During a mouse or touch drag nothing on the board changes: a fixed drop line and a
 * fixed frame around the target column, both drawn over the board, show where the card will land.
 */
import {
  DndContext,
  DragOverlay,
  useDraggable,
  useDroppable,
  MouseSensor,
  TouchSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragOverEvent,
  type DragStartEvent,
} from '@dnd-kit/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { announce } from '../../state/feedback';
import { isApplePlatform, touchFirst } from '../keyboard';
import { createBoardStore, type BoardStore } from './boardStore';
import { isCommitted, overlayItem } from './dragSession';
import { takesKey } from './keyboardMove';
import { createColumnMeasurer } from './measure';
import {
  createMoveEngine,
  DROP_HOLD_MS,
  type BoardColumnDef,
  type DropHold,
  type MoveTarget,
} from './moveEngine';
import styles from './Board.module.css';

export type { BoardColumnDef, MoveTarget };

/** How to undo a move, said after it: on a phone (a screen reader, no keyboard), the toast's Undo. */
const undoHint = (): string =>
  touchFirst()
    ? 'To undo, tap Undo in the message at the foot of the screen.'
    : `To undo, press ${isApplePlatform() ? 'Command' : 'Control'}+Z.`;

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
  children: ReactNode;
}

export type ActivatorKind = 'onMouseDown' | 'onTouchStart';

interface BoardContextValue {
  store: BoardStore;
  boardId: string;
  instructionsId: string;
  onHandleKeyDown: (id: string, e: React.KeyboardEvent<HTMLElement>) => void;
  /** A handle was pressed: wire that card to dnd-kit and hand it the event that may start a drag. */
  arm: (
    id: string,
    kind: ActivatorKind,
    event: React.SyntheticEvent,
    item: HTMLElement | null,
    handle: HTMLElement | null,
  ) => void;
}

interface ArmedApi {
  id: string;
  listeners: Record<string, ((event: React.SyntheticEvent) => void) | undefined> | undefined;
  setNodeRef: (node: HTMLElement | null) => void;
  setActivatorNodeRef: (node: HTMLElement | null) => void;
}

interface Activation {
  pending: {
    kind: ActivatorKind;
    event: React.SyntheticEvent;
    item: HTMLElement | null;
    handle: HTMLElement | null;
  } | null;
  api: ArmedApi | null;
}

const BoardContext = createContext<BoardContextValue | null>(null);

export function useBoardContext(): BoardContextValue {
  const ctx = useContext(BoardContext);
  if (!ctx) throw new Error('Board pieces must be rendered inside <Board>.');
  return ctx;
}

const collision: CollisionDetection = (args) => {
  const within = pointerWithin(args);
  return within.length ? within : rectIntersection(args);
};

export function Board<T extends { id: string }>(props: BoardProps<T>) {
  const { columnNoun = 'column', children } = props;
  const boardId = useId();
  const instructionsId = `${boardId}-instructions`;
  const store = useMemo(() => createBoardStore(), []);
  // Made once per board (and column noun); `setProps` hands it each render's props.
  const [initialProps] = useState(props);
  const engine = useMemo(
    () =>
      createMoveEngine<T>({
        store,
        props: initialProps,
        columnNoun,
        measurer: createColumnMeasurer(boardId),
        announce,
        undoHint: undoHint(),
      }),
    [store, initialProps, boardId, columnNoun],
  );
  useEffect(() => engine.setProps(props));
  useEffect(() => () => engine.dispose(), [engine]);

  // New data from the live query: a landed move can stop overriding it.
  useEffect(() => engine.dataChanged(), [engine, props.items]);

  const sensors = useSensors(
    useSensor(MouseSensor, { activationConstraint: { distance: 4 } }),
    useSensor(TouchSensor, { activationConstraint: { delay: 250, tolerance: 8 } }),
  );

  // A click anywhere else ends a keyboard move without moving.
  useEffect(() => {
    const onOutside = (e: PointerEvent) => {
      const s = store.getState().session;
      const target =
        e.target instanceof Element ? e.target.closest<HTMLElement>('[data-board-item]') : null;
      if (s && target?.dataset.boardItem !== s.id) engine.cancel();
    };
    const unsubscribe = store.subscribe((state, prev) => {
      const active = state.session?.status === 'lifted';
      const was = prev.session?.status === 'lifted';
      if (active && !was) document.addEventListener('pointerdown', onOutside, true);
      if (!active && was) document.removeEventListener('pointerdown', onOutside, true);
    });
    return () => {
      unsubscribe();
      document.removeEventListener('pointerdown', onOutside, true);
    };
  }, [store, engine]);

  const dnd = useMemo(() => {
    const centerOf = (e: DragMoveEvent | DragOverEvent) => {
      const rect = e.active.rect.current.translated;
      return rect ? rect.top + rect.height / 2 : null;
    };
    const dropNow = (e: DragEndEvent, hold?: DropHold) => {
      const r = e.active.rect.current.translated;
      void engine.commit(
        r ? { top: r.top, left: r.left, width: r.width, height: r.height } : null,
        hold,
      );
    };
    return {
      onDragStart: (e: DragStartEvent) => void engine.start(String(e.active.id), 'pointer'),
      onDragOver: (e: DragOverEvent) =>
        engine.dragOver(e.over ? String(e.over.id) : null, centerOf(e) ?? 0),
      onDragMove: (e: DragMoveEvent) => {
        const y = centerOf(e);
        if (y !== null) engine.dragMove(y);
      },
      // dnd-kit asks whether to cancel a drop before it updates its own state, and waits for the
      // answer. The move starts there, and the answer waits (up to DROP_HOLD_MS) for the write:
      // with the page idle, the transaction commits in a few milliseconds instead of waiting
      // behind the render and paint of the drop (npm run bench, figure 4). Nothing is cancelled
      // here; onDragEnd then finds the move under way.
      // A card let go over no column lands where the board shows it: the column last framed
      // (dragOver keeps it when the pointer leaves every column, e.g. after the page scrolled
      // under a held card), or back where it was. Escape cancels.
      cancelDrop: (e: DragEndEvent) =>
        new Promise<boolean>((resolve) =>
          dropNow(e, { ms: DROP_HOLD_MS, over: () => resolve(false) }),
        ),
      onDragEnd: (e: DragEndEvent) => dropNow(e),
      onDragCancel: () => engine.cancel(),
    };
  }, [engine]);

  // Only the pressed card carries dnd-kit's draggable hook (see ArmedDraggable): with a hook per
  // card, every one of 1,000 cards re-renders when a drag starts, ends or changes column.
  const activation = useRef<Activation>({ pending: null, api: null });
  const arm = useCallback<BoardContextValue['arm']>(
    (id, kind, event, item, handle) => {
      const busy = store.getState().session;
      if (busy && !isCommitted(busy)) return;
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

  const onHandleKeyDown = useCallback(
    (id: string, e: React.KeyboardEvent<HTMLElement>) => {
      const command = engine.onKey(id, e.key);
      if (takesKey(command)) e.preventDefault();
      if (command.type === 'cancel' && command.by === 'Escape') e.stopPropagation();
    },
    [engine],
  );

  const ctx = useMemo<BoardContextValue>(
    () => ({ store, boardId, instructionsId, onHandleKeyDown, arm }),
    [store, boardId, instructionsId, onHandleKeyDown, arm],
  );

  return (
    <BoardContext.Provider value={ctx}>
      <p id={instructionsId} className="visually-hidden">
        {`To move this card with the keyboard, press Space. Then use the left and right arrows to move it to the previous or next ${columnNoun}, and the up and down arrows to change its place. Press Space to drop it, or Escape to cancel.`}
      </p>
      {children}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        {...dnd}
        autoScroll={AUTO_SCROLL}
        accessibility={{ announcements: SILENT, screenReaderInstructions: { draggable: '' } }}
      >
        <ColumnDroppables store={store} />
        <Overlay store={store} render={props.renderOverlay as (item: unknown) => ReactNode} />
        <TargetFrameView store={store} />
        <DropLineView store={store} />
        <ArmedDraggable store={store} ready={armedReady} gone={armedGone} />
      </DndContext>
    </BoardContext.Provider>
  );
}

// The board scrolls by itself when a dragged card nears its edge: within a tenth of its width
// (dnd-kit's default, a fifth, starts scrolling a wide board while the card is still well inside).
const AUTO_SCROLL = { threshold: { x: 0.1, y: 0.2 } };

// Our live region speaks instead, with titles rather than ids.
const SILENT = {
  onDragStart: () => undefined,
  onDragOver: () => undefined,
  onDragEnd: () => undefined,
  onDragCancel: () => undefined,
};

function ArmedDraggable({
  store,
  ready,
  gone,
}: {
  store: BoardStore;
  ready: ArmedReady;
  gone: (id: string) => void;
}) {
  const id = useStore(store, (s) => s.armedId);
  return id ? <ArmedHook key={id} id={id} ready={ready} gone={gone} /> : null;
}

type ArmedReady = (api: ArmedApi) => Activation['pending'];

function ArmedHook({
  id,
  ready,
  gone,
}: {
  id: string;
  ready: ArmedReady;
  gone: (id: string) => void;
}) {
  const { setNodeRef, setActivatorNodeRef, listeners } = useDraggable({ id });
  useLayoutEffect(() => {
    const api: ArmedApi = {
      id,
      listeners: listeners as ArmedApi['listeners'],
      setNodeRef,
      setActivatorNodeRef,
    };
    const pending = ready(api);
    if (!pending) return;
    setNodeRef(pending.item);
    setActivatorNodeRef(pending.handle);
    api.listeners?.[pending.kind]?.(pending.event);
  });
  useEffect(() => () => gone(id), [gone, id]);
  return null;
}

/** A droppable per column, pointed at the column's element (the column itself renders outside DndContext). */
function ColumnDroppables({ store }: { store: BoardStore }) {
  const columns = useStore(store, (s) => s.columns);
  return [...columns].map(([id, { node, accepts }]) => (
    <ColumnDroppable key={id} id={id} node={node} accepts={accepts} />
  ));
}

function ColumnDroppable({
  id,
  node,
  accepts,
}: {
  id: string;
  node: HTMLElement;
  accepts: boolean;
}) {
  const { setNodeRef } = useDroppable({ id, disabled: !accepts });
  useLayoutEffect(() => {
    setNodeRef(node);
    return () => setNodeRef(null);
  }, [setNodeRef, node]);
  return null;
}

function TargetFrameView({ store }: { store: BoardStore }) {
  const top = useStore(store, (s) => s.session?.frame?.top ?? null);
  const left = useStore(store, (s) => s.session?.frame?.left ?? 0);
  const width = useStore(store, (s) => s.session?.frame?.width ?? 0);
  const height = useStore(store, (s) => s.session?.frame?.height ?? 0);
  if (top === null) return null;
  return (
    <div
      className={styles.targetFrame}
      style={{ transform: `translate(${left}px, ${top}px)`, width, height }}
      aria-hidden="true"
    />
  );
}

function DropLineView({ store }: { store: BoardStore }) {
  const top = useStore(store, (s) => s.session?.line?.top ?? null);
  const left = useStore(store, (s) => s.session?.line?.left ?? 0);
  const width = useStore(store, (s) => s.session?.line?.width ?? 0);
  if (top === null) return null;
  return (
    <div
      className={styles.dropLine}
      style={{ transform: `translate(${left}px, ${top - 1.5}px)`, width }}
      aria-hidden="true"
    />
  );
}

function Overlay({ store, render }: { store: BoardStore; render: (item: unknown) => ReactNode }) {
  const item = useStore(store, (s) => overlayItem(s.session));
  const ghost = useStore(store, (s) => (s.session?.ghost ? s.session.item : null));
  const top = useStore(store, (s) => s.session?.ghost?.top ?? 0);
  const left = useStore(store, (s) => s.session?.ghost?.left ?? 0);
  const width = useStore(store, (s) => s.session?.ghost?.width ?? 0);
  return (
    <>
      <DragOverlay dropAnimation={null} style={{ willChange: 'transform' }}>
        {item ? <div className={styles.overlay}>{render(item)}</div> : null}
      </DragOverlay>
      {ghost ? (
        <div
          className={styles.ghost}
          style={{ transform: `translate(${left}px, ${top}px)`, width }}
          aria-hidden="true"
        >
          <div className={styles.overlay}>{render(ghost)}</div>
        </div>
      ) : null}
    </>
  );
}
