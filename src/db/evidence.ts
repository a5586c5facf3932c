/**
 * The evidence milestones read (domain/evidence.ts): the other screens' rows, summarised. Small
 * tables are read whole (diagnose items, record entries, the plan's opportunities, its exit
 * plan); calls are only counted, through the `day` index, however many there are.
 * Loaded on demand (db/evidenceLive.ts): the Timeline shows its cards without waiting for it.
 */
import type { Day } from '../domain/calendar';
import type { EvidenceBoard } from '../domain/evidence';
import { evidenceBoard, evidenceFacts, type CallFacts } from '../domain/evidenceRules';
import { SETTING_DEFAULTS } from '../domain/settings';
import { addWeeks, weekOf } from '../domain/weeks';
import { db } from './database';

async function callFacts(today: Day): Promise<CallFacts> {
  const thisWeek = weekOf(today);
  const happened = () => db.calls.where('day').belowOrEqual(today);
  const [count, first, last, thisWeekCount, lastWeekCount, target] = await Promise.all([
    happened().count(),
    db.calls.orderBy('day').first(),
    happened().last(),
    db.calls.where('day').between(thisWeek, today, true, true).count(),
    db.calls.where('day').between(addWeeks(thisWeek, -1), thisWeek, true, false).count(),
    db.settings.get('weeklyCallTarget'),
  ]);
  return {
    count,
    // With no call that has happened, the earliest one is a planned call: no first call yet.
    first: count > 0 ? (first?.day ?? null) : null,
    last: last?.day ?? null,
    thisWeek: thisWeekCount,
    lastWeek: lastWeekCount,
    target: typeof target?.value === 'number' ? target.value : SETTING_DEFAULTS.weeklyCallTarget,
  };
}

/** Every kind of evidence for the plan, as of `today`. */
export async function readEvidence(planId: string, today: Day): Promise<EvidenceBoard> {
  const [diagnoseItems, recordEntries, opportunities, exitPlan, calls] = await Promise.all([
    db.diagnoseItems.toArray(),
    db.recordEntries.toArray(),
    db.opportunities.where('planId').equals(planId).toArray(),
    db.exitPlans.get(planId),
    callFacts(today),
  ]);
  const facts = evidenceFacts({
    diagnoseItems,
    recordEntries,
    opportunities,
    exitPlan: exitPlan ?? null,
    calls,
  });
  return evidenceBoard(facts, today, weekOf(today));
}
