import { plural } from '../../domain/counts';
import { Button } from '../../ui/Button';
import styles from './Exit.module.css';

export interface SaveRowProps {
  /** "Save contract" */
  label: string;
  /** Fields whose text cannot be saved as it is. */
  unsaved: number;
}

/**
 * Each field saves as it is left, so the section's Save button is a "save now" for whoever looks
 * for one (or presses Enter). Beside it, what the section's state is, in plain words: saved as
 * typed, or which fields need a fix before they can be.
 */
export function SaveRow({ label, unsaved }: SaveRowProps) {
  return (
    <div className={styles.saveRow}>
      <Button type="submit" variant="primary">
        {label}
      </Button>
      {/* Always in the page, so screen readers hear the note when it changes. */}
      <p role="status" className={unsaved ? styles.unsaved : styles.savedNote}>
        {unsaved
          ? `Not saved: ${plural(unsaved, 'field needs', 'fields need')} a fix, marked above.`
          : 'Saved as you type.'}
      </p>
    </div>
  );
}
