import { useEffect } from 'react';
import { Button } from '../../ui/Button';
import styles from './Exit.module.css';

export interface SaveRowProps {
  /** "Save contract" */
  label: string;
  busy: boolean;
  /** What is typed in the section differs from what is saved. */
  unsaved: boolean;
}

/**
 * A section's Save button, and beside it a plain note while what is typed is not saved yet. Each
 * section saves on its own, so without the note a value typed in one section and left there looks
 * saved: the countdown ignores it, and leaving the page drops it. While something is unsaved, the
 * browser also asks before the page is closed or reloaded.
 */
export function SaveRow({ label, busy, unsaved }: SaveRowProps) {
  useEffect(() => {
    if (!unsaved) return;
    const ask = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      // Older Safari asks only when returnValue is set as well.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [unsaved]);

  return (
    <div className={styles.saveRow}>
      <Button type="submit" variant="primary" disabled={busy}>
        {label}
      </Button>
      {/* Always in the page, so screen readers hear the note when it appears. */}
      <p role="status" className={styles.unsaved}>
        {unsaved ? `Not saved yet. Press “${label}” to keep these changes.` : ''}
      </p>
    </div>
  );
}
