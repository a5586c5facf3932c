import { longMonthLabel } from '../../domain/calendar';
import type { PlanPosition, PlanProgress } from '../../domain/overview';
import { PHASES } from '../../domain/plan';
import { timelineLink } from '../../state/timelineFilters';
import { StatLink } from './SummaryCards';
import styles from './Overview.module.css';
import { plural } from '../../domain/counts';

export interface PlanStatusProps {
  lengthMonths: number;
  position: PlanPosition;
  progress: PlanProgress;
}

const months = (n: number) => plural(n, 'month');

/** Where the user is in the plan, and how it is going against what was planned so far. */
export function PlanStatus({ lengthMonths, position, progress }: PlanStatusProps) {
  const share = progress.plannedSoFar
    ? Math.round((progress.doneSoFar / progress.plannedSoFar) * 100)
    : 0;
  return (
    <section className={`${styles.card} ${styles.status}`} aria-labelledby="plan-status">
      <h2 id="plan-status" className="visually-hidden">
        Where you are
      </h2>
      {position.kind === 'during' ? (
        <>
          <p className={styles.month}>
            Month {position.index} of {lengthMonths}
          </p>
          <p className={styles.phase}>
            Phase {position.phase.number} of {PHASES.length}: {position.phase.name}
          </p>
          <p className={styles.cardText}>{position.phase.summary}</p>
        </>
      ) : position.kind === 'before' ? (
        <>
          <p className={styles.month}>
            Month 1 of {lengthMonths} starts in {longMonthLabel(position.startsIn)}
          </p>
          <p className={styles.cardText}>
            {months(position.monthsToGo)} to go. A good time to write down your vision and start the
            diagnosis.
          </p>
        </>
      ) : (
        <>
          <p className={styles.month}>
            {months(position.monthsPast)} past Month {lengthMonths} of {lengthMonths}
          </p>
          <p className={styles.cardText}>
            Your plan ended in {longMonthLabel(position.lastMonth)}. Still on the way?{' '}
            <a href="#/settings">Make the plan longer in Settings</a>.
          </p>
        </>
      )}
      {progress.total === 0 ? (
        <p className={styles.cardText}>
          Your plan has no milestones. <a href="#/timeline">Add the first one on the Timeline</a>.
        </p>
      ) : (
        <>
          {progress.plannedSoFar > 0 ? (
            <div className={styles.bar} aria-hidden="true">
              <span style={{ width: `${share}%` }} />
            </div>
          ) : null}
          <div className={styles.stats}>
            <StatLink
              href="#/timeline"
              value={`${progress.doneSoFar} of ${progress.plannedSoFar}`}
              label="planned so far are done"
              tone={
                progress.plannedSoFar > 0 && progress.doneSoFar === progress.plannedSoFar
                  ? 'ok'
                  : undefined
              }
            />
            <StatLink
              href={timelineLink('overdue')}
              value={progress.overdue}
              label="overdue"
              tone={progress.overdue ? 'danger' : undefined}
            />
            <StatLink
              href="#/timeline"
              value={progress.slipped}
              label="slipped"
              tone={progress.slipped ? 'warn' : undefined}
            />
            <StatLink
              href="#/timeline"
              value={`${progress.done} of ${progress.total}`}
              label="in the whole plan done"
            />
          </div>
          {progress.doneAhead > 0 ? (
            <p className={styles.note}>
              <a href="#/timeline">{progress.doneAhead} done ahead of plan</a>. Nice.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
