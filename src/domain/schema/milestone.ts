import { z } from 'zod';
import { EVIDENCE_CHOICES } from '../evidence';
import { PLAN_MAX_MONTHS } from '../plan';
import {
  DESCRIPTION_MAX,
  MILESTONE_CATEGORIES,
  MILESTONE_STATUSES,
  NOTES_MAX,
  TITLE_MAX,
} from '../milestone';
import { day, idSchema, rankSchema, text, timestamp } from './common';

const planPosition = z
  .number({ error: 'Month must be a number.' })
  .int({ error: 'Month must be a whole number.' })
  .min(1, { error: 'Pick a month of the plan.' })
  .max(PLAN_MAX_MONTHS, { error: 'Pick a month of the plan.' });

const evidenceChoice = z.enum(EVIDENCE_CHOICES, { error: 'Pick what ticks this milestone.' });

export const milestoneSchema = z.object({
  id: idSchema,
  planId: idSchema,
  title: text('Title', TITLE_MAX, 1),
  description: text('Description', DESCRIPTION_MAX),
  notes: text('Notes', NOTES_MAX),
  /** Position in the plan, 1-based. May exceed the plan length after the plan is shortened. */
  month: planPosition,
  /** The month it was first planned for; slips are measured against it. */
  baselineMonth: planPosition,
  rank: rankSchema,
  status: z.enum(MILESTONE_STATUSES, { error: 'Pick a status: To do, In progress or Done.' }),
  category: z.enum(MILESTONE_CATEGORIES, { error: 'Pick a category from the list.' }),
  /** Set on milestones that come from the template (e.g. "give-notice"), so other screens can find them. */
  templateKey: z.string().max(60).nullable(),
  doneOn: day('Done on').nullable(),
  /**
   * What ticks it (domain/evidence.ts): a kind of evidence, 'none' (by hand only), or null /
   * absent to follow its template's evidence. Absent on rows and backups from before evidence.
   */
  evidence: evidenceChoice.nullable().optional(),
  /** Marked not done by hand although its evidence is met: it stays open until ticked. */
  keepOpen: z.boolean().optional(),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});

export type Milestone = z.infer<typeof milestoneSchema>;

/** What the add/edit dialog sends. */
export const milestoneInputSchema = z.object({
  title: milestoneSchema.shape.title,
  description: milestoneSchema.shape.description.default(''),
  notes: milestoneSchema.shape.notes.default(''),
  month: planPosition,
  status: milestoneSchema.shape.status.default('todo'),
  category: milestoneSchema.shape.category.default('other'),
  evidence: evidenceChoice.nullable().default(null),
  keepOpen: z.boolean().default(false),
});
export type MilestoneInput = z.input<typeof milestoneInputSchema>;
