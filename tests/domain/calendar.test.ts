import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  dateToDay,
  dayLabel,
  dayToDate,
  daysBetween,
  isDay,
  isMonth,
  monthLabel,
  monthsBetween,
  today,
} from '../../src/domain/calendar';

describe('calendar days and months', () => {
  it('runs in a time zone with daylight saving (so these tests mean something)', () => {
    expect(Intl.DateTimeFormat().resolvedOptions().timeZone).toBe('America/New_York');
  });

  it('recognises real days only', () => {
    expect(isDay('2028-02-29')).toBe(true);
    expect(isDay('2027-02-29')).toBe(false);
    expect(isDay('2100-02-29')).toBe(false);
    expect(isDay('2000-02-29')).toBe(true);
    expect(isDay('2027-04-31')).toBe(false);
    expect(isDay('2027-13-01')).toBe(false);
    expect(isDay('2027-1-01')).toBe(false);
    expect(isDay('not a day')).toBe(false);
  });

  it('recognises months', () => {
    expect(isMonth('2027-01')).toBe(true);
    expect(isMonth('2027-00')).toBe(false);
    expect(isMonth('2027-13')).toBe(false);
    expect(isMonth('27-01')).toBe(false);
  });

  it('labels months across a year end', () => {
    expect(monthLabel('2026-12')).toBe('Dec 2026');
    expect(monthLabel(addMonths('2026-11', 2))).toBe('Jan 2027');
    expect(monthsBetween('2026-11', '2027-01')).toBe(2);
    expect(monthsBetween('2027-01', '2026-11')).toBe(-2);
  });

  it('adds days across month ends, leap days and DST changes without drifting', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2027-02-28', 1)).toBe('2027-03-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    // US DST starts 2027-03-14 and ends 2027-11-07: a day is still a day.
    expect(addDays('2027-03-13', 1)).toBe('2027-03-14');
    expect(addDays('2027-03-14', 1)).toBe('2027-03-15');
    expect(addDays('2027-11-06', 2)).toBe('2027-11-08');
    expect(daysBetween('2027-03-01', '2027-04-01')).toBe(31);
    expect(daysBetween('2027-11-01', '2027-12-01')).toBe(30);
    expect(addDays('2027-03-20', -90)).toBe('2026-12-20');
  });

  it('round-trips a day through a local Date at midnight', () => {
    const d = dayToDate('2027-03-14');
    expect(d.getHours()).toBe(0);
    expect(dateToDay(d)).toBe('2027-03-14');
    expect(() => dayToDate('2027-02-30')).toThrow(RangeError);
  });

  it('formats days for people', () => {
    expect(dayLabel('2027-03-03')).toBe('Mar 3, 2027');
  });

  it('takes today from the local clock, not UTC', () => {
    // 23:30 on Dec 31 in New York is already Jan 1 in UTC.
    expect(today(new Date(2026, 11, 31, 23, 30))).toBe('2026-12-31');
  });
});
