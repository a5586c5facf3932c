import { memo } from 'react';
import { Badge } from '../../ui/Badge';
import { boardCardTitleClass } from '../../ui/board';
import styles from './Opportunities.module.css';

export interface OpportunityCardProps {
  id: string;
  /** "Acme Bio – Medical Director" */
  name: string;
  company: string;
  /** The role's title, on its own line under the company. */
  title: string;
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
  /** One line (the Closed list): the name and why it closed. */
  compact?: boolean | undefined;
}

/** The body of a pipeline card. Memoised on primitive props: a drag elsewhere must not re-render it. */
export const OpportunityCard = memo(function OpportunityCard(props: OpportunityCardProps) {
  const {
    id,
    name,
    company,
    title,
    roleTypeLabel,
    timeInStage,
    since,
    closedReason,
    offer,
    referredBy,
    flags,
    onOpen,
    compact,
  } = props;
  // The company as the heading and the role's title on its own line: "Company – Title" in one
  // heading wrapped to four or five lines in a column. Read as one name, with its dash.
  const heading = compact ? (
    name
  ) : (
    <>
      <span className={styles.company}>{company}</span> <span className="visually-hidden">–</span>{' '}
      <span className={styles.role}>{title}</span>
    </>
  );
  if (compact)
    return (
      <div className={`${styles.card} ${styles.compact}`}>
        {onOpen ? (
          <button
            type="button"
            className={`${boardCardTitleClass} ${styles.oneLine}`}
            title={name}
            onClick={() => onOpen(id)}
          >
            {heading}
          </button>
        ) : (
          <span className={`${boardCardTitleClass} ${styles.oneLine}`} title={name}>
            {heading}
          </span>
        )}
        {closedReason ? <span className={styles.reasonTag}>{closedReason}</span> : null}
      </div>
    );
  return (
    <div className={styles.card}>
      {onOpen ? (
        <button
          type="button"
          className={boardCardTitleClass}
          title={name}
          onClick={() => onOpen(id)}
        >
          {heading}
        </button>
      ) : (
        <span className={boardCardTitleClass}>{heading}</span>
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
