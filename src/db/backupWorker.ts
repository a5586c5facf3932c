/// <reference lib="webworker" />
/**
 * The backup worker: reads, checks and imports a backup file off the page's thread, with the
 * same code as the page (db/backup.ts). The page keeps answering and only shows progress; the
 * checked rows stay here until "Replace everything", and what an import replaced stays here
 * for its undo. The page's live queries learn of the import through Dexie, which tells every
 * other tab and worker of the same database when a transaction has changed it.
 */
import { UserError } from '../domain/errors';
import { noPause } from '../domain/slices';
import {
  importBackup,
  readBackup,
  readBackupText,
  type BackupStage,
  type ParsedBackup,
  type Pace,
} from './backup';
import type { Answer, FromWorker, SentError, ToWorker } from './backupWorkerProtocol';
import { loadSchemas } from './schemas';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

/**
 * Nothing here waits for a page to paint: every write is handed over at once (as a raw bulkPut
 * does; ~100 ms sooner than six in flight), and the undo copy is read a request per table.
 */
const WORKER_PACE: Pace = { sliceMs: 1000, inFlight: Infinity, readPage: Infinity };

/** Imports whose undo copies are kept (each is the whole database as it was). */
const UNDO_IMPORTS_KEPT = 5;

// The latest file chosen, and the latest imports' undo copies.
const opened = new Map<number, ParsedBackup>();
const locked = new Map<number, (passphrase: string) => Promise<ParsedBackup>>();
const undos = new Map<number, () => Promise<void>>();
let nextId = 1;

function keep<T>(map: Map<number, T>, value: T, room = 1): number {
  while (map.size >= room) map.delete(map.keys().next().value as number);
  const id = nextId++;
  map.set(id, value);
  return id;
}

const gone = () =>
  new UserError('import', 'This backup is no longer open here. Choose the file again.');

async function answer(message: ToWorker): Promise<Answer> {
  const { id } = message;
  const onProgress = (stage: BackupStage, fraction: number) =>
    post({ id, type: 'progress', stage, fraction });
  switch (message.type) {
    case 'open': {
      locked.clear();
      opened.clear();
      const result = await readBackup(await readBackupText(message.file, { whole: true }), {
        onProgress,
        pause: noPause,
        whole: true,
      });
      if (result.locked) return { id, type: 'locked', lockId: keep(locked, result.unlock) };
      return {
        id,
        type: 'opened',
        backupId: keep(opened, result.backup),
        summary: result.backup.summary,
      };
    }
    case 'unlock': {
      const unlock = locked.get(message.lockId);
      if (!unlock) throw gone();
      const backup = await unlock(message.passphrase); // a wrong passphrase throws; it can be tried again
      locked.clear();
      return { id, type: 'opened', backupId: keep(opened, backup), summary: backup.summary };
    }
    case 'import': {
      const backup = opened.get(message.backupId);
      if (!backup) throw gone();
      const result = await importBackup(backup, { onProgress, pace: WORKER_PACE });
      opened.clear();
      return {
        id,
        type: 'imported',
        undoId: keep(undos, result.undo, UNDO_IMPORTS_KEPT),
        label: result.label,
        summary: result.value,
      };
    }
    case 'undo': {
      const undo = undos.get(message.undoId);
      if (!undo)
        throw new UserError(
          'import',
          `This import can no longer be undone: only the last ${UNDO_IMPORTS_KEPT} imports keep what they replaced.`,
        );
      await undo();
      undos.delete(message.undoId);
      return { id, type: 'undone' };
    }
    case 'discard':
      opened.clear();
      locked.clear();
      return { id, type: 'discarded' };
  }
}

function sent(e: unknown): SentError {
  if (e instanceof UserError) return { name: e.name, message: e.message, kind: e.kind };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: 'Error', message: String(e) };
}

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  answer(message).then(post, (e: unknown) =>
    post({ id: message.id, type: 'failed', error: sent(e) }),
  );
};

post({ type: 'ready' });
void loadSchemas(); // the first file's check should not wait for zod to load
