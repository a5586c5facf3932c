import {
  CLOSED_REASON_HINTS,
  CLOSED_REASON_LABELS,
  CLOSED_REASONS,
  type ClosedReason,
} from '../../domain/opportunity';
import styles from './Opportunities.module.css';

/** Declined / rejected / withdrawn, as radio buttons with a word on each. */
export function ReasonChoice({
  value,
  onChange,
  error,
}: {
  value: ClosedReason | '';
  onChange: (r: ClosedReason) => void;
  error?: string | undefined;
}) {
  return (
    <fieldset
      className={styles.reasons}
      aria-describedby={error ? 'closed-reason-error' : undefined}
    >
      <legend>Why it closed</legend>
      {CLOSED_REASONS.map((r) => (
        <label key={r} className={styles.reason}>
          <input
            type="radio"
            name="closed-reason"
            value={r}
            checked={value === r}
            onChange={() => onChange(r)}
            // Marked, so a failed Save puts focus here (ui/focusFirstError) and the message is read.
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'closed-reason-error' : undefined}
          />
          <span>
            <strong>{CLOSED_REASON_LABELS[r]}</strong>{' '}
            <span className={styles.reasonHint}>{CLOSED_REASON_HINTS[r]}</span>
          </span>
        </label>
      ))}
      {error ? (
        <p id="closed-reason-error" className={styles.fieldError}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
