/**
 * The board's moves, without React: it sends the session's events (`dragSession.ts`), asks
 * `keyboardMove.ts` what a key does and `measure.ts` where a dragged card lands, starts the one
 * write of a drop, says what happened in the live region, and keeps every timer it starts so
 * `dispose()` clears them when the board goes.
 */
import { messageOf } from '../../domain/errors';
import { quote } from '../../domain/quote';
import type { BoardStore } from './boardStore';
import {
  isCommitted,
  isPlacing,
  nextSession,
  type MoveMode,
  type MoveSession,
  type SessionEvent,
} from './dragSession';
import { sameFrame, sameLine, type DropFrame, type DropLine } from './geometry';
import { keyboardMove, type KeyCommand, type KeyTarget } from './keyboardMove';
import type { ColumnMeasurer } from './measure';

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

/** What the engine reads of the board's props, always the latest. */
export interface EngineProps<T> {
  columns: readonly BoardColumnDef[];
  items: ReadonlyMap<string, readonly T[]>;
  itemName: (item: T) => string;
  onMove: (itemId: string, target: MoveTarget) => Promise<unknown>;
}

/** A pointer drop's wait for its write (see `commit`); `over` is called when the wait ends. */
export interface DropHold {
  ms: number;
  over: () => void;
}

export interface MoveEngineDeps<T> {
  store: BoardStore;
  /** The board's props when it was made; `setProps` hands it newer ones. */
  props: EngineProps<T>;
  /** "month", "stage", "column": in the keyboard instructions and edge messages. */
  columnNoun: string;
  measurer: ColumnMeasurer;
  announce: (message: string) => void;
  /** How to undo, said after a move ("To undo, press Control+Z."). */
  undoHint: string;
}

/** How long a dropped card may wait for its write before it is shown at its new place anyway. */
export const LANDING_GRACE_MS = 100;

/**
 * How long a pointer drop holds the board still for its write, before showing the card as
 * dropped (two frames): a write normally takes a few milliseconds when nothing else runs.
 */
export const DROP_HOLD_MS = 32;

/** How long a landed card waits for the live query to bring its stored move. */
export const CATCH_UP_MS = 1000;

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export type MoveEngine = ReturnType<typeof createMoveEngine>;

export function createMoveEngine<T extends { id: string }>(deps: MoveEngineDeps<T>) {
  const { store, columnNoun, measurer, announce, undoHint } = deps;
  let latest = deps.props;
  const props = () => latest;
  let tokens = 0;
  /** Bumped on every change of the board's items (the live query answered). */
  let itemsVersion = 0;
  let waitingForData: (() => void) | null = null;
  const timers = new Set<ReturnType<typeof setTimeout>>();

  const later = (run: () => void, ms: number) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
    return timer;
  };
  const stop = (timer: ReturnType<typeof setTimeout> | undefined) => {
    if (timer === undefined) return;
    clearTimeout(timer);
    timers.delete(timer);
  };

  const current = () => store.getState().session;
  const send = (event: SessionEvent) => {
    const before = current();
    const after = nextSession(before, event);
    if (after !== before) store.setState({ session: after });
  };

  const columnName = (id: string) => props().columns.find((c) => c.id === id)?.name ?? id;
  const accepts = (id: string) => props().columns.find((c) => c.id === id)?.accepts !== false;
  const others = (columnId: string, id: string) =>
    (props().items.get(columnId) ?? []).filter((i) => i.id !== id);
  const nameOf = (s: MoveSession) => quote(props().itemName(s.item as T));
  const where = (s: MoveSession) =>
    `${columnName(s.columnId)}, position ${s.index + 1} of ${others(s.columnId, s.id).length + 1}`;
  const cancelled = (s: MoveSession) =>
    `Move cancelled. ${nameOf(s)} is back in ${columnName(s.fromColumn)}, position ${s.fromIndex + 1}.`;
  const couldNotMove = (s: MoveSession, e: unknown) =>
    announce(`${nameOf(s)} could not be moved: ${messageOf(e)}`);

  function locate(id: string): { item: T; columnId: string; index: number } | null {
    for (const [columnId, list] of props().items) {
      const index = list.findIndex((i) => i.id === id);
      const item = list[index];
      if (item) return { item, columnId, index };
    }
    return null;
  }

  function start(id: string, mode: MoveMode): MoveSession | null {
    // Picked up again while its last drop is still being saved: start from where it was dropped.
    const previous = current();
    const found =
      previous && isCommitted(previous) && previous.id === id
        ? { item: previous.item, columnId: previous.columnId, index: previous.index }
        : locate(id);
    if (!found) return null;
    const token = ++tokens;
    measurer.forget();
    send({ type: 'pickUp', token, mode, id, ...found });
    const s = current();
    if (s?.token !== token) return null;
    const keys =
      mode === 'keyboard'
        ? ` Left and right arrows move it to the previous or next ${columnNoun}, up and down move it within the ${columnNoun}. Space drops it, Escape cancels.`
        : '';
    announce(`Picked up ${nameOf(s)}. ${where(s)}.${keys}`);
    return s;
  }

  function cancel() {
    const s = current();
    if (!s || !isPlacing(s)) return;
    send({ type: 'cancel', token: s.token });
    announce(cancelled(s));
  }

  function moveTo(
    columnId: string,
    index: number,
    line: DropLine | null = null,
    frame: DropFrame | null = null,
  ) {
    const s = current();
    // Not while a drop is stored: the page may still be scrolling under the card (dnd-kit's
    // auto-scroll sends moves until it lets go).
    if (!s || !isPlacing(s)) return;
    if (
      s.columnId === columnId &&
      s.index === index &&
      sameLine(s.line, line) &&
      sameFrame(s.frame, frame)
    )
      return;
    if (s.columnId !== columnId) measurer.forget();
    send({ type: 'move', token: s.token, columnId, index, line, frame });
    const next = current();
    if (next?.status === 'lifted') announce(`${nameOf(next)}: ${where(next)}.`);
  }

  /**
   * Store the move. `hold`: a pointer drop first waits up to `hold.ms` for its write, with the
   * card still where it was let go, so the page stays free for the write and the board renders
   * the drop once, at its new place (npm run bench, figure 4); `hold.over` is called when that
   * wait is over (dnd-kit waits for it in `cancelDrop`), at the latest when the move is done.
   */
  async function commit(dropped: DropFrame | null = null, hold?: DropHold) {
    const s = current();
    if (!s || !isPlacing(s)) return hold?.over();
    if (hold) send({ type: 'letGo', token: s.token });
    try {
      await storeMove(s, dropped, hold);
    } finally {
      hold?.over();
    }
  }

  async function storeMove(s: MoveSession, dropped: DropFrame | null, hold?: DropHold) {
    const { token } = s;
    if (s.columnId === s.fromColumn && s.index === s.fromIndex) {
      send({ type: 'end', token });
      announce(`${nameOf(s)} dropped back where it was, in ${columnName(s.columnId)}.`);
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
    const message = `Moved ${nameOf(s)} to ${where(s)}. ${undoHint}`;
    const versionAtDrop = itemsVersion;
    // The write starts before the card is shown in its new place: React renders that in a
    // microtask, and a transaction opened after it would wait for the render (npm run bench,
    // figure 4). A store's transaction begins in a microtask too, queued first this way.
    let writing: Promise<unknown>;
    try {
      writing = props().onMove(s.id, target);
    } catch (e) {
      writing = Promise.reject(e instanceof Error ? e : new Error(String(e)));
    }
    const outcome = writing.then(
      (value): Outcome => ({ ok: true, value }),
      (error: unknown): Outcome => ({ ok: false, error }),
    );
    let stored: boolean | undefined;
    void outcome.then((o) => (stored = o.ok && o.value !== false));
    if (hold) {
      let wait: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([
        outcome,
        new Promise<void>((resolve) => (wait = later(resolve, hold.ms))),
      ]);
      stop(wait);
      if (current()?.token !== token) {
        // Let go of some other way meanwhile: still say if the write failed.
        const result = await outcome;
        if (!result.ok) couldNotMove(s, result.error);
        return;
      }
    }
    // Already refused or failed: straight to putting the card back (below).
    if (stored !== false) send({ type: 'save', token, ghost: dropped, stored: stored === true });
    hold?.over();
    // A pointer drop: the card waits where it was let go while the write is stored, then lands.
    const grace =
      current()?.status === 'saving'
        ? later(() => send({ type: 'land', token }), LANDING_GRACE_MS)
        : undefined;
    const result = await outcome;
    stop(grace);
    if (!result.ok) {
      send({ type: 'end', token });
      couldNotMove(s, result.error);
      return;
    }
    if (result.value === false) {
      send({ type: 'end', token });
      announce(cancelled(s));
      return;
    }
    send({ type: 'land', token });
    announce(message);
    // Shown at its new place until the live query brings the stored move (no flicker).
    if (itemsVersion !== versionAtDrop) send({ type: 'end', token });
    else {
      const timer = later(() => release(), CATCH_UP_MS);
      const release = () => {
        stop(timer);
        if (waitingForData === release) waitingForData = null;
        send({ type: 'end', token });
      };
      waitingForData = release;
    }
  }

  /** What a key on a card's handle does; the caller keeps the key from the page when `takesKey`. */
  function onKey(id: string, key: string): KeyCommand {
    const s = current();
    const target: KeyTarget = !s
      ? { state: 'idle' }
      : s.id === id && s.status === 'lifted'
        ? { state: 'lifted', columnId: s.columnId, index: s.index }
        : isCommitted(s)
          ? { state: 'saving' }
          : { state: 'other' };
    const command = keyboardMove(target, key, {
      columns: props().columns,
      othersIn: (columnId) => others(columnId, id).length,
    });
    switch (command.type) {
      case 'pickUp':
        start(id, 'keyboard');
        break;
      case 'busy':
        if (s) announce(`Still saving the last move of ${nameOf(s)}. Try again in a moment.`);
        break;
      case 'drop':
        void commit();
        break;
      case 'cancel':
        cancel();
        break;
      case 'move':
        moveTo(command.columnId, command.index);
        break;
      case 'edge':
        if (s) announce(edgeMessage(s, command.edge));
        break;
      case 'none':
    }
    return command;
  }

  function edgeMessage(s: MoveSession, edge: Extract<KeyCommand, { type: 'edge' }>['edge']) {
    switch (edge) {
      case 'firstColumn':
        return `${nameOf(s)} is already in the first ${columnNoun}.`;
      case 'lastColumn':
        return `${nameOf(s)} is already in the last ${columnNoun}.`;
      case 'only':
        return `${nameOf(s)} is the only card in ${columnName(s.columnId)}.`;
      default:
        return `${nameOf(s)} is already ${edge} in ${columnName(s.columnId)}.`;
    }
  }

  /** A dragged card's centre is over the column `overId` (dnd-kit's onDragOver). */
  function dragOver(overId: string | null, centerY: number) {
    const s = current();
    // Already there: nothing to do (moving again here is what loops, dnd-kit #1678).
    if (!s || !overId || overId === s.columnId || !accepts(overId)) return;
    const place = measurer.place(overId, s.id, centerY, others(overId, s.id).length);
    moveTo(overId, place.index, place.line, place.frame);
  }

  /** A dragged card moved within its column (dnd-kit's onDragMove). */
  function dragMove(centerY: number) {
    const s = current();
    if (!s || !accepts(s.columnId)) return;
    const place = measurer.place(s.columnId, s.id, centerY, others(s.columnId, s.id).length);
    moveTo(s.columnId, place.index, place.line, place.frame);
  }

  /** The board's items changed (the live query answered): a landed move can stop overriding them. */
  function dataChanged() {
    itemsVersion++;
    waitingForData?.();
  }

  /** The board is gone: no timer of its fires later. */
  function dispose() {
    for (const timer of timers) clearTimeout(timer);
    timers.clear();
    waitingForData = null;
  }

  return {
    start,
    cancel,
    moveTo,
    commit,
    onKey,
    dragOver,
    dragMove,
    dataChanged,
    dispose,
    setProps: (next: EngineProps<T>) => void (latest = next),
  };
}
