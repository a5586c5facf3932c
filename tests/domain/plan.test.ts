import { describe, expect, it } from 'vitest';
import {
  currentPlanIndex,
  phaseGroups,
  phaseOf,
  planIndexOf,
  planMonth,
  planMonthName,
  planStartProblem,
  planStartWindow,
} from '../../src/domain/plan';

const plan = { startMonth: '2026-11', lengthMonths: 12 };

describe('plan months', () => {
  it('names months by position and calendar month, across the year end', () => {
    expect(planMonthName(plan, 1)).toBe('Month 1 · Nov 2026');
    expect(planMonthName(plan, 3)).toBe('Month 3 · Jan 2027');
    expect(planMonth(plan, 12)).toBe('2027-10');
  });

  it('finds the position of a calendar month, outside the plan too', () => {
    expect(planIndexOf(plan, '2027-01')).toBe(3);
    expect(planIndexOf(plan, '2026-10')).toBe(0);
    expect(planIndexOf(plan, '2027-11')).toBe(13);
    expect(currentPlanIndex(plan, new Date(2027, 0, 31, 23, 59))).toBe(3);
    expect(currentPlanIndex(plan, new Date(2027, 1, 1, 0, 0))).toBe(4);
  });

  it('cuts the default plan into quarters', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((i) => phaseOf(i, 12).number)).toEqual([
      1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4,
    ]);
  });

  it('cuts other lengths into four nearly equal phases, in order', () => {
    for (let length = 6; length <= 24; length++) {
      const groups = phaseGroups(length);
      expect(groups.map((g) => g.phase.number)).toEqual([1, 2, 3, 4]);
      expect(groups.flatMap((g) => g.months)).toEqual(Array.from({ length }, (_, i) => i + 1));
      const sizes = groups.map((g) => g.months.length);
      expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    }
  });
});

describe('a likely start month', () => {
  const now = new Date(2026, 10, 27, 12, 0); // Nov 27, 2026

  it('runs from 5 years before this month to 5 years after, both ends included', () => {
    expect(planStartWindow(now)).toEqual({ earliest: '2021-11', latest: '2031-11' });
    for (const month of ['2021-11', '2026-11', '2027-01', '2031-11'])
      expect(planStartProblem(month, now), month).toBeNull();
    expect(planStartProblem('2021-10', now)).toMatch(/^Oct 2021 is more than 5 years ago/);
    expect(planStartProblem('2031-12', now)).toMatch(/^Dec 2031 is more than 5 years away/);
  });

  it('catches a slip of any but the last digit of the year, and says what to do', () => {
    expect(planStartProblem('1026-11', now)).toBe(
      'Nov 1026 is more than 5 years ago: check the year. A plan can start from Nov 2021 to Nov 2031.',
    );
    for (const month of ['2016-11', '2036-11', '2062-11', '2126-11', '3026-11', '9999-12'])
      expect(planStartProblem(month, now), month).not.toBeNull();
  });

  it('moves with the calendar, across a year end', () => {
    expect(planStartWindow(new Date(2027, 0, 1, 0, 0))).toEqual({
      earliest: '2022-01',
      latest: '2032-01',
    });
    expect(planStartProblem('2021-12', new Date(2027, 0, 1, 0, 0))).not.toBeNull();
  });
});
