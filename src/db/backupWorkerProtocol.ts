/**
 * Messages between the page and the backup worker (db/backupWorker.ts). Every request carries an
 * id; the worker answers it with progress messages, then exactly one `opened`, `locked`,
 * `imported`, `reverted`, `discarded` or `failed`.
 *
 * An import's undo step stays in the worker (it holds every row the import replaced): the page
 * asks for it to be taken back (`revert`) by its id, and gets the id of the step that reverses
 * it. With `report`, the rows changed come back too, for the page's change feed (db/changes.ts).
 */
import type { UserErrorKind } from '../domain/errors';
import type { BackupStage, BackupSummary } from './backup';
import type { RowChange } from './changes';
import type { Direction } from './undo';

export type ToWorker =
  | { id: number; type: 'open'; file: Blob }
  | { id: number; type: 'unlock'; lockId: number; passphrase: string }
  | { id: number; type: 'import'; backupId: number; report: boolean }
  | { id: number; type: 'revert'; stepId: number; direction: Direction; report: boolean }
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
  | {
      id: number;
      type: 'imported';
      stepId: number;
      label: string;
      summary: BackupSummary;
      changes?: RowChange[];
    }
  | { id: number; type: 'reverted'; stepId: number; left?: string; changes?: RowChange[] }
  | { id: number; type: 'discarded' }
  | { id: number; type: 'failed'; error: SentError };

export type Answer = Exclude<FromWorker, { type: 'ready' } | { type: 'progress' }>;
