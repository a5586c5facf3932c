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
 * - The columns and cards render outside dnd-kit's <DndContext>: its context changes on every
 *   pointer move, and React then walks every fiber under it looking for readers (5 ms a move
 *   with 1,000 cards on a slow machine). Inside it are only small pieces: a droppable per
 *   column (pointed at the column's element), the overlay, the drop line and frame, and the
 *   one armed draggable.
 * - During a mouse or touch drag nothing on the board changes: a fixed drop line and a fixed
 *   frame around the target column, both drawn over the board, show where the card will land.
 *   Repainting a column 10,000 px tall, or re-layerizing the board, costs a frame each time.
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
  type ReactNode,
} from 'react';
import { useStore } from 'zustand';
import { messageOf } from '../../domain/errors';
import { announce } from '../../state/feedback';
import { isApplePlatform } from '../keyboard';
import {
  BLOCK_PADDING,
  createBoardStore,
  DROP_HOLD_MS,
  LANDING_GRACE_MS,
  type BoardStore,
  type DropFrame,
  type DropLine,
  type MoveSession,
} from './boardStore';
import styles from './Board.module.css';

const UNDO_HINT = `To undo, press ${isApplePlatform() ? 'Command' : 'Control'}+Z.`;

/** A pointer drop's wait for its write (see `commit`); `over` is called when the wait ends. */
interface DropHold {
  ms: number;
  over: () => void;
}

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
  /** A pointer drop whose write is being waited for (dnd-kit waits in `cancelDrop`). */
  const holding = useRef<MoveSession | null>(null);

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
    const columnName = (id: string) =>
      propsRef.current.columns.find((c) => c.id === id)?.name ?? id;
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
    const couldNotMove = (s: MoveSession, e: unknown) =>
      announce(`${quote(nameOf(s))} could not be moved: ${messageOf(e)}`);
    const cancelled = (s: MoveSession) =>
      `Move cancelled. ${quote(nameOf(s))} is back in ${columnName(s.fromColumn)}, position ${s.fromIndex + 1}.`;

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
        landed: mode === 'keyboard',
        line: null,
        frame: null,
        ghost: null,
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

    /** A drop is being stored (committing, or a pointer drop still waiting for its write): the session must not change under it. */
    const settling = (s: MoveSession) => s.committing || holding.current === s;

    function cancel() {
      const s = store.getState().session;
      if (!s || settling(s)) return;
      set(null);
      announce(cancelled(s));
    }

    /**
     * Store the move. `hold`: a pointer drop first waits up to `hold.ms` for its write, with the
     * card still where it was let go, so the page stays free for the write and the board renders
     * the drop once, at its new place (npm run bench, figure 4); `hold.over` is called when that
     * wait is over (dnd-kit waits for it in `cancelDrop`), at the latest when the move is done.
     */
    async function commit(dropped: DropFrame | null = null, hold?: DropHold) {
      const s = store.getState().session;
      if (!s || settling(s)) return hold?.over();
      // Until this drop is done, onDragEnd (after cancelDrop) finds it under way.
      if (hold) holding.current = s;
      try {
        await storeMove(s, dropped, hold);
      } finally {
        if (holding.current === s) holding.current = null;
        hold?.over();
      }
    }

    async function storeMove(s: MoveSession, dropped: DropFrame | null, hold?: DropHold) {
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
      // The toast's Undo is not read out (this says it already) and is far along the Tab order:
      // say how to undo from here.
      const message = `Moved ${quote(nameOf(s))} to ${where(s)}. ${UNDO_HINT}`;
      const versionAtDrop = itemsVersion.current;
      // The write starts before the card is shown in its new place: React renders that in a
      // microtask, and a transaction opened after it would wait for the render (npm run bench,
      // figure 4). A store's transaction begins in a microtask too, queued first this way.
      let writing: Promise<unknown>;
      try {
        writing = propsRef.current.onMove(s.id, target);
      } catch (e) {
        writing = Promise.reject(e instanceof Error ? e : new Error(String(e)));
      }
      const outcome = writing.then(
        (value) => ({ ok: true as const, value }),
        (error: unknown) => ({ ok: false as const, error }),
      );
      const early: { stored?: boolean } = {};
      void outcome.then((o) => (early.stored = o.ok && o.value !== false));
      if (hold) {
        await Promise.race([outcome, new Promise((resolve) => setTimeout(resolve, hold.ms))]);
        if (store.getState().session !== s) {
          // Let go of some other way meanwhile: still say if the write failed.
          const result = await outcome;
          if (!result.ok) couldNotMove(s, result.error);
          return;
        }
      }
      const landed = s.landed || early.stored === true;
      // Already refused or failed: straight to putting the card back (below).
      if (early.stored !== false)
        set({
          ...s,
          committing: true,
          landed,
          line: null,
          frame: null,
          ghost: landed ? null : dropped,
        });
      hold?.over();
      const release = () => {
        waitingForData.current = null;
        if (store.getState().session?.committing) set(null);
      };
      // A pointer drop: the card waits where it was let go while the write is stored, then lands.
      const land = () => {
        const now = store.getState().session;
        if (now?.committing && now.id === s.id && !now.landed)
          set({ ...now, landed: true, ghost: null });
      };
      const grace = landed ? undefined : setTimeout(land, LANDING_GRACE_MS);
      const result = await outcome;
      clearTimeout(grace);
      if (!result.ok) {
        set(null);
        couldNotMove(s, result.error);
        return;
      }
      if (result.value === false) {
        set(null);
        announce(cancelled(s));
        return;
      }
      land();
      announce(message);
      if (itemsVersion.current !== versionAtDrop) release();
      else {
        waitingForData.current = release;
        setTimeout(release, 1000);
      }
    }

    function moveTo(
      columnId: string,
      index: number,
      line: DropLine | null = null,
      frame: DropFrame | null = null,
    ) {
      const s = store.getState().session;
      // Not while a drop is stored: the page may still be scrolling under the card (dnd-kit's
      // auto-scroll sends moves until it lets go), and a moved session was taken for a second drop.
      if (!s || settling(s)) return;
      const sameLine =
        s.line === line ||
        (s.line &&
          line &&
          s.line.top === line.top &&
          s.line.left === line.left &&
          s.line.width === line.width);
      const sameFrame =
        s.frame === frame ||
        (s.frame &&
          frame &&
          s.frame.top === frame.top &&
          s.frame.left === frame.left &&
          s.frame.width === frame.width &&
          s.frame.height === frame.height);
      if (s.columnId === columnId && s.index === index && sameLine && sameFrame) return;
      if (s.columnId !== columnId) cache.measured = null;
      const next = { ...s, columnId, index, line, frame };
      set(next);
      if (s.mode === 'keyboard') announce(`${quote(nameOf(next))}: ${where(next)}.`);
    }

    /**
     * Where a dragged card lands in a column, from its centre and the other cards' midpoints.
     * The column's cards come in blocks (BoardList) and a block out of view is not laid out: the
     * blocks' own boxes are read on every move (a handful; one that comes into view mid-drag,
     * scrolled to, takes its real height and moves the ones below), and a block's cards only when
     * the pointer is over it (or the dragged card is in it), relative to the block and read again
     * if its height changed. Entering a column never lays out cards nobody sees.
     */
    interface Block {
      el: Element;
      /** Its padding (BoardList's blocks have some; a list without blocks none). */
      pad: number;
      /** Its cards, the dragged one left out. */
      count: number;
      holdsDragged: boolean;
      cards: { height: number; mids: number[]; tops: number[]; bottoms: number[] } | null;
    }
    const cache: {
      measured: { columnId: string; blocks: Block[]; clippers: Element[] } | null;
    } = {
      measured: null,
    };
    const columnElement = (columnId: string) =>
      document.querySelector<HTMLElement>(
        `[data-board-column="${CSS.escape(`${boardId}:${columnId}`)}"]`,
      );
    const isCard = (el: Element, id: string) =>
      el instanceof HTMLElement &&
      el.dataset.boardItem !== undefined &&
      el.dataset.boardItem !== id;
    const listOf = (column: HTMLElement) => column.querySelector('[data-board-list]') ?? column;

    function measure(columnId: string, id: string, column: HTMLElement) {
      if (cache.measured?.columnId === columnId) return cache.measured;
      const list = listOf(column);
      const found = list.querySelectorAll('[data-board-block]');
      const blocks = (found.length ? [...found] : [list]).map((el): Block => {
        const items = el.querySelectorAll('[data-board-item]');
        const holdsDragged = [...items].some((item) => !isCard(item, id));
        return {
          el,
          pad: found.length ? BLOCK_PADDING : 0,
          count: items.length - (holdsDragged ? 1 : 0),
          holdsDragged,
          cards: null,
        };
      });
      // The frame around the column is drawn over the page: clip it to what scrolls the column.
      const clippers: Element[] = [];
      for (let el = column.parentElement; el && el !== document.body; el = el.parentElement) {
        const style = getComputedStyle(el);
        if (style.overflowX !== 'visible' || style.overflowY !== 'visible') clippers.push(el);
      }
      cache.measured = { columnId, blocks, clippers };
      return cache.measured;
    }

    /** A block's cards, relative to the block's top. */
    function cardsOf(block: Block, box: DOMRect, id: string) {
      if (block.cards && block.cards.height === box.height) return block.cards;
      const cards = {
        height: box.height,
        mids: [] as number[],
        tops: [] as number[],
        bottoms: [] as number[],
      };
      for (const el of block.el.querySelectorAll('[data-board-item]')) {
        if (!isCard(el, id)) continue;
        const r = el.getBoundingClientRect();
        cards.mids.push(r.top + r.height / 2 - box.top);
        cards.tops.push(r.top - box.top);
        cards.bottoms.push(r.bottom - box.top);
      }
      block.cards = cards;
      return cards;
    }

    function frameAround(box: DOMRect, clippers: readonly Element[]): DropFrame | null {
      let top = Math.max(box.top, 0);
      let left = Math.max(box.left, 0);
      let right = Math.min(box.right, window.innerWidth);
      let bottom = Math.min(box.bottom, window.innerHeight);
      for (const el of clippers) {
        const r = el.getBoundingClientRect();
        top = Math.max(top, r.top);
        left = Math.max(left, r.left);
        right = Math.min(right, r.right);
        bottom = Math.min(bottom, r.bottom);
      }
      return right > left && bottom > top
        ? { top, left, width: right - left, height: bottom - top }
        : null;
    }

    function placeFromPointer(
      columnId: string,
      id: string,
      centerY: number,
    ): { index: number; line: DropLine | null; frame: DropFrame | null } {
      const column = columnElement(columnId);
      if (!column) return { index: others(columnId, id).length, line: null, frame: null };
      const m = measure(columnId, id, column);
      const box = column.getBoundingClientRect();
      // The landing index counts the cards whose midpoint is above the pointer; the line goes
      // between the last of them and the next card (page coordinates).
      let index = 0;
      let above: number | undefined;
      let below: number | undefined;
      for (const block of m.blocks) {
        if (block.count === 0) continue;
        const b = block.el.getBoundingClientRect();
        // A block's padding leaves room for its cards' focus rings: its cards start inside it.
        const { pad } = block;
        if (!block.holdsDragged && b.bottom - pad <= centerY) {
          index += block.count;
          above = b.bottom - pad;
          continue;
        }
        if (!block.holdsDragged && b.top + pad >= centerY) {
          below = b.top + pad;
          break;
        }
        const cards = cardsOf(block, b, id);
        const y = centerY - b.top;
        let i = 0;
        while (i < cards.mids.length && (cards.mids[i] ?? Infinity) < y) i++;
        index += i;
        const lastAbove = cards.bottoms[i - 1];
        if (lastAbove !== undefined) above = b.top + lastAbove;
        const nextBelow = cards.tops[i];
        if (nextBelow !== undefined) {
          below = b.top + nextBelow;
          break;
        }
      }
      const listTop = listOf(column).getBoundingClientRect().top;
      const top =
        above !== undefined && below !== undefined
          ? (above + below) / 2
          : above !== undefined
            ? above + 4
            : below !== undefined
              ? below - 4
              : listTop;
      return {
        index,
        line: { top, left: box.left + 8, width: box.width - 16 },
        frame: frameAround(box, m.clippers),
      };
    }

    const accepts = (columnId: string) =>
      propsRef.current.columns.find((c) => c.id === columnId)?.accepts !== false;

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
          if (index === s.index) {
            const edge =
              max === 0 ? 'the only card' : e.key === 'ArrowUp' ? 'already first' : 'already last';
            announce(`${quote(nameOf(s))} is ${edge} in ${columnName(s.columnId)}.`);
          } else moveTo(s.columnId, index);
          return;
        }
        case 'ArrowLeft':
        case 'ArrowRight': {
          e.preventDefault();
          const next = adjacentColumn(s.columnId, e.key === 'ArrowLeft' ? -1 : 1);
          if (!next) {
            announce(
              `${quote(nameOf(s))} is already in the ${e.key === 'ArrowLeft' ? 'first' : 'last'} ${columnNoun}.`,
            );
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

  // A click anywhere else ends a keyboard move without moving.
  useEffect(() => {
    const onOutside = (e: PointerEvent) => {
      const s = store.getState().session;
      const target =
        e.target instanceof Element ? e.target.closest<HTMLElement>('[data-board-item]') : null;
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

  const onDragStart = useCallback(
    (e: DragStartEvent) => void helpers.start(String(e.active.id), 'pointer'),
    [helpers],
  );
  const onDragOver = useCallback(
    (e: DragOverEvent) => {
      const s = store.getState().session;
      const over = e.over ? String(e.over.id) : null;
      // Already there: nothing to do (moving again here is what loops, dnd-kit #1678).
      if (!s || !over || over === s.columnId || !helpers.accepts(over)) return;
      const rect = e.active.rect.current.translated;
      const place = helpers.placeFromPointer(over, s.id, rect ? rect.top + rect.height / 2 : 0);
      helpers.moveTo(over, place.index, place.line, place.frame);
    },
    [store, helpers],
  );
  const onDragMove = useCallback(
    (e: DragMoveEvent) => {
      const s = store.getState().session;
      const rect = e.active.rect.current.translated;
      if (!s || !rect || !helpers.accepts(s.columnId)) return;
      const place = helpers.placeFromPointer(s.columnId, s.id, rect.top + rect.height / 2);
      helpers.moveTo(s.columnId, place.index, place.line, place.frame);
    },
    [store, helpers],
  );
  const dropNow = useCallback(
    (e: DragEndEvent, hold?: DropHold) => {
      const r = e.active.rect.current.translated;
      void helpers.commit(
        r ? { top: r.top, left: r.left, width: r.width, height: r.height } : null,
        hold,
      );
    },
    [helpers],
  );
  // dnd-kit asks whether to cancel a drop before it updates its own state, and waits for the
  // answer. The move starts there, and the answer waits (up to DROP_HOLD_MS) for the write: with
  // the page idle, the transaction commits in a few milliseconds instead of waiting behind the
  // render and paint of the drop (npm run bench, figure 4). Nothing is cancelled here; onDragEnd
  // then finds the move under way.
  const cancelDrop = useCallback(
    (e: DragEndEvent) =>
      new Promise<boolean>((resolve) => {
        if (!e.over) return resolve(false);
        dropNow(e, { ms: DROP_HOLD_MS, over: () => resolve(false) });
      }),
    [dropNow],
  );
  const onDragEnd = useCallback(
    (e: DragEndEvent) => {
      if (!e.over) helpers.cancel();
      else dropNow(e);
    },
    [helpers, dropNow],
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
      <p id={instructionsId} className="visually-hidden">
        {`To move this card with the keyboard, press Space. Then use the left and right arrows to move it to the previous or next ${columnNoun}, and the up and down arrows to change its place. Press Space to drop it, or Escape to cancel.`}
      </p>
      {children}
      <DndContext
        sensors={sensors}
        collisionDetection={collision}
        onDragStart={onDragStart}
        onDragOver={onDragOver}
        onDragMove={onDragMove}
        cancelDrop={cancelDrop}
        onDragEnd={onDragEnd}
        onDragCancel={helpers.cancel}
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
  const item = useStore(store, (s) =>
    s.session?.mode === 'pointer' && !s.session.committing ? s.session.item : null,
  );
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
