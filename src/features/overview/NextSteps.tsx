import { useState } from 'react';
import { monthLabel } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import { isOverdue } from '../../domain/milestone';
import { planMonth, type PlanShape } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import { setMilestoneStatus } from '../../db/milestones';
import { useFeedback } from '../../state/feedback';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { usePending } from '../../ui/usePending';
import styles from './Overview.module.css';

/** Resolves true when written; false when it failed (and the user was told). */
async function setStatus(id: string, done: boolean): Promise<boolean> {
  try {
    useFeedback.getState().written(await setMilestoneStatus(id, done ? 'done' : 'todo'));
    return true;
  } catch (e) {
    useFeedback.getState().failed(messageOf(e));
    return false;
  }
}

/** The single next step (the earliest open milestone) with one click to mark it done. */
export function NextStep({
  step,
  plan,
  now,
}: {
  step: Milestone | null;
  plan: PlanShape;
  now: Date;
}) {
  const [busy, setBusy] = useState(false);
  return (
    <section className={`${styles.card} ${styles.next}`} aria-labelledby="next-step">
      <h2 id="next-step" className={styles.cardTitle}>
        Your next step
      </h2>
      {step ? (
        <>
          <p id="next-step-title" className={styles.nextTitle}>
            {step.title}
          </p>
          <div className={styles.meta}>
            <a href="#/timeline">
              Month {step.month} · {monthLabel(planMonth(plan, step.month))}
            </a>
            {isOverdue(step, plan, now) ? <Badge tone="danger">Overdue</Badge> : null}
            {step.status === 'in_progress' ? <Badge tone="info">In progress</Badge> : null}
          </div>
          {step.description ? <p className={styles.cardText}>{step.description}</p> : null}
          <div className={styles.actions}>
            {/* One button that stays mounted, so focus stays on it as the next step takes this one's
                place; aria-disabled while saving, since a disabled button loses focus. */}
            <Button
              variant="primary"
              aria-disabled={busy}
              aria-describedby="next-step-title"
              onClick={async () => {
                if (busy) return;
                setBusy(true);
                await setStatus(step.id, true);
                setBusy(false);
              }}
            >
              Mark done
            </Button>
          </div>
        </>
      ) : (
        <p className={styles.cardText}>
          Every milestone is done. Add what comes next on the <a href="#/timeline">Timeline</a>.
        </p>
      )}
    </section>
  );
}

/** This month's milestones, each done or undone with one click. */
export function ThisMonth({
  milestones,
  inPlan,
}: {
  milestones: readonly Milestone[];
  inPlan: boolean;
}) {
  return (
    <section className={styles.card} aria-labelledby="this-month">
      <h2 id="this-month" className={styles.cardTitle}>
        This month
      </h2>
      {!inPlan ? (
        <p className={styles.cardText}>This month is outside your plan’s months.</p>
      ) : milestones.length === 0 ? (
        <p className={styles.cardText}>
          Nothing planned for this month. Pull something forward on the{' '}
          <a href="#/timeline">Timeline</a>, or give yourself a breather.
        </p>
      ) : (
        <ul className={styles.checklist}>
          {milestones.map((m) => (
            <MonthItem key={m.id} id={m.id} title={m.title} done={m.status === 'done'} />
          ))}
        </ul>
      )}
    </section>
  );
}

function MonthItem({ id, title, done: stored }: { id: string; title: string; done: boolean }) {
  const done = usePending(stored);
  return (
    <li>
      <label className={`${styles.check} ${done.value ? styles.checkDone : ''}`}>
        <input
          type="checkbox"
          checked={done.value}
          onChange={async (e) => {
            done.set(e.target.checked);
            if (!(await setStatus(id, e.target.checked))) done.clear();
          }}
        />
        <span>{title}</span>
      </label>
    </li>
  );
}
