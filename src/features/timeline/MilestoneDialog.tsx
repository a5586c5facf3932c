import { useState, type FormEvent } from 'react';
import { planHistoryText } from '../../domain/milestoneText';
import { dayLabel, monthLabel } from '../../domain/calendar';
import { formatCount } from '../../domain/counts';
import {
  EVIDENCE_CHOICES,
  evidenceChoiceOf,
  readMilestone,
  TEMPLATE_EVIDENCE,
  type EvidenceBoard,
  type EvidenceChoice,
} from '../../domain/evidence';
import {
  CATEGORY_LABELS,
  DESCRIPTION_MAX,
  MILESTONE_CATEGORIES,
  NOTES_MAX,
  MILESTONE_STATUSES,
  STATUS_LABELS,
  TITLE_MAX,
  type MilestoneCategory,
  type MilestoneStatus,
} from '../../domain/milestone';
import { planMonth } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { addMilestone, deleteMilestone, updateMilestone } from '../../db/milestones';
import { Dialog } from '../../ui/Dialog';
import { errorFor, FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import { HowTo } from './HowTo';
import styles from './Timeline.module.css';

/** What can tick a milestone, as the dialog offers it (domain/evidence.ts has the rules). */
const EVIDENCE_LABELS: Record<EvidenceChoice, string> = {
  none: 'Nothing: I tick it myself',
  diagnosis: 'Diagnose board sorted (something in A tagged)',
  runway: 'Runway worked out in the exit plan',
  record: 'First entry in the running record',
  calls: 'Networking calls, kept up week by week',
  'industry-work': 'QI, trial, teaching or project work in the record',
  targets: 'First role on the Opportunities board',
  applied: 'First application sent',
  interview: 'First interview',
  offer: 'First offer, verbal or written',
  contract: 'Notice period entered in the exit plan',
  notice: 'Notice given, in the exit plan',
  'last-day': 'Last clinical day reached',
  started: 'Start date reached, with an offer accepted',
};

export interface MilestoneDialogProps {
  plan: Plan;
  /** The milestone to edit; absent when adding. */
  milestone?: Milestone | undefined;
  /** The month to add to. */
  month?: number | undefined;
  /** What the other screens recorded (undefined while loading). */
  evidence?: EvidenceBoard | undefined;
  onClose: () => void;
}

const FIELDS = [
  'title',
  'month',
  'status',
  'category',
  'evidence',
  'notes',
  'description',
] as const;
type Errors = Partial<Record<(typeof FIELDS)[number] | 'form', string>>;

const EDIT_FIELDS: readonly EditField<Milestone>[] = [
  { key: 'title', label: 'Title' },
  { key: 'month', label: 'Month', show: (m) => `Month ${String(m)}` },
  { key: 'status', label: 'Status', show: (s) => STATUS_LABELS[s as MilestoneStatus] },
  { key: 'category', label: 'Category', show: (c) => CATEGORY_LABELS[c as MilestoneCategory] },
  {
    key: 'evidence',
    label: 'Ticked by',
    show: (e) => EVIDENCE_LABELS[(e ?? 'none') as EvidenceChoice],
  },
  { key: 'description', label: 'Description' },
  { key: 'notes', label: 'Notes' },
];

export function MilestoneDialog({
  plan,
  milestone,
  month,
  evidence: board,
  onClose,
}: MilestoneDialogProps) {
  const editing = Boolean(milestone);
  const stored = {
    templateKey: milestone?.templateKey ?? null,
    status: milestone?.status ?? ('todo' as MilestoneStatus),
    doneOn: milestone?.doneOn ?? null,
    keepOpen: milestone?.keepOpen ?? false,
  };
  const [choice, setChoice] = useState<EvidenceChoice>(
    evidenceChoiceOf({ ...stored, evidence: milestone?.evidence }),
  );
  const planKind = (stored.templateKey && TEMPLATE_EVIDENCE.get(stored.templateKey)) || 'none';
  // As the card reads now, and as it would read with the evidence chosen here.
  const shown = readMilestone({ ...stored, evidence: milestone?.evidence }, board);
  const chosen = readMilestone({ ...stored, evidence: choice }, board);
  const [title, setTitle] = useState(milestone?.title ?? '');
  const [description, setDescription] = useState(milestone?.description ?? '');
  const [notes, setNotes] = useState(milestone?.notes ?? '');
  const [monthValue, setMonthValue] = useState(String(milestone?.month ?? month ?? 1));
  const [status, setStatus] = useState<MilestoneStatus>(shown.status);
  const [category, setCategory] = useState<MilestoneCategory>(milestone?.category ?? 'other');
  const [errors, setErrors] = useState<Errors>({});
  // What a save writes. The status as stored: a status left as shown keeps what was stored (a
  // card its evidence ticked is not turned into one ticked by hand); a card marked not done
  // while its evidence is met stays open until ticked again.
  const statusChanged = status !== shown.status;
  const input = {
    title,
    description,
    notes,
    month: Number(monthValue),
    status: statusChanged ? status : stored.status,
    keepOpen: statusChanged ? status !== 'done' && Boolean(chosen.evidence?.met) : stored.keepOpen,
    category,
    // The plan's own evidence is stored as "follow the plan", so it follows later changes.
    evidence: choice === planKind ? null : choice,
  };
  const edit = useEditSince(milestone, input, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'title') setTitle(row.title);
      else if (key === 'description') setDescription(row.description);
      else if (key === 'notes') setNotes(row.notes);
      else if (key === 'month') setMonthValue(String(row.month));
      else if (key === 'status') setStatus(readMilestone(row, board).status);
      else if (key === 'category') setCategory(row.category);
      else if (key === 'evidence') setChoice(evidenceChoiceOf(row));
    }
  });
  const { busy, run } = useDialogWrite(onClose);
  const failed = (err: unknown) => setErrors(errorFor(err, FIELDS));

  const trimmedLength = title.trim().length;
  const months = Array.from({ length: plan.lengthMonths }, (_, k) => k + 1);
  const outside = milestone && milestone.month > plan.lengthMonths ? milestone.month : null;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    // Check here first so every message sits by its field at once; the write checks again.
    const problems: Errors = {};
    if (trimmedLength === 0) problems.title = 'Title can’t be empty.';
    else if (trimmedLength > TITLE_MAX)
      problems.title = `Title can be at most ${TITLE_MAX} characters (this one has ${trimmedLength}).`;
    const long = (text: string, max: number, label: string) => {
      const n = text.trim().length;
      return n > max
        ? `${label} can be at most ${formatCount(max)} characters; there are ${formatCount(n)} now.`
        : undefined;
    };
    const descriptionProblem = long(description, DESCRIPTION_MAX, 'Description');
    if (descriptionProblem) problems.description = descriptionProblem;
    const notesProblem = long(notes, NOTES_MAX, 'Notes');
    if (notesProblem) problems.notes = notesProblem;
    if (Object.keys(problems).length > 0) return setErrors(problems);
    void run(
      () =>
        milestone ? updateMilestone(milestone.id, input, edit.since) : addMilestone(plan.id, input),
      failed,
    );
  }

  function onDelete() {
    if (milestone) void run(() => deleteMilestone(milestone.id), failed);
  }

  return (
    <Dialog title={editing ? 'Edit milestone' : 'Add milestone'} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="milestone" />
        {milestone ? (
          <p className={styles.dialogFacts}>
            {planHistoryText(milestone)}
            {shown.doneOn
              ? ` · ${shown.ongoing ? 'started' : 'done'} ${dayLabel(shown.doneOn)}`
              : ''}
          </p>
        ) : null}
        {milestone ? <HowTo templateKey={milestone.templateKey} /> : null}
        <TextField
          label="Title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (errors.title) setErrors({});
          }}
          error={errors.title}
          hint={
            <span
              className={`${styles.counter} ${trimmedLength > TITLE_MAX ? styles.counterOver : ''}`}
            >
              {trimmedLength} of {TITLE_MAX} characters
            </span>
          }
          autoComplete="off"
          data-autofocus=""
        />
        <div className={styles.dialogGrid}>
          <SelectField
            label="Month"
            value={monthValue}
            onChange={(e) => setMonthValue(e.target.value)}
            error={errors.month}
          >
            {outside ? (
              <option value={String(outside)}>Month {outside} (after the plan)</option>
            ) : null}
            {months.map((i) => (
              <option key={i} value={String(i)}>
                Month {i} · {monthLabel(planMonth(plan, i))}
              </option>
            ))}
          </SelectField>
          <SelectField
            label="Status"
            value={status}
            onChange={(e) => setStatus(e.target.value as MilestoneStatus)}
            error={errors.status}
          >
            {MILESTONE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {STATUS_LABELS[s]}
              </option>
            ))}
          </SelectField>
        </div>
        <SelectField
          label="Ticked by"
          value={choice}
          onChange={(e) => setChoice(e.target.value as EvidenceChoice)}
          error={errors.evidence}
          hint={<EvidenceNote choice={choice} planKind={planKind} reading={chosen} />}
        >
          {EVIDENCE_CHOICES.map((c) => (
            <option key={c} value={c}>
              {EVIDENCE_LABELS[c]}
              {c === planKind && c !== 'none' ? ' (from the plan)' : ''}
            </option>
          ))}
        </SelectField>
        <SelectField
          label="Category"
          value={category}
          onChange={(e) => setCategory(e.target.value as MilestoneCategory)}
          error={errors.category}
        >
          {MILESTONE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {CATEGORY_LABELS[c]}
            </option>
          ))}
        </SelectField>
        {/* One line of text, wrapped in the box so all of it can be read (a one-line field
            showed a phone about 35 characters of up to 500). Enter still saves; a pasted line
            break becomes a space. */}
        <TextAreaField
          label="Description"
          optional
          className={styles.descriptionField ?? ''}
          value={description}
          onChange={(e) => setDescription(e.target.value.replace(/\r?\n/g, ' '))}
          onKeyDown={(e) => {
            if (e.key !== 'Enter' || e.shiftKey || e.nativeEvent.isComposing) return;
            e.preventDefault();
            e.currentTarget.form?.requestSubmit();
          }}
          error={errors.description}
          hint={`One line shown on the card (up to ${DESCRIPTION_MAX} characters).`}
        />
        <TextAreaField
          label="Notes"
          optional
          value={notes}
          onChange={(e) => setNotes(e.target.value)}
          error={errors.notes}
          hint={`Anything to remember (up to ${formatCount(NOTES_MAX)} characters).`}
          rows={4}
        />
        <SaveActions busy={busy} onCancel={onClose} onDelete={editing ? onDelete : undefined} />
      </form>
    </Dialog>
  );
}

/** Under the evidence choice: what has been recorded so far, and what it does to the card. */
function EvidenceNote({
  choice,
  planKind,
  reading,
}: {
  choice: EvidenceChoice;
  planKind: EvidenceChoice;
  reading: ReturnType<typeof readMilestone>;
}) {
  if (choice === 'none')
    return planKind === 'none'
      ? 'Tick it yourself with Status.'
      : 'The plan ties this to evidence; with this choice only you tick it.';
  const e = reading.evidence;
  if (!e) return 'Checking what you have recorded…';
  if (!e.met) return `So far: ${e.line}. It ticks itself once that happens.`;
  if (reading.keptOpen) return `So far: ${e.line}. You marked it not done, so it stays open.`;
  return `So far: ${e.line}. That counts as ${e.kind === 'calls' ? 'started' : 'done'}${e.on ? ` since ${dayLabel(e.on)}` : ''}; set Status to change it.`;
}
