import { z } from 'zod';
import { timestampSchema } from './common';

export const BACKUP_FORMAT = 'pivotboard-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, { error: 'This is not a Pivotboard backup (its "format" is missing or different).' }),
  formatVersion: z
    .number({ error: 'The backup has no format version.' })
    .int()
    .refine((v) => v === BACKUP_FORMAT_VERSION, {
      error: (iss) => `This backup uses format version ${String(iss.input)}, which this version of Pivotboard cannot read.`,
    }),
  schemaVersion: z.number({ error: 'The backup has no schema version.' }).int().min(1),
  exportedAt: timestampSchema,
  /** A template (the default plan in seeds/) is a backup whose dates are rewritten on import. */
  kind: z.enum(['backup', 'template']).default('backup'),
  tables: z.record(z.string(), z.array(z.unknown(), { error: 'Each table in the backup must be a list.' }), {
    error: 'The backup has no tables.',
  }),
  checksum: z.string({ error: 'The backup has no checksum.' }),
});

export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;
