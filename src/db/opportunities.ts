import { useLiveQuery } from 'dexie-react-hooks';
import { today as todayOf, type Day } from '../domain/calendar';
import { newId, nowIso } from '../domain/ids';
import { quote } from '../domain/quote';
import {
  CLOSED_REASON_LABELS,
  opportunityName,
  STAGE_LABELS,
  withStageChange,
  type ClosedReason,
  type Stage,
} from '../domain/opportunity';
import { landingIndex, placeAt, placedRows, rankAtEnd, sortByRank } from '../domain/rank';
import type { Opportunity, OpportunityInput } from '../domain/schema/opportunity';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, requirePlan, runWrite, validate, type WriteResult } from './write';

/** The plan's opportunities in card order (group them by stage to show the board). `undefined` while loading. */
export function useOpportunities(planId: string | undefined): Opportunity[] | undefined {
  return useLiveQuery(async () => {
    if (!planId) return [];
    return sortByRank(await db.opportunities.where('planId').equals(planId).toArray());
  }, [planId]);
}

const named = (o: { company: string; title: string }) => quote(opportunityName(o));

export const requireOpportunity = async (id: string): Promise<Opportunity> =>
  found(await db.opportunities.get(id), 'opportunity');

async function stageColumn(
  planId: string,
  stage: Stage,
  exceptId?: string,
): Promise<Opportunity[]> {
  const rows = await db.opportunities.where('[planId+stage]').equals([planId, stage]).toArray();
  return sortByRank(rows.filter((o) => o.id !== exceptId));
}

function stageWords(stage: Stage, reason: ClosedReason | null): string {
  return stage === 'closed' && reason
    ? `Closed (${CLOSED_REASON_LABELS[reason].toLowerCase()})`
    : STAGE_LABELS[stage];
}

export async function addOpportunity(
  planId: string,
  input: OpportunityInput,
  today: Day = todayOf(),
): Promise<WriteResult<string>> {
  const { opportunityInputSchema } = await loadSchemas();
  const data = await validate(opportunityInputSchema, input);
  const closedReason = data.stage === 'closed' ? data.closedReason : null;
  return runWrite(['plans', 'opportunities'], async () => {
    await requirePlan(planId);
    const now = nowIso();
    const id = newId();
    await db.opportunities.add({
      id,
      planId,
      ...data,
      closedReason,
      history: [{ stage: data.stage, on: today, reason: closedReason }],
      rank: rankAtEnd(await stageColumn(planId, data.stage)),
      createdAt: now,
      updatedAt: now,
    });
    return { value: id, label: `Added ${named(data)} to ${STAGE_LABELS[data.stage]}` };
  });
}

/**
 * Save the dialog. A change of stage is recorded in the history and puts the card last in its new
 * column. With `since` (the opportunity as the dialog opened it), only the fields the user changed
 * are written: a move from another tab meanwhile, and its history, stay.
 */
export async function updateOpportunity(
  id: string,
  input: OpportunityInput,
  today: Day = todayOf(),
  since?: Opportunity,
): Promise<WriteResult> {
  const { opportunityInputSchema } = await loadSchemas();
  const data = await validate(opportunityInputSchema, input);
  const mine = { ...data, closedReason: data.stage === 'closed' ? data.closedReason : null };
  return runWrite(['opportunities'], async () => {
    const before = await requireOpportunity(id);
    const { row, changed } = applyEdit(before, mine, since, 'opportunity');
    const moved = row.stage !== before.stage;
    if (changed.length > 0) {
      const rank = moved ? rankAtEnd(await stageColumn(before.planId, row.stage, id)) : before.rank;
      await db.opportunities.put({
        ...row,
        history: withStageChange(before.history, row.stage, row.closedReason, today),
        rank,
        updatedAt: nowIso(),
      });
    }
    const where = moved ? ` and moved it to ${stageWords(row.stage, row.closedReason)}` : '';
    return { value: undefined, label: `Saved ${named(row)}${where}` };
  });
}

export interface StageMove {
  stage: Stage;
  /** The card it should follow, as the user saw the column. */
  afterId: string | null;
  /** The card it should precede. */
  beforeId: string | null;
  /** Needed when moving to Closed. */
  closedReason?: ClosedReason | null;
}

/**
 * Move a card to a stage and position: one row written (unless two tabs gave neighbours the
 * same rank, when the column is renumbered once). A new stage is added to the history.
 */
export async function moveOpportunity(
  id: string,
  target: StageMove,
  today: Day = todayOf(),
): Promise<WriteResult<{ position: number; count: number }>> {
  const { stageMoveSchema } = await loadSchemas();
  const { stage, closedReason } = await validate(stageMoveSchema, {
    stage: target.stage,
    closedReason: target.closedReason ?? null,
  });
  return runWrite(['opportunities'], async () => {
    const before = await requireOpportunity(id);
    const column = await stageColumn(before.planId, stage, id);
    const index = landingIndex(column, target.afterId, target.beforeId);
    const reason = stage === 'closed' ? closedReason : null;
    const moved: Opportunity = {
      ...before,
      stage,
      closedReason: reason,
      history: withStageChange(before.history, stage, reason, today),
      updatedAt: nowIso(),
    };
    const placement = placeAt(column, index, id);
    await db.opportunities.bulkPut(placedRows(column, moved, placement));
    const label =
      stage === before.stage
        ? `Moved ${named(before)} within ${STAGE_LABELS[stage]}`
        : `Moved ${named(before)} to ${stageWords(stage, reason)}`;
    return {
      value: { position: Math.min(index, column.length) + 1, count: column.length + 1 },
      label,
    };
  });
}

export async function deleteOpportunity(id: string): Promise<WriteResult> {
  return runWrite(['opportunities'], async () => {
    const before = await requireOpportunity(id);
    await db.opportunities.delete(id);
    return { value: undefined, label: `Deleted ${named(before)}` };
  });
}
