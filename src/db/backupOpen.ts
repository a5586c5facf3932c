/**
 * Opening and importing a backup file, for the screens. In a browser this runs in a worker
 * (db/backupWorker.ts): reading, checking and writing 10,000 records then costs the page only
 * its progress bar. Where workers are missing (tests in Node, very old browsers), or the worker
 * cannot start, the same code runs on the page, in slices (db/backup.ts).
 */
import { UserError } from '../domain/errors';
import {
  importBackup,
  readBackup,
  readBackupText,
  type BackupSummary,
  type OnProgress,
  type ParsedBackup,
} from './backup';
import type { Answer, FromWorker, SentError, ToWorker } from './backupWorkerProtocol';
import { noteBackup, readMarker, unnoteBackup } from './deviceMarker';
import { hasChangeListeners, noteUserChange, reportChanges } from './changes';
import { around, type UndoStep } from './undo';
import type { WriteResult } from './write';

/** A checked backup, ready to import: its summary, and where its rows are. */
export interface OpenedBackup {
  summary: BackupSummary;
  readonly rows: ParsedBackup | { worker: number };
}

export type OpenResult =
  | { locked: false; backup: OpenedBackup }
  | { locked: true; unlock: (passphrase: string) => Promise<OpenedBackup> };

type Ask = <T extends Answer['type']>(
  message: DistributiveOmit<ToWorker, 'id'>,
  expect: readonly T[],
  onProgress?: OnProgress,
) => Promise<Extract<Answer, { type: T }>>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

function received(error: SentError): Error {
  if (error.kind) return new UserError(error.kind, error.message);
  const e = new Error(error.message);
  e.name = error.name;
  return e;
}

/**
 * The worker stopped while it held something for the page: a request in flight, a chosen file,
 * an import's undo step. Its message is for the person, as it is (no "Nothing was changed"
 * before it: an import is one transaction, but whether it got to commit is unknown).
 */
export class BackupWorkerLost extends UserError {
  constructor(message: string) {
    super('storage', message);
    this.name = 'BackupWorkerLost';
  }
}

const LOST: Record<ToWorker['type'], string> = {
  open: 'The file could not be read: the part of Pivotboard that reads backups stopped. Choose the file again.',
  unlock:
    'The file could not be opened: the part of Pivotboard that reads backups stopped. Choose the file again.',
  import:
    'The import was interrupted. An import is stored whole or not at all: reload Pivotboard to see which.',
  revert:
    'This import can no longer be undone or redone: the part of Pivotboard that kept the earlier data stopped.',
  discard: 'The part of Pivotboard that reads backups stopped.',
};

/** How long the worker may take to start before the page does the work itself. */
export const WORKER_START_MS = 10_000;

let starting: Promise<Ask | null> | null = null;

/**
 * The worker, started once and kept (it holds the chosen file's rows and recent imports' undo
 * copies). Null when it cannot run here: no module workers, it failed to load, or it did not
 * start within WORKER_START_MS.
 */
function worker(): Promise<Ask | null> {
  starting ??= new Promise<Ask | null>((resolve) => {
    if (typeof Worker === 'undefined') return resolve(null);
    let w: Worker;
    try {
      w = new Worker(new URL('./backupWorker.ts', import.meta.url), {
        type: 'module',
        name: 'Pivotboard backups',
      });
    } catch {
      return resolve(null);
    }
    const waiting = new Map<
      number,
      {
        message: ToWorker;
        expect: readonly Answer['type'][];
        onProgress?: OnProgress | undefined;
        resolve: (a: Answer) => void;
        reject: (e: Error) => void;
      }
    >();
    let nextId = 1;
    let dead = false;
    const ask: Ask = (body, expect, onProgress) =>
      new Promise((resolveAnswer, reject) => {
        const message = { ...body, id: nextId++ } as ToWorker;
        if (dead) return reject(new BackupWorkerLost(LOST[message.type]));
        waiting.set(message.id, {
          message,
          expect,
          onProgress,
          resolve: resolveAnswer as (a: Answer) => void,
          reject,
        });
        w.postMessage(message);
      });
    // It stopped, or never started: what it held is gone. Before it was ready, the page does the work.
    const stop = () => {
      clearTimeout(startTimer);
      dead = true;
      resolve(null);
      starting = Promise.resolve(null);
      for (const request of waiting.values())
        request.reject(new BackupWorkerLost(LOST[request.message.type]));
      waiting.clear();
      w.terminate();
    };
    const startTimer = setTimeout(stop, WORKER_START_MS);
    w.onmessage = (event: MessageEvent<FromWorker>) => {
      const m = event.data;
      if (m.type === 'ready') {
        clearTimeout(startTimer);
        return resolve(ask);
      }
      const request = waiting.get(m.id);
      if (!request) return;
      if (m.type === 'progress') return request.onProgress?.(m.stage, m.fraction);
      waiting.delete(m.id);
      if (m.type === 'failed') request.reject(received(m.error));
      else if (request.expect.includes(m.type)) request.resolve(m);
      else
        request.reject(
          new Error(
            `The backup worker answered “${m.type}” where “${request.expect.join('” or “')}” was expected.`,
          ),
        );
    };
    w.onerror = (event) => {
      event.preventDefault();
      stop();
    };
    w.onmessageerror = stop;
  });
  return starting;
}

/** Start the worker ahead of need (when the import control is shown), so choosing a file does not wait for it. */
export function prepareBackupImport(): void {
  void worker();
}

/** The chosen file is not wanted any more (Cancel): let the worker drop its rows. */
export function discardOpenedBackup(): void {
  void starting?.then((ask) => ask?.({ type: 'discard' }, ['discarded']).catch(() => undefined));
}

const onPage = (backup: ParsedBackup): OpenedBackup => ({ summary: backup.summary, rows: backup });

/** Read and check a backup file; throws a `UserError` that says what is wrong with it. */
export async function openBackupFile(file: Blob, onProgress?: OnProgress): Promise<OpenResult> {
  const ask = await worker();
  if (!ask) {
    const result = await readBackup(await readBackupText(file), onProgress ? { onProgress } : {});
    if (!result.locked) return { locked: false, backup: onPage(result.backup) };
    return { locked: true, unlock: async (passphrase) => onPage(await result.unlock(passphrase)) };
  }
  const opened = (a: Extract<Answer, { type: 'opened' }>): OpenedBackup => ({
    summary: a.summary,
    rows: { worker: a.backupId },
  });
  const first = await ask({ type: 'open', file }, ['opened', 'locked'], onProgress);
  if (first.type === 'opened') return { locked: false, backup: opened(first) };
  const { lockId } = first;
  return {
    locked: true,
    unlock: async (passphrase) =>
      opened(await ask({ type: 'unlock', lockId, passphrase }, ['opened'], onProgress)),
  };
}

/**
 * Replace everything with an opened backup, in one transaction; the result's undo puts back what
 * was there (row by row, leaving rows changed since), the device note of the last backup included.
 */
export async function replaceWithBackup(
  backup: OpenedBackup,
  onProgress?: OnProgress,
): Promise<WriteResult<BackupSummary>> {
  // An imported backup's date is noted as the last backup (db/backup.ts); its undo puts the note
  // back, or a new user who undid an import would be told of a backup they never made.
  const noted = readMarker()?.lastBackupAt ?? null;
  const result = await importRows(backup, onProgress);
  if (result.value.kind !== 'backup') return result;
  const at = result.value.exportedAt;
  const step = around(result, async (direction, run) => {
    const [now, otherwise] =
      direction === 'undo'
        ? [() => unnoteBackup(at, noted), () => noteBackup(at)]
        : [() => noteBackup(at), () => unnoteBackup(at, noted)];
    // Before the data changes, so the screens that re-read on that change see the right note.
    now();
    try {
      return await run();
    } catch (e) {
      otherwise(); // the data stays as it was
      throw e;
    }
  });
  return { ...step, value: result.value };
}

async function importRows(
  backup: OpenedBackup,
  onProgress?: OnProgress,
): Promise<WriteResult<BackupSummary>> {
  const { rows } = backup;
  if (!('worker' in rows)) return importBackup(rows, onProgress ? { onProgress } : {});
  const ask = await worker();
  if (!ask)
    throw new UserError('import', 'The backup could not be imported here. Choose the file again.');
  const done = await ask(
    { type: 'import', backupId: rows.worker, report: hasChangeListeners() },
    ['imported'],
    onProgress,
  );
  // What the page does after an import on its own thread (db/backup.ts): the worker has no localStorage.
  if (done.summary.kind === 'backup') noteBackup(done.summary.exportedAt);
  if (done.changes) reportChanges(done.changes, 'user');
  return { value: done.summary, ...workerStep(ask, done.label, done.stepId) };
}

/** An import's undo step, which the worker holds (with every row the import replaced). */
function workerStep(ask: Ask, label: string, stepId: number): UndoStep {
  return {
    label,
    revert: async (direction = 'undo') => {
      const done = await ask({ type: 'revert', stepId, direction, report: hasChangeListeners() }, [
        'reverted',
      ]);
      // What a write on the page does once committed (db/changes.ts).
      noteUserChange();
      if (done.changes) reportChanges(done.changes, direction);
      return {
        step: workerStep(ask, label, done.stepId),
        ...(done.left ? { left: done.left } : {}),
      };
    },
  };
}
