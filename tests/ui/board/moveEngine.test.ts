import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { UserError } from '../../../src/domain/errors';
import { createBoardStore } from '../../../src/ui/board/boardStore';
import {
  CATCH_UP_MS,
  createMoveEngine,
  DROP_HOLD_MS,
  LANDING_GRACE_MS,
  type EngineProps,
  type MoveTarget,
} from '../../../src/ui/board/moveEngine';
import type { ColumnMeasurer } from '../../../src/ui/board/measure';

interface Card {
  id: string;
  title: string;
}
const card = (id: string): Card => ({ id, title: `Card ${id}` });

/** A write the test answers when it likes. */
function deferred() {
  let resolve: (v: unknown) => void = () => undefined;
  let reject: (e: unknown) => void = () => undefined;
  const promise = new Promise<unknown>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function setUp() {
  const store = createBoardStore();
  const said: string[] = [];
  const writes: { id: string; target: MoveTarget; answer: ReturnType<typeof deferred> }[] = [];
  const props: EngineProps<Card> = {
    columns: [
      { id: 'm1', name: 'Month 1' },
      { id: 'm2', name: 'Month 2' },
    ],
    items: new Map([
      ['m1', [card('a'), card('b')]],
      ['m2', [card('c')]],
    ]),
    itemName: (c) => c.title,
    onMove: (id, target) => {
      const answer = deferred();
      writes.push({ id, target, answer });
      return answer.promise;
    },
  };
  const measurer: ColumnMeasurer = {
    forget: vi.fn(),
    place: (_column, _id, centerY) => ({
      index: centerY > 100 ? 1 : 0,
      line: { top: centerY, left: 0, width: 100 },
      frame: { top: 0, left: 0, width: 100, height: 500 },
    }),
  };
  const engine = createMoveEngine<Card>({
    store,
    props,
    columnNoun: 'month',
    measurer,
    announce: (m) => said.push(m),
    undoHint: 'To undo, press Control+Z.',
  });
  const status = () => store.getState().session?.status ?? null;
  /** Let promise callbacks run. */
  const settle = () => vi.advanceTimersByTimeAsync(0);
  return { store, said, writes, engine, status, settle, props };
}

describe('the move engine', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('a keyboard move: picked up, moved, dropped, one write, shown at its new place until the data comes', async () => {
    const { engine, said, writes, status, settle, props } = setUp();
    engine.onKey('b', ' ');
    expect(status()).toBe('lifted');
    expect(said.at(-1)).toMatch(/^Picked up “Card b”\. Month 1, position 2 of 2\. Left and right/);
    engine.onKey('b', 'ArrowRight');
    expect(said.at(-1)).toBe('“Card b”: Month 2, position 2 of 2.');
    engine.onKey('b', 'ArrowUp');
    engine.onKey('b', ' ');
    expect(writes).toEqual([
      expect.objectContaining({
        id: 'b',
        target: { columnId: 'm2', afterId: null, beforeId: 'c' },
      }),
    ]);
    expect(status()).toBe('landed');
    writes[0]?.answer.resolve(undefined);
    await settle();
    expect(said.at(-1)).toBe(
      'Moved “Card b” to Month 2, position 1 of 2. To undo, press Control+Z.',
    );
    expect(status()).toBe('landed');
    engine.setProps({ ...props, items: new Map([['m2', [card('b'), card('c')]]]) });
    engine.dataChanged();
    expect(status()).toBeNull();
  });

  it('a landed move lets go after a second if the data never comes', async () => {
    const { engine, writes, status, settle } = setUp();
    engine.onKey('a', ' ');
    engine.onKey('a', 'ArrowRight');
    engine.onKey('a', ' ');
    writes[0]?.answer.resolve(undefined);
    await settle();
    expect(status()).toBe('landed');
    await vi.advanceTimersByTimeAsync(CATCH_UP_MS - 1);
    expect(status()).toBe('landed');
    await vi.advanceTimersByTimeAsync(1);
    expect(status()).toBeNull();
  });

  it('says when a card is dropped back where it was, and writes nothing', () => {
    const { engine, said, writes, status } = setUp();
    engine.onKey('a', 'Enter');
    engine.onKey('a', 'Enter');
    expect(writes).toEqual([]);
    expect(status()).toBeNull();
    expect(said.at(-1)).toBe('“Card a” dropped back where it was, in Month 1.');
  });

  it('a pointer drop starts its write before the board is released, waits where it was let go, then lands', async () => {
    const { engine, writes, status, store, settle } = setUp();
    engine.start('a', 'pointer');
    engine.dragOver('m2', 300);
    expect(store.getState().session).toMatchObject({ columnId: 'm2', index: 1 });
    const over = vi.fn();
    const ghost = { top: 5, left: 6, width: 7, height: 8 };
    void engine.commit(ghost, { ms: DROP_HOLD_MS, over });
    expect(writes).toHaveLength(1);
    expect(status()).toBe('dropping');
    expect(over).not.toHaveBeenCalled();
    // A slow write: the hold ends, the card waits where it was let go.
    await vi.advanceTimersByTimeAsync(DROP_HOLD_MS);
    expect(over).toHaveBeenCalled();
    expect(status()).toBe('saving');
    expect(store.getState().session?.ghost).toEqual(ghost);
    await vi.advanceTimersByTimeAsync(LANDING_GRACE_MS);
    expect(status()).toBe('landed');
    writes[0]?.answer.resolve(undefined);
    await settle();
    expect(status()).toBe('landed');
  });

  it('a pointer drop whose write is stored within the hold lands at once', async () => {
    const { engine, writes, status, settle } = setUp();
    engine.start('a', 'pointer');
    engine.dragOver('m2', 300);
    const over = vi.fn();
    void engine.commit(null, { ms: DROP_HOLD_MS, over });
    writes[0]?.answer.resolve(undefined);
    await settle();
    expect(over).toHaveBeenCalled();
    expect(status()).toBe('landed');
  });

  it('a refused write puts the card back and says why; a move called off is said as cancelled', async () => {
    const { engine, writes, status, said, settle } = setUp();
    engine.onKey('a', ' ');
    engine.onKey('a', 'ArrowRight');
    engine.onKey('a', ' ');
    writes[0]?.answer.reject(new UserError('validation', 'The plan ends before this month.'));
    await settle();
    expect(status()).toBeNull();
    expect(said.at(-1)).toBe('“Card a” could not be moved: The plan ends before this month.');

    engine.onKey('a', ' ');
    engine.onKey('a', 'ArrowRight');
    engine.onKey('a', ' ');
    writes[1]?.answer.resolve(false);
    await settle();
    expect(status()).toBeNull();
    expect(said.at(-1)).toBe('Move cancelled. “Card a” is back in Month 1, position 1.');
  });

  it('keys while a drop is saved: Space says so, a second pick-up waits', () => {
    const { engine, said, status } = setUp();
    engine.onKey('a', ' ');
    engine.onKey('a', 'ArrowRight');
    engine.onKey('a', ' ');
    expect(status()).toBe('landed');
    engine.onKey('b', ' ');
    expect(said.at(-1)).toBe('Still saving the last move of “Card a”. Try again in a moment.');
    expect(status()).toBe('landed');
  });

  it('edges are said by the key that met them', () => {
    const { engine, said } = setUp();
    engine.onKey('a', ' ');
    engine.onKey('a', 'ArrowLeft');
    expect(said.at(-1)).toBe('“Card a” is already in the first month.');
    engine.onKey('a', 'ArrowUp');
    expect(said.at(-1)).toBe('“Card a” is already first in Month 1.');
    engine.onKey('a', 'ArrowRight');
    engine.onKey('a', 'ArrowRight');
    expect(said.at(-1)).toBe('“Card a” is already in the last month.');
    engine.onKey('a', 'Escape');
    expect(said.at(-1)).toBe('Move cancelled. “Card a” is back in Month 1, position 1.');
  });

  it('dispose clears every timer it started', async () => {
    const { engine, writes, settle } = setUp();
    engine.start('a', 'pointer');
    engine.dragOver('m2', 300);
    void engine.commit(null, { ms: DROP_HOLD_MS, over: () => undefined });
    await vi.advanceTimersByTimeAsync(DROP_HOLD_MS);
    // The landing grace is running.
    expect(vi.getTimerCount()).toBeGreaterThan(0);
    engine.dispose();
    expect(vi.getTimerCount()).toBe(0);
    // The catch-up wait after a stored write, too.
    const second = setUp();
    second.engine.onKey('a', ' ');
    second.engine.onKey('a', 'ArrowRight');
    second.engine.onKey('a', ' ');
    second.writes[0]?.answer.resolve(undefined);
    await second.settle();
    expect(vi.getTimerCount()).toBe(1);
    second.engine.dispose();
    expect(vi.getTimerCount()).toBe(0);
    writes[0]?.answer.resolve(undefined);
    await settle();
  });
});
