import { dayLabel, isDay, type Day } from '../calendar';

/**
 * How far from today a call (or its follow-up) may be dated. A pivot plan runs 6 to 24 months;
 * calls logged after the fact, to keep the history of people you already know, go back a few
 * years at most, and five leaves room for fellowship and early-career contacts. A call planned
 * more than a year ahead is not a plan anyone keeps. Outside these bounds a date is almost
 * always a slip in the year (1026 for 2026, 2099), which would otherwise sit in the weekly
 * numbers for good.
 */
export const CALL_YEARS_BACK = 5;
export const CALL_YEARS_AHEAD = 1;

/** The same day `years` later (or earlier); Feb 29 becomes Feb 28 in a year without one. */
function shiftYears(day: Day, years: number): Day {
  const year = String(Number(day.slice(0, 4)) + years).padStart(4, '0');
  const shifted = `${year}${day.slice(4)}`;
  return isDay(shifted) ? shifted : `${year}-02-28`;
}

export interface DayWindow {
  earliest: Day;
  latest: Day;
}

/** The first and last day a call or follow-up may be dated, both included. */
export function callDayWindow(today: Day): DayWindow {
  return {
    earliest: shiftYears(today, -CALL_YEARS_BACK),
    latest: shiftYears(today, CALL_YEARS_AHEAD),
  };
}

/** Why a date is outside the window, for `what` ("a call"), or null. */
function windowProblem(day: Day, today: Day, what: string, ahead: string): string | null {
  const { earliest, latest } = callDayWindow(today);
  if (day < earliest)
    return `Check the year: ${what} can be dated up to ${CALL_YEARS_BACK} years back, from ${dayLabel(earliest)}.`;
  if (day > latest)
    return `Check the year: ${what} can be ${ahead} up to a year ahead, until ${dayLabel(latest)}.`;
  return null;
}

/** Why a call's date is refused (check the year), or null when it is inside the window. */
export function callDayProblem(day: Day, today: Day): string | null {
  return windowProblem(day, today, 'a call', 'planned');
}

/**
 * What is wrong with a call's dates, by field (none: an empty object). Only a date set now is
 * held to the window: one already on the call (`before`, when editing; a call logged long ago,
 * or imported) is kept as it is, though a follow-up must still not come before the call.
 * `day` is null when the call's date is not a date at all (the form says so itself).
 */
export function callDateProblems(
  call: { day: Day | null; followUpOn: Day | null },
  today: Day,
  before?: { day: Day; followUpOn: Day | null },
): { day?: string; followUpOn?: string } {
  const problems: { day?: string; followUpOn?: string } = {};
  const day = call.day && call.day !== before?.day ? callDayProblem(call.day, today) : null;
  if (day) problems.day = day;
  const followUp = !call.followUpOn
    ? null
    : call.followUpOn !== before?.followUpOn
      ? followUpDayProblem(call.followUpOn, call.day, today)
      : call.day && call.followUpOn < call.day
        ? FOLLOW_UP_BEFORE_CALL
        : null;
  if (followUp) problems.followUpOn = followUp;
  return problems;
}

const FOLLOW_UP_BEFORE_CALL = 'Pick a follow-up date on or after the day of the call.';

/** Why a follow-up date is refused, or null: it is inside the same window, on or after the call. */
export function followUpDayProblem(
  followUpOn: Day,
  callDay: Day | null,
  today: Day,
): string | null {
  const problem = windowProblem(followUpOn, today, 'a follow-up', 'set');
  if (problem) return problem;
  if (callDay && followUpOn < callDay) return FOLLOW_UP_BEFORE_CALL;
  return null;
}
