import { z } from 'zod';
import { PLAN_MAX_MONTHS, PLAN_MIN_MONTHS } from '../plan';
import { idSchema, month, text, timestamp } from './common';

export const planLengthSchema = z
  .number({ error: 'Plan length must be a number of months.' })
  .int({ error: 'Plan length must be a whole number of months.' })
  .min(PLAN_MIN_MONTHS, { error: `A plan runs ${PLAN_MIN_MONTHS} to ${PLAN_MAX_MONTHS} months.` })
  .max(PLAN_MAX_MONTHS, { error: `A plan runs ${PLAN_MIN_MONTHS} to ${PLAN_MAX_MONTHS} months.` });

export const planSchema = z.object({
  id: idSchema,
  title: text('Plan name', 120),
  startMonth: month('Plan start month'),
  lengthMonths: planLengthSchema,
  createdAt: timestamp('Created at'),
  updatedAt: timestamp('Updated at'),
});

export type Plan = z.infer<typeof planSchema>;

export const planSettingsSchema = z.object({
  startMonth: month('Plan start month'),
  lengthMonths: planLengthSchema,
});
export type PlanSettingsInput = z.input<typeof planSettingsSchema>;
