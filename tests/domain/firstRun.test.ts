import { describe, expect, it } from 'vitest';
import { EMPTY_FIRST_RUN, firstRunState, withStep } from '../../src/domain/firstRun';

const none = { planAdjusted: false, visionWritten: false, diagnosisDone: false, callsLogged: null };

describe('first-run path', () => {
  it('starts at setting the plan start month, with nothing done', () => {
    const s = firstRunState(EMPTY_FIRST_RUN, none);
    expect(s.current).toBe('start-month');
    expect(s.doneCount).toBe(0);
    expect(s.visible).toBe(true);
  });

  it('counts a written vision, a diagnosis and a logged call as done, from the data', () => {
    const s = firstRunState(EMPTY_FIRST_RUN, {
      ...none,
      visionWritten: true,
      diagnosisDone: true,
      callsLogged: 1,
    });
    expect(s.steps.map((x) => x.status)).toEqual(['open', 'done', 'done', 'done']);
    expect(s.current).toBe('start-month');
  });

  it('counts the start month as set once the plan was changed in Settings', () => {
    expect(firstRunState(EMPTY_FIRST_RUN, { ...none, planAdjusted: true }).current).toBe('vision');
  });

  it('moves on past skipped steps, and finishes when every step is done or skipped', () => {
    let p = withStep(EMPTY_FIRST_RUN, 'start-month', 'completed');
    p = withStep(p, 'vision', 'skipped');
    expect(firstRunState(p, none).current).toBe('diagnosis');
    p = withStep(p, 'diagnosis', 'skipped');
    p = withStep(p, 'first-call', 'completed');
    const s = firstRunState(p, none);
    expect(s.finished).toBe(true);
    expect(s.visible).toBe(false);
    expect(s.doneCount).toBe(2);
  });

  it('un-skips a step when the user chooses to do it now, keeping the lists in step order', () => {
    let p = withStep(EMPTY_FIRST_RUN, 'first-call', 'skipped');
    p = withStep(p, 'vision', 'skipped');
    expect(p.skipped).toEqual(['vision', 'first-call']);
    p = withStep(p, 'vision', 'open');
    expect(p.skipped).toEqual(['first-call']);
    expect(firstRunState(withStep(p, 'start-month', 'completed'), none).current).toBe('vision');
  });

  it('stays hidden once closed, while steps are left', () => {
    expect(firstRunState({ ...EMPTY_FIRST_RUN, hidden: true }, none)).toMatchObject({
      visible: false,
      finished: false,
    });
  });
});
