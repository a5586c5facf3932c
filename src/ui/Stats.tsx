import styles from './Stats.module.css';

export interface Stat {
  value: string | number;
  label: string;
  tone?: 'danger' | 'warn' | undefined;
}

/** A row of figures at the top of a screen ("4 open", "2 offers"). */
export function Stats({ label, stats }: { label: string; stats: readonly Stat[] }) {
  return (
    <ul className={styles.stats} aria-label={label}>
      {stats.map((s) => (
        <li key={s.label} className={`${styles.stat} ${s.tone ? styles[s.tone] : ''}`}>
          <span className={styles.value}>{s.value}</span>
          <span className={styles.label}>{s.label}</span>
        </li>
      ))}
    </ul>
  );
}
