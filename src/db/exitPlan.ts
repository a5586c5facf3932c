/**
 * The exit plan: one row per plan (contract, dates, runway), plus clawbacks and debts as rows
 * of their own. The row is created on the first save; until then readers get the defaults.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { defaultExitPlan } from './exitPlanRead';
import type { Table } from 'dexie';
import type { z } from 'zod';
import { dayLabel, today as todayOf, type Day } from '../domain/calendar';
import { UserError } from '../domain/errors';
import { newId, nowIso } from '../domain/ids';
import { quote } from '../domain/quote';
import { hasWrittenOfferInHand, opportunityName } from '../domain/opportunity';
import { runway } from '../domain/runway';
import type {
  Clawback,
  ClawbackInput,
  ContractInput,
  DatesInput,
  Debt,
  DebtInput,
  ExitPlan,
  ExitPlanPatch,
  RunwayFormInput,
} from '../domain/schema/exitPlan';
import { db } from './database';
import { loadSchemas, type Schemas } from './schemas';
import { requireOpportunity } from './opportunities';
import { applyEdit, found, requirePlan, runWrite, validate, type WriteResult } from './write';

export { defaultExitPlan, useExitPlan } from './exitPlanRead';

/**
 * Merge part of the exit plan into its row (creating it). With `since` (the exit plan as the form
 * started from), only the fields of `patch` the user changed. Call inside a transaction.
 */
async function putPart(
  planId: string,
  patch: Partial<ExitPlan>,
  check?: (before: ExitPlan, after: ExitPlan) => void,
  since?: ExitPlan,
): Promise<void> {
  await requirePlan(planId);
  const base = (await db.exitPlans.get(planId)) ?? defaultExitPlan(planId);
  const { row } = applyEdit(base, patch, since, 'exit plan');
  check?.(base, row);
  const next = { ...row, planId, updatedAt: nowIso() };
  await db.exitPlans.put({ ...next, ...evidenceDays(base, next) });
}

/**
 * The days the runway first became complete and the notice period was first entered: the
 * milestones they tick are done on those days (domain/evidence.ts). Cleared when the data goes.
 */
function evidenceDays(before: ExitPlan, after: ExitPlan, day: Day = todayOf()) {
  const runwayIn = (x: ExitPlan) => runway(x).months !== null;
  const since = (was: boolean, now: boolean, stamp: Day | null | undefined) =>
    !now ? null : was ? (stamp ?? null) : day;
  return {
    runwaySavedOn: since(runwayIn(before), runwayIn(after), before.runwaySavedOn),
    contractSavedOn: since(
      before.noticeDays !== null,
      after.noticeDays !== null,
      before.contractSavedOn,
    ),
  };
}

function savePart(
  planId: string,
  patch: Partial<ExitPlan>,
  label: string,
  check?: (before: ExitPlan, after: ExitPlan) => void,
  since?: ExitPlan,
): Promise<WriteResult> {
  return runWrite(['plans', 'exitPlans'], async () => {
    await putPart(planId, patch, check, since);
    return { value: undefined, label };
  });
}

export async function saveContract(
  planId: string,
  input: ContractInput,
  since?: ExitPlan,
): Promise<WriteResult> {
  const { contractInputSchema } = await loadSchemas();
  const data = await validate(contractInputSchema, input);
  return savePart(
    planId,
    { ...data, tailCost: data.tailRequired ? data.tailCost : null },
    'Saved your contract terms',
    undefined,
    since,
  );
}

/**
 * Planned start date and notice date. A start date that changes must not be in the past (a
 * date already saved may pass quietly); notice can only have been given today or earlier.
 */
export async function saveExitDates(
  planId: string,
  input: DatesInput,
  today: Day = todayOf(),
  since?: ExitPlan,
): Promise<WriteResult> {
  const { datesInputSchema } = await loadSchemas();
  const data = await validate(datesInputSchema, input);
  checkNoticeGiven(data.noticeGivenOn, today);
  return savePart(
    planId,
    data,
    'Saved your exit dates',
    (before, after) => checkStartDate(after.plannedStartDate, before.plannedStartDate, today),
    since,
  );
}

function checkNoticeGiven(noticeGivenOn: Day | null | undefined, today: Day) {
  if (noticeGivenOn && noticeGivenOn > today) {
    throw new UserError(
      'validation',
      'Notice given on can’t be in the future. Enter it on the day you give notice.',
      'noticeGivenOn',
    );
  }
}

function checkStartDate(next: Day | null, previous: Day | null, today: Day) {
  if (next && next !== previous && next < today) {
    throw new UserError(
      'validation',
      `The planned start date can’t be in the past. Pick ${dayLabel(today)} or later.`,
      'plannedStartDate',
    );
  }
}

/**
 * Some fields of the exit plan, as they are typed: one write per change, only the fields given
 * (an expense alone leaves the others as stored). The same rules as the sections' saves: a
 * start date set now is not in the past, notice was given today or earlier.
 */
export async function saveExitPlanFields(
  planId: string,
  patch: ExitPlanPatch,
  label: string,
  today: Day = todayOf(),
): Promise<WriteResult> {
  const { exitPlanPatchSchema } = await loadSchemas();
  const { expenses, ...data } = await validate(exitPlanPatchSchema, patch);
  checkNoticeGiven(data.noticeGivenOn, today);
  return runWrite(['plans', 'exitPlans'], async () => {
    await requirePlan(planId);
    const base = (await db.exitPlans.get(planId)) ?? defaultExitPlan(planId);
    if (data.plannedStartDate !== undefined)
      checkStartDate(data.plannedStartDate, base.plannedStartDate, today);
    await db.exitPlans.put({
      ...base,
      ...definedOnly(data),
      expenses: { ...base.expenses, ...definedOnly(expenses ?? {}) },
      planId,
      updatedAt: nowIso(),
    });
    return { value: undefined, label };
  });
}

/** The entries whose value is given (null included): what a patch changes. */
function definedOnly<T extends object>(patch: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as {
    [K in keyof T]: Exclude<T[K], undefined>;
  };
}

export async function saveRunway(
  planId: string,
  input: RunwayFormInput,
  since?: ExitPlan,
): Promise<WriteResult> {
  const { runwayInputSchema } = await loadSchemas();
  const data = await validate(runwayInputSchema, input);
  return savePart(planId, data, 'Saved your runway', undefined, since);
}

/** Written offer in hand: make its proposed start date the planned start date, in one step. */
export async function applyOfferStartDate(
  planId: string,
  opportunityId: string,
  today: Day = todayOf(),
): Promise<WriteResult<Day>> {
  await loadSchemas();
  return runWrite(['plans', 'exitPlans', 'opportunities'], async () => {
    const o = await requireOpportunity(opportunityId);
    if (!hasWrittenOfferInHand(o)) {
      throw new UserError(
        'validation',
        'Only a written offer’s start date can become your planned start date.',
      );
    }
    const start = o.proposedStartDate;
    if (!start)
      throw new UserError(
        'validation',
        `${opportunityName(o)} has no proposed start date yet. Add it to the opportunity first.`,
      );
    if (start < today)
      throw new UserError(
        'validation',
        `That start date (${dayLabel(start)}) is already past. Agree a new one, then add it to the offer.`,
      );
    await putPart(planId, { plannedStartDate: start });
    return {
      value: start,
      label: `Planned start date set to ${dayLabel(start)}, from ${opportunityName(o)}`,
    };
  });
}

/* Clawbacks and debts: small lists that belong to the plan, with the same three writes. */

interface PlanItem {
  id: string;
  planId: string;
  createdAt: string;
  updatedAt: string;
}

function planItems<Row extends PlanItem, S extends z.ZodType>(
  tableName: 'clawbacks' | 'debts',
  schemaOf: (s: Schemas) => S,
  nameOf: (row: Omit<Row, keyof PlanItem>) => string,
) {
  const table = () => db.table(tableName) as Table<Row, string>;
  const require = async (id: string) => found(await table().get(id), 'entry');
  return {
    add: async (planId: string, input: z.input<S>): Promise<WriteResult<string>> => {
      const data = (await validate(schemaOf(await loadSchemas()), input)) as Omit<
        Row,
        keyof PlanItem
      >;
      return runWrite(['plans', tableName], async () => {
        await requirePlan(planId);
        const now = nowIso();
        const id = newId();
        await table().add({ ...data, id, planId, createdAt: now, updatedAt: now } as Row);
        return { value: id, label: `Added ${nameOf(data)}` };
      });
    },
    /** With `since` (the entry as its form opened), only the fields the user changed. */
    update: async (id: string, input: z.input<S>, since?: Row): Promise<WriteResult> => {
      const data = (await validate(schemaOf(await loadSchemas()), input)) as Omit<
        Row,
        keyof PlanItem
      >;
      return runWrite([tableName], async () => {
        const { row, changed } = applyEdit(
          (await require(id)) as Row & Record<string, unknown>,
          data as Partial<Row & Record<string, unknown>>,
          since as (Row & Record<string, unknown>) | undefined,
          'entry',
        );
        if (changed.length > 0) await table().put({ ...row, updatedAt: nowIso() });
        return { value: undefined, label: `Saved ${nameOf(row)}` };
      });
    },
    remove: async (id: string): Promise<WriteResult> =>
      runWrite([tableName], async () => {
        const before = await require(id);
        await table().delete(id);
        return { value: undefined, label: `Deleted ${nameOf(before)}` };
      }),
  };
}

const clawbacks = planItems<Clawback, Schemas['clawbackInputSchema']>(
  'clawbacks',
  (s) => s.clawbackInputSchema,
  (c) => `the clawback ending ${dayLabel(c.endsOn)}`,
);
export const addClawback: (planId: string, input: ClawbackInput) => Promise<WriteResult<string>> =
  clawbacks.add;
export const updateClawback: (
  id: string,
  input: ClawbackInput,
  since?: Clawback,
) => Promise<WriteResult> = clawbacks.update;
export const deleteClawback = clawbacks.remove;

const debts = planItems<Debt, Schemas['debtInputSchema']>(
  'debts',
  (s) => s.debtInputSchema,
  (d) => quote(d.name),
);
export const addDebt: (planId: string, input: DebtInput) => Promise<WriteResult<string>> =
  debts.add;
export const updateDebt: (id: string, input: DebtInput, since?: Debt) => Promise<WriteResult> =
  debts.update;
export const deleteDebt = debts.remove;

/** Clawbacks, soonest end date first. `undefined` while loading. */
export function useClawbacks(planId: string | undefined): Clawback[] | undefined {
  return useLiveQuery(async () => {
    if (!planId) return [];
    const rows = await db.clawbacks.where('planId').equals(planId).toArray();
    return rows.sort((a, b) =>
      a.endsOn < b.endsOn ? -1 : a.endsOn > b.endsOn ? 1 : a.id < b.id ? -1 : 1,
    );
  }, [planId]);
}

/** Debts, in the order they were added. `undefined` while loading. */
export function useDebts(planId: string | undefined): Debt[] | undefined {
  return useLiveQuery(async () => {
    if (!planId) return [];
    const rows = await db.debts.where('planId').equals(planId).toArray();
    return rows.sort((a, b) =>
      a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
    );
  }, [planId]);
}
