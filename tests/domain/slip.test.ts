import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slipMoves, slips, WAITS_ON, type SlipRow } from '../../src/domain/slip';

/** The default plan's chain, at its template months (seeds/template.mjs). */
const PLAN: [key: string, month: number, title: string][] = [
  ['clarify-needs', 1, 'Name what you can’t live with'],
  ['check-runway', 1, 'Work out your runway'],
  ['pick-targets', 5, 'Choose your target roles'],
  ['apply-selectively', 6, 'Apply selectively'],
  ['first-interviews', 7, 'First interviews'],
  ['review-contract', 8, 'Review your contract'],
  ['final-rounds', 9, 'Final rounds and offers'],
  ['give-notice', 10, 'Give notice at your clinical job'],
  ['hand-over', 11, 'Hand over your patients'],
  ['start-role', 12, 'Start the industry role'],
];

function rows(moved: Record<string, number> = {}, done: string[] = []): SlipRow[] {
  return PLAN.map(([key, month, title]) => ({
    id: key,
    title,
    month: moved[key] ?? month,
    baselineMonth: month,
    templateKey: key,
    status: done.includes(key) ? 'done' : 'todo',
  }));
}

describe('slip propagation', () => {
  it('finds nothing while the plan keeps its order', () => {
    expect(slips(rows(), 12)).toEqual([]);
    // The same month is fine: the order within a month is the user's.
    expect(slips(rows({ 'final-rounds': 10 }), 12)).toEqual([]);
  });

  it('moving "Final rounds and offers" after "Give notice" pushes notice, hand-over and start, keeping the gaps the plan had', () => {
    const found = slips(rows({ 'final-rounds': 11 }), 14);
    expect(found).toHaveLength(1);
    expect(found[0]?.cause).toEqual({
      id: 'final-rounds',
      title: 'Final rounds and offers',
      month: 11,
    });
    expect(found[0]?.pushes.map((p) => [p.id, p.from, p.to, p.because.id])).toEqual([
      ['give-notice', 10, 12, 'final-rounds'],
      ['hand-over', 11, 13, 'give-notice'],
      ['start-role', 12, 14, 'hand-over'],
    ]);
    expect(slipMoves(found)).toEqual([
      { id: 'give-notice', month: 12 },
      { id: 'hand-over', month: 13 },
      { id: 'start-role', month: 14 },
    ]);
  });

  it('never pushes a step past the plan’s last month', () => {
    const found = slips(rows({ 'final-rounds': 11 }), 12);
    expect(slipMoves(found)).toEqual([
      { id: 'give-notice', month: 12 },
      { id: 'hand-over', month: 12 },
    ]);
  });

  it('a step with two it waits on follows the later one', () => {
    const found = slips(rows({ 'review-contract': 11 }), 14);
    expect(found[0]?.cause.id).toBe('review-contract');
    expect(found[0]?.pushes[0]).toMatchObject({ id: 'give-notice', from: 10, to: 13 });
  });

  it('done steps are history: they neither push nor are pushed', () => {
    expect(slips(rows({ 'final-rounds': 11 }, ['final-rounds']), 12)).toEqual([]);
    const found = slips(rows({ 'final-rounds': 11 }, ['give-notice']), 12);
    // Notice is given: the hand-over waits on nothing open, so nothing is pushed.
    expect(found).toEqual([]);
  });

  it('a user’s own milestone waits on nothing', () => {
    const mine: SlipRow = {
      id: 'mine',
      title: 'Mine',
      month: 2,
      baselineMonth: 2,
      templateKey: null,
      status: 'todo',
    };
    expect(
      slips([...rows({ 'final-rounds': 12 }), mine], 12).flatMap((s) => s.pushes),
    ).not.toContainEqual(expect.objectContaining({ id: 'mine' }));
  });

  it('two steps moved at once each name what they push', () => {
    const found = slips(rows({ 'pick-targets': 7, 'final-rounds': 11 }), 12);
    expect(found.map((s) => s.cause.id)).toEqual(['pick-targets', 'final-rounds']);
    expect(found[0]?.pushes.map((p) => p.id)).toEqual(['apply-selectively', 'first-interviews']);
  });

  it('property: after the moves no open step sits before one it waits on, nothing moves earlier, and the moves settle', () => {
    const keys = PLAN.map(([k]) => k);
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 24 }),
        fc.array(fc.integer({ min: 1, max: 24 }), {
          minLength: keys.length,
          maxLength: keys.length,
        }),
        fc.array(fc.boolean(), { minLength: keys.length, maxLength: keys.length }),
        (length, months, doneFlags) => {
          const input = rows(
            Object.fromEntries(keys.map((k, i) => [k, Math.min(months[i] ?? 1, length)])),
            keys.filter((_, i) => doneFlags[i]),
          );
          const moves = slipMoves(slips(input, length));
          const after = input.map((r) => ({
            ...r,
            month: moves.find((m) => m.id === r.id)?.month ?? r.month,
          }));
          for (const m of moves) {
            const r = input.find((x) => x.id === m.id);
            expect(m.month).toBeGreaterThan(r?.month ?? Infinity);
            expect(m.month).toBeLessThanOrEqual(length);
          }
          for (const d of after) {
            if (d.status === 'done' || !d.templateKey) continue;
            for (const pk of WAITS_ON.get(d.templateKey) ?? []) {
              const p = after.find((x) => x.templateKey === pk && x.status !== 'done');
              if (p) expect(d.month).toBeGreaterThanOrEqual(p.month);
            }
          }
          // Applying the moves leaves nothing to push.
          expect(slips(after, length)).toEqual([]);
        },
      ),
    );
  });
});
