import { useState, type FormEvent } from 'react';
import { createBackupFile } from '../../db/backup';
import { useBackupStatus } from '../../db/backupStatus';
import { PASSPHRASE_MIN_LENGTH } from '../../domain/backupCrypto';
import { daysSinceBackup } from '../../domain/backupNudge';
import { timestampLabel } from '../../domain/backupFormat';
import { messageOf } from '../../domain/errors';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { downloadText } from '../../ui/download';
import { CheckboxField, TextField } from '../../ui/Field';
import { BackupImport } from './BackupImport';
import styles from './Backup.module.css';
import settings from './Settings.module.css';
import { plural } from '../../domain/counts';

function lastBackupText(lastBackupAt: string | null, now: Date): string {
  if (!lastBackupAt) return 'No backup has been made from this browser yet.';
  const days = daysSinceBackup(lastBackupAt, now) ?? 0;
  const ago = days === 0 ? 'today' : days === 1 ? 'yesterday' : `${plural(days, 'day')} ago`;
  return `Last backup: ${timestampLabel(lastBackupAt)} (${ago}).`;
}

/** Export and import the whole plan as one file; see when the last backup was made. */
export function BackupSection() {
  const now = new Date();
  const { status } = useBackupStatus(now);
  const told = useFeedback((s) => s.told);
  const [protect, setProtect] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [errors, setErrors] = useState<{ passphrase?: string; again?: string; form?: string }>({});
  const [exporting, setExporting] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);

  async function onExport(e: FormEvent) {
    e.preventDefault();
    if (exporting) return;
    setSaved(null);
    const next: typeof errors = {};
    if (protect) {
      if (passphrase.length < PASSPHRASE_MIN_LENGTH)
        next.passphrase = `Use at least ${PASSPHRASE_MIN_LENGTH} characters; a short sentence is easy to remember.`;
      else if (again !== passphrase) next.again = 'The two passphrases are not the same.';
    }
    setErrors(next);
    if (next.passphrase || next.again) return;
    setExporting(true);
    try {
      const file = await createBackupFile(protect ? { passphrase } : {});
      downloadText(file.fileName, file.text);
      // The passphrase has done its job: it does not stay in the form (a shared computer).
      setPassphrase('');
      setAgain('');
      setSaved(file.fileName);
      told(`Backup saved: ${file.fileName}`);
    } catch (err) {
      setErrors({ form: `The backup could not be made. ${messageOf(err)}` });
    } finally {
      setExporting(false);
    }
  }

  return (
    <section className={settings.section} aria-labelledby="backup-settings">
      <h2 id="backup-settings">Backups</h2>
      <p className={settings.lead}>
        Your plan lives only in this browser. A backup file is your copy: keep it somewhere safe (a
        cloud drive, email to yourself), and import it to restore your plan here or on another
        device.
      </p>
      <p className={styles.status} role="status">
        {status === undefined
          ? 'Checking your last backup…'
          : lastBackupText(status.lastBackupAt, now)}
      </p>
      {status?.nudge ? (
        <p className={styles.nudge}>
          You have changes that are in no backup yet. Exporting one now takes a second.
        </p>
      ) : null}
      <form onSubmit={(e) => void onExport(e)} noValidate className={styles.exportForm}>
        {errors.form ? (
          <p className={settings.error} role="alert">
            {errors.form}
          </p>
        ) : null}
        <CheckboxField
          label="Protect with a passphrase"
          hint="The file is encrypted in your browser. Without the passphrase nobody can open it — not even you, so keep it safe."
          checked={protect}
          onChange={(e) => setProtect(e.target.checked)}
        />
        {protect ? (
          <div className={settings.row}>
            <TextField
              label="Passphrase"
              type="password"
              autoComplete="new-password"
              value={passphrase}
              onChange={(e) => setPassphrase(e.target.value)}
              error={errors.passphrase}
              hint={`At least ${PASSPHRASE_MIN_LENGTH} characters.`}
            />
            <TextField
              label="Passphrase again"
              type="password"
              autoComplete="new-password"
              value={again}
              onChange={(e) => setAgain(e.target.value)}
              error={errors.again}
            />
          </div>
        ) : null}
        <div className={settings.actions}>
          {/* aria-disabled, not disabled: a focused button that is disabled drops the focus to the
              page's top, and a keyboard user would start again from there. */}
          <Button type="submit" variant="primary" aria-disabled={exporting || undefined}>
            Export backup
          </Button>
          {exporting ? (
            <span className={styles.hint} role="status">
              Making the backup…
            </span>
          ) : null}
        </div>
        {saved ? (
          <p className={settings.result}>
            Saved <strong>{saved}</strong> to your downloads.
          </p>
        ) : null}
      </form>
      <h3 className={styles.subheading}>Restore from a backup</h3>
      <BackupImport />
    </section>
  );
}
