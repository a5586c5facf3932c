import { z } from 'zod';
import { FIRST_RUN_STEPS } from '../firstRun';
import { BOARD_STATUSES, EXPERIENCE_TAGS, PROFILE_TEXT_MAX } from '../playbook/profile';
import { HIDEABLE_LANDMINES } from '../playbook/checkIn';
import { EXIT_CHECKLIST } from '../playbook/exitChecklist';
import { MAX_TARGETS } from '../playbook/targets';
import { ROLE_TYPE_IDS } from '../roleTypes';
import { WEEKLY_TARGET_MAX, WEEKLY_TARGET_MIN } from '../networking/limits';
import { RED_FLAGS } from '../redFlags';
import { CURRENCIES, TIMELINE_VIEWS, type SettingKey } from '../settings';
import { VISION_GOOD_DAY_MAX, VISION_HOURS_MAX, VISION_PLACE_MAX, WORKPLACES } from '../vision';
import { money, percent, text, timestamp } from './common';

export const visionSchema = z.object({
  weeklyHours: z
    .number({ error: 'Hours a week must be a number.' })
    .min(0, { error: 'Hours a week can’t be negative.' })
    .max(VISION_HOURS_MAX, { error: `Hours a week can be at most ${VISION_HOURS_MAX}.` })
    .nullable(),
  clinicalShare: percent('Clinical share').nullable(),
  income: money('Target income').nullable(),
  workplace: z.enum(WORKPLACES, { error: 'Pick remote, hybrid, on site or no preference.' }),
  place: text('Location', VISION_PLACE_MAX),
  goodDay: text('A good day', VISION_GOOD_DAY_MAX),
});

export const profileSchema = z.object({
  name: text('Your name', PROFILE_TEXT_MAX),
  specialty: text('Specialty', PROFILE_TEXT_MAX),
  institution: text('Where you work', PROFILE_TEXT_MAX),
  targetArea: text('Area you are aiming at', PROFILE_TEXT_MAX),
  boardStatus: z.enum(BOARD_STATUSES, {
    error: 'Pick board-certified, board-eligible or leave it out.',
  }),
  experience: z
    .array(z.enum(EXPERIENCE_TAGS, { error: 'Pick experience from the list.' }))
    .max(EXPERIENCE_TAGS.length),
});

const EXIT_CHECKLIST_IDS = EXIT_CHECKLIST.map((i) => i.id) as [string, ...string[]];

const weeklyTargetMessage = `Pick a whole number of calls from ${WEEKLY_TARGET_MIN} to ${WEEKLY_TARGET_MAX}.`;

export const settingSchemas = {
  currency: z.enum(CURRENCIES, { error: 'Pick a currency from the list.' }),
  weeklyCallTarget: z
    .number({ error: weeklyTargetMessage })
    .int({ error: weeklyTargetMessage })
    .min(WEEKLY_TARGET_MIN, { error: weeklyTargetMessage })
    .max(WEEKLY_TARGET_MAX, { error: weeklyTargetMessage }),
  countMessages: z.boolean({ error: 'Counting messages is on or off.' }),
  vision: visionSchema,
  redFlags: z.array(z.enum(RED_FLAGS)).max(RED_FLAGS.length),
  firstRun: z.object({
    completed: z.array(z.enum(FIRST_RUN_STEPS)).max(FIRST_RUN_STEPS.length),
    skipped: z.array(z.enum(FIRST_RUN_STEPS)).max(FIRST_RUN_STEPS.length),
    hidden: z.boolean(),
  }),
  lastBackupAt: timestamp('Last backup', { notFuture: true }).nullable(),
  neutralTitle: z.boolean({ error: 'Neutral title is on or off.' }),
  profile: profileSchema,
  targetRoleTypes: z
    .array(z.enum(ROLE_TYPE_IDS, { error: 'Pick a landing zone from the list.' }))
    .max(MAX_TARGETS, { error: `Choose at most ${MAX_TARGETS} landing zones.` })
    .refine((ids) => new Set(ids).size === ids.length, {
      error: 'A landing zone is listed twice.',
    }),
  exitChecklist: z.array(z.enum(EXIT_CHECKLIST_IDS)).max(EXIT_CHECKLIST_IDS.length),
  planTemplateDeclined: z.number().int().min(0).max(1000),
  hiddenLandmines: z.array(z.enum(HIDEABLE_LANDMINES)).max(HIDEABLE_LANDMINES.length),
  timelineView: z.enum(TIMELINE_VIEWS, { error: 'Pick the year view or the board.' }),
} satisfies Record<SettingKey, z.ZodType>;

export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const settingRowSchema = z
  .object({ key: z.string().min(1).max(100), value: z.unknown() })
  .superRefine((row, ctx) => {
    // Own keys only: "constructor" or "toString" must not find the object's inherited methods.
    if (!Object.hasOwn(settingSchemas, row.key)) return; // keys from a newer app version are kept as they are
    const schema = (settingSchemas as Record<string, z.ZodType>)[row.key];
    if (!schema) return;
    const parsed = schema.safeParse(row.value);
    if (!parsed.success) {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: parsed.error.issues[0]?.message ?? 'Not a valid value.',
      });
    }
  });
export type SettingRow = z.infer<typeof settingRowSchema>;
