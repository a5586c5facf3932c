import { useLiveQuery } from 'dexie-react-hooks';
import { UserError } from '../domain/errors';
import {
  COLUMN_INFO,
  FIT_LABELS,
  INDUSTRY_FITS,
  type DiagnoseColumn,
  type IndustryFit,
} from '../domain/diagnosis';
import { newId, nowIso } from '../domain/ids';
import { quote } from '../domain/quote';
import { landingIndex, placeAt, rankAtEnd, sortByRank } from '../domain/rank';
import type { DiagnoseItem, DiagnoseItemInput } from '../domain/schema/diagnose';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, runWrite, validate, type WriteResult } from './write';

/** Every item on the diagnose board, in card order. `undefined` while loading. */
export function useDiagnoseItems(): DiagnoseItem[] | undefined {
  return useLiveQuery(async () => sortByRank(await db.diagnoseItems.toArray()));
}

const letter = (column: DiagnoseColumn) => COLUMN_INFO[column].letter;

const requireItem = async (id: string) => found(await db.diagnoseItems.get(id), 'item');

export async function addDiagnoseItem(input: DiagnoseItemInput): Promise<WriteResult<string>> {
  const { diagnoseItemInputSchema } = await loadSchemas();
  const data = await validate(diagnoseItemInputSchema, input);
  return runWrite(['diagnoseItems'], async () => {
    const siblings = await db.diagnoseItems.where('column').equals(data.column).toArray();
    const now = nowIso();
    const id = newId();
    await db.diagnoseItems.add({
      id,
      ...data,
      rank: rankAtEnd(siblings),
      createdAt: now,
      updatedAt: now,
    });
    return { value: id, label: `Added ${quote(data.title)} to ${letter(data.column)}` };
  });
}

/** Save the dialog: with `since` (the item as it opened), only the fields the user changed. */
export async function updateDiagnoseItem(
  id: string,
  input: DiagnoseItemInput,
  since?: DiagnoseItem,
): Promise<WriteResult> {
  const { diagnoseItemInputSchema } = await loadSchemas();
  const data = await validate(diagnoseItemInputSchema, input);
  return runWrite(['diagnoseItems'], async () => {
    const before = await requireItem(id);
    const { row, changed } = applyEdit(before, data, since, 'item');
    const moved = row.column !== before.column;
    if (changed.length > 0) {
      const rank = moved
        ? rankAtEnd(await db.diagnoseItems.where('column').equals(row.column).toArray())
        : before.rank;
      await db.diagnoseItems.put({ ...row, rank, updatedAt: nowIso() });
    }
    return {
      value: undefined,
      label: `Saved ${quote(row.title)}${moved ? ` and moved it to ${letter(row.column)}` : ''}`,
    };
  });
}

/** Tag an item with whether industry usually fixes it (the card's quick choice). */
export async function setDiagnoseFit(id: string, fit: IndustryFit): Promise<WriteResult> {
  if (!INDUSTRY_FITS.includes(fit))
    throw new UserError(
      'validation',
      'Pick whether industry fixes it, may not fix it, or you are not sure.',
      'fit',
    );
  return runWrite(['diagnoseItems'], async () => {
    const before = await requireItem(id);
    await db.diagnoseItems.put({ ...before, fit, updatedAt: nowIso() });
    return {
      value: undefined,
      label: `Marked ${quote(before.title)}: ${FIT_LABELS[fit].toLowerCase()}`,
    };
  });
}

export interface DiagnoseMoveTarget {
  column: DiagnoseColumn;
  afterId: string | null;
  beforeId: string | null;
}

/** Move a card to a column and place. One row is written unless neighbours share a rank. */
export async function moveDiagnoseItem(
  id: string,
  target: DiagnoseMoveTarget,
): Promise<WriteResult<{ position: number; count: number }>> {
  if (!(target.column in COLUMN_INFO))
    throw new UserError('validation', 'Pick a column: A, B or C.', 'column');
  return runWrite(['diagnoseItems'], async () => {
    const before = await requireItem(id);
    const column = sortByRank(
      (await db.diagnoseItems.where('column').equals(target.column).toArray()).filter(
        (i) => i.id !== id,
      ),
    );
    const index = landingIndex(column, target.afterId, target.beforeId);
    const placement = placeAt(column, index, id);
    const now = nowIso();
    if (placement.kind === 'one') {
      await db.diagnoseItems.put({
        ...before,
        column: target.column,
        rank: placement.rank,
        updatedAt: now,
      });
    } else {
      const byId = new Map(column.map((i) => [i.id, i]));
      byId.set(id, { ...before, column: target.column });
      await db.diagnoseItems.bulkPut(
        placement.order.flatMap((iid, i) => {
          const item = byId.get(iid);
          const rank = placement.ranks[i];
          return item && rank ? [{ ...item, rank, updatedAt: now }] : [];
        }),
      );
    }
    const where =
      target.column === before.column
        ? `within ${letter(target.column)}`
        : `to ${letter(target.column)}`;
    return {
      value: { position: index + 1, count: column.length + 1 },
      label: `Moved ${quote(before.title)} ${where}`,
    };
  });
}

export async function deleteDiagnoseItem(id: string): Promise<WriteResult> {
  return runWrite(['diagnoseItems'], async () => {
    const before = await requireItem(id);
    await db.diagnoseItems.delete(id);
    return { value: undefined, label: `Deleted ${quote(before.title)}` };
  });
}
