import { dueThisMonthTest, overdueTest } from '../../domain/milestone';
import type { PlanShape } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { TimelineWhen } from '../../state/timelineFilters';

export interface CardReading {
  /** Not done and its month has passed: marked Overdue, counted, and what the Overdue filter shows. */
  overdueIds: ReadonlySet<string>;
  /** Not done and planned for this month: what "due this month" counts and its filter shows. */
  dueIds: ReadonlySet<string>;
}

/**
 * How the Timeline reads its cards: one place, so the marks, the counts and the filters read the
 * same rule as the Overview (domain/milestone.ts). `all` are the milestones as read with their
 * evidence (domain/evidence.ts `readMilestones`): a card its evidence ticked is done, one waiting
 * on its evidence or on another step is not called overdue.
 */
export function readCards(all: readonly Milestone[], plan: PlanShape, now: Date): CardReading {
  const overdue = overdueTest(plan, now);
  const due = dueThisMonthTest(plan, now);
  const overdueIds = new Set<string>();
  const dueIds = new Set<string>();
  for (const m of all) {
    if (overdue(m)) overdueIds.add(m.id);
    if (due(m)) dueIds.add(m.id);
  }
  return { overdueIds, dueIds };
}

/** Whether a card passes the Overdue / Due this month filter. */
export function passesWhen(id: string, when: TimelineWhen, reading: CardReading): boolean {
  if (when === 'overdue') return reading.overdueIds.has(id);
  if (when === 'thisMonth') return reading.dueIds.has(id);
  return true;
}
