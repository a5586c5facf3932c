import { memo } from 'react';
import { dayLabel } from '../../domain/calendar';
import { cardExcerpt, type MilestoneStatus } from '../../domain/milestone';
import { Badge } from '../../ui/Badge';
import { boardCardTitleClass } from '../../ui/board';
import { countRender } from '../../ui/benchProbe';
import styles from './Timeline.module.css';

export interface MilestoneCardProps {
  id: string;
  title: string;
  description: string;
  status: MilestoneStatus;
  categoryLabel: string;
  overdue: boolean;
  /** Months later (+) or earlier (−) than first planned. */
  slip: number;
  baselineMonth: number;
  doneOn: string | null;
  /** Extra line under the description, e.g. the running count of calls. */
  extra?: string | undefined;
  /** Stable across renders (the card is memoised on its props). */
  onOpen?: ((id: string) => void) | undefined;
}

const months = (n: number) => `${n} ${n === 1 ? 'month' : 'months'}`;

/** The body of a milestone card. Memoised: a drag elsewhere on the board must not re-render it. */
export const MilestoneCard = memo(function MilestoneCard(props: MilestoneCardProps) {
  const { id, title, description, status, categoryLabel, overdue, slip, baselineMonth, doneOn, extra, onOpen } = props;
  if (import.meta.env.MODE === 'bench') countRender('MilestoneCard');
  return (
    <div className={`${styles.card} ${status === 'done' ? styles.done : ''}`}>
      {onOpen ? (
        <button type="button" className={`${boardCardTitleClass} ${styles.cardName}`} onClick={() => onOpen(id)}>
          {title}
        </button>
      ) : (
        <span className={`${boardCardTitleClass} ${styles.cardName}`}>{title}</span>
      )}
      {description ? <p className={styles.cardDescription}>{cardExcerpt(description)}</p> : null}
      {extra ? <p className={styles.cardDescription}>{extra}</p> : null}
      <div className={styles.meta}>
        {status === 'done' ? <Badge tone="ok">Done{doneOn ? ` ${dayLabel(doneOn)}` : ''}</Badge> : null}
        {status === 'in_progress' ? <Badge tone="info">In progress</Badge> : null}
        {overdue ? <Badge tone="danger">Overdue</Badge> : null}
        {slip > 0 ? (
          <Badge tone="warn" title={`Slipped ${months(slip)} from Month ${baselineMonth}`}>
            +{slip} mo<span className="visually-hidden">, slipped {months(slip)} from Month {baselineMonth}</span>
          </Badge>
        ) : null}
        {slip < 0 ? (
          <Badge tone="ok" title={`Pulled in ${months(-slip)} from Month ${baselineMonth}`}>
            −{-slip} mo<span className="visually-hidden">, pulled in {months(-slip)} from Month {baselineMonth}</span>
          </Badge>
        ) : null}
        <Badge>{categoryLabel}</Badge>
      </div>
    </div>
  );
});
