import { z } from 'zod';
import {
  DIAGNOSE_COLUMNS,
  DIAGNOSE_NOTE_MAX,
  DIAGNOSE_TITLE_MAX,
  INDUSTRY_FITS,
} from '../diagnosis';
import { idSchema, rankSchema, text, timestamp } from './common';

const column = z.enum(DIAGNOSE_COLUMNS, { error: 'Pick a column: A, B or C.' });
const fit = z.enum(INDUSTRY_FITS, {
  error: 'Pick whether industry fixes it, may not fix it, or you are not sure.',
});

export const diagnoseItemSchema = z.object({
  id: idSchema,
  title: text('Title', DIAGNOSE_TITLE_MAX, 1),
  column,
  fit,
  note: text('Note', DIAGNOSE_NOTE_MAX),
  rank: rankSchema,
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type DiagnoseItem = z.infer<typeof diagnoseItemSchema>;

export const diagnoseItemInputSchema = z.object({
  title: diagnoseItemSchema.shape.title,
  column,
  fit: fit.default('unsure'),
  note: diagnoseItemSchema.shape.note.default(''),
});
export type DiagnoseItemInput = z.input<typeof diagnoseItemInputSchema>;
