import { z } from 'zod';
import { CLAWBACK_KINDS, DESCRIPTION_MAX, NAME_MAX, NON_COMPETE_MAX } from '../exitPlan';
import { NOTICE_DAYS_MESSAGE, NOTICE_MAX_DAYS, NOTICE_MIN_DAYS } from '../notice';
import { EXPENSE_LABELS } from '../runway';
import { day, idSchema, money, text, timestamp } from './common';

export const noticeDaysSchema = z
  .number({ error: 'Notice period must be a number of days.' })
  .int({ error: 'Notice period must be a whole number of days.' })
  .min(NOTICE_MIN_DAYS, { error: NOTICE_DAYS_MESSAGE })
  .max(NOTICE_MAX_DAYS, { error: NOTICE_DAYS_MESSAGE });

const contractFields = {
  noticeDays: noticeDaysSchema.nullable(),
  tailRequired: z.boolean(),
  tailCost: money('Tail coverage cost').nullable(),
  nonCompeteNotes: text('Non-compete notes', NON_COMPETE_MAX),
  currentAnnualPay: money('Current annual pay').nullable(),
};

const datesFields = {
  plannedStartDate: day('Planned start date').nullable(),
  noticeGivenOn: day('Notice given on').nullable(),
};

export const expensesSchema = z.object({
  housing: money(EXPENSE_LABELS.housing).nullable(),
  food: money(EXPENSE_LABELS.food).nullable(),
  loanMinimums: money(EXPENSE_LABELS.loanMinimums).nullable(),
  insurance: money(EXPENSE_LABELS.insurance).nullable(),
  other: money(EXPENSE_LABELS.other).nullable(),
});

const runwayFields = {
  cash: money('Cash set aside').nullable(),
  expenses: expensesSchema,
  nothingLinedUp: z.boolean(),
};

/** One row per plan: the current contract, the exit dates and the runway. */
export const exitPlanSchema = z.object({
  planId: idSchema,
  ...contractFields,
  ...datesFields,
  ...runwayFields,
  /**
   * The days the runway was first complete and the notice period first saved: when the matching
   * milestones were done (domain/evidence.ts). Absent on rows saved before they were stamped.
   */
  runwaySavedOn: day('Runway saved on').nullable().optional(),
  contractSavedOn: day('Contract saved on').nullable().optional(),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type ExitPlan = z.infer<typeof exitPlanSchema>;

export const contractInputSchema = z.object(contractFields);
export type ContractInput = z.input<typeof contractInputSchema>;
export const datesInputSchema = z.object(datesFields);
export type DatesInput = z.input<typeof datesInputSchema>;
export const runwayInputSchema = z.object(runwayFields);
export type RunwayFormInput = z.input<typeof runwayInputSchema>;

/**
 * Some of the exit plan's fields, as one field is saved while it is typed (or a section's Save
 * sends what is typed there). An expense is patched on its own: the others stay as stored.
 */
export const exitPlanPatchSchema = z
  .object({
    ...contractFields,
    ...datesFields,
    ...runwayFields,
    expenses: expensesSchema.partial(),
  })
  .partial();
export type ExitPlanPatch = z.input<typeof exitPlanPatchSchema>;

const clawbackFields = {
  kind: z.enum(CLAWBACK_KINDS, { error: 'Pick what kind of payment it is.' }),
  description: text('Description', DESCRIPTION_MAX),
  amount: money('Amount'),
  endsOn: day('Ends on'),
};

export const clawbackSchema = z.object({
  id: idSchema,
  planId: idSchema,
  ...clawbackFields,
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type Clawback = z.infer<typeof clawbackSchema>;
export const clawbackInputSchema = z.object({
  ...clawbackFields,
  description: clawbackFields.description.default(''),
});
export type ClawbackInput = z.input<typeof clawbackInputSchema>;

const debtFields = {
  name: text('Name', NAME_MAX, 1),
  monthlyMinimum: money('Monthly minimum'),
  rateResetsOn: day('Variable rate resets on').nullable(),
};

export const debtSchema = z.object({
  id: idSchema,
  planId: idSchema,
  ...debtFields,
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type Debt = z.infer<typeof debtSchema>;
export const debtInputSchema = z.object({
  ...debtFields,
  rateResetsOn: debtFields.rateResetsOn.default(null),
});
export type DebtInput = z.input<typeof debtInputSchema>;
