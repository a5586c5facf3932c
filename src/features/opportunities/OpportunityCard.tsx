import { memo } from 'react';
import { Badge } from '../../ui/Badge';
import { boardCardTitleClass } from '../../ui/board';
import styles from './Opportunities.module.css';

export interface OpportunityCardProps {
  id: string;
  /** "Acme Bio – Medical Director" */
  name: string;
  roleTypeLabel: string;
  /** "12 days in this stage" */
  timeInStage: string;
  /** "Since Mar 3, 2027", for the tooltip. */
  since: string;
  closedReason?: string | undefined;
  /** "$344,000 first year", for offers. */
  offer?: string | undefined;
  referredBy?: string | undefined;
  /** Short words of the gentle flags, joined with " · ". */
  flags?: string | undefined;
  /** Stable across renders (the card is memoised on its props). */
  onOpen?: ((id: string) => void) | undefined;
}

/** The body of a pipeline card. Memoised on primitive props: a drag elsewhere must not re-render it. */
export const OpportunityCard = memo(function OpportunityCard(props: OpportunityCardProps) {
  const {
    id,
    name,
    roleTypeLabel,
    timeInStage,
    since,
    closedReason,
    offer,
    referredBy,
    flags,
    onOpen,
  } = props;
  return (
    <div className={styles.card}>
      {onOpen ? (
        <button type="button" className={boardCardTitleClass} onClick={() => onOpen(id)}>
          {name}
        </button>
      ) : (
        <span className={boardCardTitleClass}>{name}</span>
      )}
      <p className={styles.cardLine}>{roleTypeLabel}</p>
      {referredBy ? <p className={styles.cardLine}>Referred by {referredBy}</p> : null}
      {offer ? <p className={styles.cardOffer}>{offer}</p> : null}
      <div className={styles.meta}>
        {closedReason ? <Badge>{closedReason}</Badge> : null}
        <span className={styles.since} title={since}>
          {timeInStage}
        </span>
      </div>
      {flags ? (
        <p className={styles.cardFlags}>
          <span className="visually-hidden">Worth asking about: </span>
          {flags}
        </p>
      ) : null}
    </div>
  );
});
