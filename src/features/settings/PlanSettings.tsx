import { useState, type FormEvent } from 'react';
import { isMonth, monthLabel } from '../../domain/calendar';
import { isUserError, messageOf } from '../../domain/errors';
import {
  isValidPlanLength,
  planMonth,
  planStartProblem,
  storedPlanStartProblem,
  PLAN_MAX_MONTHS,
  PLAN_MIN_MONTHS,
} from '../../domain/plan';
import { plural } from '../../domain/counts';
import { pastPlanEndText } from '../../domain/milestoneText';
import type { Plan } from '../../domain/schema/plan';
import { updatePlanSettings, type PlanResize } from '../../db/plans';
import { useDraft } from '../../state/drafts';
import { thenOnUndo, useFeedback } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Settings.module.css';

const EDIT_FIELDS: readonly EditField<Plan>[] = [
  { key: 'startMonth', label: 'Plan start month', show: (m) => monthLabel(m as string) },
  { key: 'lengthMonths', label: 'Plan length (months)', show: (n) => `${String(n)} months` },
];

export function PlanSettings({ plan }: { plan: Plan }) {
  // Typed values outlive a visit to another screen; untouched, the fields show what is stored.
  const [start, setStart, clearStart] = useDraft(`plan:${plan.id}:start`, plan.startMonth);
  const [length, setLength, clearLength] = useDraft(
    `plan:${plan.id}:length`,
    String(plan.lengthMonths),
  );
  // The plan changed from elsewhere (an imported backup, another tab, an undo): the form shows
  // the new values, except where the user typed something else (then they choose).
  const edit = useEditSince(
    plan,
    { startMonth: start.trim(), lengthMonths: Number(length) },
    EDIT_FIELDS,
    (row, keys) => {
      if (keys.includes('startMonth')) setStart(row.startMonth);
      if (keys.includes('lengthMonths')) setLength(String(row.lengthMonths));
    },
  );
  const [errors, setErrors] = useState<{ start?: string; length?: string; form?: string }>({});
  const [result, setResult] = useState<(PlanResize & { savedAs: string }) | null>(null);
  const written = useFeedback((s) => s.written);
  // The plan changed to other months since the save (an imported backup, another device): what
  // the save said about milestones past the end no longer holds.
  const planKey = `${plan.startMonth}|${String(plan.lengthMonths)}`;
  const [seenKey, setSeenKey] = useState(planKey);
  if (seenKey !== planKey) {
    setSeenKey(planKey);
    if (result && result.savedAs !== planKey) setResult(null);
  }

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    setResult(null);
    const next: typeof errors = {};
    if (!isMonth(start.trim())) next.start = 'Enter a real month as year and month, like 2027-01.';
    else {
      const problem = planStartProblem(start.trim(), new Date(), plan.startMonth);
      if (problem) next.start = problem;
    }
    const n = Number(length);
    if (length.trim() === '' || !isValidPlanLength(n))
      next.length = `A plan runs ${PLAN_MIN_MONTHS} to ${PLAN_MAX_MONTHS} whole months.`;
    setErrors(next);
    if (next.start || next.length) return;
    try {
      const step = await updatePlanSettings(
        plan.id,
        { startMonth: start.trim(), lengthMonths: n },
        new Date(),
        edit.since,
      );
      clearStart();
      clearLength();
      const shown = { ...step.value, savedAs: `${start.trim()}|${String(n)}` };
      // Once this save is undone (the toast's Undo, Ctrl+Z), its result no longer holds.
      written(thenOnUndo(step, () => setResult((r) => (r === shown ? null : r))));
      setResult(shown);
    } catch (err) {
      const field = isUserError(err) ? err.field : undefined;
      setErrors(
        field === 'startMonth'
          ? { start: messageOf(err) }
          : field === 'lengthMonths'
            ? { length: messageOf(err) }
            : { form: messageOf(err) },
      );
    }
  }

  const outsideCount = result?.outside.reduce((n, o) => n + o.count, 0) ?? 0;
  return (
    <section className={styles.section} aria-labelledby="plan-settings">
      <h2 id="plan-settings">Your plan</h2>
      <p className={styles.lead}>
        The months your plan covers. Changing the start month moves the whole plan with it;
        shortening the plan never deletes a milestone.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <ChangedElsewhere edit={edit} what="plan" />
        {errors.form ? (
          <p className={styles.error} role="alert">
            {errors.form}
          </p>
        ) : null}
        <div className={styles.row}>
          <TextField
            label="Plan start month"
            type="month"
            value={start}
            onChange={(e) => setStart(e.target.value)}
            error={
              errors.start ??
              (start === plan.startMonth
                ? (storedPlanStartProblem(plan.startMonth) ?? undefined)
                : undefined)
            }
            hint={
              isMonth(start) ? `Month 1 is ${monthLabel(start)}.` : 'Year and month, like 2027-01.'
            }
            placeholder="2027-01"
          />
          <TextField
            label="Plan length (months)"
            type="number"
            inputMode="numeric"
            min={PLAN_MIN_MONTHS}
            max={PLAN_MAX_MONTHS}
            value={length}
            onChange={(e) => setLength(e.target.value)}
            error={errors.length}
            hint={
              // Only for a likely start: near year 9999 the end month would not be a month at all.
              isMonth(start) && !planStartProblem(start) && isValidPlanLength(Number(length))
                ? `Ends ${monthLabel(planMonth({ startMonth: start, lengthMonths: Number(length) }, Number(length)))}. Most pivots take 9 to 12 months.`
                : `${PLAN_MIN_MONTHS} to ${PLAN_MAX_MONTHS} months. Most pivots take 9 to 12.`
            }
          />
        </div>
        <div className={styles.actions}>
          <Button type="submit" variant="primary">
            Save plan
          </Button>
        </div>
      </form>
      {result ? (
        <div className={styles.result} role="status">
          <p>Plan saved.</p>
          {outsideCount > 0 ? (
            <>
              <p>{pastPlanEndText(outsideCount)}</p>
              <ul>
                {result.outside.map((o) => (
                  <li key={o.month}>
                    From Month {o.month}: {plural(o.count, 'milestone')}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
