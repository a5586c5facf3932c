import { z } from 'zod';
import { CALL_CHANNELS } from '../networking/channels';
import {
  CHECK_IN_MAX_WEEKS,
  CONTACT_NAME_MAX,
  CONTACT_TEXT_MAX,
  HOW_WE_MET_MAX,
  NETWORK_NOTES_MAX,
} from '../networking/limits';
import { ROLE_TYPE_IDS } from '../roleTypes';
import { LINKEDIN_EXAMPLE } from '../url';
import { day, httpUrl, idSchema, text, timestamp } from './common';

export const roleTypeSchema = z.enum(ROLE_TYPE_IDS, { error: 'Pick a role type from the list.' });

const checkInWeeksSchema = z
  .number({ error: 'Check-in interval must be a number of weeks.' })
  .int({ error: 'Check-in interval must be a whole number of weeks.' })
  .min(1, { error: `Pick a check-in interval from 1 to ${CHECK_IN_MAX_WEEKS} weeks.` })
  .max(CHECK_IN_MAX_WEEKS, {
    error: `Pick a check-in interval from 1 to ${CHECK_IN_MAX_WEEKS} weeks.`,
  });

export const contactSchema = z.object({
  id: idSchema,
  name: text('Name', CONTACT_NAME_MAX, 1),
  title: text('Title', CONTACT_TEXT_MAX),
  company: text('Company', CONTACT_TEXT_MAX),
  /** Null until the user says which landing zone they work in. */
  roleType: roleTypeSchema.nullable(),
  /** http(s) only (a bare host is stored as https); anything else is refused, so it is safe to render as a link. */
  linkedInUrl: httpUrl('LinkedIn URL', LINKEDIN_EXAMPLE),
  howWeMet: text('How you met', HOW_WE_MET_MAX),
  notes: text('Notes', NETWORK_NOTES_MAX),
  /** They agreed you may mention them when applying (the latest answer). */
  mentionOk: z.boolean(),
  /** Get back in touch this many weeks after the last call; null for no reminder. */
  checkInWeeks: checkInWeeksSchema.nullable(),
  /** A check-in marked done without a call; the next one is counted from here if it is later. */
  checkedInOn: day('Checked in on').nullable(),
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});
export type Contact = z.infer<typeof contactSchema>;

/** What the contact form sends (and the few fields a new contact gets from the call dialog). */
export const contactInputSchema = z.object({
  name: contactSchema.shape.name,
  title: contactSchema.shape.title.default(''),
  company: contactSchema.shape.company.default(''),
  roleType: contactSchema.shape.roleType.default(null),
  linkedInUrl: contactSchema.shape.linkedInUrl.default(''),
  howWeMet: contactSchema.shape.howWeMet.default(''),
  notes: contactSchema.shape.notes.default(''),
  mentionOk: z.boolean().default(false),
  checkInWeeks: checkInWeeksSchema.nullable().default(null),
});
export type ContactInput = z.input<typeof contactInputSchema>;

const callFields = {
  /**
   * Who the call was with; null once that contact was deleted and the call kept (the history and
   * past weeks' counts stay as they were). Rows from before this was possible always have one.
   */
  contactId: idSchema.nullable(),
  /** A day after today is a planned call; it counts once its day comes. */
  day: day('Date'),
  channel: z.enum(CALL_CHANNELS, {
    error: 'Pick how you talked: call, video call, meeting or message.',
  }),
  notes: text('Notes', NETWORK_NOTES_MAX),
  followUpOn: day('Follow up on').nullable(),
  mentionOk: z.boolean(),
};

const followUpAfterCall = (c: { day: string; followUpOn: string | null }) =>
  c.followUpOn === null || c.followUpOn >= c.day;
const followUpRule = {
  error: 'Pick a follow-up date on or after the day of the call.',
  path: ['followUpOn'],
};

export const callSchema = z
  .object({
    id: idSchema,
    ...callFields,
    /** The day the follow-up was done (or the call it led to was logged). */
    followUpDoneOn: day('Follow-up done on').nullable(),
    createdAt: timestamp('Created at'),
    updatedAt: timestamp('Updated at'),
  })
  .refine(followUpAfterCall, followUpRule);
export type Call = z.infer<typeof callSchema>;

/** What the call dialog sends about the call itself. */
export const callInputSchema = z
  .object({
    day: callFields.day,
    channel: callFields.channel.default('call'),
    notes: callFields.notes.default(''),
    followUpOn: callFields.followUpOn.default(null),
    mentionOk: callFields.mentionOk.default(false),
  })
  .refine(followUpAfterCall, followUpRule);
export type CallInput = z.input<typeof callInputSchema>;
