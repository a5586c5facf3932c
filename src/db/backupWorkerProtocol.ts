/**
 * Messages between the page and the backup worker (db/backupWorker.ts). Every request carries an
 * id; the worker answers it with progress messages, then exactly one `opened`, `locked`,
 * `imported`, `undone` or `failed`.
 */
import type { UserErrorKind } from '../domain/errors';
import type { BackupStage, BackupSummary } from './backup';

export type ToWorker =
  | { id: number; type: 'open'; file: Blob }
  | { id: number; type: 'unlock'; lockId: number; passphrase: string }
  | { id: number; type: 'import'; backupId: number }
  | { id: number; type: 'undo'; undoId: number }
  | { id: number; type: 'discard' };

/** An error as it crosses to the page: a `UserError` keeps its kind. */
export interface SentError {
  name: string;
  message: string;
  kind?: UserErrorKind | undefined;
}

export type FromWorker =
  | { type: 'ready' }
  | { id: number; type: 'progress'; stage: BackupStage; fraction: number }
  | { id: number; type: 'opened'; backupId: number; summary: BackupSummary }
  | { id: number; type: 'locked'; lockId: number }
  | { id: number; type: 'imported'; undoId: number; label: string; summary: BackupSummary }
  | { id: number; type: 'undone' }
  | { id: number; type: 'discarded' }
  | { id: number; type: 'failed'; error: SentError };

export type Answer = Exclude<FromWorker, { type: 'ready' } | { type: 'progress' }>;
