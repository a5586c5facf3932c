import { useState } from 'react';
import { requestPersistentStorage, useStorageStatus } from '../../db/storage';
import { fileSizeLabel } from '../../domain/backupFormat';
import { Button } from '../../ui/Button';
import styles from './Backup.module.css';
import settings from './Settings.module.css';

/** Whether the browser promised to keep the data, and how much room it takes. */
export function StorageSection() {
  const { status, refresh } = useStorageStatus();
  const [asked, setAsked] = useState<boolean | null>(null);

  async function ask() {
    setAsked(await requestPersistentStorage());
    refresh();
  }

  return (
    <section className={settings.section} aria-labelledby="storage-settings">
      <h2 id="storage-settings">Storage on this device</h2>
      {status === undefined ? (
        <p role="status">Checking storage…</p>
      ) : (
        <>
          <dl className={styles.facts}>
            <dt>Kept safe</dt>
            <dd>
              {status.persisted === true
                ? 'Yes. This browser has promised not to clear Pivotboard’s data on its own.'
                : status.persisted === false
                  ? 'Not yet. The browser may clear the data if the device runs low on space (Safari also clears sites not opened for 7 days). Backups protect you.'
                  : 'Unknown. This browser does not say whether it keeps the data. Backups protect you.'}
            </dd>
            <dt>Space used</dt>
            <dd>
              {status.usage === null
                ? 'This browser does not say.'
                : `${fileSizeLabel(status.usage)}${status.quota ? ` of about ${fileSizeLabel(status.quota)} this browser allows` : ''}.`}
            </dd>
          </dl>
          {status.usage !== null && status.quota ? (
            <progress
              className={styles.meter}
              max={status.quota}
              value={status.usage}
              aria-label="Space used"
            />
          ) : null}
          {status.persisted === false ? (
            <div className={settings.actions}>
              <Button onClick={() => void ask()}>Ask to keep data</Button>
            </div>
          ) : null}
          {asked === false ? (
            <p className={styles.hint} role="status">
              The browser said no for now. It decides on its own: installing Pivotboard as an app,
              or bookmarking it, often changes its mind.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
