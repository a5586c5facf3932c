import { useState } from 'react';
import type { Day } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import { exitConflicts, exitTargets, type ExitConflict } from '../../domain/exitTimeline';
import { countdown } from '../../domain/notice';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { moveMilestone } from '../../db/milestones';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import styles from './Timeline.module.css';

/**
 * Where the "Give notice" and "Start the industry role" cards sit against the months the exit
 * dates imply. Loaded after the board (see exitDates.ts).
 */
export function exitConflictsFor(
  plan: Plan,
  milestones: readonly Milestone[],
  exitPlan: ExitPlan,
  today: Day,
): ExitConflict[] {
  // Whether an offer is in hand does not change the months, only the wording on the exit plan.
  const c = countdown({ ...exitPlan, offer: 'none', today });
  return exitConflicts(plan, milestones, exitTargets(c));
}

/** A short banner when the timeline and the exit plan disagree, with a one-click fix. */
export function ExitDatesNotice({ conflicts }: { conflicts: readonly ExitConflict[] }) {
  const [busy, setBusy] = useState(false);
  if (conflicts.length === 0) return null;

  async function fix(c: ExitConflict) {
    setBusy(true);
    try {
      useFeedback
        .getState()
        .written(
          await moveMilestone(c.id, { month: c.expectedMonth, afterId: null, beforeId: null }),
        );
      // Its line (and the banner, once it was the last) goes: the focus goes with the card, to
      // the month it was put in, instead of being dropped on the page.
      document
        .querySelector<HTMLElement>(`[data-month-heading="${String(c.expectedMonth)}"]`)
        ?.focus();
    } catch (e) {
      useFeedback.getState().failed(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className={styles.exitNotice} aria-labelledby="exit-dates-notice">
      <h2 id="exit-dates-notice" className={styles.exitNoticeTitle}>
        Your exit dates and this timeline disagree
      </h2>
      <ul>
        {conflicts.map((c) => (
          <li key={`${c.id}-${c.expectedMonth}`}>
            <span>
              “{c.title}” is in Month {c.month}; your exit plan puts it in {c.where}: {c.why}.
            </span>{' '}
            {c.movable ? (
              <Button
                size="small"
                onClick={() => void fix(c)}
                disabled={busy}
                aria-label={`Put “${c.title}” in Month ${c.expectedMonth}`}
              >
                Put it in Month {c.expectedMonth}
              </Button>
            ) : (
              <a href="#/settings">Change the plan’s months in Settings</a>
            )}
          </li>
        ))}
      </ul>
      <p className={styles.exitNoticeHint}>
        Or change the dates in the <a href="#/exit">exit plan</a>.
      </p>
    </section>
  );
}
