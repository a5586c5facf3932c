import type { Day } from '../calendar';
import { historyByContact, type CallFacts, type ContactFacts } from './contacts';
import { dueWhen, remindersOf } from './reminders';
import { targetDays, weeklyProgress } from './weeklyCount';

export interface NetworkingSummary {
  /** Calls (and messages) that have happened, all time. */
  callsLogged: number;
  /** This week's calls that count toward the target. */
  callsThisWeek: number;
  weeklyTarget: number;
  /** Weeks in a row that met the target (0 without a target). */
  streakWeeks: number;
  /** Follow-ups and check-ins due by the end of this week, overdue ones included. */
  followUpsDue: number;
}

/** The numbers the Overview shows about networking; messages count toward the target only if `countMessages`. */
export function networkingSummary(
  calls: readonly CallFacts[],
  contacts: readonly ContactFacts[],
  target: number,
  today: Day,
  planStart: Day | null,
  countMessages = false,
): NetworkingSummary {
  const progress = weeklyProgress(targetDays(calls, countMessages), target, today, planStart);
  const reminders = remindersOf(calls, contacts, historyByContact(calls, today));
  return {
    callsLogged: calls.reduce((n, c) => (c.day <= today ? n + 1 : n), 0),
    callsThisWeek: progress.thisWeek,
    weeklyTarget: target,
    streakWeeks: progress.streak?.weeks ?? 0,
    followUpsDue: reminders.filter((r) => dueWhen(r.day, today) !== 'later').length,
  };
}
