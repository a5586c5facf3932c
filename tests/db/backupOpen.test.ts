/**
 * The page's side of the backup worker (db/backupOpen.ts), against a stand-in Worker: the page
 * does the work itself when the worker cannot start, and nothing waits forever when it stops.
 * (The real worker runs in the e2e tests, tests/e2e/backup.spec.ts.)
 */
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWorker, ToWorker } from '../../src/db/backupWorkerProtocol';
import { createBackupFile } from '../../src/db/backup';
import { markUsed, noteBackup, readMarker } from '../../src/db/deviceMarker';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

type Behaviour = (worker: FakeWorker, message: ToWorker) => void;

class FakeWorker {
  static instances: FakeWorker[] = [];
  static start: (worker: FakeWorker) => void = () => undefined;
  static answer: Behaviour = () => undefined;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null = null;
  onerror: ((event: { preventDefault: () => void }) => void) | null = null;
  onmessageerror: (() => void) | null = null;
  terminated = false;
  received: ToWorker[] = [];

  constructor() {
    FakeWorker.instances.push(this);
    queueMicrotask(() => FakeWorker.start(this));
  }

  postMessage(message: ToWorker) {
    this.received.push(message);
    FakeWorker.answer(this, message);
  }

  terminate() {
    this.terminated = true;
  }

  send(message: FromWorker) {
    this.onmessage?.({ data: message } as MessageEvent<FromWorker>);
  }

  crash() {
    this.onerror?.({ preventDefault: () => undefined });
  }
}

const summary = {
  exportedAt: '2027-01-01T00:00:00.000Z',
  schemaVersion: 1,
  kind: 'backup' as const,
  counts: { plans: 1 },
  encrypted: false,
};

async function freshModule() {
  vi.resetModules();
  return import('../../src/db/backupOpen');
}

async function backupBlob(): Promise<Blob> {
  await fillDatabase(sampleTables('a'));
  const file = await createBackupFile();
  await fillDatabase(sampleTables('b'));
  return new Blob([file.text], { type: 'application/json' });
}

describe('opening a backup through the worker', () => {
  beforeEach(async () => {
    await resetDatabase();
    FakeWorker.instances = [];
    FakeWorker.start = (w) => w.send({ type: 'ready' });
    FakeWorker.answer = () => undefined;
    vi.stubGlobal('Worker', FakeWorker);
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks the worker, passes its progress on, and keeps only a reference to the rows', async () => {
    FakeWorker.answer = (w, m) => {
      if (m.type !== 'open') return;
      w.send({ id: m.id, type: 'progress', stage: 'checking', fraction: 0.5 });
      w.send({ id: m.id, type: 'opened', backupId: 7, summary });
    };
    const { openBackupFile } = await freshModule();
    const progress: number[] = [];
    const result = await openBackupFile(new Blob(['{}']), (_stage, f) => progress.push(f));
    expect(result).toEqual({ locked: false, backup: { summary, rows: { worker: 7 } } });
    expect(progress).toEqual([0.5]);
  });

  it('does the work on the page when the worker fails to load', async () => {
    FakeWorker.start = (w) => w.crash();
    const { openBackupFile, replaceWithBackup } = await freshModule();
    const result = await openBackupFile(await backupBlob());
    if (result.locked) throw new Error('locked');
    expect('worker' in result.backup.rows).toBe(false);
    await replaceWithBackup(result.backup);
    expect((await dumpDatabase()).plans).toEqual(sampleTables('a').plans);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('does the work on the page when the worker does not start in time', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    FakeWorker.start = () => undefined; // never ready, never an error
    const { openBackupFile, WORKER_START_MS } = await freshModule();
    const blob = await backupBlob();
    const opening = openBackupFile(blob);
    await vi.advanceTimersByTimeAsync(WORKER_START_MS);
    vi.useRealTimers();
    const result = await opening;
    expect(result.locked).toBe(false);
    expect(FakeWorker.instances[0]?.terminated).toBe(true);
  });

  it('rejects what was asked when the worker stops, and everything asked after, instead of waiting forever', async () => {
    FakeWorker.answer = (w, m) => {
      if (m.type === 'open') w.send({ id: m.id, type: 'locked', lockId: 3 });
      if (m.type === 'unlock') w.crash(); // stops while unlocking
    };
    const { openBackupFile, BackupWorkerLost } = await freshModule();
    const result = await openBackupFile(new Blob(['{}']));
    if (!result.locked) throw new Error('not locked');
    const unlocking = result.unlock('pass phrase');
    await expect(unlocking).rejects.toBeInstanceOf(BackupWorkerLost);
    await expect(unlocking).rejects.toThrow(/stopped\. Choose the file again/);
    await expect(result.unlock('pass phrase')).rejects.toBeInstanceOf(BackupWorkerLost);
  });

  it('an undo whose worker has stopped says so at once', async () => {
    FakeWorker.answer = (w, m) => {
      if (m.type === 'open') w.send({ id: m.id, type: 'opened', backupId: 1, summary });
      if (m.type === 'import')
        w.send({ id: m.id, type: 'imported', stepId: 2, label: 'Imported the backup', summary });
    };
    const { openBackupFile, replaceWithBackup } = await freshModule();
    const result = await openBackupFile(new Blob(['{}']));
    if (result.locked) throw new Error('locked');
    const step = await replaceWithBackup(result.backup);
    FakeWorker.instances[0]?.crash();
    await expect(step.revert()).rejects.toThrow(/can no longer be undone or redone/);
  });

  it('turns a refusal from the worker back into a UserError with its message', async () => {
    FakeWorker.answer = (w, m) => {
      if (m.type === 'open')
        w.send({
          id: m.id,
          type: 'failed',
          error: {
            name: 'UserError',
            kind: 'import',
            message: 'This file is not a Pivotboard backup: it is empty.',
          },
        });
    };
    const { openBackupFile } = await freshModule();
    const { UserError } = await import('../../src/domain/errors'); // the module graph just loaded
    const opening = openBackupFile(new Blob(['{}']));
    await expect(opening).rejects.toBeInstanceOf(UserError);
    await expect(opening).rejects.toThrow('This file is not a Pivotboard backup: it is empty.');
  });

  describe('undoing an import puts back the device note of the last backup', () => {
    /** A backup file made elsewhere, opened in a browser whose note says `noted` (null: no backup yet). */
    async function importHere(noted: string | null) {
      const blob = await backupBlob();
      localStorage.clear(); // the export above noted a backup here
      markUsed();
      if (noted) noteBackup(noted);
      const { openBackupFile, replaceWithBackup } = await freshModule();
      const opened = await openBackupFile(blob);
      if (opened.locked) throw new Error('locked');
      return replaceWithBackup(opened.backup);
    }

    it('on the page: a new user is back to "no backup yet"', async () => {
      FakeWorker.start = (w) => w.crash();
      const step = await importHere(null);
      expect(readMarker()?.lastBackupAt).toBe(step.value.exportedAt);
      await step.revert();
      expect(readMarker()?.lastBackupAt).toBeNull();
      expect((await dumpDatabase()).plans).toEqual(sampleTables('b').plans);
    });

    it('on the page: back to the backup noted before', async () => {
      FakeWorker.start = (w) => w.crash();
      const step = await importHere('2026-01-01T09:00:00.000Z');
      expect(readMarker()?.lastBackupAt).toBe(step.value.exportedAt);
      await step.revert();
      expect(readMarker()?.lastBackupAt).toBe('2026-01-01T09:00:00.000Z');
    });

    it('through the worker, and a backup made since the import stands', async () => {
      const undone: number[] = [];
      FakeWorker.answer = (w, m) => {
        if (m.type === 'open') w.send({ id: m.id, type: 'opened', backupId: 1, summary });
        if (m.type === 'import')
          w.send({ id: m.id, type: 'imported', stepId: 2, label: 'Imported the backup', summary });
        if (m.type === 'revert') {
          undone.push(m.stepId);
          w.send({ id: m.id, type: 'reverted', stepId: m.stepId + 1 });
        }
      };
      const first = await importHere(null);
      expect(readMarker()?.lastBackupAt).toBe(summary.exportedAt);
      const { step: redo } = await first.revert();
      expect(undone).toEqual([2]);
      expect(readMarker()?.lastBackupAt).toBeNull();
      // Redo asks the worker for the step the undo gave back, and notes the backup again.
      await redo.revert('redo');
      expect(undone).toEqual([2, 3]);
      expect(readMarker()?.lastBackupAt).toBe(summary.exportedAt);

      const { openBackupFile, replaceWithBackup } = await import('../../src/db/backupOpen');
      const opened = await openBackupFile(new Blob(['{}']));
      if (opened.locked) throw new Error('locked');
      const second = await replaceWithBackup(opened.backup);
      noteBackup('2027-02-02T10:00:00.000Z'); // an export after the import
      await second.revert();
      expect(readMarker()?.lastBackupAt).toBe('2027-02-02T10:00:00.000Z');
    });

    it('an undo that fails leaves the note of the import, which still stands', async () => {
      FakeWorker.answer = (w, m) => {
        if (m.type === 'open') w.send({ id: m.id, type: 'opened', backupId: 1, summary });
        if (m.type === 'import')
          w.send({ id: m.id, type: 'imported', stepId: 2, label: 'Imported the backup', summary });
      };
      const step = await importHere(null);
      FakeWorker.instances.at(-1)?.crash();
      await expect(step.revert()).rejects.toThrow(/can no longer be undone or redone/);
      expect(readMarker()?.lastBackupAt).toBe(summary.exportedAt);
    });
  });
});
