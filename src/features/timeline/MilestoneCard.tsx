import { memo } from 'react';
import { dayLabel } from '../../domain/calendar';
import type { MilestoneReading, Pace } from '../../domain/evidence';
import { cardExcerpt, type MilestoneStatus } from '../../domain/milestone';
import { badgeClass } from '../../ui/Badge';
import { boardCardTitleClass } from '../../ui/board';
import styles from './Timeline.module.css';
import { plural } from '../../domain/counts';

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
  /** Who made it done: by hand, or its evidence (domain/evidence.ts). */
  doneBy?: MilestoneReading['doneBy'] | undefined;
  /** What its evidence says: "6 calls · last Tue, Mar 3". */
  evidenceLine?: string | undefined;
  /** Ongoing evidence met (networking calls): "Started …" and its pace instead of "Done". */
  ongoing?: boolean | undefined;
  pace?: Pace | null | undefined;
  /** Its evidence is met but the user marked it not done. */
  keptOpen?: boolean | undefined;
  /** Extra line under the description, e.g. where the exit dates put it. */
  extra?: string | undefined;
  /** Stable across renders (the card is memoised on its props). */
  onOpen?: ((id: string) => void) | undefined;
}

const months = (n: number) => plural(n, 'month');

/** The classes of the element around a card's body (BoardItem's `bodyClassName`). */
export const milestoneCardClass = (status: MilestoneStatus): string =>
  status === 'done' ? `${styles.card} ${styles.done}` : (styles.card ?? '');

const OK = badgeClass('ok');
const INFO = badgeClass('info');
const DANGER = badgeClass('danger');
const WARN = badgeClass('warn');
const NEUTRAL = badgeClass();

/**
 * The body of a milestone card: its contents, inside BoardItem's body element (with
 * `milestoneCardClass`). Memoised: a drag elsewhere on the board must not re-render it. Plain
 * spans for the badges and no element of its own: each is paid for 1,000 times when a big board
 * loads (npm run bench, figure 2).
 */
export const MilestoneCard = memo(function MilestoneCard(props: MilestoneCardProps) {
  const {
    id,
    title,
    description,
    status,
    categoryLabel,
    overdue,
    slip,
    baselineMonth,
    doneOn,
    doneBy,
    evidenceLine,
    ongoing,
    pace,
    keptOpen,
    extra,
    onOpen,
  } = props;
  return (
    <>
      {onOpen ? (
        <button
          type="button"
          className={`${boardCardTitleClass} ${styles.cardName}`}
          onClick={() => onOpen(id)}
        >
          {title}
        </button>
      ) : (
        <span className={`${boardCardTitleClass} ${styles.cardName}`}>{title}</span>
      )}
      {description ? <p className={styles.cardDescription}>{cardExcerpt(description)}</p> : null}
      {evidenceLine ? (
        <p className={styles.cardEvidence}>
          {evidenceLine}
          {keptOpen ? ' · you marked it not done' : ''}
        </p>
      ) : null}
      {extra ? <p className={styles.cardDescription}>{extra}</p> : null}
      <div className={styles.meta}>
        {status === 'done' ? (
          <span
            className={OK}
            title={doneBy === 'evidence' ? 'Ticked by what you recorded' : undefined}
          >
            {ongoing ? 'Started' : 'Done'}
            {doneOn ? ` ${dayLabel(doneOn)}` : ''}
          </span>
        ) : null}
        {pace === 'on-track' ? <span className={OK}>On track</span> : null}
        {pace === 'behind' ? <span className={WARN}>Behind pace</span> : null}
        {status === 'in_progress' ? <span className={INFO}>In progress</span> : null}
        {overdue ? <span className={DANGER}>Overdue</span> : null}
        {slip > 0 ? (
          <span className={WARN} title={`Slipped ${months(slip)} from Month ${baselineMonth}`}>
            +{slip} mo
            <span className="visually-hidden">
              , slipped {months(slip)} from Month {baselineMonth}
            </span>
          </span>
        ) : null}
        {slip < 0 ? (
          <span className={OK} title={`Pulled in ${months(-slip)} from Month ${baselineMonth}`}>
            −{-slip} mo
            <span className="visually-hidden">
              , pulled in {months(-slip)} from Month {baselineMonth}
            </span>
          </span>
        ) : null}
        <span className={NEUTRAL}>{categoryLabel}</span>
      </div>
    </>
  );
});
