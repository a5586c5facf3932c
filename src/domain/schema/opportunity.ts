import { z } from 'zod';
import {
  CLOSED_REASONS,
  COMPANY_MAX,
  COMPANY_SIZE_MAX,
  HISTORY_MAX,
  NOTES_MAX,
  OFFICE_DAYS_MAX,
  REFERRED_BY_MAX,
  REMOTE_POLICIES,
  STAGES,
  TITLE_MAX,
} from '../opportunity';
import { ROLE_TYPE_IDS } from '../roleTypes';
import { POSTING_EXAMPLE } from '../url';
import { day, httpUrl, idSchema, money, percent, rankSchema, text, timestamp } from './common';

const stage = z.enum(STAGES, { error: 'Pick a stage from the list.' });
const closedReason = z.enum(CLOSED_REASONS, {
  error: 'Pick why it closed: declined, rejected or withdrawn.',
});

export const stageChangeSchema = z.object({
  stage,
  on: day('Stage changed on'),
  reason: closedReason.nullable(),
});

const officeDays = z
  .number({ error: 'Office days must be a number.' })
  .int({ error: 'Office days must be a whole number.' })
  .min(0, { error: `Office days must be from 0 to ${OFFICE_DAYS_MAX} a month.` })
  .max(OFFICE_DAYS_MAX, { error: `Office days must be from 0 to ${OFFICE_DAYS_MAX} a month.` });

const companySize = z
  .number({ error: 'Company size must be a number of people.' })
  .int({ error: 'Company size must be a whole number of people.' })
  .min(1, { error: 'Company size must be at least 1 person.' })
  .max(COMPANY_SIZE_MAX, { error: 'Company size looks too large.' });

/** What the add/edit dialog sends. */
const opportunityFields = {
  company: text('Company', COMPANY_MAX, 1),
  title: text('Title', TITLE_MAX, 1),
  roleType: z.enum(ROLE_TYPE_IDS, { error: 'Pick a role type from the list.' }),
  /** A contact from Networking, once that table exists; `referredBy` keeps the name meanwhile. */
  referralContactId: idSchema.nullable(),
  referredBy: text('Referred by', REFERRED_BY_MAX),
  link: httpUrl('Link', POSTING_EXAMPLE),
  baseSalary: money('Base salary').nullable(),
  bonusPercent: percent('Target bonus').nullable(),
  signOnBonus: money('Sign-on bonus').nullable(),
  equityPerYear: money('Equity per year').nullable(),
  remotePolicy: z.enum(REMOTE_POLICIES, { error: 'Pick remote, hybrid or on-site.' }).nullable(),
  officeDaysPerMonth: officeDays.nullable(),
  travelPercent: percent('Travel').nullable(),
  /**
   * Share of the week the role leaves for clinical work (compared with the vision's clinical
   * share). Absent on rows and backups from before it was asked.
   */
  clinicalShare: percent('Clinical time').nullable().optional(),
  companySize: companySize.nullable(),
  proposedStartDate: day('Proposed start date').nullable(),
  notes: text('Notes', NOTES_MAX),
  stage,
  closedReason: closedReason.nullable(),
};

function closedNeedsReason(
  v: { stage: string; closedReason: string | null },
  ctx: z.RefinementCtx,
) {
  if (v.stage === 'closed' && !v.closedReason) {
    ctx.addIssue({
      code: 'custom',
      path: ['closedReason'],
      message: 'Pick why it closed: declined, rejected or withdrawn.',
    });
  }
}

export const opportunitySchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    ...opportunityFields,
    history: z
      .array(stageChangeSchema)
      .min(1, { error: 'An opportunity needs its stage history.' })
      .max(HISTORY_MAX),
    rank: rankSchema,
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  })
  .superRefine(closedNeedsReason);

export type Opportunity = z.infer<typeof opportunitySchema>;
export type StageChangeRecord = z.infer<typeof stageChangeSchema>;

export const opportunityInputSchema = z
  .object({
    ...opportunityFields,
    referralContactId: opportunityFields.referralContactId.default(null),
    referredBy: opportunityFields.referredBy.default(''),
    link: opportunityFields.link.default(''),
    baseSalary: opportunityFields.baseSalary.default(null),
    bonusPercent: opportunityFields.bonusPercent.default(null),
    signOnBonus: opportunityFields.signOnBonus.default(null),
    equityPerYear: opportunityFields.equityPerYear.default(null),
    remotePolicy: opportunityFields.remotePolicy.default(null),
    officeDaysPerMonth: opportunityFields.officeDaysPerMonth.default(null),
    travelPercent: opportunityFields.travelPercent.default(null),
    clinicalShare: percent('Clinical time').nullable().default(null),
    companySize: opportunityFields.companySize.default(null),
    proposedStartDate: opportunityFields.proposedStartDate.default(null),
    notes: opportunityFields.notes.default(''),
    stage: stage.default('target'),
    closedReason: opportunityFields.closedReason.default(null),
  })
  .superRefine(closedNeedsReason);
export type OpportunityInput = z.input<typeof opportunityInputSchema>;

export const stageMoveSchema = z
  .object({ stage, closedReason: closedReason.nullable().default(null) })
  .superRefine(closedNeedsReason);
