/**
 * The Timeline's check of its cards against the exit plan's dates. The exit plan is read with the
 * board; the code that works out the months (domain/notice, domain/exitTimeline) and the notice
 * that offers to fix them load in the first idle moment after the screen opens, as the board
 * does not need them to show or move cards (npm run bench, figure 1). Until then, and if that
 * code cannot load, there is simply no notice and no exit-date line on the cards.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Day } from '../../domain/calendar';
import type { ExitConflict } from '../../domain/exitTimeline';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { useExitPlan } from '../../db/exitPlanRead';
import { whenIdle } from '../../db/idle';
import { onDemand } from '../../ui/onDemand';

const code = onDemand(() => import('./ExitDatesNotice'));
type ExitDatesModule = Awaited<ReturnType<typeof code.load>>;

const NONE: readonly ExitConflict[] = [];

export interface ExitDates {
  conflicts: readonly ExitConflict[];
  /** The banner that lists them, once its code is loaded. */
  Notice: ExitDatesModule['ExitDatesNotice'] | null;
  /** Where the exit dates would disagree with these cards (as they would be after a move). */
  conflictsWith: (cards: readonly Milestone[]) => readonly ExitConflict[];
}

export function useExitDates(
  plan: Plan,
  milestones: readonly Milestone[] | undefined,
  today: Day,
): ExitDates {
  const exitPlan = useExitPlan(plan.id);
  // Set when the code arrives only if it finds something to show: otherwise the screen shows
  // the same, and rendering it again could land at the start of a drag (npm run bench,
  // figure 3). Later renders use the loaded code either way.
  const [arrived, setArrived] = useState<ExitDatesModule | null>(null);
  const latest = useRef({ plan, milestones, exitPlan, today });
  useEffect(() => {
    latest.current = { plan, milestones, exitPlan, today };
  });
  useEffect(() => {
    if (code.now()) return;
    let live = true;
    // In an idle moment: not in the way of the board's first render.
    whenIdle(
      () =>
        void code.load().then(
          (m) => {
            const now = latest.current;
            const shows =
              now.exitPlan &&
              now.milestones &&
              m.exitConflictsFor(now.plan, now.milestones, now.exitPlan, now.today).length;
            if (live && shows) setArrived(m);
          },
          () => undefined, // no notice; the rest of the screen works
        ),
      { timeout: 1000 },
    );
    return () => {
      live = false;
    };
  }, []);
  const checks = arrived ?? code.now();
  const conflicts = useMemo(() => {
    if (!checks || !exitPlan || !milestones) return NONE;
    const found = checks.exitConflictsFor(plan, milestones, exitPlan, today);
    return found.length ? found : NONE;
  }, [checks, exitPlan, milestones, plan, today]);
  const conflictsWith = useCallback(
    (cards: readonly Milestone[]) =>
      checks && exitPlan ? checks.exitConflictsFor(plan, cards, exitPlan, today) : NONE,
    [checks, exitPlan, plan, today],
  );
  return { conflicts, Notice: checks?.ExitDatesNotice ?? null, conflictsWith };
}
