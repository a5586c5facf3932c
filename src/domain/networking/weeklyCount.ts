/**
 * Calls counted per week against the weekly target: streaks, the rolling average and the chart's
 * weeks. A call dated after today is a planned call: it counts toward a week only once its day
 * comes.
 */
import { dayLabel, type Day } from '../calendar';
import { plural } from '../counts';
import { addWeeks, weekEndOf, weekOf, weeksBetween, weeksFromTo, type Week } from '../weeks';
import { countsTowardTarget, type CallChannel } from './channels';
import { CHART_MAX_WEEKS } from './limits';

export interface WeekCount {
  week: Week;
  count: number;
}

/** Calls that have happened (dated on or before today), counted per week. */
export function countByWeek(days: Iterable<Day>, today: Day): Map<Week, number> {
  const counts = new Map<Week, number>();
  const weekCache = new Map<Day, Week>();
  for (const day of days) {
    if (day > today) continue;
    let week = weekCache.get(day);
    if (!week) {
      week = weekOf(day);
      weekCache.set(day, week);
    }
    counts.set(week, (counts.get(week) ?? 0) + 1);
  }
  return counts;
}

export interface Streak {
  /** Consecutive weeks that met the target, ending this week or last week. */
  weeks: number;
  /** This week already met the target. Until it does, it does not break the streak either. */
  includesThisWeek: boolean;
}

/** Null when there is no target (0): every week would meet it. */
export function streakOf(
  counts: ReadonlyMap<Week, number>,
  target: number,
  today: Day,
): Streak | null {
  if (target <= 0) return null;
  const met = (w: Week) => (counts.get(w) ?? 0) >= target;
  const thisWeek = weekOf(today);
  const includesThisWeek = met(thisWeek);
  let weeks = includesThisWeek ? 1 : 0;
  let w = addWeeks(thisWeek, -1);
  while (met(w)) {
    weeks++;
    w = addWeeks(w, -1);
  }
  return { weeks, includesThisWeek };
}

/**
 * The streak in words. At 0 weeks, "Not yet" only while no week has met the target: after a run
 * of good weeks it would read as if nothing had ever been done. A streak at 0 with the week
 * still under way means last week fell short; when weeks before it fell short too, it says since
 * when ("last week fell short" after months without a call understates it). `series` is the
 * weekly chart's weeks, this week last.
 */
export function streakLabel(
  streak: Streak | null,
  series: readonly WeekCount[],
  target: number,
): string {
  if (streak === null) return 'Off (no target)';
  if (streak.weeks > 0) return `${plural(streak.weeks, 'week')} in a row`;
  const lastMet = series.findLast((w) => w.count >= target);
  const thisWeek = series.at(-1);
  if (!lastMet || !thisWeek) return 'Not yet';
  if (lastMet.week >= addWeeks(thisWeek.week, -2)) return '0 weeks — last week fell short';
  return `0 weeks — last on target in the week of ${dayLabel(lastMet.week)}`;
}

export interface Average {
  /** Calls per week. */
  perWeek: number;
  /** How many full weeks it is taken over (fewer than the span early on). */
  weeks: number;
}

/**
 * Calls per week over the last `span` full weeks (this week, still under way, is left out),
 * counting no week before `since` (when tracking began). Null before the first full week.
 */
export function rollingAverage(
  counts: ReadonlyMap<Week, number>,
  today: Day,
  since: Day | null,
  span = 4,
): Average | null {
  const thisWeek = weekOf(today);
  let first = addWeeks(thisWeek, -span);
  if (since && weekOf(since) > first) first = weekOf(since);
  const weeks = weeksBetween(first, thisWeek);
  if (weeks <= 0) return null;
  let sum = 0;
  for (let i = 0; i < weeks; i++) sum += counts.get(addWeeks(first, i)) ?? 0;
  return { perWeek: sum / weeks, weeks };
}

/** "1.5" — one decimal, none when whole. */
export function formatPerWeek(n: number): string {
  const r = Math.round(n * 10) / 10;
  return Number.isInteger(r) ? String(r) : r.toFixed(1);
}

/** Every week from the week of `from` through this week, with its count (the last `max` weeks at most). */
export function weekSeries(
  counts: ReadonlyMap<Week, number>,
  from: Day,
  today: Day,
  max = CHART_MAX_WEEKS,
): WeekCount[] {
  const earliest = addWeeks(weekOf(today), -(max - 1));
  const start = from < earliest ? earliest : from;
  return weeksFromTo(start, today).map((week) => ({ week, count: counts.get(week) ?? 0 }));
}

/** The days of the calls that count toward the weekly target (see `countsTowardTarget`). */
export function targetDays(
  calls: readonly { day: Day; channel: CallChannel }[],
  countMessages: boolean,
): Day[] {
  const days: Day[] = [];
  for (const c of calls) if (countsTowardTarget(c.channel, countMessages)) days.push(c.day);
  return days;
}

export interface WeeklyProgress {
  target: number;
  /** Calls so far this week (planned ones later this week not included). */
  thisWeek: number;
  /** Calls planned for later this week. */
  plannedThisWeek: number;
  /** Calls planned after this week. */
  plannedLater: number;
  /** Calls that have happened, all time. */
  total: number;
  streak: Streak | null;
  average: Average | null;
  /** Weeks from the plan's start (or the first call, if earlier) through this week. */
  series: WeekCount[];
}

export function weeklyProgress(
  days: readonly Day[],
  target: number,
  today: Day,
  planStart: Day | null,
): WeeklyProgress {
  const counts = countByWeek(days, today);
  const thisWeek = weekOf(today);
  const weekEnd = weekEndOf(today);
  let plannedThisWeek = 0;
  let plannedLater = 0;
  let total = 0;
  let first: Day | null = null;
  for (const day of days) {
    if (day > weekEnd) plannedLater++;
    else if (day > today) plannedThisWeek++;
    else {
      total++;
      if (first === null || day < first) first = day;
    }
  }
  const since = first && planStart ? (first < planStart ? first : planStart) : (first ?? planStart);
  return {
    target,
    thisWeek: counts.get(thisWeek) ?? 0,
    plannedThisWeek,
    plannedLater,
    total,
    streak: streakOf(counts, target, today),
    // Before the first call an average of zero says nothing useful.
    average: total > 0 ? rollingAverage(counts, today, since) : null,
    series: since && since <= today ? weekSeries(counts, since, today) : [],
  };
}
