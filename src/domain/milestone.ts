/**
 * Milestone rules: status, categories, and the "against the target month" reading —
 * overdue, slipped, pulled in — all computed, never stored.
 */
import { dateToDay, thisMonth, type Day } from './calendar';
import { planIndexOf, type PlanShape } from './plan';

export const MILESTONE_STATUSES = ['todo', 'in_progress', 'done'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const STATUS_LABELS: Record<MilestoneStatus, string> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
};

export const MILESTONE_CATEGORIES = [
  'assess',
  'profile',
  'networking',
  'experience',
  'applications',
  'interviews',
  'exit',
  'finances',
  'other',
] as const;
export type MilestoneCategory = (typeof MILESTONE_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<MilestoneCategory, string> = {
  assess: 'Self-assessment',
  profile: 'CV and LinkedIn',
  networking: 'Networking',
  experience: 'Industry experience',
  applications: 'Applications',
  interviews: 'Interviews and offers',
  exit: 'Leaving the clinical job',
  finances: 'Money and runway',
  other: 'Other',
};

export const TITLE_MAX = 200;
export const NOTES_MAX = 5000;
export const DESCRIPTION_MAX = 500;

/**
 * The fields the rules below read; the stored record has more. Screens pass milestones as read
 * with their evidence (domain/evidence.ts `readMilestones`): status done when the evidence is
 * met, and the two fields below.
 */
export interface MilestoneFacts {
  month: number;
  baselineMonth: number;
  status: MilestoneStatus;
  /** Its evidence has not loaded yet: not called overdue meanwhile. */
  waiting?: boolean | undefined;
  /** A day the data fixes for it (overdue only after it), or 'later' (waits on another step). */
  due?: Day | 'later' | null | undefined;
}

export function isDone(m: MilestoneFacts): boolean {
  return m.status === 'done';
}

/**
 * Not done, and its month is before the current calendar month — or, when the data fixes its
 * day (`due`), that day has passed. Never while its evidence is loading or it waits on another step.
 */
export function isOverdue(m: MilestoneFacts, plan: PlanShape, now: Date = new Date()): boolean {
  return overdueTest(plan, now)(m);
}

/**
 * `isOverdue` for many milestones: the current month's place in the plan is worked out once
 * (plan months run in calendar order, so "its month is before this month" compares indexes).
 */
export function overdueTest(
  plan: PlanShape,
  now: Date = new Date(),
): (m: MilestoneFacts) => boolean {
  const current = planIndexOf(plan, thisMonth(now));
  const today = dateToDay(now);
  return (m) => {
    if (isDone(m) || m.waiting || m.due === 'later') return false;
    return m.due ? m.due < today : m.month < current;
  };
}

/** Not done, and planned for the current calendar month: what "due this month" counts. */
export function dueThisMonthTest(
  plan: PlanShape,
  now: Date = new Date(),
): (m: MilestoneFacts) => boolean {
  const current = planIndexOf(plan, thisMonth(now));
  return (m) => !isDone(m) && m.month === current;
}

/** How much of a description a card shows: about two lines of a board column. */
export const CARD_EXCERPT_MAX = 64;

/**
 * The start of a description for a card, cut at a word and ended with "…". Cut here rather
 * than clamped by CSS: a line clamp clips every card, and 1,000 clips make every frame of a drag
 * slow to composite. The whole text is in the card's dialog.
 */
export function cardExcerpt(text: string, max: number = CARD_EXCERPT_MAX): string {
  // Only the start is shown: tidy the spaces of a start long enough for it (tidying only makes
  // text shorter), not of the whole description (1,000 cards on loading a board).
  const head =
    text.length > 4 * max
      ? text
          .trimStart()
          .slice(0, 4 * max)
          .replace(/\s+/g, ' ')
      : '';
  const t = head.length >= max + 2 ? head : text.trim().replace(/\s+/g, ' ');
  if (t.length <= max) return t;
  const cut = t.slice(0, max + 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : t.slice(0, max)).replace(/[\s,;:.–—-]+$/u, '')}…`;
}

/** Months later (+) or earlier (−) than first planned. */
export function slipMonths(m: MilestoneFacts): number {
  return m.month - m.baselineMonth;
}

/** "+2 mo" for a slip, "−1 mo" for a pull-in, "" when on its first month. */
export function slipLabel(m: MilestoneFacts): string {
  const s = slipMonths(m);
  if (s === 0) return '';
  return s > 0 ? `+${s} mo` : `−${-s} mo`;
}

export interface BoardStats {
  total: number;
  done: number;
  dueThisMonth: number;
  overdue: number;
  slipped: number;
  pulledIn: number;
  /** Milestones whose month is past the plan's last month (after the plan was shortened). */
  outsidePlan: number;
}

export function boardStats(
  milestones: readonly MilestoneFacts[],
  plan: PlanShape,
  now: Date = new Date(),
): BoardStats {
  const overdue = overdueTest(plan, now);
  const due = dueThisMonthTest(plan, now);
  const stats: BoardStats = {
    total: 0,
    done: 0,
    dueThisMonth: 0,
    overdue: 0,
    slipped: 0,
    pulledIn: 0,
    outsidePlan: 0,
  };
  for (const m of milestones) {
    stats.total++;
    if (isDone(m)) stats.done++;
    if (due(m)) stats.dueThisMonth++;
    if (overdue(m)) stats.overdue++;
    const s = slipMonths(m);
    if (s > 0) stats.slipped++;
    if (s < 0) stats.pulledIn++;
    if (m.month > plan.lengthMonths) stats.outsidePlan++;
  }
  return stats;
}

/** When a milestone's status changes, the day it was done follows. */
export function doneOnFor(
  status: MilestoneStatus,
  previous: Day | null,
  todayDay: Day,
): Day | null {
  if (status !== 'done') return null;
  return previous ?? todayDay;
}
