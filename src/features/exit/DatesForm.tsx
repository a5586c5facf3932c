import { useState, type FormEvent } from 'react';
import { dayLabel, isDay, type Day } from '../../domain/calendar';
import { exitDateProblem } from '../../domain/notice';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import { saveExitDates } from '../../db/exitPlan';
import { FormError } from '../../ui/FormError';
import { TextField } from '../../ui/Field';
import styles from './Exit.module.css';
import { SaveRow } from './SaveRow';
import { useSave } from './useSave';

const FIELDS = ['plannedStartDate', 'noticeGivenOn'] as const;

/** Planned start date and the day notice was given. Re-mounted (by key) when the stored dates change. */
export function DatesForm({
  planId,
  exitPlan,
  today,
}: {
  planId: string;
  exitPlan: ExitPlan;
  today: Day;
}) {
  const [start, setStart] = useState(exitPlan.plannedStartDate ?? '');
  const [given, setGiven] = useState(exitPlan.noticeGivenOn ?? '');
  const { errors, busy, save, bind } = useSave(FIELDS);
  // A stored date that looks wrong (from an older version) is said by its field until it changes.
  const stored = (field: (typeof FIELDS)[number], typed: string) =>
    typed === (exitPlan[field] ?? '') ? exitDateProblem(field, exitPlan[field]) : null;
  const unsaved =
    (start || null) !== exitPlan.plannedStartDate || (given || null) !== exitPlan.noticeGivenOn;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const found: Partial<Record<(typeof FIELDS)[number], string>> = {};
    if (start && !isDay(start)) found.plannedStartDate = 'Enter a real date, or leave it empty.';
    else if (start && start !== exitPlan.plannedStartDate && start < today) {
      found.plannedStartDate = `The planned start date can’t be in the past. Pick ${dayLabel(today)} or later.`;
    }
    if (given && !isDay(given)) found.noticeGivenOn = 'Enter a real date, or leave it empty.';
    else if (given && given > today)
      found.noticeGivenOn =
        'Notice given on can’t be in the future. Enter it on the day you give notice.';
    await save(found, () =>
      saveExitDates(
        planId,
        { plannedStartDate: start || null, noticeGivenOn: given || null },
        today,
      ),
    );
  }

  return (
    <section className={styles.section} aria-labelledby="exit-dates">
      <h2 id="exit-dates" className={styles.sectionTitle}>
        Dates
      </h2>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <div className={styles.grid}>
          <TextField
            label="Planned start date"
            type="date"
            min={today}
            {...bind('plannedStartDate', start, setStart)}
            error={errors.plannedStartDate ?? stored('plannedStartDate', start) ?? undefined}
            hint="Your first day in the industry role. An offer in writing can fill this in."
          />
          <TextField
            label="Notice given on"
            type="date"
            max={today}
            {...bind('noticeGivenOn', given, setGiven)}
            error={errors.noticeGivenOn ?? stored('noticeGivenOn', given) ?? undefined}
            hint="Leave empty until you have given notice in writing."
          />
        </div>
        <SaveRow label="Save dates" busy={busy} unsaved={unsaved} />
      </form>
    </section>
  );
}
