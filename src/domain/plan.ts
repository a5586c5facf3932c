/**
 * The plan: a run of calendar months counted from a start month. Milestones store their month
 * as a position in the plan (1 = the start month), so moving the start month moves the whole
 * plan with it, and the seed template is the same for every user.
 */
import {
  addMonths,
  isMonth,
  isStoredMonth,
  monthLabel,
  monthsBetween,
  STORED_MONTHS,
  thisMonth,
  type Month,
} from './calendar';

export const PLAN_MIN_MONTHS = 6;
export const PLAN_MAX_MONTHS = 24;
export const DEFAULT_PLAN_MONTHS = 12;

export interface PlanShape {
  startMonth: Month;
  lengthMonths: number;
}

/** The calendar month of plan month `index` (1-based). */
export function planMonth(plan: PlanShape, index: number): Month {
  return addMonths(plan.startMonth, index - 1);
}

/** The plan position of a calendar month: 1 for the start month; below 1 or past the end when outside. */
export function planIndexOf(plan: PlanShape, month: Month): number {
  return monthsBetween(plan.startMonth, month) + 1;
}

export function currentPlanIndex(plan: PlanShape, now: Date = new Date()): number {
  return planIndexOf(plan, thisMonth(now));
}

/** "Month 3 · Jan 2027" */
export function planMonthName(plan: PlanShape, index: number): string {
  return `Month ${index} · ${monthLabel(planMonth(plan, index))}`;
}

export interface Phase {
  number: 1 | 2 | 3 | 4;
  name: string;
  summary: string;
}

export const PHASES: readonly Phase[] = [
  {
    number: 1,
    name: 'Diagnose and reposition',
    summary: 'Know what has to change, tell your story in industry terms, start talking to people.',
  },
  {
    number: 2,
    name: 'Build and target',
    summary: 'Add industry-flavoured work, choose the roles you want, apply where it counts.',
  },
  {
    number: 3,
    name: 'Interview and decide',
    summary: 'First conversations, final rounds, offers on the table.',
  },
  {
    number: 4,
    name: 'Notice and start',
    summary: 'Give notice at the right moment and begin the new role.',
  },
];

/** The plan is cut into four phases of (nearly) equal length, as the default 12-month plan is into quarters. */
export function phaseOf(index: number, lengthMonths: number): Phase {
  const clamped = Math.min(Math.max(index, 1), lengthMonths);
  const n = Math.floor(((clamped - 1) * 4) / lengthMonths);
  return PHASES[Math.min(n, 3)] ?? (PHASES[0] as Phase);
}

/** Plan months 1..length grouped by phase, in order. */
export function phaseGroups(lengthMonths: number): { phase: Phase; months: number[] }[] {
  const groups: { phase: Phase; months: number[] }[] = [];
  for (let i = 1; i <= lengthMonths; i++) {
    const phase = phaseOf(i, lengthMonths);
    const last = groups.at(-1);
    if (last && last.phase.number === phase.number) last.months.push(i);
    else groups.push({ phase, months: [i] });
  }
  return groups;
}

export function isValidPlanLength(n: number): boolean {
  return Number.isInteger(n) && n >= PLAN_MIN_MONTHS && n <= PLAN_MAX_MONTHS;
}

/**
 * How far from this month a typed start month may be: 5 years either way. A plan runs at most
 * 24 months, so one that started 5 years ago ended 3 years ago, and a pivot planned more than
 * 5 years ahead is not yet a plan. The window is narrow enough to catch a slip of one digit in
 * the year (2016 or 2036 for 2026 are 10 years off; 1026 and 2126 far more), which otherwise
 * turns every card Overdue or "432 months to go". A slip in the last digit (2027 for 2026)
 * stays possible: it is a plausible month, and the hint names it.
 */
export const PLAN_START_YEARS_AROUND = 5;

/** The first and last start month a plan may be given now (both allowed). */
export function planStartWindow(now: Date = new Date()): { earliest: Month; latest: Month } {
  const month = thisMonth(now);
  return {
    earliest: addMonths(month, -12 * PLAN_START_YEARS_AROUND),
    latest: addMonths(month, 12 * PLAN_START_YEARS_AROUND),
  };
}

/**
 * Why `month` (a real month, see `isMonth`) is not a likely start for the plan, or null when
 * it is one: "Nov 1026 is more than 5 years ago — check the year. …" Only a newly typed month
 * is held to the window: the plan's `saved` start (an old plan, an imported one) is never
 * refused, so it never stops a change of length.
 */
export function planStartProblem(
  month: Month,
  now: Date = new Date(),
  saved?: Month,
): string | null {
  if (month === saved) return null;
  const { earliest, latest } = planStartWindow(now);
  if (month >= earliest && month <= latest) return null;
  const when = month < earliest ? 'ago' : 'away';
  return `${monthLabel(month)} is more than ${PLAN_START_YEARS_AROUND} years ${when}: check the year. A plan can start from ${monthLabel(earliest)} to ${monthLabel(latest)}.`;
}

/**
 * Why a plan's saved start month cannot be counted from, or null: one outside the months any
 * record may hold (saved by an older version, like 9999-06) is shown with this until it is fixed.
 */
export function storedPlanStartProblem(month: Month): string | null {
  if (isStoredMonth(month)) return null;
  const shown = isMonth(month) ? monthLabel(month) : month;
  return `The plan’s start month (${shown}) looks wrong: pick a month between ${monthLabel(STORED_MONTHS.earliest)} and ${monthLabel(STORED_MONTHS.latest)}.`;
}
