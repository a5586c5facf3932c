/**
 * The "where am I?" reading of the plan for the Overview: the position in the plan, progress
 * against what was planned so far, and the single next step.
 */
import { monthsBetween, thisMonth, type Month } from './calendar';
import { boardStats, isDone, type MilestoneFacts } from './milestone';
import { currentPlanIndex, phaseOf, planMonth, type Phase, type PlanShape } from './plan';
import { compareRanked, type Ranked } from './rank';

export type PlanPosition =
  | { kind: 'before'; startsIn: Month; monthsToGo: number }
  | { kind: 'during'; index: number; phase: Phase }
  | { kind: 'after'; lastMonth: Month; monthsPast: number };

export function planPosition(plan: PlanShape, now: Date): PlanPosition {
  const index = currentPlanIndex(plan, now);
  if (index < 1)
    return {
      kind: 'before',
      startsIn: plan.startMonth,
      monthsToGo: monthsBetween(thisMonth(now), plan.startMonth),
    };
  if (index > plan.lengthMonths) {
    const lastMonth = planMonth(plan, plan.lengthMonths);
    return { kind: 'after', lastMonth, monthsPast: monthsBetween(lastMonth, thisMonth(now)) };
  }
  return { kind: 'during', index, phase: phaseOf(index, plan.lengthMonths) };
}

export interface PlanProgress {
  /** Milestones whose month is the current one or earlier (all of them after the plan's end). */
  plannedSoFar: number;
  /** Of those, done. */
  doneSoFar: number;
  /** Done although planned for a later month. */
  doneAhead: number;
  total: number;
  done: number;
  overdue: number;
  slipped: number;
  /** Not done and planned for the current month. */
  dueThisMonth: number;
}

export function planProgress(
  milestones: readonly MilestoneFacts[],
  plan: PlanShape,
  now: Date,
): PlanProgress {
  const current = currentPlanIndex(plan, now);
  const stats = boardStats(milestones, plan, now);
  let plannedSoFar = 0;
  let doneSoFar = 0;
  let doneAhead = 0;
  for (const m of milestones) {
    if (m.month <= current) {
      plannedSoFar++;
      if (isDone(m)) doneSoFar++;
    } else if (isDone(m)) doneAhead++;
  }
  return {
    plannedSoFar,
    doneSoFar,
    doneAhead,
    total: stats.total,
    done: stats.done,
    overdue: stats.overdue,
    slipped: stats.slipped,
    dueThisMonth: stats.dueThisMonth,
  };
}

/** The earliest open milestone: lowest plan month, then the card order inside it. */
export function nextStep<T extends MilestoneFacts & Ranked>(milestones: readonly T[]): T | null {
  let best: T | null = null;
  for (const m of milestones) {
    if (isDone(m)) continue;
    if (!best || m.month < best.month || (m.month === best.month && compareRanked(m, best) < 0))
      best = m;
  }
  return best;
}

/** The plan's milestones for its current month, in card order (empty outside the plan). */
export function milestonesThisMonth<T extends MilestoneFacts & Ranked>(
  milestones: readonly T[],
  plan: PlanShape,
  now: Date,
): T[] {
  const current = currentPlanIndex(plan, now);
  return milestones.filter((m) => m.month === current).sort(compareRanked);
}
