import { z } from 'zod';
import { WEEKLY_TARGET_MAX, WEEKLY_TARGET_MIN } from '../networking';
import type { SettingKey } from '../settings';

const weeklyTargetMessage = `Pick a whole number of calls from ${WEEKLY_TARGET_MIN} to ${WEEKLY_TARGET_MAX}.`;

export const settingSchemas = {
  currency: z.enum(['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF'], { error: 'Pick a currency from the list.' }),
  weeklyCallTarget: z
    .number({ error: weeklyTargetMessage })
    .int({ error: weeklyTargetMessage })
    .min(WEEKLY_TARGET_MIN, { error: weeklyTargetMessage })
    .max(WEEKLY_TARGET_MAX, { error: weeklyTargetMessage }),
} satisfies Record<SettingKey, z.ZodType>;

export type SettingValue<K extends SettingKey> = z.infer<(typeof settingSchemas)[K]>;

export const settingRowSchema = z
  .object({ key: z.string().min(1).max(100), value: z.unknown() })
  .superRefine((row, ctx) => {
    const schema = (settingSchemas as Record<string, z.ZodType | undefined>)[row.key];
    if (!schema) return; // keys from a newer app version are kept as they are
    const parsed = schema.safeParse(row.value);
    if (!parsed.success) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: parsed.error.issues[0]?.message ?? 'Not a valid value.' });
    }
  });
export type SettingRow = z.infer<typeof settingRowSchema>;
