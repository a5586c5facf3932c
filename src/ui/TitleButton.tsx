import type { ReactNode } from 'react';
import styles from './TitleButton.module.css';

/** A card's title that opens it: reads as a heading, works as a button; plain text without `onClick`. */
export function TitleButton({
  onClick,
  children,
  size = 'normal',
}: {
  onClick?: (() => void) | undefined;
  children: ReactNode;
  size?: 'normal' | 'large';
}) {
  const cls = `${styles.title} ${size === 'large' ? styles.large : ''}`;
  if (!onClick) return <span className={cls}>{children}</span>;
  return (
    <button type="button" className={cls} onClick={onClick}>
      {children}
    </button>
  );
}
