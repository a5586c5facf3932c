import { useSyncExternalStore } from 'react';
import { UserError } from '../domain/errors';
import { nowIso } from '../domain/ids';
import { planStartProblem } from '../domain/plan';
import type { Plan, PlanSettingsInput } from '../domain/schema/plan';
import { db } from './database';
import { loadSchemas } from './schemas';
import { sharedLiveQuery } from './sharedLiveQuery';
import { applyEdit, requirePlan, runWrite, validate, type WriteResult } from './write';

/** The user's plan: the first (there is one). */
const currentPlan = sharedLiveQuery(async () => (await db.plans.toCollection().first()) ?? null);

/** Start reading the plan now (main.tsx, at start-up: alongside the screen's own rows). */
export const prefetchPlan = (): void => currentPlan.start();

/** The plan; null when there is none yet, undefined while loading. */
export function usePlan(): Plan | null | undefined {
  return useSyncExternalStore(currentPlan.subscribe, currentPlan.get);
}

export interface PlanResize {
  /** Milestones now past the plan's last month, by plan month. Nothing is deleted. */
  outside: { month: number; count: number }[];
}

/**
 * With `since` (the plan as the form showed it), only the fields the user changed are written.
 * A new start month must lie within 5 years of `now` (see `planStartProblem`), here as on every
 * screen that sets it. A start already saved (an old plan, an imported one) is not held to it:
 * the plan's length still changes.
 */
export async function updatePlanSettings(
  planId: string,
  input: PlanSettingsInput,
  now: Date = new Date(),
  since?: Plan,
): Promise<WriteResult<PlanResize>> {
  const { planSettingsSchema } = await loadSchemas();
  const data = await validate(planSettingsSchema, input);
  return runWrite(['plans', 'milestones'], async () => {
    const before = await requirePlan(planId);
    const { row: next, changed } = applyEdit(before, data, since, 'plan');
    const problem = planStartProblem(next.startMonth, now, before.startMonth);
    if (problem) throw new UserError('validation', problem, 'startMonth');
    if (changed.length > 0) await db.plans.put({ ...next, updatedAt: nowIso() });
    const beyond = await db.milestones
      .where('planId')
      .equals(planId)
      .filter((m) => m.month > next.lengthMonths)
      .toArray();
    const byMonth = new Map<number, number>();
    for (const m of beyond) byMonth.set(m.month, (byMonth.get(m.month) ?? 0) + 1);
    const outside = [...byMonth.entries()]
      .sort((a, b) => a[0] - b[0])
      .map(([month, count]) => ({ month, count }));
    return { value: { outside }, label: 'Updated the plan' };
  });
}
