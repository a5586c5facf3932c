import { useEffect, useRef, useState } from 'react';
import { useBackupStatus } from '../db/backupStatus';
import { useOutdatedReason } from '../db/outdated';
import { messageOf } from '../domain/errors';
import { storedPlanStartProblem } from '../domain/plan';
import { useAppUpdate } from '../state/appUpdate';
import { useFeedback } from '../state/feedback';
import { Button } from '../ui/Button';
import { downloadText } from '../ui/download';
import styles from './AppBanners.module.css';
import { SyncOnly } from './SyncOnly';

/**
 * Messages that need the user's say: above the screen, another tab upgraded the database (reload
 * here), the plan's start month looks wrong (fix it in Settings) and a change of yours that lost
 * to another device's; docked at the foot of the window, a new version is ready (reload when
 * convenient) and the backup reminder. These come after the first screen has shown (so as not to
 * hold it up): docked, they do not push the board down under a finger or a pointer about to
 * pick up a card.
 */
export function AppBanners({
  showBackupNudge,
  planStart,
  onSettings = false,
}: {
  showBackupNudge: boolean;
  /** The plan's saved start month, once the plan is read. */
  planStart?: string | undefined;
  /** Settings is the screen shown: its form says the rest. */
  onSettings?: boolean;
}) {
  const outdated = useOutdatedReason();
  const apply = useAppUpdate((s) => s.apply);
  const startProblem = planStart === undefined ? null : storedPlanStartProblem(planStart);
  const dock = useDockRoom();
  return (
    <>
      {startProblem ? (
        <div className={`${styles.banner} ${styles.urgent}`} role="region" aria-label="Date to fix">
          <p>{startProblem} Until then the Timeline can’t show the plan’s months as they are.</p>
          {onSettings ? null : (
            <a className={styles.link} href="#/settings">
              Fix it in Settings
            </a>
          )}
        </div>
      ) : null}
      {outdated ? (
        <div className={`${styles.banner} ${styles.urgent}`} role="alert">
          <p>
            {outdated === 'deleted'
              ? 'Everything Pivotboard stored in this browser was deleted from another tab. What this tab still shows is not saved anywhere; reload it to start again.'
              : 'Pivotboard was updated in another tab. Reload this tab to keep saving. Your saved work is safe; copy anything you are typing first.'}
          </p>
          <Button variant="primary" size="small" onClick={() => window.location.reload()}>
            Reload
          </Button>
        </div>
      ) : null}
      <SyncOnly part="notices" />
      <div className={styles.dock} ref={dock}>
        {!outdated && apply ? (
          <div className={styles.banner} role="status">
            <p>A new version of Pivotboard is ready.</p>
            <Button size="small" onClick={apply}>
              Reload to update
            </Button>
          </div>
        ) : null}
        {showBackupNudge ? <BackupNudge /> : null}
      </div>
    </>
  );
}

/**
 * The docked messages sit over the page's foot: while one shows, the page gets that much more
 * room at its end (`--dock-height`), so its last cards scroll clear of it instead of staying under
 * it (on a phone the backup reminder is a quarter of the screen).
 */
function useDockRoom() {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const observer = new ResizeObserver(() => {
      const height = el.getBoundingClientRect().height;
      if (height > 0) root.style.setProperty('--dock-height', `${Math.ceil(height)}px`);
      else root.style.removeProperty('--dock-height');
    });
    observer.observe(el);
    return () => {
      observer.disconnect();
      root.style.removeProperty('--dock-height');
    };
  }, []);
  return ref;
}

function BackupNudge() {
  const { status, snooze } = useBackupStatus();
  const told = useFeedback((s) => s.told);
  const failed = useFeedback((s) => s.failed);
  const [busy, setBusy] = useState(false);
  if (!status?.nudge) return null;

  async function backUp() {
    setBusy(true);
    try {
      const { createBackupFile } = await import('../db/backup'); // Settings' code: loaded when needed
      const file = await createBackupFile();
      downloadText(file.fileName, file.text);
      told(`Backup saved: ${file.fileName}`);
    } catch (e) {
      failed(`The backup could not be made. ${messageOf(e)}`);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className={styles.banner} role="region" aria-label="Backup reminder">
      <p>
        {status.lastBackupAt
          ? 'Your last backup is over a month old, and you have made changes since.'
          : 'You have a month of work in Pivotboard and no backup of it yet.'}{' '}
        A backup file keeps your plan safe if the browser clears its data.
      </p>
      <div className={styles.buttons}>
        <Button variant="primary" size="small" disabled={busy} onClick={() => void backUp()}>
          Back up now
        </Button>
        <Button variant="ghost" size="small" onClick={snooze}>
          Not now
        </Button>
      </div>
    </div>
  );
}
