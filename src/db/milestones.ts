import { useLiveQuery } from 'dexie-react-hooks';
import { today } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { doneOnFor, type MilestoneStatus } from '../domain/milestone';
import { landingIndex, placeAt, placedRows, rankAtEnd, sortByRank } from '../domain/rank';
import type { Milestone, MilestoneInput } from '../domain/schema/milestone';
import { db } from './database';
import { loadSchemas } from './schemas';
import { runWrite, validate, type WriteResult } from './write';

/** The plan's milestones sorted by month, then card order. `undefined` while loading. */
export function useMilestones(planId: string | undefined): Milestone[] | undefined {
  return useLiveQuery(async () => {
    if (!planId) return [];
    const rows = await db.milestones.where('planId').equals(planId).toArray();
    return sortByRank(rows).sort((a, b) => a.month - b.month);
  }, [planId]);
}

async function requirePlan(planId: string) {
  const plan = await db.plans.get(planId);
  if (!plan) throw new UserError('not-found', 'That plan no longer exists. Reload the page.');
  return plan;
}

async function requireMilestone(id: string) {
  const m = await db.milestones.get(id);
  if (!m) throw new UserError('not-found', 'That milestone was deleted, perhaps in another tab.');
  return m;
}

function checkMonthInPlan(month: number, lengthMonths: number, allowed?: number) {
  if (month === allowed) return; // a card already past the end may stay where it is
  if (month < 1 || month > lengthMonths) {
    throw new UserError('validation', `Pick a month between 1 and ${lengthMonths}.`, 'month');
  }
}

const quote = (title: string) => `“${title}”`;

function restore(before: Milestone): () => Promise<void> {
  return () => runWrite(['milestones'], async () => void (await db.milestones.put(before)));
}

export async function addMilestone(planId: string, input: MilestoneInput): Promise<WriteResult<string>> {
  const { milestoneInputSchema } = await loadSchemas();
  const data = await validate(milestoneInputSchema, input);
  return runWrite(['plans', 'milestones'], async () => {
    const plan = await requirePlan(planId);
    checkMonthInPlan(data.month, plan.lengthMonths);
    const siblings = await db.milestones.where('[planId+month]').equals([planId, data.month]).toArray();
    const now = nowIso();
    const id = newId();
    await db.milestones.add({
      id,
      planId,
      ...data,
      baselineMonth: data.month,
      rank: rankAtEnd(siblings),
      templateKey: null,
      doneOn: doneOnFor(data.status, null, today()),
      createdAt: now,
      updatedAt: now,
    });
    return {
      value: id,
      label: `Added ${quote(data.title)} to Month ${data.month}`,
      undo: () => runWrite(['milestones'], () => db.milestones.delete(id)),
    };
  });
}

export async function updateMilestone(id: string, input: MilestoneInput): Promise<WriteResult> {
  const { milestoneInputSchema } = await loadSchemas();
  const data = await validate(milestoneInputSchema, input);
  return runWrite(['plans', 'milestones'], async () => {
    const before = await requireMilestone(id);
    const plan = await requirePlan(before.planId);
    checkMonthInPlan(data.month, plan.lengthMonths, before.month);
    let rank = before.rank;
    if (data.month !== before.month) {
      const siblings = await db.milestones.where('[planId+month]').equals([before.planId, data.month]).toArray();
      rank = rankAtEnd(siblings);
    }
    await db.milestones.put({
      ...before,
      ...data,
      rank,
      doneOn: doneOnFor(data.status, before.doneOn, today()),
      updatedAt: nowIso(),
    });
    const moved = data.month !== before.month ? ` and moved it to Month ${data.month}` : '';
    return { value: undefined, label: `Saved ${quote(data.title)}${moved}`, undo: restore(before) };
  });
}

export async function setMilestoneStatus(id: string, status: MilestoneStatus): Promise<WriteResult> {
  return runWrite(['milestones'], async () => {
    const before = await requireMilestone(id);
    await db.milestones.put({ ...before, status, doneOn: doneOnFor(status, before.doneOn, today()), updatedAt: nowIso() });
    const label = status === 'done' ? `Marked ${quote(before.title)} done` : `Set ${quote(before.title)} to ${status === 'todo' ? 'To do' : 'In progress'}`;
    return { value: undefined, label, undo: restore(before) };
  });
}

export interface MoveTarget {
  month: number;
  /** The card it should follow, as the user saw the column (filters may hide others). */
  afterId: string | null;
  /** The card it should precede. */
  beforeId: string | null;
}

/**
 * Move a card to a month and position. Writes one row, unless the neighbours share a rank
 * (two tabs wrote at once), when the column is renumbered once.
 */
export async function moveMilestone(id: string, target: MoveTarget): Promise<WriteResult<{ position: number; count: number }>> {
  return runWrite(['plans', 'milestones'], async () => {
    const before = await requireMilestone(id);
    const plan = await requirePlan(before.planId);
    checkMonthInPlan(target.month, plan.lengthMonths, before.month);
    const column = sortByRank(
      (await db.milestones.where('[planId+month]').equals([before.planId, target.month]).toArray()).filter((m) => m.id !== id),
    );
    const index = landingIndex(column, target.afterId, target.beforeId);
    const placement = placeAt(column, index, id);
    const now = nowIso();
    await db.milestones.bulkPut(placedRows(column, { ...before, month: target.month }, placement).map((m) => ({ ...m, updatedAt: now })));
    const position = Math.min(index, column.length) + 1;
    const where = target.month === before.month ? `within Month ${target.month}` : `to Month ${target.month}`;
    const touched = placement.kind === 'one' ? [before] : [before, ...column];
    return {
      value: { position, count: column.length + 1 },
      label: `Moved ${quote(before.title)} ${where}`,
      undo: () => runWrite(['milestones'], async () => void (await db.milestones.bulkPut(touched))),
    };
  });
}

export async function deleteMilestone(id: string): Promise<WriteResult> {
  return runWrite(['milestones'], async () => {
    const before = await requireMilestone(id);
    await db.milestones.delete(id);
    return {
      value: undefined,
      label: `Deleted ${quote(before.title)}`,
      undo: () => runWrite(['milestones'], async () => void (await db.milestones.put(before))),
    };
  });
}
