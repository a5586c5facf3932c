import { memo, useMemo } from 'react';
import { dayLabel, type Day } from '../../domain/calendar';
import { formatMoney } from '../../domain/money';
import {
  CLOSED_REASON_LABELS,
  OFFER_STAGES,
  offerTotals,
  opportunityFlags,
  opportunityName,
  stageSince,
  timeInStageText,
  type Stage,
} from '../../domain/opportunity';
import { ROLE_TYPE_LABELS } from '../../domain/roleTypes';
import type { Opportunity } from '../../domain/schema/opportunity';
import { BoardItem, BoardList, useBoardColumn } from '../../ui/board';
import { OpportunityCard } from './OpportunityCard';
import styles from './Opportunities.module.css';
import { agree } from '../../domain/counts';

export interface StageColumnProps {
  stage: Stage;
  name: string;
  /** One line under the stage name. */
  hint: string;
  opportunities: readonly Opportunity[];
  today: Day;
  currency: string;
  onOpen: (id: string) => void;
}

/** What a card shows, as primitives (the card is memoised on them). */
export function cardProps(o: Opportunity, today: Day, currency: string) {
  const since = stageSince(o.history);
  const totals = OFFER_STAGES.includes(o.stage) && o.baseSalary !== null ? offerTotals(o) : null;
  // A closed card needs no warnings.
  const flags = o.stage === 'closed' ? [] : opportunityFlags(o);
  return {
    id: o.id,
    name: opportunityName(o),
    roleTypeLabel: ROLE_TYPE_LABELS[o.roleType],
    timeInStage: timeInStageText(o.history, today),
    since: since ? `In this stage since ${dayLabel(since)}` : '',
    closedReason:
      o.stage === 'closed' && o.closedReason ? CLOSED_REASON_LABELS[o.closedReason] : undefined,
    offer: totals ? `${formatMoney(totals.firstYear, currency)} first year` : undefined,
    referredBy: o.referredBy || undefined,
    flags: flags.length ? flags.map((f) => f.short).join(' · ') : undefined,
  };
}

export const StageColumn = memo(function StageColumn({
  stage,
  name,
  hint,
  opportunities,
  today,
  currency,
  onOpen,
}: StageColumnProps) {
  const { setDropRef, dropProps, listProps, items, isTarget } = useBoardColumn(
    stage,
    opportunities,
  );
  // The same elements while nothing changed: a drag re-renders this column (dnd-kit's droppable
  // hook), and React skips cards whose element is identical.
  const cards = useMemo(
    () =>
      items.map((o) => (
        <BoardItem key={o.id} id={o.id} name={opportunityName(o)}>
          <OpportunityCard {...cardProps(o, today, currency)} onOpen={onOpen} />
        </BoardItem>
      )),
    [items, today, currency, onOpen],
  );
  return (
    <section
      ref={setDropRef}
      {...dropProps}
      aria-label={name}
      className={`${styles.column} ${isTarget ? styles.target : ''} ${stage === 'closed' ? styles.closedColumn : ''}`}
    >
      <div className={styles.columnHead}>
        <h2 className={styles.columnTitle}>{name}</h2>
        <span className={styles.columnCount}>
          {items.length}
          <span className="visually-hidden">
            {' '}
            {agree(items.length, 'opportunity', 'opportunities')}
          </span>
        </span>
      </div>
      <p className={styles.columnHint}>{hint}</p>
      <BoardList {...listProps}>{cards}</BoardList>
      {items.length === 0 ? <p className={styles.empty}>Nothing here yet.</p> : null}
    </section>
  );
});
