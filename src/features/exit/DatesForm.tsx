import { dayLabel, isDay, type Day } from '../../domain/calendar';
import { exitDateProblem } from '../../domain/notice';
import { exitFieldSaved } from '../../domain/exitPlan';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import { TextField } from '../../ui/Field';
import styles from './Exit.module.css';
import { SaveRow } from './SaveRow';
import { useSavedAsTyped, type FieldRule, type Read, type Write } from './useSavedAsTyped';

const NOT_A_DATE = 'Enter a real date, or leave it empty.';

function readDay(text: string, problem: (day: Day) => string | null): Read {
  if (text === '') return { ok: true, value: null };
  if (!isDay(text)) return { ok: false, message: NOT_A_DATE };
  const message = problem(text);
  return message ? { ok: false, message } : { ok: true, value: text };
}

const savedDay = (label: string) => (v: unknown) =>
  exitFieldSaved(label, typeof v === 'string' ? dayLabel(v) : null);

/** Planned start date and the day notice was given; each saved as it is entered. */
export function DatesForm({
  planId,
  exitPlan,
  today,
  write,
}: {
  planId: string;
  exitPlan: ExitPlan;
  today: Day;
  write: Write;
}) {
  const rules: Record<'plannedStartDate' | 'noticeGivenOn', FieldRule> = {
    plannedStartDate: {
      shown: exitPlan.plannedStartDate ?? '',
      stored: exitPlan.plannedStartDate,
      // A date already saved may pass quietly; one set now is today or later.
      read: (text) =>
        readDay(text, (day) =>
          day !== exitPlan.plannedStartDate && day < today
            ? `The planned start date can’t be in the past. Pick ${dayLabel(today)} or later.`
            : null,
        ),
      patch: (v) => ({ plannedStartDate: v as Day | null }),
      saved: savedDay('Planned start date'),
    },
    noticeGivenOn: {
      shown: exitPlan.noticeGivenOn ?? '',
      stored: exitPlan.noticeGivenOn,
      read: (text) =>
        readDay(text, (day) =>
          day > today
            ? 'Notice given on can’t be in the future. Enter it on the day you give notice.'
            : null,
        ),
      patch: (v) => ({ noticeGivenOn: v as Day | null }),
      saved: savedDay('Notice given on'),
    },
  };
  const { field, saveAll, unsaved } = useSavedAsTyped(`exit:${planId}:dates`, rules, write);
  const start = field('plannedStartDate');
  const given = field('noticeGivenOn');
  // A stored date that looks wrong (from an older version) is said by its field until it changes.
  const storedProblem = (k: 'plannedStartDate' | 'noticeGivenOn', shown: string) =>
    shown === (exitPlan[k] ?? '') ? exitDateProblem(k, exitPlan[k]) : null;

  return (
    <section className={styles.section} aria-labelledby="exit-dates">
      <h2 id="exit-dates" className={styles.sectionTitle}>
        Dates
      </h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveAll('Saved your exit dates');
        }}
        noValidate
      >
        <div className={styles.grid}>
          <TextField
            label="Planned start date"
            type="date"
            min={today}
            {...start}
            error={start.error ?? storedProblem('plannedStartDate', start.value) ?? undefined}
            hint="Your first day in the industry role. An offer in writing can fill this in."
          />
          <TextField
            label="Notice given on"
            type="date"
            max={today}
            {...given}
            error={given.error ?? storedProblem('noticeGivenOn', given.value) ?? undefined}
            hint="Leave empty until you have given notice in writing."
          />
        </div>
        <SaveRow label="Save dates" unsaved={unsaved.length} />
      </form>
    </section>
  );
}
