import { COLUMN_INFO, DIAGNOSE_COLUMNS, type Suggestion } from '../../domain/diagnosis';
import styles from './Diagnose.module.css';

export interface SuggestionsProps {
  open: readonly Suggestion[];
  onPick: (s: Suggestion) => void;
  /** Titles being added right now. */
  adding: ReadonlySet<string>;
}

/** The common examples, one click each. Only those not yet on the board are offered. */
export function Suggestions({ open, onPick, adding }: SuggestionsProps) {
  if (open.length === 0) return null;
  return (
    <section className={styles.suggestions} aria-labelledby="diagnose-suggestions">
      <h2 id="diagnose-suggestions" className={styles.sectionTitle}>
        Common examples
      </h2>
      <p className={styles.sectionLead}>Things many physicians put on this board. One click adds it; you can move, retag or delete it after.</p>
      {DIAGNOSE_COLUMNS.map((column) => {
        const here = open.filter((s) => s.column === column);
        if (!here.length) return null;
        return (
          <div key={column} role="group" aria-labelledby={`suggest-${column}`} className={styles.suggestionGroup}>
            <h3 id={`suggest-${column}`} className={styles.suggestionHead}>
              For {COLUMN_INFO[column].name}
            </h3>
            <ul className={styles.chips}>
              {here.map((s) => (
                <li key={s.title}>
                  <button type="button" className={styles.chip} onClick={() => onPick(s)} disabled={adding.has(s.title)}>
                    <span aria-hidden="true">+ </span>
                    {s.title}
                  </button>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
