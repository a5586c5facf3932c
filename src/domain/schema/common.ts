/**
 * Building blocks for the stored-entity schemas. This folder is the only place that imports
 * zod; it is loaded lazily (see db/schemas.ts) so the first screen does not carry it.
 */
import { z } from 'zod';
import { isDay, isMonth } from '../calendar';
import { isHttpUrl } from '../url';

export const idSchema = z.string().min(1).max(100);
export const timestampSchema = z.iso.datetime({ offset: true });

export const daySchema = z
  .string({ error: 'Enter a date.' })
  .refine(isDay, { error: 'Enter a real date (year, month and day).' });

export const monthSchema = z
  .string({ error: 'Enter a month.' })
  .refine(isMonth, { error: 'Enter a real month, like 2027-01.' });

/** Trimmed text between `min` and `max` characters, with messages that name the field. */
export function text(label: string, max: number, min = 0) {
  return z
    .string({ error: `${label} must be text.` })
    .trim()
    .min(min, {
      error: min === 1 ? `${label} can’t be empty.` : `${label} needs at least ${min} characters.`,
    })
    .max(max, {
      error: (issue) =>
        `${label} can be at most ${max} characters (this one has ${String((issue.input as string).length)}).`,
    });
}

/** A whole number of currency units, never negative. */
export function money(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .int({ error: `${label} must be a whole number.` })
    .min(0, { error: `${label} can’t be negative.` })
    .max(1_000_000_000, { error: `${label} looks too large.` });
}

export function percent(label: string) {
  return z
    .number({ error: `${label} must be a number.` })
    .min(0, { error: `${label} must be between 0 and 100.` })
    .max(100, { error: `${label} must be between 0 and 100.` });
}

/** An http(s) link, or empty. Anything else (javascript:, data:, file:) is refused. */
export function httpUrl(label: string) {
  return z
    .string()
    .trim()
    .max(2000, { error: `${label} is too long.` })
    .refine((v) => v === '' || isHttpUrl(v), {
      error: `${label} must be a web address starting with http:// or https://.`,
    });
}

/** The first problem in a failed parse, as a sentence, with the field it is about. */
export function firstIssue(error: z.ZodError): { message: string; path: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'That input is not valid.', path: '' };
  return { message: issue.message, path: issue.path.map(String).join('.') };
}
