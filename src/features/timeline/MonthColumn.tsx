import { memo, useMemo, useState, type CSSProperties, type ReactElement } from 'react';
import type { MilestoneReading } from '../../domain/evidence';
import { sameItems } from '../../domain/stableRows';
import type { Milestone } from '../../domain/schema/milestone';
import { Badge } from '../../ui/Badge';
import { BoardItem, BoardList, useBoardColumn } from '../../ui/board';
import { Button } from '../../ui/Button';
import { cardBody } from './cardBody';
import styles from './Timeline.module.css';
import yearStyles from './YearView.module.css';

export interface MonthColumnProps {
  columnId: string;
  /** 1-based plan month, or null for the "After the plan" column. */
  month: number | null;
  /** "Month 3 · Jan 2027" */
  name: string;
  monthLabel: string;
  isCurrent: boolean;
  isPast: boolean;
  milestones: readonly Milestone[];
  /** Plan months of not-done milestones that are overdue, by id. */
  overdueIds: ReadonlySet<string>;
  /** How each card reads with its evidence (domain/evidence.ts), by id. */
  readings: ReadonlyMap<string, MilestoneReading>;
  extraById?: ReadonlyMap<string, string> | undefined;
  /** Filters hide some cards: an empty month may only look empty. */
  filtered?: boolean;
  onOpen: (id: string) => void;
  onAdd: (month: number) => void;
  /** The board's full cards, or the year view's one-line cards. */
  variant?: 'board' | 'year';
  /** The year view's "Move to month" button (stable across renders). */
  onMoveTo?: ((id: string) => void) | undefined;
  /** The current month in the year view: today, and how far into the month it is (0–1). */
  todayLabel?: string | undefined;
  todayShare?: number | undefined;
}

interface CardElement {
  milestone: Milestone;
  overdue: boolean;
  extra: string | undefined;
  shown: string;
  onOpen: (id: string) => void;
  onMoveTo: ((id: string) => void) | undefined;
  element: ReactElement;
}

/** What a card shows of its reading, as one string: a card renders again only when it changes. */
function shownOf(r: MilestoneReading | undefined): string {
  if (!r) return '';
  return [
    r.status,
    r.doneOn,
    r.doneBy,
    r.ongoing,
    r.keptOpen,
    r.evidence?.line,
    r.evidence?.pace,
  ].join('|');
}

/** About how tall a year view card is with the gap after it (for blocks not yet shown). */
const YEAR_CARD_HEIGHT = 44;

export const MonthColumn = memo(function MonthColumn(props: MonthColumnProps) {
  const {
    columnId,
    month,
    name,
    monthLabel,
    isCurrent,
    isPast,
    milestones,
    overdueIds,
    readings,
    extraById,
    filtered,
    onOpen,
    onAdd,
    variant = 'board',
    onMoveTo,
    todayLabel,
    todayShare,
  } = props;
  const year = variant === 'year';
  const { setDropRef, dropProps, listProps, items, isTarget } = useBoardColumn(
    columnId,
    milestones,
    month !== null,
  );
  // Each card keeps its element while nothing it shows changed, so React skips it when the
  // column renders again: on a drop the two columns involved render (the card shown in its new
  // place), and with 80 cards a column that was 8 ms of the drop's 20 (npm run bench, figure 4).
  const [elements] = useState(() => new Map<string, CardElement>());
  const cards = useMemo(() => {
    const next = items.map((m) => {
      const overdue = overdueIds.has(m.id);
      const extra = extraById?.get(m.id);
      const reading = readings.get(m.id);
      const shown = shownOf(reading);
      const known = elements.get(m.id);
      if (
        known &&
        known.milestone === m &&
        known.overdue === overdue &&
        known.extra === extra &&
        known.shown === shown &&
        known.onOpen === onOpen &&
        known.onMoveTo === onMoveTo
      )
        return known.element;
      const { body, className } = cardBody(m, variant, {
        overdue,
        reading,
        extra,
        onOpen,
        onMoveTo,
      });
      const element = (
        <BoardItem key={m.id} id={m.id} name={m.title} bodyClassName={className}>
          {body}
        </BoardItem>
      );
      elements.set(m.id, { milestone: m, overdue, extra, shown, onOpen, onMoveTo, element });
      return element;
    });
    if (elements.size > next.length) {
      const here = new Set(items.map((m) => m.id));
      for (const id of elements.keys()) if (!here.has(id)) elements.delete(id);
    }
    return next;
  }, [items, overdueIds, readings, extraById, onOpen, onMoveTo, variant, elements]);
  const regionName =
    month === null ? 'After the plan' : `${name}${isCurrent ? ' (this month)' : ''}`;
  const look = year ? yearStyles : styles;
  // A filter hides every card here: the month is its heading line only, so the cards that match
  // are not pushed down the page by a box per empty month (a phone's first screen shows them).
  const collapsed = filtered === true && items.length === 0 && month !== null;
  const classes = [
    look.column,
    collapsed ? styles.collapsed : '',
    isCurrent ? styles.current : '',
    isPast ? styles.past : '',
    isTarget ? styles.target : '',
    month === null ? styles.outside : '',
  ]
    .filter(Boolean)
    .join(' ');
  const add =
    month !== null ? (
      <Button
        variant="ghost"
        size="small"
        className={look.add}
        onClick={() => onAdd(month)}
        aria-label={`Add milestone to Month ${month}`}
        title={year ? 'Add a milestone to this month' : undefined}
      >
        {year ? '+' : '+ Add milestone'}
      </Button>
    ) : null;
  return (
    <section
      ref={setDropRef}
      {...dropProps}
      aria-label={regionName}
      className={classes}
      data-current={isCurrent || undefined}
    >
      <div className={look.columnHead}>
        <h3 className={look.columnTitle} tabIndex={-1} data-month-heading={month ?? undefined}>
          {month === null ? 'After the plan' : `Month ${month}`}
        </h3>
        {month !== null ? <span className={look.columnMonth}>{monthLabel}</span> : null}
        {isCurrent && !year ? <Badge tone="accent">Now</Badge> : null}
        <span className={look.columnCount} aria-hidden="true">
          {items.length}
        </span>
        {year ? add : null}
      </div>
      {year && todayLabel ? (
        <p className={yearStyles.today}>
          <span
            className={yearStyles.todayBar}
            style={{ '--today': `${Math.round((todayShare ?? 0) * 100)}%` } as CSSProperties}
            aria-hidden="true"
          />
          {todayLabel}
        </p>
      ) : null}
      {month === null ? (
        <p className={look.empty}>
          These sit past the plan’s last month since it was shortened. Move them into a month, or
          lengthen the plan in Settings.
        </p>
      ) : null}
      <BoardList {...listProps} {...(year ? { cardHeight: YEAR_CARD_HEIGHT } : {})}>
        {cards}
      </BoardList>
      {collapsed ? (
        <p className="visually-hidden">No cards here match the filters.</p>
      ) : items.length === 0 && month !== null ? (
        <p className={look.empty}>Nothing planned yet.</p>
      ) : null}
      {year ? null : add}
    </section>
  );
}, sameColumn);

/**
 * A column renders again only when something it shows changed. The lists, the overdue set, the
 * readings and the extra lines are rebuilt when any data arrives, so compare what this column
 * shows of them: its own cards (kept as the same objects when unchanged, see useMilestones),
 * whether each is overdue, what each shows of its reading, and each one's extra line.
 */
function sameColumn(a: MonthColumnProps, b: MonthColumnProps): boolean {
  for (const key of Object.keys(b) as (keyof MonthColumnProps)[]) {
    if (
      key !== 'milestones' &&
      key !== 'overdueIds' &&
      key !== 'readings' &&
      key !== 'extraById' &&
      a[key] !== b[key]
    )
      return false;
  }
  return (
    sameItems(a.milestones, b.milestones) &&
    b.milestones.every(
      (m) =>
        a.overdueIds.has(m.id) === b.overdueIds.has(m.id) &&
        shownOf(a.readings.get(m.id)) === shownOf(b.readings.get(m.id)) &&
        a.extraById?.get(m.id) === b.extraById?.get(m.id),
    )
  );
}
