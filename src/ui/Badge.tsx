import type { ReactNode } from 'react';
import styles from './Badge.module.css';

export type BadgeTone = 'neutral' | 'ok' | 'info' | 'warn' | 'danger' | 'accent';

/** A badge's classes, for a plain span where a component per badge costs too much (1,000 cards). */
export const badgeClass = (tone: BadgeTone = 'neutral'): string =>
  `${styles.badge} ${styles[tone]}`;

export function Badge({
  tone = 'neutral',
  children,
  title,
}: {
  tone?: BadgeTone;
  children: ReactNode;
  title?: string;
}) {
  return (
    <span className={badgeClass(tone)} title={title}>
      {children}
    </span>
  );
}
