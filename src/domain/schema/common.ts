/**
 * Building blocks for the stored-entity schemas. This folder is the only place that imports
 * zod; it is loaded lazily (see db/schemas.ts) so the first screen does not carry it.
 */
import { z } from 'zod';
import {
  dayLabel,
  isDay,
  isMonth,
  isStoredDay,
  isStoredMonth,
  monthLabel,
  STORED_DAYS,
  STORED_MONTHS,
} from '../calendar';
import { isValidRank } from '../rank';
import { webAddress, webAddressProblem } from '../url';

/** What each JSON type is called in a message. */
const TYPE_WORDS: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'yes or no (true or false)',
  array: 'a list',
  object: 'a group of fields',
  null: 'empty (null)',
};

/**
 * Plain words for the checks that carry no message of their own (a field missing from a backup's
 * record, a value of the wrong type): the import puts the field's name before them. Never zod's
 * own wording ("Invalid input: expected string, received undefined").
 */
z.config({
  customError: (iss) => {
    switch (iss.code) {
      case 'invalid_type':
        return iss.input === undefined
          ? 'This field is missing.'
          : `This must be ${TYPE_WORDS[iss.expected] ?? iss.expected}.`;
      case 'invalid_value':
        return 'This is not one of the values Pivotboard knows.';
      case 'too_big':
        return iss.origin === 'string' || iss.origin === 'array'
          ? 'This is too long.'
          : 'This is too large.';
      case 'too_small':
        return iss.origin === 'string' || iss.origin === 'array'
          ? 'This is too short.'
          : 'This is too small.';
      case 'invalid_format':
        return 'This is not written the way Pivotboard writes it.';
      case 'invalid_union':
      case 'invalid_key':
      case 'invalid_element':
      case 'custom':
        return 'This is not a value Pivotboard can use.';
      default:
        return undefined;
    }
  },
});

export const idSchema = z.string().min(1).max(100);

/** The years a stored time may have: none before computers kept them, none past `STORED_DAYS`. */
const TIMESTAMP_YEARS = { earliest: 1970, latest: Number(STORED_DAYS.latest.slice(0, 4)) };
/** Clocks on two devices disagree a little: a time this far ahead is still "now". */
const CLOCK_SKEW_MS = 24 * 60 * 60 * 1000;

/**
 * A moment as an ISO timestamp with its offset ("2027-03-01T09:30:00.000Z"), from 1970 to the
 * last stored year; `notFuture` also refuses one more than a day ahead of this device's clock
 * (a backup's export time: one dated 9999 would stop the backup reminder for good).
 */
export function timestamp(label: string, { notFuture = false } = {}) {
  return z.iso
    .datetime({
      offset: true,
      error: (iss) =>
        typeof iss.input === 'string'
          ? `${label}: enter a date and time like 2027-03-01T09:30:00Z.`
          : `${label}: enter a date and time.`,
      abort: true,
    })
    .refine(
      (v) => {
        const year = new Date(v).getUTCFullYear();
        return year >= TIMESTAMP_YEARS.earliest && (notFuture || year <= TIMESTAMP_YEARS.latest);
      },
      {
        error: notFuture
          ? `${label}: pick a time from ${TIMESTAMP_YEARS.earliest} on.`
          : `${label}: pick a time from ${TIMESTAMP_YEARS.earliest} to ${TIMESTAMP_YEARS.latest}.`,
        abort: true,
      },
    )
    .refine((v) => !notFuture || Date.parse(v) <= Date.now() + CLOCK_SKEW_MS, {
      error: `${label}: this time is in the future on this device’s clock.`,
    });
}

/** A calendar day (`yyyy-MM-dd`) inside `STORED_DAYS`; messages name the field. */
export function day(label: string) {
  return z
    .string({ error: `${label}: enter a date.` })
    .refine(isDay, { error: `${label}: enter a real date (year, month and day).`, abort: true })
    .refine(isStoredDay, {
      error: `${label}: pick a date between ${dayLabel(STORED_DAYS.earliest)} and ${dayLabel(STORED_DAYS.latest)}.`,
    });
}

/** A calendar month (`yyyy-MM`) inside `STORED_MONTHS`; messages name the field. */
export function month(label: string) {
  return z
    .string({ error: `${label}: enter a month.` })
    .refine(isMonth, { error: `${label}: enter a real month, like 2027-01.`, abort: true })
    .refine(isStoredMonth, {
      error: `${label}: pick a month between ${monthLabel(STORED_MONTHS.earliest)} and ${monthLabel(STORED_MONTHS.latest)}.`,
    });
}

/**
 * A card's order key in its column (fractional indexing, domain/rank.ts): one the key library
 * accepts, or no card could be placed before or after it.
 */
export const rankSchema = z
  .string({ error: 'Order in the column: the order key is missing.' })
  .max(500, { error: 'Order in the column: the order key is too long.' })
  .refine(isValidRank, { error: 'Order in the column: the order key is damaged.' });

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

/**
 * An http(s) link, or empty; a bare host ("linkedin.com/in/name") is stored as https. Anything
 * else (javascript:, data:, file:, mailto:) is refused, so imports and sync obey it too.
 */
export function httpUrl(label: string, example: string) {
  return z
    .string()
    .trim()
    .max(2000, { error: `${label} is too long.` })
    .transform((v, ctx) => {
      const address = webAddress(v);
      if (address !== null) return address;
      ctx.issues.push({ code: 'custom', message: webAddressProblem(label, example), input: v });
      return z.NEVER;
    });
}

/** The first problem in a failed parse, as a sentence, with the field it is about. */
export function firstIssue(error: z.ZodError): { message: string; path: string } {
  const issue = error.issues[0];
  if (!issue) return { message: 'That input is not valid.', path: '' };
  return { message: issue.message, path: issue.path.map(String).join('.') };
}
