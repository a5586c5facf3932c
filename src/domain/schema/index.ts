/**
 * Every stored entity's schema, by table. The backup format is these schemas plus a format
 * version, so a table added to the database must be added here too (a test checks it).
 * This module is loaded lazily (db/schemas.ts): do not import it from a first-load path.
 */
import { diagnoseItemInputSchema, diagnoseItemSchema } from './diagnose';
import {
  clawbackInputSchema,
  clawbackSchema,
  contractInputSchema,
  datesInputSchema,
  debtInputSchema,
  debtSchema,
  exitPlanPatchSchema,
  exitPlanSchema,
  runwayInputSchema,
} from './exitPlan';
import { milestoneInputSchema, milestoneSchema } from './milestone';
import { callInputSchema, callSchema, contactInputSchema, contactSchema } from './networking';
import { opportunityInputSchema, opportunitySchema, stageMoveSchema } from './opportunity';
import { planSchema, planSettingsSchema } from './plan';
import { recordEntryInputSchema, recordEntrySchema } from './record';
import { settingRowSchema, settingSchemas } from './settings';

export { firstIssue } from './common';
export {
  backupEnvelopeSchema,
  encryptedBackupSchema,
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
} from './backup';
export {
  milestoneInputSchema,
  milestoneSchema,
  planSchema,
  planSettingsSchema,
  settingRowSchema,
  settingSchemas,
};
export { callInputSchema, callSchema, contactInputSchema, contactSchema };
export { diagnoseItemInputSchema, diagnoseItemSchema, recordEntryInputSchema, recordEntrySchema };
export { opportunityInputSchema, opportunitySchema, stageMoveSchema };
export {
  clawbackInputSchema,
  clawbackSchema,
  contractInputSchema,
  datesInputSchema,
  debtInputSchema,
  debtSchema,
  exitPlanPatchSchema,
  exitPlanSchema,
  runwayInputSchema,
};

export const tableSchemas = {
  plans: planSchema,
  milestones: milestoneSchema,
  settings: settingRowSchema,
  contacts: contactSchema,
  calls: callSchema,
  diagnoseItems: diagnoseItemSchema,
  recordEntries: recordEntrySchema,
  opportunities: opportunitySchema,
  exitPlans: exitPlanSchema,
  clawbacks: clawbackSchema,
  debts: debtSchema,
} as const;

export type TableName = keyof typeof tableSchemas;
