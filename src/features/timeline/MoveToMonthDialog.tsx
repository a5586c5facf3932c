import { useState } from 'react';
import { messageOf } from '../../domain/errors';
import { quote } from '../../domain/quote';
import { monthLabel } from '../../domain/calendar';
import { phaseGroups, planMonth } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import styles from './YearView.module.css';

/**
 * Move a card to another month without dragging: one button per month, grouped by phase. The
 * card goes to the end of the month it is moved to; the toast offers Undo.
 */
export function MoveToMonthDialog({
  plan,
  milestone,
  lastIdIn,
  current,
  onClose,
  onMoved,
}: {
  plan: Plan;
  milestone: Milestone;
  /** The last card of a month as shown, for the card to go after it. */
  lastIdIn: (month: number) => string | null;
  /** This month's place in the plan (to mark it). */
  current: number;
  onClose: () => void;
  /** Moved (the dialog closes): the screen puts focus on the card in its new month. */
  onMoved: (month: number) => void;
}) {
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const here = milestone.month;

  async function moveTo(month: number) {
    setBusy(true);
    setError(undefined);
    try {
      const { moveMilestone } = await import('../../db/milestones');
      const step = await moveMilestone(milestone.id, {
        month,
        planId: plan.id,
        afterId: lastIdIn(month),
        beforeId: null,
      });
      useFeedback.getState().written(step);
      onMoved(month);
    } catch (e) {
      setError(messageOf(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="Move to a month"
      description={`${quote(milestone.title)} is ${here > plan.lengthMonths ? 'after the plan' : `in Month ${here} (${monthLabel(planMonth(plan, here))})`}. Pick the month it moves to; it goes last in that month.`}
      descriptionShown
      onClose={onClose}
    >
      {phaseGroups(plan.lengthMonths).map(({ phase, months }) => (
        <fieldset key={phase.number} className={styles.pickPhase}>
          <legend>
            Phase {phase.number}: {phase.name}
          </legend>
          <div className={styles.pickMonths}>
            {months.map((i) => (
              <Button
                key={i}
                size="small"
                variant={i === here ? 'primary' : 'secondary'}
                className={styles.pickMonth}
                disabled={busy || i === here}
                aria-current={i === here ? 'true' : undefined}
                onClick={() => void moveTo(i)}
              >
                Month {i} · {monthLabel(planMonth(plan, i))}
                {i === here ? ' (where it is)' : i === current ? ' (this month)' : ''}
              </Button>
            ))}
          </div>
        </fieldset>
      ))}
      {error ? (
        <p role="alert" className={styles.pickError}>
          {error}
        </p>
      ) : null}
      <DialogActions>
        <Button onClick={onClose}>Cancel</Button>
      </DialogActions>
    </Dialog>
  );
}
