import { readMarker } from '../db/deviceMarker';
import { timestampLabel } from '../domain/backupFormat';
import { today } from '../domain/calendar';
import { BackupImport } from '../features/settings/BackupImport';
import { Button } from '../ui/Button';
import styles from './StatusPages.module.css';

/**
 * The database is empty, but this browser has used Pivotboard before: the data was most likely
 * cleared by the browser. Say so, and offer the backup — never start a fresh plan silently.
 */
export function RestorePrompt({ onStartFresh }: { onStartFresh: () => void }) {
  const lastBackupAt = readMarker()?.lastBackupAt ?? null;
  return (
    <div className={styles.page}>
      <h1>Your plan seems to have been cleared</h1>
      <p>
        Pivotboard has been used in this browser before, but its data is gone. Browsers sometimes
        clear a site’s data on their own — when the device runs low on space, or (in Safari) after 7
        days without a visit — and clearing browsing history can remove it too.
      </p>
      <h2>Restore from a backup</h2>
      {lastBackupAt ? (
        <p>
          Your last backup was made on {timestampLabel(lastBackupAt)}. Look for{' '}
          <strong>pivotboard-backup-{today(new Date(lastBackupAt))}.json</strong> in your downloads.
        </p>
      ) : (
        <p>
          If you exported a backup, it is a file named like pivotboard-backup-2027-01-31.json,
          probably in your downloads.
        </p>
      )}
      <BackupImport />
      <h2>Or start again</h2>
      <p>
        If you meant to clear it, or have no backup, start a new plan. You can still import a backup
        later from Settings.
      </p>
      <Button onClick={onStartFresh}>Start a new plan</Button>
    </div>
  );
}
