import type { Day } from '../calendar';
import { historyByContact, type CallFacts, type ContactFacts } from './contacts';
import { dueWhen, remindersOf } from './reminders';
import { weeklyProgress } from './weeklyCount';

export interface NetworkingSummary {
  /** Calls that have happened, all time. */
  callsLogged: number;
  callsThisWeek: number;
  weeklyTarget: number;
  /** Weeks in a row that met the target (0 without a target). */
  streakWeeks: number;
  /** Follow-ups and check-ins due by the end of this week, overdue ones included. */
  followUpsDue: number;
}

/** The numbers the Overview shows about networking. */
export function networkingSummary(
  calls: readonly CallFacts[],
  contacts: readonly ContactFacts[],
  target: number,
  today: Day,
  planStart: Day | null,
): NetworkingSummary {
  const progress = weeklyProgress(
    calls.map((c) => c.day),
    target,
    today,
    planStart,
  );
  const reminders = remindersOf(calls, contacts, historyByContact(calls, today));
  return {
    callsLogged: progress.total,
    callsThisWeek: progress.thisWeek,
    weeklyTarget: target,
    streakWeeks: progress.streak?.weeks ?? 0,
    followUpsDue: reminders.filter((r) => dueWhen(r.day, today) !== 'later').length,
  };
}
