import { z } from 'zod';
import { CURRENCIES, type SettingKey } from '../settings';

export const settingSchemas = {
  currency: z.enum(CURRENCIES, { error: 'Pick a currency from the list.' }),
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
