import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import type { BackupStage } from '../../db/backup';
import {
  BackupWorkerLost,
  discardOpenedBackup,
  openBackupFile,
  prepareBackupImport,
  replaceWithBackup,
  type OpenedBackup,
} from '../../db/backupOpen';
import { SCHEMA_VERSION } from '../../db/database';
import { countsSentence, kindName, timestampLabel } from '../../domain/backupFormat';
import { messageOf } from '../../domain/errors';
import { thenOnUndo, useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import { TextField } from '../../ui/Field';
import styles from './Backup.module.css';
import settings from './Settings.module.css';

type Step =
  | { name: 'idle' }
  | { name: 'busy'; stage: BackupStage; fraction: number; fileName: string }
  | { name: 'locked'; fileName: string; unlock: (passphrase: string) => Promise<OpenedBackup> }
  | { name: 'confirm'; fileName: string; backup: OpenedBackup };

const STAGE_LABELS: Record<BackupStage, string> = {
  reading: 'Reading the file',
  checking: 'Checking the backup',
  writing: 'Importing the backup',
};

/** After a file that could not be read: what to do next (the message says what was wrong). */
const CHOOSE_ANOTHER =
  'Your plan here is unchanged. To restore, choose the pivotboard-backup-….json file that Export backup saved, from your downloads or wherever you keep it.';

/**
 * Choose a backup file, see what it holds, and replace everything with it — or cancel. Nothing
 * in the database changes until "Replace everything", and then all of it at once.
 */
export function BackupImport({ onImported }: { onImported?: () => void }) {
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  /** A dialog of this import was closed: focus "Import backup" again once it is gone. */
  const refocus = useRef(false);
  const [step, setStep] = useState<Step>({ name: 'idle' });
  const [problem, setProblem] = useState<{ message: string; nextStep?: string } | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const written = useFeedback((s) => s.written);
  // The worker that reads and imports files starts with the screen (on its own thread), not when
  // a file is chosen: loading it and its checks took ~100 ms. A file still open when the screen
  // closes is dropped, as on Cancel.
  useEffect(() => {
    prepareBackupImport();
    return discardOpenedBackup;
  }, []);

  const progress = (fileName: string) => (stage: BackupStage, fraction: number) =>
    setStep((s) =>
      s.name === 'busy' && s.stage === stage && Math.abs(s.fraction - fraction) < 0.02
        ? s
        : { name: 'busy', stage, fraction, fileName },
    );

  async function onChoose(e: ChangeEvent<HTMLInputElement>) {
    const file = e.target.files?.[0];
    e.target.value = ''; // choosing the same file again should work
    if (!file || step.name === 'busy') return; // a file dropped on the control while one is read or imported
    setProblem(null);
    setDone(null);
    const onProgress = progress(file.name);
    onProgress('reading', 0);
    try {
      const result = await openBackupFile(file, onProgress);
      if (result.locked) setStep({ name: 'locked', fileName: file.name, unlock: result.unlock });
      else setStep({ name: 'confirm', fileName: file.name, backup: result.backup });
    } catch (err) {
      setStep({ name: 'idle' });
      setProblem({ message: messageOf(err), nextStep: CHOOSE_ANOTHER });
    }
  }

  async function onReplace(backup: OpenedBackup, fileName: string) {
    refocus.current = true;
    const onProgress = progress(fileName);
    onProgress('writing', 0);
    try {
      const result = await replaceWithBackup(backup, onProgress);
      const message = `Imported ${countsSentence(backup.summary.counts)} from ${fileName}.`;
      // Once the import is undone (the toast's Undo, Ctrl+Z), the message no longer holds.
      written(thenOnUndo(result, () => setDone((d) => (d === message ? null : d))));
      setStep({ name: 'idle' });
      setDone(message);
      onImported?.();
    } catch (err) {
      setStep({ name: 'idle' });
      setProblem({
        message:
          err instanceof BackupWorkerLost
            ? messageOf(err)
            : `Nothing was changed. ${messageOf(err)}`,
      });
    }
  }

  const cancel = () => {
    discardOpenedBackup();
    setStep({ name: 'idle' });
    refocus.current = true;
  };

  // Back to "Import backup" once the dialog has closed (Cancel, Escape, Replace everything):
  // until then the page behind it is inert and cannot take focus. The dialog returns focus only
  // to where it was when it opened, which is nowhere when the file was dropped on the control.
  useEffect(() => {
    if (!refocus.current || step.name === 'confirm' || step.name === 'locked') return;
    refocus.current = false;
    inputRef.current?.focus();
  }, [step]);

  const busy = step.name === 'busy';
  return (
    <div className={styles.import}>
      <div className={styles.fileButton} data-disabled={busy || undefined}>
        <label htmlFor={inputId}>Import backup</label>
        <input
          ref={inputRef}
          id={inputId}
          type="file"
          accept=".json,application/json"
          // Not \`disabled\`: a focused control that is disabled loses focus to the page, and the
          // dialog that follows would have nowhere to return it. Busy, it only does not open.
          aria-disabled={busy || undefined}
          onClick={(e) => {
            if (busy) e.preventDefault();
          }}
          aria-describedby={`${inputId}-hint`}
          onChange={(e) => void onChoose(e)}
        />
      </div>
      <p id={`${inputId}-hint`} className={styles.hint}>
        Choose a <code>pivotboard-backup-….json</code> file. You will see what it holds before
        anything changes.
      </p>
      {step.name === 'busy' ? (
        <div className={styles.progress}>
          <label htmlFor={`${inputId}-progress`}>{STAGE_LABELS[step.stage]}…</label>
          <progress id={`${inputId}-progress`} max={1} value={step.fraction} />
        </div>
      ) : null}
      {problem ? (
        <div className={styles.problem} role="alert">
          <strong>This file was not imported.</strong> {problem.message}
          {problem.nextStep ? <span className={styles.nextStep}>{problem.nextStep}</span> : null}
        </div>
      ) : null}
      {done ? (
        <p className={settings.result} role="status">
          {done}
        </p>
      ) : null}
      {step.name === 'locked' ? (
        <UnlockDialog
          fileName={step.fileName}
          unlock={step.unlock}
          onOpen={(backup) => setStep({ name: 'confirm', fileName: step.fileName, backup })}
          onCancel={cancel}
        />
      ) : null}
      {step.name === 'confirm' ? (
        <Dialog title="Import this backup?" onClose={cancel}>
          <p className={styles.dialogText}>
            <strong>{step.fileName}</strong> was exported on{' '}
            {timestampLabel(step.backup.summary.exportedAt)}
            {step.backup.summary.encrypted ? ' (protected with a passphrase)' : ''}. It holds:
          </p>
          <ul className={styles.counts}>
            {Object.entries(step.backup.summary.counts).map(([table, n]) => (
              <li key={table}>
                {n.toLocaleString('en-US')} {kindName(table, n)}
              </li>
            ))}
          </ul>
          {step.backup.summary.schemaVersion < SCHEMA_VERSION ? (
            <p className={styles.dialogText}>
              It comes from an earlier version of Pivotboard and has been brought up to date.
            </p>
          ) : null}
          <p className={styles.warning}>
            Importing replaces everything Pivotboard holds in this browser now. You can undo it
            straight after.
          </p>
          <DialogActions>
            {/* The safe choice has the focus: Enter pressed twice must not replace everything. */}
            <Button onClick={cancel} data-autofocus="">
              Cancel
            </Button>
            <Button variant="danger" onClick={() => void onReplace(step.backup, step.fileName)}>
              Replace everything
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </div>
  );
}

function UnlockDialog({
  fileName,
  unlock,
  onOpen,
  onCancel,
}: {
  fileName: string;
  unlock: (passphrase: string) => Promise<OpenedBackup>;
  onOpen: (backup: OpenedBackup) => void;
  onCancel: () => void;
}) {
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string>();
  const [opening, setOpening] = useState(false);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (opening) return;
    setOpening(true);
    setError(undefined);
    try {
      onOpen(await unlock(passphrase));
    } catch (err) {
      setError(messageOf(err));
      setOpening(false);
    }
  }

  return (
    <Dialog title="Open protected backup" onClose={onCancel} confirmDiscard={false}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <p className={styles.dialogText}>
          <strong>{fileName}</strong> is protected with a passphrase. Enter it to see what the
          backup holds.
        </p>
        <TextField
          label="Passphrase"
          type="password"
          autoComplete="off"
          value={passphrase}
          onChange={(e) => setPassphrase(e.target.value)}
          error={error}
          data-autofocus=""
        />
        <DialogActions>
          <Button onClick={onCancel}>Cancel</Button>
          <Button type="submit" variant="primary" aria-disabled={opening || undefined}>
            {opening ? 'Opening…' : 'Open'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
