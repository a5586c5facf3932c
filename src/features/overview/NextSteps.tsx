import { useState } from 'react';
import { monthLabel } from '../../domain/calendar';
import type { MilestoneReading } from '../../domain/evidence';
import { messageOf } from '../../domain/errors';
import { isOverdue } from '../../domain/milestone';
import { planMonth, type PlanShape } from '../../domain/plan';
import type { RedFlag } from '../../domain/redFlags';
import type { Milestone } from '../../domain/schema/milestone';
import { setMilestoneStatus } from '../../db/milestones';
import { useFeedback } from '../../state/feedback';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { HelpLines } from '../../ui/HelpLines';
import { usePending } from '../../ui/usePending';
import styles from './Overview.module.css';

/**
 * Resolves true when written; false when it failed (and the user was told). Unticking a card its
 * evidence ticked keeps it open until ticked again (domain/evidence.ts).
 */
async function setStatus(id: string, done: boolean, overEvidence = false): Promise<boolean> {
  try {
    useFeedback
      .getState()
      .written(await setMilestoneStatus(id, done ? 'done' : 'todo', { overEvidence }));
    return true;
  } catch (e) {
    useFeedback.getState().failed(messageOf(e));
    return false;
  }
}

/**
 * The single next step (the earliest open milestone, as read with its evidence) with one click to
 * mark it done. A ticked red flag comes first: looking after yourself, with the help lines; the
 * plan's step stays below it, nothing blocked.
 */
export function NextStep({
  step,
  reading,
  redFlags,
  plan,
  now,
}: {
  step: Milestone | null;
  reading?: MilestoneReading | undefined;
  redFlags: readonly RedFlag[];
  plan: PlanShape;
  now: Date;
}) {
  const [busy, setBusy] = useState(false);
  const line = reading?.evidence?.line;
  return (
    <section className={`${styles.card} ${styles.next}`} aria-labelledby="next-step">
      <h2 id="next-step" className={styles.cardTitle}>
        Your next step
      </h2>
      {redFlags.length > 0 ? (
        <div className={styles.care}>
          <p className={styles.nextTitle}>Look after yourself first</p>
          <p className={styles.cardText}>
            You ticked a red flag on <a href="#/diagnose">Diagnose</a>. Deal with it before any big
            move; your plan keeps, and nothing here is locked.
          </p>
          <HelpLines flags={redFlags} />
          {step ? (
            <p className={styles.cardText}>When you are ready, the plan’s next step:</p>
          ) : null}
        </div>
      ) : null}
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
          {line ? <p className={styles.cardText}>So far: {line}</p> : null}
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

/** This month's milestones (as read with their evidence), each done or undone with one click. */
export function ThisMonth({
  milestones,
  readings,
  inPlan,
}: {
  milestones: readonly Milestone[];
  readings: ReadonlyMap<string, MilestoneReading>;
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
            <MonthItem
              key={m.id}
              id={m.id}
              title={m.title}
              done={m.status === 'done'}
              byEvidence={readings.get(m.id)?.doneBy === 'evidence'}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function MonthItem({
  id,
  title,
  done: stored,
  byEvidence,
}: {
  id: string;
  title: string;
  done: boolean;
  byEvidence: boolean;
}) {
  const done = usePending(stored);
  return (
    <li>
      <label className={`${styles.check} ${done.value ? styles.checkDone : ''}`}>
        <input
          type="checkbox"
          checked={done.value}
          onChange={async (e) => {
            done.set(e.target.checked);
            if (!(await setStatus(id, e.target.checked, byEvidence))) done.clear();
          }}
        />
        <span>{title}</span>
      </label>
    </li>
  );
}
