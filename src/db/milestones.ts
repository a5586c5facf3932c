import { today } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { doneOnFor, type MilestoneStatus } from '../domain/milestone';
import { quote } from '../domain/quote';
import { landingIndex, placeAt, placedRows, rankAtEnd, sortByRank } from '../domain/rank';
import type { Milestone, MilestoneInput } from '../domain/schema/milestone';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, requirePlan, runWrite, validate, type WriteResult } from './write';

export { prefetchMilestones, useMilestones } from './milestonesLive';

const columnRows = (planId: string, month: number) =>
  db.milestones.where('[planId+month]').equals([planId, month]).toArray();

const requireMilestone = async (id: string) => found(await db.milestones.get(id), 'milestone');

function checkMonthInPlan(month: number, lengthMonths: number, allowed?: number) {
  if (month === allowed) return; // a card already past the end may stay where it is
  if (month < 1 || month > lengthMonths) {
    throw new UserError('validation', `Pick a month between 1 and ${lengthMonths}.`, 'month');
  }
}

export async function addMilestone(
  planId: string,
  input: MilestoneInput,
): Promise<WriteResult<string>> {
  const { milestoneInputSchema } = await loadSchemas();
  const data = await validate(milestoneInputSchema, input);
  return runWrite(['plans', 'milestones'], async () => {
    const plan = await requirePlan(planId);
    checkMonthInPlan(data.month, plan.lengthMonths);
    const siblings = await db.milestones
      .where('[planId+month]')
      .equals([planId, data.month])
      .toArray();
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
      keepOpen: data.status !== 'done' && data.keepOpen,
      createdAt: now,
      updatedAt: now,
    });
    return { value: id, label: `Added ${quote(data.title)} to Month ${data.month}` };
  });
}

/**
 * Save the dialog. With `since` (the milestone as the dialog opened it), only the fields the user
 * changed are written: a move or a Done from another tab meanwhile stays.
 */
export async function updateMilestone(
  id: string,
  input: MilestoneInput,
  since?: Milestone,
): Promise<WriteResult> {
  const { milestoneInputSchema } = await loadSchemas();
  const data = await validate(milestoneInputSchema, input);
  return runWrite(['plans', 'milestones'], async () => {
    const before = await requireMilestone(id);
    const { row, changed } = applyEdit(before, data, since, 'milestone');
    const plan = await requirePlan(before.planId);
    checkMonthInPlan(row.month, plan.lengthMonths, before.month);
    const moved = row.month !== before.month;
    if (changed.length > 0) {
      const rank = moved ? rankAtEnd(await columnRows(before.planId, row.month)) : before.rank;
      await db.milestones.put({
        ...row,
        rank,
        doneOn: doneOnFor(row.status, before.doneOn, today()),
        keepOpen: row.status !== 'done' && row.keepOpen,
        updatedAt: nowIso(),
      });
    }
    return {
      value: undefined,
      label: `Saved ${quote(row.title)}${moved ? ` and moved it to Month ${row.month}` : ''}`,
    };
  });
}

/**
 * Tick or untick a milestone by hand. `overEvidence`: it is being marked not done although its
 * evidence is met (domain/evidence.ts), so it stays open until ticked again.
 */
export async function setMilestoneStatus(
  id: string,
  status: MilestoneStatus,
  { overEvidence = false }: { overEvidence?: boolean } = {},
): Promise<WriteResult> {
  return runWrite(['milestones'], async () => {
    const before = await requireMilestone(id);
    await db.milestones.put({
      ...before,
      status,
      doneOn: doneOnFor(status, before.doneOn, today()),
      keepOpen: status !== 'done' && overEvidence,
      updatedAt: nowIso(),
    });
    const label =
      status === 'done'
        ? `Marked ${quote(before.title)} done`
        : `Set ${quote(before.title)} to ${status === 'todo' ? 'To do' : 'In progress'}`;
    return { value: undefined, label };
  });
}

export interface MoveTarget {
  month: number;
  /** The card's plan, when the caller knows it: the card, its plan and the column are then read at once. */
  planId?: string;
  /** The card it should follow, as the user saw the column (filters may hide others). */
  afterId: string | null;
  /** The card it should precede. */
  beforeId: string | null;
}

/**
 * Move a card to a month and position. Writes one row, unless the neighbours share a rank
 * (two tabs wrote at once), when the column is renumbered once.
 */
export async function moveMilestone(
  id: string,
  target: MoveTarget,
): Promise<WriteResult<{ position: number; count: number }>> {
  return runWrite(['plans', 'milestones'], async () => {
    // Reads go together where they can: each answer waits for a turn of the page's main thread,
    // which is busy right after a drop.
    const guess = target.planId;
    const [before, guessedPlan, guessedRows] = await Promise.all([
      requireMilestone(id),
      guess ? db.plans.get(guess) : undefined,
      guess ? columnRows(guess, target.month) : undefined,
    ]);
    const [plan, rows] =
      guessedPlan && guessedRows && before.planId === guess
        ? [guessedPlan, guessedRows]
        : await Promise.all([requirePlan(before.planId), columnRows(before.planId, target.month)]);
    checkMonthInPlan(target.month, plan.lengthMonths, before.month);
    const siblings = sortByRank(rows.filter((m) => m.id !== before.id));
    const index = landingIndex(siblings, target.afterId, target.beforeId);
    const placement = placeAt(siblings, index, before.id);
    const now = nowIso();
    await db.milestones.bulkPut(
      placedRows(siblings, { ...before, month: target.month }, placement).map((m) => ({
        ...m,
        updatedAt: now,
      })),
    );
    const where =
      target.month === before.month ? `within Month ${target.month}` : `to Month ${target.month}`;
    return {
      value: { position: Math.min(index, siblings.length) + 1, count: siblings.length + 1 },
      label: `Moved ${quote(before.title)} ${where}`,
    };
  });
}

/**
 * Move the steps a moved milestone pushed (domain/slip.ts) to their new months, each at the end
 * of its month, in one write: one undo puts them all back.
 */
export async function moveLaterSteps(
  causeIds: readonly string[],
  moves: readonly { id: string; month: number }[],
): Promise<WriteResult> {
  return runWrite(['plans', 'milestones'], async () => {
    const causes = await Promise.all(causeIds.map(requireMilestone));
    const planId = causes[0]?.planId;
    if (!planId || moves.length === 0) throw new UserError('validation', 'Nothing to move.');
    const plan = await requirePlan(planId);
    const now = nowIso();
    const rows = await Promise.all(moves.map((m) => requireMilestone(m.id)));
    for (const [i, m] of moves.entries()) {
      const row = rows[i];
      if (!row || row.planId !== plan.id) throw new UserError('not-found', 'That step is gone.');
      checkMonthInPlan(m.month, plan.lengthMonths, row.month);
      if (m.month === row.month) continue;
      const siblings = await columnRows(plan.id, m.month);
      await db.milestones.put({
        ...row,
        month: m.month,
        rank: rankAtEnd(siblings.filter((s) => s.id !== row.id)),
        updatedAt: now,
      });
    }
    const n = moves.length;
    return {
      value: undefined,
      label: `Moved ${n === 1 ? '1 later step' : `${n} later steps`} with ${causes.map((c) => quote(c.title)).join(' and ')}`,
    };
  });
}

export async function deleteMilestone(id: string): Promise<WriteResult> {
  return runWrite(['milestones'], async () => {
    const before = await requireMilestone(id);
    await db.milestones.delete(id);
    return { value: undefined, label: `Deleted ${quote(before.title)}` };
  });
}
