import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MilestoneStatus } from '../../src/domain/milestone';
import {
  milestonesThisMonth,
  nextStep,
  planPosition,
  planProgress,
} from '../../src/domain/overview';
import { landingIndex } from '../../src/domain/rank';

interface M {
  id: string;
  month: number;
  baselineMonth: number;
  status: MilestoneStatus;
  rank: string;
}
const m = (
  id: string,
  month: number,
  status: MilestoneStatus = 'todo',
  rank = 'a0',
  baselineMonth = month,
): M => ({ id, month, baselineMonth, status, rank });

describe('where you are in the plan', () => {
  const plan = { startMonth: '2026-11', lengthMonths: 12 };

  it('counts months across a year boundary', () => {
    expect(planPosition(plan, new Date(2027, 0, 31, 23, 59))).toMatchObject({
      kind: 'during',
      index: 3,
      phase: { number: 1 },
    });
    expect(planPosition(plan, new Date(2026, 10, 1, 0, 0))).toMatchObject({
      kind: 'during',
      index: 1,
    });
  });

  it('uses the local calendar month on the last and first day (leap day included)', () => {
    const leap = { startMonth: '2028-01', lengthMonths: 12 };
    expect(planPosition(leap, new Date(2028, 1, 29, 23, 30))).toMatchObject({
      kind: 'during',
      index: 2,
    });
    expect(planPosition(leap, new Date(2028, 2, 1, 0, 0))).toMatchObject({
      kind: 'during',
      index: 3,
    });
  });

  it('moves to phase 4 in the last quarter of a 12-month plan', () => {
    expect(planPosition(plan, new Date(2027, 7, 15))).toMatchObject({
      kind: 'during',
      index: 10,
      phase: { number: 4 },
    });
  });

  it('says when the plan starts, and how far past its end we are', () => {
    expect(planPosition(plan, new Date(2026, 8, 10))).toEqual({
      kind: 'before',
      startsIn: '2026-11',
      monthsToGo: 2,
    });
    expect(planPosition(plan, new Date(2027, 11, 3))).toEqual({
      kind: 'after',
      lastMonth: '2027-10',
      monthsPast: 2,
    });
  });
});

describe('progress against what was planned so far', () => {
  const plan = { startMonth: '2027-01', lengthMonths: 12 };
  const now = new Date(2027, 2, 15); // Month 3

  it('counts done of planned-so-far, done ahead, overdue, slipped and due this month', () => {
    const milestones = [
      m('1', 1, 'done'),
      m('2', 1, 'todo'), // overdue
      m('3', 2, 'in_progress'), // overdue
      m('4', 3, 'todo', 'a0', 2), // slipped from 2, due this month
      m('5', 3, 'done'),
      m('6', 5, 'done'), // done ahead
      m('7', 6, 'todo', 'a0', 4), // slipped
      m('8', 9, 'todo'),
    ];
    expect(planProgress(milestones, plan, now)).toEqual({
      plannedSoFar: 5,
      doneSoFar: 2,
      doneAhead: 1,
      total: 8,
      done: 3,
      overdue: 2,
      slipped: 2,
      dueThisMonth: 1,
    });
  });

  it('has nothing planned so far before the plan starts, and everything after it ends', () => {
    const ms = [m('1', 1), m('2', 12, 'done')];
    expect(planProgress(ms, plan, new Date(2026, 11, 31)).plannedSoFar).toBe(0);
    expect(planProgress(ms, plan, new Date(2028, 0, 1))).toMatchObject({
      plannedSoFar: 2,
      doneSoFar: 1,
      overdue: 1,
    });
  });
});

describe('the single next step', () => {
  it('is the earliest open milestone: lowest month, then card order, skipping done ones', () => {
    const ms = [
      m('x', 2, 'todo', 'a1'),
      m('y', 2, 'todo', 'a0'),
      m('z', 1, 'done', 'a0'),
      m('w', 3, 'in_progress', 'Zz'),
    ];
    expect(nextStep(ms)?.id).toBe('y');
    expect(nextStep([m('late', 12), m('overdue', 1, 'in_progress')])?.id).toBe('overdue');
  });

  it('breaks equal ranks by id, so two tabs agree', () => {
    expect(nextStep([m('b', 1, 'todo', 'a0'), m('a', 1, 'todo', 'a0')])?.id).toBe('a');
  });

  it('is null when everything is done, or there is nothing', () => {
    expect(nextStep([m('a', 1, 'done')])).toBeNull();
    expect(nextStep([])).toBeNull();
  });

  it('is never done and never later than any open milestone', () => {
    const status = fc.constantFrom<MilestoneStatus>('todo', 'in_progress', 'done');
    const arb = fc.array(
      fc.record({
        id: fc.uuid(),
        month: fc.integer({ min: 1, max: 24 }),
        status,
        rank: fc.constantFrom('a0', 'a1', 'a2', 'Zz'),
      }),
    );
    fc.assert(
      fc.property(arb, (rows) => {
        const ms = rows.map((r) => ({ ...r, baselineMonth: r.month }));
        const next = nextStep(ms);
        const open = ms.filter((x) => x.status !== 'done');
        if (!open.length) {
          expect(next).toBeNull();
          return;
        }
        expect(next?.status).not.toBe('done');
        for (const o of open) expect(next?.month).toBeLessThanOrEqual(o.month);
      }),
    );
  });
});

describe("this month's milestones", () => {
  it('are those of the current plan month, in card order', () => {
    const plan = { startMonth: '2027-01', lengthMonths: 12 };
    const ms = [m('b', 3, 'todo', 'a1'), m('a', 3, 'done', 'a0'), m('c', 4)];
    expect(milestonesThisMonth(ms, plan, new Date(2027, 2, 31)).map((x) => x.id)).toEqual([
      'a',
      'b',
    ]);
    expect(milestonesThisMonth(ms, plan, new Date(2026, 2, 31))).toEqual([]);
  });
});

describe('where a dropped card lands', () => {
  const column = [
    { id: 'a', rank: 'a0' },
    { id: 'b', rank: 'a1' },
    { id: 'c', rank: 'a2' },
  ];
  it('follows the neighbours the user saw, and copes with one that vanished', () => {
    expect(landingIndex(column, 'a', 'b')).toBe(1);
    expect(landingIndex(column, null, 'a')).toBe(0);
    expect(landingIndex(column, 'gone', 'c')).toBe(2);
    expect(landingIndex(column, 'gone', null)).toBe(3);
    expect(landingIndex(column, null, 'gone')).toBe(0);
    expect(landingIndex(column, null, null)).toBe(3);
  });
});
