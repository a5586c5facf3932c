import { memo } from 'react';
import { dayLabel } from '../../domain/calendar';
import { plural } from '../../domain/counts';
import { slipLabel, STATUS_LABELS, type MilestoneStatus } from '../../domain/milestone';
import { boardCardTitleClass } from '../../ui/board';
import type { MilestoneCardProps } from './MilestoneCard';
import styles from './YearView.module.css';

/** A board card's facts, without its description and category. */
export interface YearCardProps extends Omit<MilestoneCardProps, 'description' | 'categoryLabel'> {
  /** Move without dragging: pick a month. Stable across renders. */
  onMoveTo?: ((id: string) => void) | undefined;
}

const titleClass = `${boardCardTitleClass} ${styles.title ?? ''}`;

/** The classes of the element around a year card's body (BoardItem's `bodyClassName`). */
export const yearCardClass = (status: MilestoneStatus): string =>
  `${styles.card ?? ''} ${styles[status] ?? ''}`;

/**
 * A milestone as one compact line of the year view: its status, its title (which opens it), its
 * overdue and slip marks, and a button to move it to another month without dragging.
 */
export const YearCard = memo(function YearCard(props: YearCardProps) {
  const {
    id,
    title,
    status,
    overdue,
    slip,
    baselineMonth,
    doneOn,
    ongoing,
    pace,
    evidenceLine,
    keptOpen,
    extra,
    onOpen,
    onMoveTo,
  } = props;
  const facts = { month: baselineMonth + slip, baselineMonth, status };
  // Said as the board's card says it.
  const slipText = `${slip > 0 ? 'Slipped' : 'Pulled in'} ${plural(Math.abs(slip), 'month')} from Month ${baselineMonth}`;
  const doneWord = ongoing ? 'Started' : 'Done';
  const statusText =
    status === 'done'
      ? `${doneWord}${doneOn ? ` ${dayLabel(doneOn)}` : ''}${pace === 'on-track' ? ', on track' : ''}`
      : STATUS_LABELS[status];
  // Few elements: each is paid for a thousand times on a big board. The status mark is drawn by
  // the card's class (○ ◐ ✓); its words are read out for cards under way or done.
  return (
    <>
      {status === 'todo' ? null : <span className="visually-hidden">{statusText}:</span>}
      {onOpen ? (
        <button type="button" className={titleClass} onClick={() => onOpen(id)}>
          {title}
        </button>
      ) : (
        <span className={titleClass}>{title}</span>
      )}
      {overdue ? <span className={styles.overdue}>Overdue</span> : null}
      {pace === 'behind' ? <span className={styles.behind}>Behind pace</span> : null}
      {slip !== 0 ? (
        <span className={slip > 0 ? styles.slipped : styles.pulledIn} title={slipText}>
          {slipLabel(facts)}
          <span className="visually-hidden">, {slipText}</span>
        </span>
      ) : null}
      {onMoveTo ? (
        <button
          type="button"
          className={styles.moveTo}
          aria-label={`Pick a month for ${title}`}
          title="Move to another month"
          onClick={() => onMoveTo(id)}
        />
      ) : null}
      {/* What its evidence says is read out; the board shows it in full. A line of its own
          under each card would push a 12-month year past 800 px. */}
      {evidenceLine ? (
        <span className="visually-hidden">
          {evidenceLine}
          {keptOpen ? ' · you marked it not done' : ''}
        </span>
      ) : null}
      {extra ? <span className={styles.extra}>{extra}</span> : null}
    </>
  );
});
