import type { ReactNode } from 'react';
import styles from './PageHeader.module.css';

/** A screen's one h1, with an optional line under it saying what the screen is for. */
export function PageHeader({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className={styles.header}>
      <h1 className={styles.title}>{title}</h1>
      {children ? <p className={styles.lead}>{children}</p> : null}
    </div>
  );
}
