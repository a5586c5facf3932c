/**
 * The notice countdown (docs/domain.md, "Exit timing"). One convention for every date:
 *   the notice period runs from the day after notice is given, for the contract's number of days;
 *   last clinical day         = day notice was given + notice period (the period's last day);
 *   the industry role starts after the last clinical day, never on it: the earliest workable start
 *   is the first weekday (Monday to Friday) after it;
 *   latest day to give notice = planned start − notice period − 1 day, so notice given then ends
 *   the day before the start (a weekend deadline stays: notice can be given in writing any day).
 * And one rule for when notice may be given (`NOTICE_RULE`): no earlier than a verbal offer; the
 * written offer is where the start date is agreed around the notice period.
 * Days are calendar days (`yyyy-MM-dd`, local time), so month ends, leap days and DST changes
 * never shift a date. `today` is passed in so the rules can be tested with a fixed clock.
 */
import {
  addDays,
  dayLabel,
  daysBetween,
  isDay,
  isStoredDay,
  STORED_DAYS,
  type Day,
} from './calendar';
import { plural } from './counts';
import { mayGiveNotice, type OfferInHand } from './noticeRule';
import { weekdayIndex } from './weeks';

export const NOTICE_MIN_DAYS = 1;
export const NOTICE_MAX_DAYS = 365;
/** What attending contracts commonly ask for. */
export const USUAL_NOTICE_MIN = 60;
export const USUAL_NOTICE_MAX = 180;

export function isValidNoticeDays(n: number): boolean {
  return Number.isInteger(n) && n >= NOTICE_MIN_DAYS && n <= NOTICE_MAX_DAYS;
}

export const NOTICE_DAYS_MESSAGE = `Notice period must be ${NOTICE_MIN_DAYS} to ${NOTICE_MAX_DAYS} days.`;

/** The notice period as typed: whole days from 1 to 365, or empty (not entered yet). */
export function parseNoticeDays(
  text: string,
): { ok: true; value: number | null } | { ok: false; message: string } {
  const t = text.trim();
  if (t === '') return { ok: true, value: null };
  const n = Number(t);
  return /^\d+$/.test(t) && isValidNoticeDays(n)
    ? { ok: true, value: n }
    : { ok: false, message: NOTICE_DAYS_MESSAGE };
}

export { mayGiveNotice, NOTICE_NOW, NOTICE_RULE, type OfferInHand } from './noticeRule';

export interface CountdownInput {
  noticeDays: number | null;
  plannedStartDate: Day | null;
  noticeGivenOn: Day | null;
  offer: OfferInHand;
  today: Day;
}

export type Countdown =
  /**
   * A date stored by an older version lies outside the days any record may hold (9999-12-31):
   * nothing is counted from it, and the screens ask to fix it (`message`).
   */
  | { state: 'date-looks-wrong'; field: ExitDateField; day: Day; message: string }
  /** The notice period is not entered yet: nothing can be computed. */
  | { state: 'no-notice-period' }
  | {
      state: 'no-start-date';
      noticeDays: number;
      /** The last clinical day if notice is given today. */
      ifNoticeToday: Day;
      earliestStart: Day;
    }
  /** A start date, but no offer yet: hold the notice until there is one, at least a verbal one. */
  | {
      state: 'waiting-for-offer';
      noticeDays: number;
      startDate: Day;
      giveNoticeBy: Day;
      daysLeft: number;
    }
  /**
   * An offer is in hand and the deadline has not passed: notice can be given. `inWriting` is false
   * while the offer is only verbal: getting it in writing is where the start date gets agreed.
   */
  | {
      state: 'window-open';
      noticeDays: number;
      startDate: Day;
      giveNoticeBy: Day;
      daysLeft: number;
      inWriting: boolean;
    }
  /** The deadline has passed: notice given today ends the notice period on or after the start date. */
  | {
      state: 'too-late';
      noticeDays: number;
      startDate: Day;
      giveNoticeBy: Day;
      lateBy: number;
      /** The last clinical day if notice is given today. */
      lastIfToday: Day;
      earliestStart: Day;
    }
  | {
      state: 'notice-given';
      noticeDays: number;
      noticeGivenOn: Day;
      lastClinicalDay: Day;
      daysLeft: number;
      startDate: Day | null;
      /**
       * Days the notice period runs into the planned start date, counting the start date itself
       * (0 when the start date comes after the last clinical day).
       */
      overlapDays: number;
      earliestStart: Day;
    }
  | {
      state: 'notice-served';
      noticeDays: number;
      noticeGivenOn: Day;
      lastClinicalDay: Day;
      startDate: Day | null;
    };

export type CountdownState = Countdown['state'];

// A day that is not a real calendar day (bad stored data) is left as it is, never thrown on.
const isWeekend = (day: Day) => isDay(day) && weekdayIndex(day) >= 5;

/** The first weekday (Monday to Friday) on or after `day`. */
export function weekdayOnOrAfter(day: Day): Day {
  let d = day;
  while (isWeekend(d)) d = addDays(d, 1);
  return d;
}

/** The latest day to give notice for a start on `startDate`: its notice ends the day before. */
export function giveNoticeBy(startDate: Day, noticeDays: number): Day {
  return addDays(startDate, -noticeDays - 1);
}

export function lastClinicalDay(noticeGivenOn: Day, noticeDays: number): Day {
  return addDays(noticeGivenOn, noticeDays);
}

export type ExitDateField = 'plannedStartDate' | 'noticeGivenOn';

export const EXIT_DATE_LABELS: Record<ExitDateField, string> = {
  plannedStartDate: 'Planned start date',
  noticeGivenOn: 'Notice given on',
};

/**
 * Why a stored exit date cannot be counted with, or null: "Notice given on (Dec 31, 9999) looks
 * wrong: pick a date between Jan 1, 1900 and Dec 31, 2199." New dates are refused outside that
 * window (domain/schema); one saved by an older version is shown, with this, until it is fixed.
 */
export function exitDateProblem(field: ExitDateField, day: Day | null): string | null {
  if (day === null || isStoredDay(day)) return null;
  return `${EXIT_DATE_LABELS[field]} (${dayLabel(day)}) looks wrong: pick a date between ${dayLabel(STORED_DAYS.earliest)} and ${dayLabel(STORED_DAYS.latest)}.`;
}

/** The earliest day the industry role can start: the first weekday after the last clinical day. */
export function earliestStartAfter(lastDay: Day): Day {
  return weekdayOnOrAfter(addDays(lastDay, 1));
}

export function countdown(input: CountdownInput): Countdown {
  const { noticeDays, plannedStartDate: startDate, noticeGivenOn, offer, today } = input;
  for (const [field, day] of [
    ['noticeGivenOn', noticeGivenOn],
    ['plannedStartDate', startDate],
  ] as const) {
    const message = exitDateProblem(field, day);
    if (day !== null && message) return { state: 'date-looks-wrong', field, day, message };
  }
  if (noticeDays === null || !isValidNoticeDays(noticeDays)) return { state: 'no-notice-period' };

  if (noticeGivenOn) {
    const last = lastClinicalDay(noticeGivenOn, noticeDays);
    const daysLeft = daysBetween(today, last);
    if (daysLeft < 0)
      return {
        state: 'notice-served',
        noticeDays,
        noticeGivenOn,
        lastClinicalDay: last,
        startDate,
      };
    const overlapDays = startDate ? Math.max(0, daysBetween(startDate, last) + 1) : 0;
    return {
      state: 'notice-given',
      noticeDays,
      noticeGivenOn,
      lastClinicalDay: last,
      daysLeft,
      startDate,
      overlapDays,
      earliestStart: earliestStartAfter(last),
    };
  }

  const lastIfToday = lastClinicalDay(today, noticeDays);
  if (!startDate)
    return {
      state: 'no-start-date',
      noticeDays,
      ifNoticeToday: lastIfToday,
      earliestStart: earliestStartAfter(lastIfToday),
    };

  const by = giveNoticeBy(startDate, noticeDays);
  const daysLeft = daysBetween(today, by);
  if (daysLeft < 0) {
    return {
      state: 'too-late',
      noticeDays,
      startDate,
      giveNoticeBy: by,
      lateBy: -daysLeft,
      lastIfToday,
      earliestStart: earliestStartAfter(lastIfToday),
    };
  }
  if (mayGiveNotice(offer))
    return {
      state: 'window-open',
      noticeDays,
      startDate,
      giveNoticeBy: by,
      daysLeft,
      inWriting: offer === 'written',
    };
  return { state: 'waiting-for-offer', noticeDays, startDate, giveNoticeBy: by, daysLeft };
}

/** "1 day left", "12 days left" */
export function daysLeftText(n: number): string {
  return `${plural(n, 'day')} left`;
}

export function daysText(n: number): string {
  return plural(n, 'day');
}

export type LastDayBasis = 'given' | 'planned' | 'if-today';

/**
 * The last clinical day the other rules should assume: the real one once notice is given;
 * while there is still time, the day notice given on the deadline would end (before the planned
 * start date); otherwise the day notice given today would end.
 */
export function expectedLastClinicalDay(c: Countdown): { day: Day; basis: LastDayBasis } | null {
  switch (c.state) {
    case 'date-looks-wrong':
    case 'no-notice-period':
      return null;
    case 'notice-given':
    case 'notice-served':
      return { day: c.lastClinicalDay, basis: 'given' };
    case 'waiting-for-offer':
    case 'window-open':
      return { day: lastClinicalDay(c.giveNoticeBy, c.noticeDays), basis: 'planned' };
    case 'too-late':
      return { day: c.lastIfToday, basis: 'if-today' };
    case 'no-start-date':
      return { day: c.ifNoticeToday, basis: 'if-today' };
  }
}

export interface ClawbackFacts {
  id: string;
  amount: number;
  endsOn: Day;
}

export interface ClawbackCheck<T extends ClawbackFacts> {
  /** Clawbacks still running on the last clinical day: leaving then means paying them back. */
  flagged: T[];
  total: number;
}

/** A clawback whose end date falls after the last clinical day is flagged with its amount. */
export function clawbacksAfter<T extends ClawbackFacts>(
  clawbacks: readonly T[],
  lastDay: Day,
): ClawbackCheck<T> {
  const flagged = clawbacks
    .filter((c) => c.endsOn > lastDay)
    .sort((a, b) => (a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : 0));
  return { flagged, total: flagged.reduce((sum, c) => sum + c.amount, 0) };
}
