/**
 * Weeks run Monday to Sunday and are named by their Monday (a `yyyy-MM-dd` Day).
 *
 * The arithmetic works on day numbers: days since 1970-01-01 computed from the day's year, month
 * and day fields in UTC. A calendar day never becomes a `Date` at local midnight here, so a
 * daylight-saving change (a 23- or 25-hour day, or a midnight that does not exist) or the
 * device's time zone cannot move a call into another week.
 */
import { dayLabel, isDay, type Day } from './calendar';

/** A Monday. */
export type Week = Day;

const MS_PER_DAY = 86_400_000;
const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Days since 1970-01-01 (negative before). Throws on a string that is not a real day. */
export function dayNumber(day: Day): number {
  if (!isDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  const y = Number(day.slice(0, 4));
  const m = Number(day.slice(5, 7));
  const d = Number(day.slice(8, 10));
  return Math.round(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function dayFromNumber(n: number): Day {
  const d = new Date(n * MS_PER_DAY);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** 0 for Monday … 6 for Sunday. 1970-01-01 was a Thursday. */
function mondayIndex(n: number): number {
  return (((n + 3) % 7) + 7) % 7;
}

export function weekdayIndex(day: Day): number {
  return mondayIndex(dayNumber(day));
}

/** The Monday of the week `day` falls in. */
export function weekOf(day: Day): Week {
  const n = dayNumber(day);
  return dayFromNumber(n - mondayIndex(n));
}

/** The Sunday that ends the week of `day`. */
export function weekEndOf(day: Day): Day {
  const n = dayNumber(day);
  return dayFromNumber(n - mondayIndex(n) + 6);
}

export function addWeeks(day: Day, n: number): Day {
  return dayFromNumber(dayNumber(day) + 7 * n);
}

/** Whole weeks from the week of `from` to the week of `to` (negative when `to` is earlier). */
export function weeksBetween(from: Day, to: Day): number {
  return Math.round((dayNumber(weekOf(to)) - dayNumber(weekOf(from))) / 7);
}

/** The Mondays from the week of `from` through the week of `to`, oldest first; empty when `to` is earlier. */
export function weeksFromTo(from: Day, to: Day): Week[] {
  const first = dayNumber(weekOf(from));
  const last = dayNumber(weekOf(to));
  const out: Week[] = [];
  for (let n = first; n <= last; n += 7) out.push(dayFromNumber(n));
  return out;
}

/** ISO 8601 week number and its year: week 1 is the week with the year's first Thursday. */
export function isoWeek(day: Day): { year: number; week: number } {
  const n = dayNumber(day);
  const thursday = n - mondayIndex(n) + 3;
  const year = new Date(thursday * MS_PER_DAY).getUTCFullYear();
  const jan1 = Math.round(Date.UTC(year, 0, 1) / MS_PER_DAY);
  return { year, week: Math.floor((thursday - jan1) / 7) + 1 };
}

/** "Week of Mar 1, 2027" */
export function weekLabel(week: Week): string {
  return `Week of ${dayLabel(weekOf(week))}`;
}
