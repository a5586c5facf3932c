import { describe, expect, it } from 'vitest';
import {
  applySession,
  cardLook,
  isSettling,
  nextSession,
  overlayItem,
  reorders,
  type MoveSession,
  type SessionEvent,
} from '../../../src/ui/board/dragSession';

const card = { id: 'c', title: 'Card' };
const pickUp = (mode: 'keyboard' | 'pointer', token = 1): SessionEvent => ({
  type: 'pickUp',
  token,
  mode,
  id: 'c',
  item: card,
  columnId: 'm1',
  index: 1,
});
const frame = { top: 10, left: 20, width: 30, height: 40 };

/** Run events from no move; the status after each. */
function run(...events: SessionEvent[]) {
  let s: MoveSession | null = null;
  const statuses: (string | null)[] = [];
  for (const e of events) {
    s = nextSession(s, e);
    statuses.push(s?.status ?? null);
  }
  return { s, statuses };
}

describe('the drag session', () => {
  it('keyboard: lifted, moved, saved (shown at its new place at once), ended', () => {
    const { s, statuses } = run(
      pickUp('keyboard'),
      { type: 'move', token: 1, columnId: 'm2', index: 0, line: null, frame: null },
      { type: 'save', token: 1, ghost: null, stored: false },
      { type: 'land', token: 1 },
      { type: 'end', token: 1 },
    );
    expect(statuses).toEqual(['lifted', 'lifted', 'landed', 'landed', null]);
    expect(s).toBeNull();
  });

  it('pointer: dragging, let go, saving where it was let go, landed when stored, ended', () => {
    const line = { top: 1, left: 2, width: 3 };
    const events: SessionEvent[] = [
      pickUp('pointer'),
      { type: 'move', token: 1, columnId: 'm3', index: 2, line, frame },
      { type: 'letGo', token: 1 },
      { type: 'save', token: 1, ghost: frame, stored: false },
    ];
    const { s, statuses } = run(...events);
    expect(statuses).toEqual(['dragging', 'dragging', 'dropping', 'saving']);
    expect(s).toMatchObject({ columnId: 'm3', index: 2, fromColumn: 'm1', fromIndex: 1 });
    expect(s?.ghost).toEqual(frame);
    expect(s?.line).toBeNull();
    const landed = nextSession(s, { type: 'land', token: 1 });
    expect(landed).toMatchObject({ status: 'landed', ghost: null, columnId: 'm3' });
  });

  it('pointer: a write already stored when the hold ends lands at once', () => {
    const { statuses } = run(
      pickUp('pointer'),
      { type: 'letGo', token: 1 },
      { type: 'save', token: 1, ghost: frame, stored: true },
    );
    expect(statuses.at(-1)).toBe('landed');
  });

  it('cancel ends a move in hand, never a drop being stored', () => {
    expect(run(pickUp('keyboard'), { type: 'cancel', token: 1 }).s).toBeNull();
    expect(run(pickUp('pointer'), { type: 'cancel', token: 1 }).s).toBeNull();
    const { s } = run(pickUp('pointer'), { type: 'letGo', token: 1 }, { type: 'cancel', token: 1 });
    expect(s?.status).toBe('dropping');
  });

  it('a move is ignored once the drop is under way (auto-scroll still sends moves)', () => {
    const { s } = run(
      pickUp('pointer'),
      { type: 'letGo', token: 1 },
      { type: 'move', token: 1, columnId: 'm9', index: 0, line: null, frame: null },
    );
    expect(s?.columnId).toBe('m1');
  });

  it('an answer for an older move changes nothing', () => {
    const { s } = run(
      pickUp('pointer', 1),
      { type: 'letGo', token: 1 },
      { type: 'save', token: 1, ghost: frame, stored: false },
      // Picked up again while saving: a new move, token 2.
      pickUp('pointer', 2),
      // The first write fails, or its timer fires: not this move's business.
      { type: 'end', token: 1 },
      { type: 'land', token: 1 },
    );
    expect(s).toMatchObject({ token: 2, status: 'dragging' });
  });

  it('a second pick-up does not replace a move in hand or a drop holding the board', () => {
    const lifted = run(pickUp('keyboard', 1), pickUp('pointer', 2)).s;
    expect(lifted).toMatchObject({ token: 1, status: 'lifted' });
    const dropping = run(pickUp('pointer', 1), { type: 'letGo', token: 1 }, pickUp('pointer', 2)).s;
    expect(dropping).toMatchObject({ token: 1, status: 'dropping' });
  });

  it('letGo and land only apply in their own status', () => {
    expect(run(pickUp('keyboard'), { type: 'letGo', token: 1 }).s?.status).toBe('lifted');
    expect(run(pickUp('pointer'), { type: 'land', token: 1 }).s?.status).toBe('dragging');
  });
});

describe('what the board shows for each status', () => {
  const at = (...events: SessionEvent[]) => run(...events).s;
  const lifted = at(pickUp('keyboard'));
  const dragging = at(pickUp('pointer'));
  const dropping = at(pickUp('pointer'), { type: 'letGo', token: 1 });
  const saving = at(pickUp('pointer'), { type: 'save', token: 1, ghost: frame, stored: false });
  const landed = at(pickUp('pointer'), { type: 'save', token: 1, ghost: frame, stored: true });

  it('the card: raised while lifted, dimmed until it lands, as usual once landed', () => {
    expect([lifted, dragging, dropping, saving, landed].map((s) => cardLook(s, 'c'))).toEqual([
      'lifted',
      'dragging',
      'dragging',
      'dragging',
      'idle',
    ]);
    expect(cardLook(dragging, 'other')).toBe('idle');
    expect(cardLook(null, 'c')).toBe('idle');
  });

  it('the columns reorder only for a keyboard move and a landed drop', () => {
    expect([lifted, dragging, dropping, saving, landed].map(reorders)).toEqual([
      true,
      false,
      false,
      false,
      true,
    ]);
  });

  it('the overlay follows the pointer until the drop is saved; settling from let-go on', () => {
    expect([lifted, dragging, dropping, saving, landed].map(overlayItem)).toEqual([
      null,
      card,
      card,
      null,
      null,
    ]);
    expect([lifted, dragging, dropping, saving, landed].map(isSettling)).toEqual([
      false,
      false,
      true,
      true,
      true,
    ]);
  });
});

describe('applySession', () => {
  const a = { id: 'a' };
  const b = { id: 'b' };
  const c = { id: 'c' };
  const moving = (columnId: string, index: number): MoveSession => ({
    status: 'lifted',
    token: 1,
    id: 'c',
    item: c,
    fromColumn: 'm1',
    fromIndex: 0,
    columnId,
    index,
    line: null,
    frame: null,
    ghost: null,
  });

  it('takes the card out of its column and puts it at its index in the target', () => {
    expect(applySession([c, a], 'm1', moving('m2', 1))).toEqual([a]);
    expect(applySession([a, b], 'm2', moving('m2', 1))).toEqual([a, c, b]);
    expect(applySession([a, b], 'm2', moving('m2', 9))).toEqual([a, b, c]);
  });

  it('leaves other columns, and every column during a drag, as they are', () => {
    const base = [a, b];
    expect(applySession(base, 'm5', moving('m2', 0))).toBe(base);
    expect(applySession(base, 'm2', { ...moving('m2', 0), status: 'dragging' })).toBe(base);
    expect(applySession(base, 'm2', null)).toBe(base);
  });
});
