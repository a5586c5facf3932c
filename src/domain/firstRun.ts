/**
 * The first-run path on the Overview: four short steps, each skippable. What the data already
 * shows (the plan adjusted, a vision written, the diagnosis milestone done, a call logged) counts
 * as done; the rest is remembered in the `firstRun` setting. The diagnosis and first-call steps
 * read the same evidence as their milestones (domain/evidence.ts), so guide and board agree.
 */
export const FIRST_RUN_STEPS = ['start-month', 'vision', 'diagnosis', 'first-call'] as const;
export type FirstRunStep = (typeof FIRST_RUN_STEPS)[number];

export interface FirstRunProgress {
  completed: FirstRunStep[];
  skipped: FirstRunStep[];
  /** The user closed the guide. */
  hidden: boolean;
}

export { EMPTY_FIRST_RUN } from './settings';

export interface FirstRunFacts {
  /** The plan's start month or length was changed (here or in Settings). */
  planAdjusted: boolean;
  visionWritten: boolean;
  /**
   * The "Name what you can't live with" milestone reads as done (its evidence: the diagnose
   * board sorted, or ticked by hand).
   */
  diagnosisDone: boolean;
  /** Calls logged; null while the networking data is not available here. */
  callsLogged: number | null;
}

export type StepStatus = 'done' | 'skipped' | 'open';

export interface FirstRunState {
  steps: { key: FirstRunStep; status: StepStatus }[];
  /** The first open step, or null when none is left. */
  current: FirstRunStep | null;
  doneCount: number;
  /** Every step done or skipped. */
  finished: boolean;
  /** Show the guide at all. */
  visible: boolean;
}

function shownByData(step: FirstRunStep, facts: FirstRunFacts): boolean {
  switch (step) {
    case 'start-month':
      return facts.planAdjusted;
    case 'vision':
      return facts.visionWritten;
    case 'diagnosis':
      return facts.diagnosisDone;
    case 'first-call':
      return (facts.callsLogged ?? 0) > 0;
  }
}

export function firstRunState(progress: FirstRunProgress, facts: FirstRunFacts): FirstRunState {
  const steps = FIRST_RUN_STEPS.map((key) => {
    const status: StepStatus =
      progress.completed.includes(key) || shownByData(key, facts)
        ? 'done'
        : progress.skipped.includes(key)
          ? 'skipped'
          : 'open';
    return { key, status };
  });
  const current = steps.find((s) => s.status === 'open')?.key ?? null;
  const doneCount = steps.filter((s) => s.status === 'done').length;
  const finished = current === null;
  return { steps, current, doneCount, finished, visible: !progress.hidden && !finished };
}

/** Record a step as done or skipped (doing a skipped step un-skips it). */
export function withStep(
  progress: FirstRunProgress,
  step: FirstRunStep,
  as: 'completed' | 'skipped' | 'open',
): FirstRunProgress {
  const completed = progress.completed.filter((s) => s !== step);
  const skipped = progress.skipped.filter((s) => s !== step);
  if (as === 'completed') completed.push(step);
  if (as === 'skipped') skipped.push(step);
  const order = (list: FirstRunStep[]) => FIRST_RUN_STEPS.filter((s) => list.includes(s));
  return { ...progress, completed: order(completed), skipped: order(skipped) };
}
