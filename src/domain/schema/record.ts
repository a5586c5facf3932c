import { z } from 'zod';
import {
  INDUSTRY_SKILLS,
  RECORD_IMPACT_MAX,
  RECORD_KINDS,
  RECORD_ROLE_MAX,
  RECORD_TITLE_MAX,
} from '../record';
import { day, idSchema, text, timestamp } from './common';

export const recordEntrySchema = z.object({
  id: idSchema,
  date: day('Date'),
  kind: z.enum(RECORD_KINDS, { error: 'Pick what kind of work it was.' }),
  title: text('Title', RECORD_TITLE_MAX, 1),
  role: text('Your role', RECORD_ROLE_MAX),
  impact: text('Impact', RECORD_IMPACT_MAX),
  skills: z
    .array(z.enum(INDUSTRY_SKILLS, { error: 'Pick skills from the list.' }))
    .max(INDUSTRY_SKILLS.length),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type RecordEntry = z.infer<typeof recordEntrySchema>;

export const recordEntryInputSchema = z.object({
  date: recordEntrySchema.shape.date,
  kind: recordEntrySchema.shape.kind,
  title: recordEntrySchema.shape.title,
  role: recordEntrySchema.shape.role.default(''),
  impact: recordEntrySchema.shape.impact.default(''),
  skills: recordEntrySchema.shape.skills.default([]),
});
export type RecordEntryInput = z.input<typeof recordEntryInputSchema>;
