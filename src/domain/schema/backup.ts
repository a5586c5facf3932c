import { z } from 'zod';
import {
  base64Bytes,
  ENCRYPTED_FORMAT,
  ENCRYPTED_FORMAT_VERSION,
  IV_BYTES,
  PBKDF2_MAX_ITERATIONS,
  PBKDF2_MIN_ITERATIONS,
  SALT_BYTES,
  TAG_BYTES,
} from '../backupCrypto';
import { timestamp } from './common';

export const BACKUP_FORMAT = 'pivotboard-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupEnvelopeSchema = z.object({
  format: z.literal(BACKUP_FORMAT, {
    error: 'This is not a Pivotboard backup (its "format" is missing or different).',
  }),
  formatVersion: z
    .number({ error: 'The backup has no format version.' })
    .int()
    .refine((v) => v === BACKUP_FORMAT_VERSION, {
      error: (iss) =>
        `This backup uses format version ${String(iss.input)}, which this version of Pivotboard cannot read.`,
    }),
  schemaVersion: z.number({ error: 'The backup has no schema version.' }).int().min(1),
  exportedAt: timestamp('Exported at', { notFuture: true }),
  /** A template (the default plan in seeds/) is a backup whose dates are rewritten on import. */
  kind: z
    .enum(['backup', 'template'], {
      error: 'Kind: a Pivotboard file is a backup or a template, and this one says neither.',
    })
    .default('backup'),
  tables: z.record(
    z.string(),
    z.array(z.unknown(), { error: 'Each table in the backup must be a list.' }),
    {
      error: 'The backup has no tables.',
    },
  ),
  checksum: z.string({ error: 'The backup has no checksum.' }),
});

export type BackupEnvelope = z.infer<typeof backupEnvelopeSchema>;

/**
 * A part of a protected backup: base64 text (its length a multiple of 4) of `bytes` bytes, or of
 * at least `min`. Each message names the part; none of them needs the text decoded.
 */
function base64(what: string, size: { bytes: number } | { min: number }) {
  const damaged = (why: string) => `The protected backup is damaged (its ${what} ${why}).`;
  return z
    .string({ error: damaged('is missing') })
    .regex(/^[A-Za-z0-9+/]*={0,2}$/, { error: damaged('is not base64 text') })
    .refine((v) => v.length % 4 === 0, { error: damaged('is not base64 text') })
    .refine((v) => ('bytes' in size ? base64Bytes(v) === size.bytes : base64Bytes(v) >= size.min), {
      error: (iss) =>
        damaged(
          'bytes' in size
            ? `should be ${size.bytes} bytes long, and is ${base64Bytes(String(iss.input))}`
            : `is too short to hold anything`,
        ),
      abort: true,
    });
}

export const encryptedBackupSchema = z.object({
  format: z.literal(ENCRYPTED_FORMAT),
  formatVersion: z
    .number({ error: 'The protected backup has no format version.' })
    .int()
    .refine((v) => v === ENCRYPTED_FORMAT_VERSION, {
      error: (iss) =>
        `This protected backup uses format version ${String(iss.input)}, which this version of Pivotboard cannot read.`,
    }),
  kdf: z.object(
    {
      name: z.literal('PBKDF2', {
        error: 'This protected backup uses a key method Pivotboard does not know.',
      }),
      hash: z.literal('SHA-256', {
        error: 'This protected backup uses a key method Pivotboard does not know.',
      }),
      iterations: z
        .number()
        .int()
        .min(PBKDF2_MIN_ITERATIONS, {
          error: 'This protected backup is not protected strongly enough to open.',
        })
        .max(PBKDF2_MAX_ITERATIONS, {
          error: 'This protected backup asks for too much work to open.',
        }),
      salt: base64('salt', { bytes: SALT_BYTES }),
    },
    { error: 'The protected backup is damaged (its key settings are missing).' },
  ),
  cipher: z.object(
    {
      name: z.literal('AES-GCM', {
        error: 'This protected backup uses a cipher Pivotboard does not know.',
      }),
      iv: base64('IV', { bytes: IV_BYTES }),
    },
    { error: 'The protected backup is damaged (its cipher settings are missing).' },
  ),
  data: base64('data', { min: TAG_BYTES }),
});
