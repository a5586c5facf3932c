import { getISOWeek, getISOWeekYear, startOfISOWeek } from 'date-fns';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateToDay, daysBetween, dayToDate } from '../../src/domain/calendar';
import { countByWeek } from '../../src/domain/networking/weeklyCount';
import {
  addWeeks,
  dayFromNumber,
  dayNumber,
  isoWeek,
  weekdayIndex,
  weekEndOf,
  weekOf,
  weeksBetween,
  weeksFromTo,
} from '../../src/domain/weeks';

describe('weeks start on Monday', () => {
  it('names a week by its Monday', () => {
    expect(weekOf('2026-03-16')).toBe('2026-03-16'); // Monday
    expect(weekOf('2026-03-18')).toBe('2026-03-16'); // Wednesday
    expect(weekOf('2026-03-22')).toBe('2026-03-16'); // Sunday ends the week
    expect(weekOf('2026-03-23')).toBe('2026-03-23');
    expect(weekEndOf('2026-03-18')).toBe('2026-03-22');
  });

  it('crosses year ends', () => {
    expect(weekOf('2026-01-01')).toBe('2025-12-29'); // a Thursday: the week began in December
    expect(weekOf('2027-01-03')).toBe('2026-12-28'); // a Sunday
    expect(weekEndOf('2026-12-30')).toBe('2027-01-03');
    expect(weeksFromTo('2026-12-24', '2027-01-06')).toEqual([
      '2026-12-21',
      '2026-12-28',
      '2027-01-04',
    ]);
    expect(weeksBetween('2026-12-31', '2027-01-04')).toBe(1);
    expect(addWeeks('2026-12-28', 1)).toBe('2027-01-04');
  });

  it('counts ISO week 53 in the years that have one', () => {
    expect(isoWeek('2020-12-31')).toEqual({ year: 2020, week: 53 });
    expect(isoWeek('2021-01-03')).toEqual({ year: 2020, week: 53 }); // still 2020's last week
    expect(isoWeek('2021-01-04')).toEqual({ year: 2021, week: 1 });
    expect(isoWeek('2026-12-31')).toEqual({ year: 2026, week: 53 }); // 2026 starts on a Thursday
    expect(isoWeek('2027-01-03')).toEqual({ year: 2026, week: 53 });
    expect(isoWeek('2024-12-30')).toEqual({ year: 2025, week: 1 }); // a December day in next year's week 1
    expect(isoWeek('2025-12-28')).toEqual({ year: 2025, week: 52 }); // 2025 has no week 53
    expect(weeksFromTo('2026-12-28', '2027-01-10')).toHaveLength(2);
  });

  it('handles leap days', () => {
    expect(weekOf('2024-02-29')).toBe('2024-02-26');
    expect(addWeeks('2024-02-22', 1)).toBe('2024-02-29');
    expect(addWeeks('2024-02-29', 52)).toBe('2025-02-27');
    expect(weekOf('2028-03-01')).toBe('2028-02-28');
    expect(weeksFromTo('2028-02-27', '2028-03-05')).toEqual(['2028-02-21', '2028-02-28']);
    // 2100 is not a leap year
    expect(dayFromNumber(dayNumber('2100-02-28') + 1)).toBe('2100-03-01');
    expect(() => weekOf('2100-02-29')).toThrow(RangeError);
  });

  it('refuses strings that are not days', () => {
    expect(() => weekOf('2026-13-01')).toThrow(RangeError);
    expect(() => weekOf('yesterday')).toThrow(RangeError);
  });

  it('agrees with date-fns on any day (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1900-01-01'), max: dayNumber('2200-12-31') }),
        (n) => {
          const day = dayFromNumber(n);
          const date = dayToDate(day);
          expect(weekOf(day)).toBe(dateToDay(startOfISOWeek(date)));
          expect(isoWeek(day)).toEqual({ year: getISOWeekYear(date), week: getISOWeek(date) });
          expect(weekdayIndex(weekOf(day))).toBe(0);
          const offset = daysBetween(weekOf(day), day);
          expect(offset).toBeGreaterThanOrEqual(0);
          expect(offset).toBeLessThanOrEqual(6);
          expect(dayNumber(day)).toBe(n);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('adding weeks and counting them undo each other (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: dayNumber('1950-01-01'), max: dayNumber('2150-01-01') }),
        fc.integer({ min: -600, max: 600 }),
        (n, k) => {
          const day = dayFromNumber(n);
          expect(weeksBetween(day, addWeeks(day, k))).toBe(k);
          expect(addDays(day, 7 * k)).toBe(addWeeks(day, k));
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** The same rules in time zones whose clocks change; the device's zone must not move a call to another week. */
// Node reads TZ again whenever it is set, so a test can move the process to another zone.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env;

describe.each([
  // zone, a day the clocks change (spring), another (autumn)
  ['America/New_York', '2026-03-08', '2026-11-01'],
  ['Europe/Berlin', '2026-03-29', '2026-10-25'],
  ['Australia/Lord_Howe', '2026-10-04', '2026-04-05'], // a 30-minute change, southern hemisphere
  ['America/Sao_Paulo', '2018-11-04', '2019-02-17'], // the clocks jumped at midnight: that midnight did not exist
])('across clock changes in %s', (zone, spring, autumn) => {
  const original = env.TZ;
  beforeAll(() => {
    env.TZ = zone;
  });
  afterAll(() => {
    env.TZ = original;
  });

  it('runs in that zone (so the test means something)', () => {
    const before = new Date(`${addDays(spring, -1)}T12:00:00`).getTimezoneOffset();
    const after = new Date(`${addDays(spring, 1)}T12:00:00`).getTimezoneOffset();
    expect(before).not.toBe(after);
  });

  it.each([spring, autumn])('keeps every day of the week of %s in that week', (changeDay) => {
    const monday = weekOf(changeDay);
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    expect(new Set(days.map(weekOf))).toEqual(new Set([monday]));
    expect(weekOf(addDays(monday, 7))).toBe(addDays(monday, 7));
    expect(weekOf(addDays(monday, -1))).toBe(addDays(monday, -7));
    expect(weeksBetween(addDays(monday, -1), addDays(monday, 7))).toBe(2);
    const counts = countByWeek([...days, addDays(monday, 7)], addDays(monday, 30));
    expect(counts.get(monday)).toBe(7);
    expect(counts.get(addDays(monday, 7))).toBe(1);
  });
});
