import {
  CATEGORY_LABELS,
  MILESTONE_CATEGORIES,
  MILESTONE_STATUSES,
  STATUS_LABELS,
} from '../../domain/milestone';
import type { TimelineView } from '../../domain/settings';
import { useTimelineFilters } from '../../state/timelineFilters';
import { Button } from '../../ui/Button';
import styles from './Timeline.module.css';

/**
 * Above the months: the Year / Board switch, the Overdue and Due this month filters (one click),
 * the other filters in a disclosure, and Print plan.
 */
export function TimelineToolbar({
  view,
  onView,
  overdue,
  dueThisMonth,
  shown,
  total,
  onPrint,
}: {
  view: TimelineView;
  onView: (view: TimelineView) => void;
  /** How many cards each quick filter would show. */
  overdue: number;
  dueThisMonth: number;
  shown: number;
  total: number;
  onPrint: () => void;
}) {
  const when = useTimelineFilters((s) => s.when);
  return (
    <div className={styles.toolbar}>
      <fieldset className={styles.viewSwitch}>
        <legend className="visually-hidden">View</legend>
        {(['year', 'board'] as const).map((v) => (
          <label key={v} className={styles.viewOption}>
            <input
              type="radio"
              name="timeline-view"
              value={v}
              checked={view === v}
              onChange={() => onView(v)}
            />
            <span>{v === 'year' ? 'Year' : 'Board'}</span>
          </label>
        ))}
      </fieldset>
      <div role="group" aria-label="Quick filters" className={styles.quick}>
        <QuickFilter which="overdue" label="Overdue" count={overdue} pressed={when === 'overdue'} />
        <QuickFilter
          which="thisMonth"
          label="Due this month"
          count={dueThisMonth}
          pressed={when === 'thisMonth'}
        />
      </div>
      <Filters shown={shown} total={total} />
      <Button variant="ghost" size="small" className={styles.print} onClick={onPrint}>
        Print plan
      </Button>
    </div>
  );
}

/** A one-click filter: a toggle named by its label, its count shown beside the words. */
function QuickFilter({
  which,
  label,
  count,
  pressed,
}: {
  which: 'overdue' | 'thisMonth';
  label: string;
  count: number;
  pressed: boolean;
}) {
  const whenToggled = useTimelineFilters((s) => s.whenToggled);
  const countId = `timeline-${which}-count`;
  return (
    <>
      <button
        type="button"
        className={`${styles.quickFilter} ${which === 'overdue' && count > 0 ? styles.quickDanger : ''}`}
        aria-pressed={pressed}
        aria-describedby={countId}
        onClick={() => whenToggled(which)}
      >
        {label}
        <span className={styles.quickCount} aria-hidden="true">
          {count}
        </span>
      </button>
      <span id={countId} className="visually-hidden">
        {count} {count === 1 ? 'card' : 'cards'}
      </span>
    </>
  );
}

function Filters({ shown, total }: { shown: number; total: number }) {
  const hidden = useTimelineFilters((s) => s.hiddenStatuses);
  const category = useTimelineFilters((s) => s.category);
  const statusToggled = useTimelineFilters((s) => s.statusToggled);
  const categoryChosen = useTimelineFilters((s) => s.categoryChosen);
  const when = useTimelineFilters((s) => s.when);
  const cleared = useTimelineFilters((s) => s.cleared);
  // Open by itself for the filters inside it; the quick filters show they are on themselves.
  const inside = hidden.length > 0 || category !== 'all';
  const filtered = inside || when !== 'all';
  return (
    <details className={styles.filterBox} open={inside || undefined}>
      <summary>
        Filter cards
        {filtered ? (
          <span className={styles.filterNote}>
            · showing {shown} of {total}
          </span>
        ) : null}
      </summary>
      <div className={styles.filters}>
        <fieldset className={styles.statusGroup}>
          <legend>Show</legend>
          {MILESTONE_STATUSES.map((s) => (
            <label key={s} className={styles.check}>
              <input
                type="checkbox"
                checked={!hidden.includes(s)}
                onChange={() => statusToggled(s)}
              />
              {STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <label className={styles.categoryFilter}>
          Category
          <select
            value={category}
            onChange={(e) => categoryChosen(e.target.value as typeof category)}
          >
            <option value="all">All categories</option>
            {MILESTONE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <>
            <span className={styles.filterNote} role="status">
              Showing {shown} of {total}
            </span>
            <Button variant="ghost" size="small" onClick={cleared}>
              Show all
            </Button>
          </>
        ) : null}
      </div>
    </details>
  );
}
