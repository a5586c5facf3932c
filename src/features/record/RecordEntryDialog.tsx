import { useId, useState, type FormEvent } from 'react';
import { dayLabel, isDay } from '../../domain/calendar';
import { isUserError } from '../../domain/errors';
import {
  INDUSTRY_SKILLS,
  RECORD_KIND_LABELS,
  RECORD_KINDS,
  RECORD_TITLE_MAX,
  SKILL_LABELS,
  type IndustrySkill,
  type RecordKind,
} from '../../domain/record';
import type { RecordEntry } from '../../domain/schema/record';
import { addRecordEntry, deleteRecordEntry, updateRecordEntry } from '../../db/record';
import { Dialog } from '../../ui/Dialog';
import { FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { FieldRow, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Record.module.css';

export interface RecordEntryDialogProps {
  entry?: RecordEntry | undefined;
  /** Today, for a new entry's date. */
  today: string;
  /** The kind to start a new entry with (the filter in use). */
  kind?: RecordKind | undefined;
  onClose: () => void;
}

type Errors = Partial<
  Record<'date' | 'kind' | 'title' | 'role' | 'impact' | 'skills' | 'form', string>
>;
const FIELDS = ['date', 'kind', 'title', 'role', 'impact', 'skills'];
const EDIT_FIELDS: readonly EditField<RecordEntry>[] = [
  { key: 'title', label: 'Title' },
  { key: 'date', label: 'Date', show: (d) => dayLabel(d as string) },
  { key: 'kind', label: 'Kind', show: (k) => RECORD_KIND_LABELS[k as RecordKind] },
  { key: 'role', label: 'Your role' },
  { key: 'impact', label: 'Impact' },
  {
    key: 'skills',
    label: 'Skills',
    show: (list) => (list as IndustrySkill[]).map((k) => SKILL_LABELS[k]).join(', ') || 'none',
  },
];

export function RecordEntryDialog({ entry, today, kind, onClose }: RecordEntryDialogProps) {
  const [date, setDate] = useState(entry?.date ?? today);
  const [kindValue, setKind] = useState<RecordKind>(entry?.kind ?? kind ?? 'project');
  const [title, setTitle] = useState(entry?.title ?? '');
  const [role, setRole] = useState(entry?.role ?? '');
  const [impact, setImpact] = useState(entry?.impact ?? '');
  const [skills, setSkills] = useState<IndustrySkill[]>(entry ? [...entry.skills] : []);
  const [errors, setErrors] = useState<Errors>({});
  const input = { date, kind: kindValue, title, role, impact, skills };
  const edit = useEditSince(entry, input, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'title') setTitle(row.title);
      else if (key === 'date') setDate(row.date);
      else if (key === 'kind') setKind(row.kind);
      else if (key === 'role') setRole(row.role);
      else if (key === 'impact') setImpact(row.impact);
      else if (key === 'skills') setSkills([...row.skills]);
    }
  });
  const { busy, run } = useDialogWrite(onClose);
  const skillsId = useId();

  /** A field's message was about what was there: it goes once the user changes it (Save checks again). */
  function clearError(field: keyof Errors) {
    if (!errors[field]) return;
    setErrors((was) => Object.fromEntries(Object.entries(was).filter(([k]) => k !== field)));
  }

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (!isDay(date)) next.date = 'Enter the date, even roughly: the first of the month is fine.';
    if (title.trim() === '')
      next.title = 'Title can’t be empty. Name the project, talk or committee.';
    else if (title.trim().length > RECORD_TITLE_MAX)
      next.title = `Title can be at most ${RECORD_TITLE_MAX} characters.`;
    setErrors(next);
    if (Object.keys(next).length) return;
    void run(
      () => (entry ? updateRecordEntry(entry.id, input, edit.since) : addRecordEntry(input)),
      (err, message) => {
        const field = isUserError(err) ? err.field?.split('.')[0] : undefined;
        setErrors({ [field && FIELDS.includes(field) ? field : 'form']: message });
      },
    );
  }

  return (
    <Dialog title={entry ? 'Edit entry' : 'Add to your record'} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="entry" />
        <TextField
          label="Title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            clearError('title');
          }}
          error={errors.title}
          hint="e.g. “Sepsis order set redesign” or “Grand rounds: new heart failure drugs”."
          autoComplete="off"
          data-autofocus=""
        />
        <FieldRow>
          <TextField
            label="Date"
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              clearError('date');
            }}
            error={errors.date}
          />
          <SelectField
            label="Kind"
            value={kindValue}
            onChange={(e) => setKind(e.target.value as RecordKind)}
            error={errors.kind}
          >
            {RECORD_KINDS.map((k) => (
              <option key={k} value={k}>
                {RECORD_KIND_LABELS[k]}
              </option>
            ))}
          </SelectField>
        </FieldRow>
        <TextField
          label="Your role"
          optional
          value={role}
          onChange={(e) => setRole(e.target.value)}
          error={errors.role}
          hint="Lead, co-investigator, speaker, member…"
          autoComplete="off"
        />
        <TextAreaField
          label="Impact"
          optional
          value={impact}
          onChange={(e) => setImpact(e.target.value)}
          error={errors.impact}
          hint="What changed, in numbers if you can: “cut door-to-antibiotic time from 90 to 45 minutes”."
          rows={3}
        />
        <fieldset className={styles.skills} aria-describedby={`${skillsId}-hint`}>
          <legend className={styles.skillsLegend}>Skills it shows (optional)</legend>
          <p id={`${skillsId}-hint`} className={styles.skillsHint}>
            In the words industry recruiters search for.
          </p>
          <div className={styles.skillGrid}>
            {INDUSTRY_SKILLS.map((s) => (
              <label key={s} className={styles.skill}>
                <input
                  type="checkbox"
                  checked={skills.includes(s)}
                  onChange={(e) =>
                    setSkills((prev) =>
                      e.target.checked ? [...prev, s] : prev.filter((x) => x !== s),
                    )
                  }
                />
                {SKILL_LABELS[s]}
              </label>
            ))}
          </div>
          {errors.skills ? <p className={styles.fieldError}>{errors.skills}</p> : null}
        </fieldset>
        <SaveActions
          busy={busy}
          onCancel={onClose}
          onDelete={
            entry
              ? () =>
                  void run(
                    () => deleteRecordEntry(entry.id),
                    (_, message) => setErrors({ form: message }),
                  )
              : undefined
          }
        />
      </form>
    </Dialog>
  );
}
