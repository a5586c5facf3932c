import { memo, useMemo, useState } from 'react';
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
import { Button } from '../../ui/Button';
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

/** Closed shows this many one-line cards until asked for all. */
export const CLOSED_SHOWN = 5;

/** What a card shows, as primitives (the card is memoised on them). */
export function cardProps(o: Opportunity, today: Day, currency: string) {
  const since = stageSince(o.history);
  const totals = OFFER_STAGES.includes(o.stage) && o.baseSalary !== null ? offerTotals(o) : null;
  // A closed card needs no warnings.
  const flags = o.stage === 'closed' ? [] : opportunityFlags(o);
  return {
    id: o.id,
    name: opportunityName(o),
    company: o.company,
    title: o.title,
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

/**
 * A stage of the pipeline. An empty stage is a narrow strip (it still takes drops, and opens when
 * a card moved by keyboard enters it), so all eight stages fit at 1280 px; Closed is a list of
 * one-line cards, the first few shown until asked for all.
 */
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
  const closed = stage === 'closed';
  const [showAll, setShowAll] = useState(false);
  const shown = useMemo(
    () => (closed && !showAll && !isTarget ? items.slice(0, CLOSED_SHOWN) : items),
    [items, closed, showAll, isTarget],
  );
  // The same elements while nothing changed: a drag re-renders this column (dnd-kit's droppable
  // hook), and React skips cards whose element is identical.
  const cards = useMemo(
    () =>
      shown.map((o) => (
        <BoardItem key={o.id} id={o.id} name={opportunityName(o)}>
          <OpportunityCard {...cardProps(o, today, currency)} onOpen={onOpen} compact={closed} />
        </BoardItem>
      )),
    [shown, today, currency, onOpen, closed],
  );
  const empty = items.length === 0;
  const hidden = items.length - shown.length;
  return (
    <section
      ref={setDropRef}
      {...dropProps}
      aria-label={name}
      className={[
        styles.column,
        isTarget ? styles.target : '',
        closed ? styles.closedColumn : '',
        empty ? styles.emptyColumn : '',
      ].join(' ')}
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
      {empty ? null : (
        <p className={styles.columnHint} title={hint}>
          {hint}
        </p>
      )}
      <BoardList {...listProps} {...(closed ? { cardHeight: 48 } : {})}>
        {cards}
      </BoardList>
      {closed && (hidden > 0 || showAll) && items.length > CLOSED_SHOWN ? (
        <Button
          variant="ghost"
          size="small"
          aria-expanded={showAll}
          onClick={() => setShowAll((v) => !v)}
        >
          {showAll ? 'Show fewer' : `Show all ${items.length} closed`}
        </Button>
      ) : null}
    </section>
  );
});
