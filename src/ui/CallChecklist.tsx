import { CALL_CHECKLIST } from '../domain/playbook/messages';
import styles from './CallChecklist.module.css';

const PARTS = [
  { key: 'before', title: 'Before the call' },
  { key: 'ask', title: 'Ask' },
  { key: 'avoid', title: 'Don’t ask' },
  { key: 'after', title: 'After the call' },
] as const;

/** What to ask on a networking call, what to keep out of it, and what to do around it. */
export function CallChecklist({ headingLevel = 3 }: { headingLevel?: 3 | 4 }) {
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <div className={styles.grid}>
      {PARTS.map((p) => (
        <div key={p.key} className={`${styles.part} ${p.key === 'avoid' ? styles.avoid : ''}`}>
          <Heading className={styles.title}>{p.title}</Heading>
          <ul className={styles.list}>
            {CALL_CHECKLIST[p.key].map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
}
