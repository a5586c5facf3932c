/**
 * Reading the exit plan row. Its own module (exitPlan.ts re-exports it): the Timeline reads the
 * exit dates, and should not load the exit plan's writes (and what they import) to do it.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { nowIso } from '../domain/ids';
import type { ExitPlan } from '../domain/schema/exitPlan';
import { db } from './database';

export function defaultExitPlan(planId: string, stamp: string = nowIso()): ExitPlan {
  return {
    planId,
    noticeDays: null,
    tailRequired: false,
    tailCost: null,
    nonCompeteNotes: '',
    currentAnnualPay: null,
    plannedStartDate: null,
    noticeGivenOn: null,
    cash: null,
    expenses: { housing: null, food: null, loanMinimums: null, insurance: null, other: null },
    nothingLinedUp: false,
    createdAt: stamp,
    updatedAt: stamp,
  };
}

const EPOCH = '1970-01-01T00:00:00.000Z';

/** The plan's exit plan (the defaults until first saved). `undefined` while loading. */
export function useExitPlan(planId: string | undefined): ExitPlan | undefined {
  return useLiveQuery(async () => {
    if (!planId) return undefined;
    return (await db.exitPlans.get(planId)) ?? defaultExitPlan(planId, EPOCH);
  }, [planId]);
}
