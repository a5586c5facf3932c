import { Button } from '../ui/Button';
import styles from './StatusPages.module.css';

/** IndexedDB cannot be used here (some private modes, blocked site data). */
export function StorageProblem({ message }: { message: string }) {
  return (
    <main className={styles.page}>
      <h1>Pivotboard can’t save anything in this browser</h1>
      <p role="alert">{message}</p>
      <ul>
        <li>In a private or incognito window, open Pivotboard in a normal window instead.</li>
        <li>If this browser is set to block site data, allow it for this site.</li>
        <li>If the device is full, free some space.</li>
      </ul>
      <Button variant="primary" onClick={() => window.location.reload()}>
        Try again
      </Button>
    </main>
  );
}
