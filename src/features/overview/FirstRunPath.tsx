import { useLayoutEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { isMonth, longMonthLabel } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import {
  FIRST_RUN_STEPS,
  firstRunState,
  withStep,
  type FirstRunFacts,
  type FirstRunProgress,
  type FirstRunStep,
} from '../../domain/firstRun';
import { planStartProblem } from '../../domain/plan';
import type { Plan } from '../../domain/schema/plan';
import { updatePlanSettings } from '../../db/plans';
import { updateSetting } from '../../db/settings';
import { useDraft } from '../../state/drafts';
import { useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import styles from './Overview.module.css';
import { isFocusLost } from '../../ui/keyboard';

const TITLES: Record<FirstRunStep, string> = {
  'start-month': 'Set when your plan starts',
  vision: 'Write down your vision',
  diagnosis: 'Sort out what you feel about your job',
  'first-call': 'Log your first networking call',
};

async function mark(step: FirstRunStep, as: 'completed' | 'skipped' | 'open') {
  try {
    await updateSetting('firstRun', (p) => withStep(p, step, as));
  } catch (e) {
    useFeedback.getState().failed(messageOf(e));
  }
}

export interface FirstRunPathProps {
  plan: Plan;
  progress: FirstRunProgress;
  facts: FirstRunFacts;
  onWriteVision: () => void;
}

/** Four short steps for a new user, each skippable; progress is kept in settings. */
export function FirstRunPath({ plan, progress, facts, onWriteVision }: FirstRunPathProps) {
  const state = firstRunState(progress, facts);
  const openStep = state.current;
  const currentRef = useRef<HTMLHeadingElement>(null);
  const acted = useRef(false);
  const shownStep = useRef(openStep);

  // After a skip or save, the step that was acted on folds away: move focus to the one now open,
  // before the browser paints it (focus never rests on the page while the old step is gone).
  // Also when a step is done elsewhere (the vision saved in its dialog) and its button, which
  // had the focus back, folds away with it.
  useLayoutEffect(() => {
    const changed = shownStep.current !== openStep;
    shownStep.current = openStep;
    if (acted.current || (changed && isFocusLost())) currentRef.current?.focus();
    acted.current = false;
  }, [openStep]);

  if (!state.visible) return null;
  const act = (fn: () => Promise<unknown>) => () => {
    acted.current = true;
    void fn();
  };

  const body: Record<FirstRunStep, ReactNode> = {
    'start-month': (
      <StartMonthStep plan={plan} onDone={act(() => mark('start-month', 'completed'))} />
    ),
    vision: (
      <>
        <p>Hours, income, how much clinical work, where. Two minutes; change it any time.</p>
        <div className={styles.actions}>
          <Button variant="primary" onClick={onWriteVision}>
            Write your vision
          </Button>
        </div>
      </>
    ),
    diagnosis: (
      <>
        <p>
          Three columns — can’t tolerate, fixable, actually good — tell you whether industry is the
          answer at all. This step is done once something in column A is tagged.
        </p>
        <div className={styles.actions}>
          <a className={styles.primaryLink} href="#/diagnose">
            Open Diagnose
          </a>
        </div>
      </>
    ),
    'first-call': (
      <>
        <p>
          One conversation with a physician already in industry. Ask how their week really looks.
        </p>
        <div className={styles.actions}>
          <a className={styles.primaryLink} href="#/networking">
            Go to Networking
          </a>
          {facts.callsLogged === null ? (
            <Button onClick={act(() => mark('first-call', 'completed'))}>I’ve logged one</Button>
          ) : null}
        </div>
      </>
    ),
  };

  return (
    <section className={`${styles.card} ${styles.firstRun}`} aria-labelledby="first-run">
      <div className={styles.firstRunHead}>
        <h2 id="first-run" className={styles.cardTitle} tabIndex={-1}>
          Getting started
        </h2>
        <span className={styles.note}>
          {state.doneCount} of {FIRST_RUN_STEPS.length} done
        </span>
        <Button
          variant="ghost"
          size="small"
          className={styles.hideGuide}
          onClick={() => void updateSetting('firstRun', (p) => ({ ...p, hidden: true }))}
        >
          Hide this guide
        </Button>
      </div>
      <ol className={styles.steps}>
        {state.steps.map(({ key, status }, i) => {
          const isCurrent = key === state.current;
          return (
            <li
              key={key}
              className={`${styles.step} ${styles[`step-${status}`] ?? ''} ${isCurrent ? styles.stepCurrent : ''}`}
            >
              <span className={styles.stepMark} aria-hidden="true">
                {status === 'done' ? '✓' : i + 1}
              </span>
              <div className={styles.stepBody}>
                <h3
                  className={styles.stepTitle}
                  ref={isCurrent ? currentRef : undefined}
                  tabIndex={isCurrent ? -1 : undefined}
                >
                  {TITLES[key]}
                  {status === 'done' ? <span className={styles.stepStatus}> — done</span> : null}
                  {status === 'skipped' ? (
                    <span className={styles.stepStatus}> — skipped</span>
                  ) : null}
                </h3>
                {isCurrent ? (
                  <div className={styles.stepContent}>
                    {body[key]}
                    <Button
                      variant="ghost"
                      size="small"
                      className={styles.stepLink}
                      onClick={act(() => mark(key, 'skipped'))}
                    >
                      Skip for now
                    </Button>
                  </div>
                ) : null}
                {status === 'skipped' ? (
                  <Button
                    variant="ghost"
                    size="small"
                    className={styles.stepLink}
                    onClick={act(() => mark(key, 'open'))}
                  >
                    Do it now
                  </Button>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
    </section>
  );
}

function StartMonthStep({ plan, onDone }: { plan: Plan; onDone: () => void }) {
  // The same draft as Settings' field: typed here or there, it waits for either Save.
  const [start, setStart, clearStart] = useDraft(`plan:${plan.id}:start`, plan.startMonth);
  const [error, setError] = useState<string | undefined>();
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const month = start.trim();
    if (!isMonth(month)) return setError('Enter a real month as year and month, like 2027-01.');
    // The same window as Settings: a slip in the year (2062 for 2026) would turn every card
    // Overdue or push the plan decades away.
    const problem = planStartProblem(month, new Date(), plan.startMonth);
    if (problem) return setError(problem);
    try {
      useFeedback
        .getState()
        .written(
          await updatePlanSettings(plan.id, { startMonth: month, lengthMonths: plan.lengthMonths }),
        );
      clearStart();
      onDone();
    } catch (err) {
      setError(messageOf(err));
    }
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <p>
        Month 1 is when you start working on the move. Most people start now; pick a later month if
        now is not the time.
      </p>
      <div className={styles.inlineForm}>
        <TextField
          label="Plan start month"
          type="month"
          value={start}
          onChange={(e) => {
            setStart(e.target.value);
            setError(undefined);
          }}
          error={error}
          hint={
            isMonth(start)
              ? `Month 1 is ${longMonthLabel(start)}.`
              : 'Year and month, like 2027-01.'
          }
        />
        <Button type="submit" variant="primary">
          Save start month
        </Button>
      </div>
    </form>
  );
}
