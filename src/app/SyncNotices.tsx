import { useState } from 'react';
import { messageOf } from '../domain/errors';
import { useFeedback } from '../state/feedback';
import { syncStatusText, useSync, type LostEditNote } from '../state/sync';
import { Button } from '../ui/Button';
import styles from './AppBanners.module.css';
import indicator from './SyncIndicator.module.css';

/**
 * A change made here that lost to another device's (both made while apart): say which, show
 * the value kept everywhere, and let the person put theirs back (it then goes to the others).
 */
export function SyncNotices() {
  const lost = useSync((s) => s.lost);
  return (
    <>
      {lost.slice(0, 3).map((note) => (
        <LostEdit key={note.id} note={note} />
      ))}
      {lost.length > 3 ? (
        <p className={styles.banner} role="status">
          {lost.length - 3} more of your changes were replaced by changes from another device.
        </p>
      ) : null}
    </>
  );
}

function LostEdit({ note }: { note: LostEditNote }) {
  const dismiss = useSync((s) => s.lostDismissed);
  const told = useFeedback((s) => s.told);
  const failed = useFeedback((s) => s.failed);
  const [busy, setBusy] = useState(false);

  async function putBack() {
    setBusy(true);
    try {
      await note.putBack();
      dismiss(note.id);
      told(`Put back: ${note.what} is ${note.mine} again, on every device.`);
    } catch (e) {
      failed(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <div className={styles.banner} role="region" aria-label="Changed on another device">
      <p>
        Changed on another device: {note.what} is now {note.theirs}. Yours was {note.mine}.
      </p>
      <div className={styles.buttons}>
        <Button size="small" onClick={() => void putBack()} disabled={busy}>
          Put mine back
        </Button>
        <Button size="small" variant="ghost" onClick={() => dismiss(note.id)}>
          Keep theirs
        </Button>
      </div>
    </div>
  );
}

const SHORT: Record<string, string> = {
  starting: 'Syncing…',
  connecting: 'Syncing…',
  syncing: 'Syncing…',
  on: 'Synced',
  offline: 'Offline',
};

/** The quiet indicator in the header while sync is on: a dot and a word, linking to Settings. */
export function SyncIndicator() {
  const phase = useSync((s) => s.phase);
  if (phase === 'off') return null;
  return (
    <a
      className={indicator.indicator}
      href="#/settings"
      data-phase={phase}
      title={syncStatusText(phase)}
      aria-label={`${syncStatusText(phase)} (open Settings)`}
    >
      <span className={indicator.dot} aria-hidden="true" />
      <span className={indicator.word}>{SHORT[phase]}</span>
    </a>
  );
}
