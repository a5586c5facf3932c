import { getDaysInMonth } from 'date-fns';
import { dayLabel, dayToDate, monthLabel, type Day } from '../../domain/calendar';
import type { MilestoneReading } from '../../domain/evidence';
import { phaseGroups, planMonth, planMonthName } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import type { TimelineView } from '../../domain/settings';
import { boardColumnsClass } from '../../ui/board';
import { MonthColumn } from './MonthColumn';
import styles from './Timeline.module.css';
import yearStyles from './YearView.module.css';

/** The column of cards past a shortened plan. */
export const AFTER_PLAN = 'after';

const EMPTY: readonly Milestone[] = [];

/**
 * The plan's months grouped by phase, as the board (phases side by side, full cards; wide
 * screens scroll sideways) or as the year at a glance (a phase a row, every month of a 12- or
 * 24-month plan on screen at 1280 px, one line a card, today marked).
 */
export function PlanMonths({
  plan,
  current,
  variant,
  today,
  milestonesIn,
  overdueIds,
  readings,
  extraById,
  filtered,
  onOpen,
  onAdd,
  onMoveTo,
}: {
  plan: Plan;
  /** This month's place in the plan. */
  current: number;
  variant: TimelineView;
  today: Day;
  milestonesIn: (columnId: string) => readonly Milestone[] | undefined;
  overdueIds: ReadonlySet<string>;
  /** How each card reads with its evidence (domain/evidence.ts), by id. */
  readings: ReadonlyMap<string, MilestoneReading>;
  extraById: ReadonlyMap<string, string>;
  filtered: boolean;
  onOpen: (id: string) => void;
  onAdd: (month: number) => void;
  onMoveTo: (id: string) => void;
}) {
  const year = variant === 'year';
  const groups = phaseGroups(plan.lengthMonths);
  const todayDate = dayToDate(today);
  const todayShare = (todayDate.getDate() - 0.5) / getDaysInMonth(todayDate);
  const after = milestonesIn(AFTER_PLAN);
  const shared = {
    overdueIds,
    readings,
    extraById,
    onOpen,
    onAdd,
    variant,
    ...(year ? { onMoveTo } : {}),
  };
  return (
    <div
      className={year ? yearStyles.year : `${boardColumnsClass} ${styles.board}`}
      style={year ? ({ '--phases': groups.length } as React.CSSProperties) : undefined}
    >
      {groups.map(({ phase, months }) => (
        <div
          key={phase.number}
          role="group"
          aria-labelledby={`phase-${phase.number}`}
          className={year ? yearStyles.phase : styles.phase}
        >
          <div className={year ? yearStyles.phaseHead : styles.phaseHead}>
            <h2
              id={`phase-${phase.number}`}
              className={year ? yearStyles.phaseName : styles.phaseName}
            >
              Phase {phase.number}: {phase.name}
            </h2>
            <p className={year ? yearStyles.phaseSummary : styles.phaseSummary}>{phase.summary}</p>
          </div>
          <div className={year ? yearStyles.months : styles.months}>
            {months.map((i) => (
              <MonthColumn
                key={i}
                columnId={String(i)}
                month={i}
                name={planMonthName(plan, i)}
                monthLabel={monthLabel(planMonth(plan, i))}
                isCurrent={i === current}
                isPast={i < current}
                milestones={milestonesIn(String(i)) ?? EMPTY}
                filtered={filtered}
                {...shared}
                {...(year && i === current
                  ? { todayLabel: `Today, ${dayLabel(today)}`, todayShare }
                  : {})}
              />
            ))}
          </div>
        </div>
      ))}
      {after ? (
        <div className={year ? `${yearStyles.phase} ${yearStyles.after}` : styles.phase}>
          <div className={year ? yearStyles.months : styles.months}>
            <MonthColumn
              columnId={AFTER_PLAN}
              month={null}
              name="After the plan"
              monthLabel=""
              isCurrent={false}
              isPast={false}
              milestones={after}
              {...shared}
            />
          </div>
        </div>
      ) : null}
    </div>
  );
}
