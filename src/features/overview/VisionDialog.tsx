import { parseMoney } from '../../domain/money';
import { useState, type FormEvent } from 'react';
import { isUserError } from '../../domain/errors';
import {
  VISION_HOURS_MAX,
  WORKPLACE_LABELS,
  WORKPLACES,
  type Vision,
  type Workplace,
} from '../../domain/vision';
import { saveSettingFields } from '../../db/settings';
import { Dialog } from '../../ui/Dialog';
import { FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { FieldRow, SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Overview.module.css';

const FIELDS = ['weeklyHours', 'clinicalShare', 'income', 'workplace', 'place', 'goodDay'] as const;
type Errors = Partial<Record<(typeof FIELDS)[number] | 'form', string>>;

const asText = (n: number | null) => (n === null ? '' : String(n));

const EDIT_FIELDS: readonly EditField<Vision>[] = [
  { key: 'weeklyHours', label: 'Hours a week' },
  { key: 'clinicalShare', label: 'Clinical share (%)' },
  { key: 'income', label: 'Target income' },
  { key: 'workplace', label: 'Remote or on site', show: (w) => WORKPLACE_LABELS[w as Workplace] },
  { key: 'place', label: 'Where' },
  { key: 'goodDay', label: 'A good day looks like' },
];

/** A number from a field: null when empty, NaN when not a number. */
function parseNumber(text: string): number | null {
  const t = text.trim().replace(/[,\s]/g, '');
  if (t === '') return null;
  return Number(t);
}

export function VisionDialog({
  vision,
  currency,
  onClose,
}: {
  vision: Vision;
  currency: string;
  onClose: () => void;
}) {
  const [hours, setHours] = useState(asText(vision.weeklyHours));
  const [clinical, setClinical] = useState(asText(vision.clinicalShare));
  const [income, setIncome] = useState(asText(vision.income));
  const [workplace, setWorkplace] = useState<Workplace>(vision.workplace);
  const [place, setPlace] = useState(vision.place);
  const [goodDay, setGoodDay] = useState(vision.goodDay);
  const [errors, setErrors] = useState<Errors>({});
  const { busy, run } = useDialogWrite(onClose);
  const weeklyHours = parseNumber(hours);
  const clinicalShare = parseNumber(clinical);
  // The same reading as every other amount ("$280,000", "280k"; "280.000" is asked about).
  const incomeParse = parseMoney(income, 'Target income');
  const incomeValue = incomeParse.ok ? incomeParse.value : null;
  const value: Vision = {
    weeklyHours,
    clinicalShare,
    income: incomeValue,
    workplace,
    place,
    goodDay,
  };
  const edit = useEditSince(vision, value, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'weeklyHours') setHours(asText(row.weeklyHours));
      else if (key === 'clinicalShare') setClinical(asText(row.clinicalShare));
      else if (key === 'income') setIncome(asText(row.income));
      else if (key === 'workplace') setWorkplace(row.workplace);
      else if (key === 'place') setPlace(row.place);
      else if (key === 'goodDay') setGoodDay(row.goodDay);
    }
  });

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    const next: Errors = {};
    if (
      weeklyHours !== null &&
      (!Number.isFinite(weeklyHours) || weeklyHours < 0 || weeklyHours > VISION_HOURS_MAX)
    ) {
      next.weeklyHours = `Enter hours between 0 and ${VISION_HOURS_MAX}, or leave it empty.`;
    }
    if (
      clinicalShare !== null &&
      (!Number.isFinite(clinicalShare) || clinicalShare < 0 || clinicalShare > 100)
    ) {
      next.clinicalShare = 'Enter a percentage between 0 and 100, or leave it empty.';
    }
    if (!incomeParse.ok) next.income = incomeParse.message;
    setErrors(next);
    if (Object.keys(next).length) return;
    void run(
      () => saveSettingFields('vision', value, edit.since, 'Saved your vision'),
      (err, message) => {
        const field = isUserError(err) ? err.field : undefined;
        setErrors({
          [field && (FIELDS as readonly string[]).includes(field) ? field : 'form']: message,
        });
      },
    );
  }

  return (
    <Dialog title="Your vision" onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <p className={styles.dialogLead}>
          The working life you are aiming for. Leave empty what you haven’t decided; you can change
          it any time.
        </p>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="vision" />
        <FieldRow>
          <TextField
            label="Hours a week"
            inputMode="decimal"
            value={hours}
            onChange={(e) => setHours(e.target.value)}
            error={errors.weeklyHours}
            hint="All work, clinical or not."
            data-autofocus=""
          />
          <TextField
            label="Clinical share (%)"
            inputMode="decimal"
            value={clinical}
            onChange={(e) => setClinical(e.target.value)}
            error={errors.clinicalShare}
            hint="0 for none; 20 keeps about a day a week."
          />
        </FieldRow>
        <TextField
          label={`Target income (${currency} a year)`}
          inputMode="numeric"
          value={income}
          onChange={(e) => setIncome(e.target.value)}
          error={errors.income}
          hint="Before tax. Early industry pay is often flat or a little lower than clinical pay."
        />
        <FieldRow>
          <SelectField
            label="Remote or on site"
            value={workplace}
            onChange={(e) => setWorkplace(e.target.value as Workplace)}
            error={errors.workplace}
          >
            {WORKPLACES.map((w) => (
              <option key={w} value={w}>
                {WORKPLACE_LABELS[w]}
              </option>
            ))}
          </SelectField>
          <TextField
            label="Where"
            optional
            value={place}
            onChange={(e) => setPlace(e.target.value)}
            error={errors.place}
            hint="A city, a region, or “anywhere”."
          />
        </FieldRow>
        <TextAreaField
          label="A good day looks like"
          optional
          value={goodDay}
          onChange={(e) => setGoodDay(e.target.value)}
          error={errors.goodDay}
          hint="When you start, what you do, when you stop, who you see."
          rows={4}
        />
        <SaveActions busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
