import { today } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { doneOnFor, type MilestoneStatus } from '../domain/milestone';
import { landingIndex, placeAt, placedRows, rankAtEnd, sortByRank } from '../domain/rank';
import type { Milestone, MilestoneInput } from '../domain/schema/milestone';
import { db } from './database';
import { loadSchemas } from './schemas';
import { runWrite, validate, type WriteResult } from './write';

export { prefetchMilestones, useMilestones } from './milestonesLive';

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
      const siblings = await db.milestones
        .where('[planId+month]')
        .equals([before.planId, data.month])
        .toArray();
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

export async function setMilestoneStatus(
  id: string,
  status: MilestoneStatus,
): Promise<WriteResult> {
  return runWrite(['milestones'], async () => {
    const before = await requireMilestone(id);
    await db.milestones.put({
      ...before,
      status,
      doneOn: doneOnFor(status, before.doneOn, today()),
      updatedAt: nowIso(),
    });
    const label =
      status === 'done'
        ? `Marked ${quote(before.title)} done`
        : `Set ${quote(before.title)} to ${status === 'todo' ? 'To do' : 'In progress'}`;
    return { value: undefined, label, undo: restore(before) };
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
  /**
   * The rows as the screen last read them: the card, its plan's length and every card of the
   * target month. With them the move is written straight away and checked in the same
   * transaction (one round trip to the database instead of two); if anything differs from what
   * was seen (another tab wrote), that write is undone and the move is worked out afresh.
   */
  seen?: { card: Milestone; planLength: number; column: readonly Milestone[] };
}

type MoveResult = WriteResult<{ position: number; count: number }>;

/** What a move writes and reports, worked out from the rows it reads (or saw). */
function planMove(
  before: Milestone,
  planLength: number,
  rows: readonly Milestone[],
  target: MoveTarget,
  now: string,
) {
  checkMonthInPlan(target.month, planLength, before.month);
  const siblings = sortByRank(rows.filter((m) => m.id !== before.id));
  const index = landingIndex(siblings, target.afterId, target.beforeId);
  const placement = placeAt(siblings, index, before.id);
  const writes = placedRows(siblings, { ...before, month: target.month }, placement).map((m) => ({
    ...m,
    updatedAt: now,
  }));
  const where =
    target.month === before.month ? `within Month ${target.month}` : `to Month ${target.month}`;
  const touched = placement.kind === 'one' ? [before] : [before, ...siblings];
  const result: MoveResult = {
    value: { position: Math.min(index, siblings.length) + 1, count: siblings.length + 1 },
    label: `Moved ${quote(before.title)} ${where}`,
    undo: () => runWrite(['milestones'], async () => void (await db.milestones.bulkPut(touched))),
  };
  return { placement, writes, result };
}

const columnRows = (planId: string, month: number) =>
  db.milestones.where('[planId+month]').equals([planId, month]).toArray();

/** The rows a fast move was worked out from are not the stored ones any more. */
class SeenRowsChanged extends UserError {
  constructor() {
    super('conflict', 'The board changed while the card was moving.');
  }
}

const sameRow = (a: Milestone | undefined, b: Milestone) =>
  a !== undefined && JSON.stringify(a) === JSON.stringify(b);

function sameColumn(
  stored: readonly Milestone[],
  seen: readonly Milestone[],
  movingId: string,
): boolean {
  const ranks = new Map(seen.filter((m) => m.id !== movingId).map((m) => [m.id, m.rank]));
  const others = stored.filter((m) => m.id !== movingId);
  return others.length === ranks.size && others.every((m) => ranks.get(m.id) === m.rank);
}

/**
 * Move a card to a month and position. Writes one row, unless the neighbours share a rank
 * (two tabs wrote at once), when the column is renumbered once.
 */
export async function moveMilestone(id: string, target: MoveTarget): Promise<MoveResult> {
  const seen = target.seen;
  if (seen && seen.card.id === id) {
    const fast = planMove(seen.card, seen.planLength, seen.column, target, nowIso());
    if (fast.placement.kind === 'one') {
      try {
        return await runWrite(['plans', 'milestones'], async () => {
          // Requests in a transaction run in order: the reads see the rows before this write,
          // and throwing below undoes the write.
          const reads = Promise.all([
            db.milestones.get(id),
            db.plans.get(seen.card.planId),
            columnRows(seen.card.planId, target.month),
          ]);
          const written = db.milestones.bulkPut(fast.writes);
          written.catch(() => undefined); // awaited below, unless a read fails first
          const [card, plan, rows] = await reads;
          await written;
          if (
            !sameRow(card, seen.card) ||
            plan?.lengthMonths !== seen.planLength ||
            !sameColumn(rows, seen.column, id)
          ) {
            throw new SeenRowsChanged();
          }
          return fast.result;
        });
      } catch (e) {
        if (!(e instanceof SeenRowsChanged)) throw e;
      }
    }
  }
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
    const { writes, result } = planMove(before, plan.lengthMonths, rows, target, nowIso());
    await db.milestones.bulkPut(writes);
    return result;
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
