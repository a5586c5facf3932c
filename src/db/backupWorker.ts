/// <reference lib="webworker" />
/**
 * The backup worker: reads, checks and imports a backup file off the page's thread, with the
 * same code as the page (db/backup.ts). The page keeps answering and only shows progress; the
 * checked rows stay here until "Replace everything", and an import's undo step (every row it
 * replaced) stays here. The page's live queries learn of the import through Dexie, which tells every
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
import { onChangesCommitted, type RowChange } from './changes';
import { loadSchemas } from './schemas';
import type { UndoStep } from './undo';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: FromWorker) => scope.postMessage(message);

/**
 * Nothing here waits for a page to paint: every write is handed over at once (as a raw bulkPut
 * does; ~100 ms sooner than six in flight).
 */
const WORKER_PACE: Pace = { sliceMs: 1000, inFlight: Infinity };

/** Import steps kept for undo and redo (each holds every row an import replaced). */
const STEPS_KEPT = 5;

// The latest file chosen, and the latest imports' undo (and redo) steps.
const opened = new Map<number, ParsedBackup>();
const locked = new Map<number, (passphrase: string) => Promise<ParsedBackup>>();
const steps = new Map<number, UndoStep>();
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
      const { value: result, changes } = await reporting(message.report, () =>
        importBackup(backup, { onProgress, pace: WORKER_PACE }),
      );
      opened.clear();
      return {
        id,
        type: 'imported',
        stepId: keep(steps, result, STEPS_KEPT),
        label: result.label,
        summary: result.value,
        ...(changes ? { changes } : {}),
      };
    }
    case 'revert': {
      const step = steps.get(message.stepId);
      if (!step)
        throw new UserError(
          'import',
          `This import can no longer be ${message.direction === 'undo' ? 'undone' : 'redone'}: only the last ${STEPS_KEPT} imports keep what they replaced.`,
        );
      const { value: reverted, changes } = await reporting(message.report, () =>
        step.revert(message.direction),
      );
      steps.delete(message.stepId);
      return {
        id,
        type: 'reverted',
        stepId: keep(steps, reverted.step, STEPS_KEPT),
        ...(reverted.left ? { left: reverted.left } : {}),
        ...(changes ? { changes } : {}),
      };
    }
    case 'discard':
      opened.clear();
      locked.clear();
      return { id, type: 'discarded' };
  }
}

/** Run `write`, and with `report` also catch the rows it changed (the page's feed hears of them). */
async function reporting<T>(
  report: boolean,
  write: () => Promise<T>,
): Promise<{ value: T; changes?: RowChange[] }> {
  if (!report) return { value: await write() };
  const changes: RowChange[] = [];
  const stop = onChangesCommitted((c) => changes.push(...c));
  try {
    return { value: await write(), changes };
  } finally {
    stop();
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
