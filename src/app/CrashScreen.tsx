import { useEffect, useState } from 'react';
import { messageOf } from '../domain/errors';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';

const loadBackup = () => import('../db/backup');

export function CrashScreen({
  error,
  onRetry,
  inMain = false,
}: {
  error: Error;
  onRetry: () => void;
  inMain?: boolean;
}) {
  // One main region per page: a screen's crash is shown inside the shell's.
  const Root = inMain ? 'div' : 'main';
  const [status, setStatus] = useState('');
  // The backup code is not part of the first load: fetch it now, so Export works at once.
  useEffect(() => void loadBackup().catch(() => undefined), []);
  async function exportNow() {
    try {
      setStatus('Making the backup…');
      const { createBackupFile } = await loadBackup();
      const file = await createBackupFile();
      downloadText(file.fileName, file.text);
      setStatus(`Backup downloaded: ${file.fileName}.`);
    } catch (e) {
      setStatus(`The backup could not be made: ${messageOf(e)}`);
    }
  }
  return (
    <Root style={{ maxWidth: 560, margin: '10vh auto', padding: 24 }}>
      <h1>Something went wrong on this screen</h1>
      <p style={{ margin: '12px 0' }}>
        Your data is still stored in this browser. You can save a backup of it now, then try again
        or reload the page.
      </p>
      <p style={{ margin: '12px 0', color: 'var(--text-muted)', fontSize: '0.875rem' }}>
        Details: {error.message}
      </p>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button variant="primary" onClick={() => void exportNow()}>
          Export backup
        </Button>
        <Button onClick={onRetry}>Try again</Button>
        <Button onClick={() => window.location.reload()}>Reload</Button>
      </div>
      <p role="status" style={{ marginTop: 12 }}>
        {status}
      </p>
    </Root>
  );
}
