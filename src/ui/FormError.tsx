import styles from './FormError.module.css';

/** A form-level message (not about one field), read out at once. */
export function FormError({ message }: { message: string | undefined }) {
  return message ? (
    <p className={styles.formError} role="alert">
      {message}
    </p>
  ) : null;
}
