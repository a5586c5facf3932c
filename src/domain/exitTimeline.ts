/**
 * The timeline follows the exit plan: the "Give notice" and "Start the industry role"
 * milestones (found by their template keys) belong in the months the exit dates imply.
 * Where they sit elsewhere, the timeline shows the conflict and offers to move them.
 */
import { dayLabel, monthLabel, monthOfDay, type Day, type Month } from './calendar';
import type { Countdown } from './notice';
import { planIndexOf, type PlanShape } from './plan';

export const GIVE_NOTICE_KEY = 'give-notice';
export const START_ROLE_KEY = 'start-role';

export interface ExitTarget {
  templateKey: typeof GIVE_NOTICE_KEY | typeof START_ROLE_KEY;
  day: Day;
  /** "give notice by Nov 3, 2027" */
  why: string;
}

/** The days the exit plan fixes for the two milestones (none until the dates exist). */
export function exitTargets(c: Countdown): ExitTarget[] {
  const targets: ExitTarget[] = [];
  if (c.state === 'notice-given' || c.state === 'notice-served') {
    targets.push({
      templateKey: GIVE_NOTICE_KEY,
      day: c.noticeGivenOn,
      why: `notice given on ${dayLabel(c.noticeGivenOn)}`,
    });
  } else if (c.state === 'waiting-for-offer' || c.state === 'window-open') {
    // When it is already too late, the month to give notice is past: the exit plan says what to do instead.
    targets.push({
      templateKey: GIVE_NOTICE_KEY,
      day: c.giveNoticeBy,
      why: `give notice by ${dayLabel(c.giveNoticeBy)}`,
    });
  }
  const start = 'startDate' in c ? c.startDate : null;
  if (start)
    targets.push({ templateKey: START_ROLE_KEY, day: start, why: `start on ${dayLabel(start)}` });
  return targets;
}

export interface ExitMilestone {
  id: string;
  title: string;
  month: number;
  templateKey: string | null;
}

export interface ExitConflict {
  id: string;
  title: string;
  /** Plan month the card is in now. */
  month: number;
  /** Plan month the exit dates imply (may lie outside the plan). */
  expectedMonth: number;
  expectedCalendarMonth: Month;
  /** The plan has that month, so the card can simply move there. */
  movable: boolean;
  why: string;
  /** "Month 8 (Aug 2027)", or "Feb 2028, outside the plan’s months". */
  where: string;
  /** One short line for the card. */
  note: string;
}

export function exitConflicts(
  plan: PlanShape,
  milestones: readonly ExitMilestone[],
  targets: readonly ExitTarget[],
): ExitConflict[] {
  const conflicts: ExitConflict[] = [];
  for (const target of targets) {
    const calendarMonth = monthOfDay(target.day);
    const expectedMonth = planIndexOf(plan, calendarMonth);
    const movable = expectedMonth >= 1 && expectedMonth <= plan.lengthMonths;
    for (const m of milestones) {
      if (m.templateKey !== target.templateKey || m.month === expectedMonth) continue;
      const where = movable
        ? `Month ${expectedMonth} (${monthLabel(calendarMonth)})`
        : `${monthLabel(calendarMonth)}, outside the plan’s months`;
      const short = movable
        ? `Month ${expectedMonth}`
        : `${monthLabel(calendarMonth)}, after the plan`;
      conflicts.push({
        id: m.id,
        title: m.title,
        month: m.month,
        expectedMonth,
        expectedCalendarMonth: calendarMonth,
        movable,
        why: target.why,
        where,
        note: `Exit dates say ${short}: ${target.why}.`,
      });
    }
  }
  return conflicts;
}
