/**
 * Calendar days (`yyyy-MM-dd`) and months (`yyyy-MM`) as strings, read in local time.
 * A `Date` only exists inside these functions, at local midnight, so DST and time zones
 * never shift a day. date-fns does the arithmetic; formatting is done by hand so the
 * first-load bundle does not carry date-fns' formatter and locale.
 */
import {
  addDays as addDaysToDate,
  addMonths as addMonthsToDate,
  differenceInCalendarDays,
  differenceInCalendarMonths,
} from 'date-fns';

export type Day = string;
export type Month = string;

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function isDay(value: string): boolean {
  const m = DAY_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y < 1000 || mo < 1 || mo > 12 || d < 1) return false;
  return d <= daysInMonth(y, mo);
}

export function isMonth(value: string): boolean {
  const m = MONTH_RE.exec(value);
  if (!m) return false;
  const [y, mo] = [Number(m[1]), Number(m[2])];
  return y >= 1000 && mo >= 1 && mo <= 12;
}

/**
 * The days a stored record may hold (the schemas in domain/schema refuse others): wide enough for
 * any career or plan, and far enough inside the years a day can be written in (1000 to 9999) that
 * every sum the screens make (a notice period, a check-in interval, a plan's months) stays a day.
 */
export const STORED_DAYS = { earliest: '1900-01-01', latest: '2199-12-31' } as const;
export const STORED_MONTHS = { earliest: '1900-01', latest: '2199-12' } as const;

/** A real day inside `STORED_DAYS`. */
export function isStoredDay(value: string): boolean {
  return isDay(value) && value >= STORED_DAYS.earliest && value <= STORED_DAYS.latest;
}

/** A real month inside `STORED_MONTHS`. */
export function isStoredMonth(value: string): boolean {
  return isMonth(value) && value >= STORED_MONTHS.earliest && value <= STORED_MONTHS.latest;
}

function daysInMonth(year: number, month: number): number {
  return new Date(year, month, 0).getDate();
}

/** Local midnight of a calendar day. Throws on a string that is not a real day. */
export function dayToDate(day: Day): Date {
  const m = DAY_RE.exec(day);
  if (!m || !isDay(day)) throw new RangeError(`Not a calendar day: ${day}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
}

/**
 * Days and months past the years they can be written in (a sum from a date stored by an older
 * version, like 9999-12-31 plus a year) are held at the first or last day, so no screen meets a
 * string that is not a day; the screens say such a date looks wrong.
 */
const FIRST_DAY = '1000-01-01';
const LAST_DAY = '9999-12-31';

export function dateToDay(date: Date): Day {
  const year = date.getFullYear();
  if (year < 1000) return FIRST_DAY;
  if (year > 9999) return LAST_DAY;
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function monthToDate(month: Month): Date {
  const m = MONTH_RE.exec(month);
  if (!m || !isMonth(month)) throw new RangeError(`Not a calendar month: ${month}`);
  return new Date(Number(m[1]), Number(m[2]) - 1, 1);
}

export function dateToMonth(date: Date): Month {
  const year = date.getFullYear();
  if (year < 1000) return monthOfDay(FIRST_DAY);
  if (year > 9999) return monthOfDay(LAST_DAY);
  return `${pad(date.getFullYear(), 4)}-${pad(date.getMonth() + 1)}`;
}

export function today(now: Date = new Date()): Day {
  return dateToDay(now);
}

export function thisMonth(now: Date = new Date()): Month {
  return dateToMonth(now);
}

export function monthOfDay(day: Day): Month {
  return day.slice(0, 7);
}

export function addDays(day: Day, n: number): Day {
  return dateToDay(addDaysToDate(dayToDate(day), n));
}

export function addMonths(month: Month, n: number): Month {
  return dateToMonth(addMonthsToDate(monthToDate(month), n));
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return differenceInCalendarDays(dayToDate(to), dayToDate(from));
}

/** Whole calendar months from `from` to `to` (negative when `to` is earlier). */
export function monthsBetween(from: Month, to: Month): number {
  return differenceInCalendarMonths(monthToDate(to), monthToDate(from));
}

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];
const LONG_MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const WEEKDAY_NAMES = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** "Jan 2027" */
export function monthLabel(month: Month): string {
  const d = monthToDate(month);
  return `${MONTH_NAMES[d.getMonth()] ?? ''} ${d.getFullYear()}`;
}

/** "January 2027" */
export function longMonthLabel(month: Month): string {
  const d = monthToDate(month);
  return `${LONG_MONTH_NAMES[d.getMonth()] ?? ''} ${d.getFullYear()}`;
}

/** "Mar 3, 2027" */
export function dayLabel(day: Day): string {
  const d = dayToDate(day);
  return `${MONTH_NAMES[d.getMonth()] ?? ''} ${d.getDate()}, ${d.getFullYear()}`;
}

/** "Wed, Mar 3, 2027" */
export function dayLabelWithWeekday(day: Day): string {
  const d = dayToDate(day);
  return `${WEEKDAY_NAMES[d.getDay()] ?? ''}, ${dayLabel(day)}`;
}

/** "Tue, Mar 3" in the year of `today`, "Tue, Mar 3, 2026" in another. */
export function shortDayLabel(day: Day, today: Day): string {
  if (!isDay(day)) return day;
  const d = dayToDate(day);
  const short = `${WEEKDAY_NAMES[d.getDay()] ?? ''}, ${MONTH_NAMES[d.getMonth()] ?? ''} ${d.getDate()}`;
  return day.slice(0, 4) === today.slice(0, 4) ? short : `${short}, ${d.getFullYear()}`;
}

export function compareDays(a: Day, b: Day): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
