import type { ReactNode } from 'react';
import { Button } from '../../ui/Button';
import styles from './Exit.module.css';

export interface ItemRowProps {
  name: ReactNode;
  facts: ReactNode;
  /** A warning under the facts, when there is one. */
  badge?: ReactNode;
  flagged?: boolean;
  /** "Edit Student loan" */
  editLabel: string;
  onEdit: () => void;
}

/** One clawback or debt in its list: what it is, its figures, and an Edit button. */
export function ItemRow({ name, facts, badge, flagged, editLabel, onEdit }: ItemRowProps) {
  return (
    <li className={`${styles.item} ${flagged ? styles.itemFlagged : ''}`}>
      <div className={styles.itemMain}>
        <span className={styles.itemName}>{name}</span>
        <span className={styles.itemFacts}>{facts}</span>
        {badge}
      </div>
      <Button size="small" variant="ghost" onClick={onEdit} aria-label={editLabel}>
        Edit
      </Button>
    </li>
  );
}
