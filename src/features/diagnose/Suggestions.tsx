import { useLayoutEffect, useRef } from 'react';
import { COLUMN_INFO, DIAGNOSE_COLUMNS, type Suggestion } from '../../domain/diagnosis';
import styles from './Diagnose.module.css';
import { isFocusLost } from '../../ui/keyboard';

export interface SuggestionsProps {
  open: readonly Suggestion[];
  onPick: (s: Suggestion) => void;
  /** Titles being added right now. */
  adding: ReadonlySet<string>;
}

/** The common examples, one click each. Only those not yet on the board are offered. */
export function Suggestions({ open, onPick, adding }: SuggestionsProps) {
  const sectionRef = useRef<HTMLElement>(null);
  // The chip used goes once its item is on the board: the focus moves on to the chip now in its
  // place (or the last one, or the heading), not to the page.
  const picked = useRef<number | null>(null);
  useLayoutEffect(() => {
    const at = picked.current;
    if (at === null || !isFocusLost()) return;
    picked.current = null;
    const chips = [...(sectionRef.current?.querySelectorAll<HTMLElement>('button') ?? [])];
    (chips[Math.min(at, chips.length - 1)] ?? document.querySelector<HTMLElement>('main'))?.focus();
  }, [open]);

  if (open.length === 0) return null;
  return (
    <section ref={sectionRef} className={styles.suggestions} aria-labelledby="diagnose-suggestions">
      <h2 id="diagnose-suggestions" className={styles.sectionTitle}>
        Common examples
      </h2>
      <p className={styles.sectionLead}>
        Things many physicians put on this board. One click adds it; you can move, retag or delete
        it after.
      </p>
      {DIAGNOSE_COLUMNS.map((column) => {
        const here = open.filter((s) => s.column === column);
        if (!here.length) return null;
        return (
          <div
            key={column}
            role="group"
            aria-labelledby={`suggest-${column}`}
            className={styles.suggestionGroup}
          >
            <h3 id={`suggest-${column}`} className={styles.suggestionHead}>
              For {COLUMN_INFO[column].name}
            </h3>
            <ul className={styles.chips}>
              {here.map((s) => (
                <li key={s.title}>
                  <button
                    type="button"
                    className={styles.chip}
                    // aria-disabled while it is added: a disabled button loses the focus.
                    aria-disabled={adding.has(s.title) || undefined}
                    onClick={(e) => {
                      if (adding.has(s.title)) return;
                      picked.current = [
                        ...(sectionRef.current?.querySelectorAll('button') ?? []),
                      ].indexOf(e.currentTarget);
                      onPick(s);
                    }}
                  >
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
