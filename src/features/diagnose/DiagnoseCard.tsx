import { memo, useId } from 'react';
import {
  FIT_SHORT,
  INDUSTRY_FITS,
  type DiagnoseColumn,
  type IndustryFit,
} from '../../domain/diagnosis';
import { TitleButton } from '../../ui/TitleButton';
import { usePending } from '../../ui/usePending';
import styles from './Diagnose.module.css';

export interface DiagnoseCardProps {
  id: string;
  title: string;
  note: string;
  column: DiagnoseColumn;
  fit: IndustryFit;
  /** Stable across renders (the card is memoised on its props). */
  onOpen?: ((id: string) => void) | undefined;
  /** Resolves once written; rejects when the write failed (the choice is then undone on screen). */
  onFit?: ((id: string, fit: IndustryFit) => Promise<void>) | undefined;
}

/** The body of a diagnose card: its title (opens the editor), a note, and the industry tag. */
export const DiagnoseCard = memo(function DiagnoseCard({
  id,
  title,
  note,
  column,
  fit,
  onOpen,
  onFit,
}: DiagnoseCardProps) {
  const selectId = useId();
  const shown = usePending(fit);
  return (
    <div className={styles.card}>
      <TitleButton onClick={onOpen ? () => onOpen(id) : undefined}>{title}</TitleButton>
      {note ? <p className={styles.cardNote}>{note}</p> : null}
      {column !== 'c' ? (
        onFit ? (
          <div className={styles.fitRow}>
            <label htmlFor={selectId} className="visually-hidden">
              Does industry fix “{title}”?
            </label>
            <select
              id={selectId}
              className={`${styles.fit} ${styles[`fit-${shown.value}`] ?? ''}`}
              value={shown.value}
              onChange={(e) => {
                const next = e.target.value as IndustryFit;
                shown.set(next);
                onFit(id, next).catch(shown.clear);
              }}
            >
              {INDUSTRY_FITS.map((f) => (
                <option key={f} value={f}>
                  {FIT_SHORT[f]}
                </option>
              ))}
            </select>
          </div>
        ) : (
          <span className={`${styles.fit} ${styles[`fit-${fit}`] ?? ''}`}>{FIT_SHORT[fit]}</span>
        )
      ) : null}
    </div>
  );
});
