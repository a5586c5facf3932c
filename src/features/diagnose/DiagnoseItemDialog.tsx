import { useState, type FormEvent } from 'react';
import {
  COLUMN_INFO,
  DIAGNOSE_COLUMNS,
  DIAGNOSE_TITLE_MAX,
  FIT_LABELS,
  guessFit,
  INDUSTRY_FITS,
  type DiagnoseColumn,
  type IndustryFit,
} from '../../domain/diagnosis';
import { isUserError } from '../../domain/errors';
import type { DiagnoseItem } from '../../domain/schema/diagnose';
import { addDiagnoseItem, deleteDiagnoseItem, updateDiagnoseItem } from '../../db/diagnose';
import { Dialog } from '../../ui/Dialog';
import { FormError, SaveActions, useDialogWrite } from '../../ui/DialogForm';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { SelectField, TextAreaField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';

export interface DiagnoseItemDialogProps {
  /** The item to edit; absent when adding. */
  item?: DiagnoseItem | undefined;
  /** The column to add to. */
  column?: DiagnoseColumn | undefined;
  onClose: () => void;
}

type Errors = Partial<Record<'title' | 'column' | 'fit' | 'note' | 'form', string>>;
const FIELDS = ['title', 'column', 'fit', 'note'];
const EDIT_FIELDS: readonly EditField<DiagnoseItem>[] = [
  { key: 'title', label: 'Title' },
  { key: 'column', label: 'Column', show: (c) => COLUMN_INFO[c as DiagnoseColumn].name },
  { key: 'fit', label: 'Does industry fix it?', show: (f) => FIT_LABELS[f as IndustryFit] },
  { key: 'note', label: 'Note' },
];

export function DiagnoseItemDialog({ item, column, onClose }: DiagnoseItemDialogProps) {
  const [title, setTitle] = useState(item?.title ?? '');
  const [columnValue, setColumnValue] = useState<DiagnoseColumn>(item?.column ?? column ?? 'a');
  const [fit, setFit] = useState<IndustryFit>(item?.fit ?? 'unsure');
  const [fitTouched, setFitTouched] = useState(Boolean(item));
  const [note, setNote] = useState(item?.note ?? '');
  const [errors, setErrors] = useState<Errors>({});
  const input = { title, column: columnValue, fit, note };
  const edit = useEditSince(item, input, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'title') setTitle(row.title);
      else if (key === 'column') setColumnValue(row.column);
      else if (key === 'fit') setFit(row.fit);
      else if (key === 'note') setNote(row.note);
    }
  });
  const { busy, run } = useDialogWrite(onClose);
  const trimmed = title.trim().length;
  const guessed = !fitTouched && fit !== 'unsure';

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (trimmed === 0) return setErrors({ title: 'Title can’t be empty. A few words are enough.' });
    if (trimmed > DIAGNOSE_TITLE_MAX)
      return setErrors({
        title: `Title can be at most ${DIAGNOSE_TITLE_MAX} characters (this one has ${trimmed}).`,
      });
    void run(
      () => (item ? updateDiagnoseItem(item.id, input, edit.since) : addDiagnoseItem(input)),
      (err, message) => {
        const field = isUserError(err) ? err.field : undefined;
        setErrors({ [field && FIELDS.includes(field) ? field : 'form']: message });
      },
    );
  }

  const dialogTitle = item ? 'Edit item' : `Add to ${COLUMN_INFO[columnValue].name}`;
  return (
    <Dialog title={dialogTitle} onClose={onClose}>
      <form onSubmit={onSubmit} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="item" />
        <TextField
          label="Title"
          value={title}
          onChange={(e) => {
            setTitle(e.target.value);
            if (!fitTouched) setFit(guessFit(e.target.value));
            if (errors.title) setErrors({});
          }}
          error={errors.title}
          hint="In your own words, e.g. “q4 24-hour call” or “no say over my schedule”."
          autoComplete="off"
          data-autofocus=""
        />
        <SelectField
          label="Column"
          value={columnValue}
          onChange={(e) => setColumnValue(e.target.value as DiagnoseColumn)}
          error={errors.column}
        >
          {DIAGNOSE_COLUMNS.map((c) => (
            <option key={c} value={c}>
              {COLUMN_INFO[c].name}
            </option>
          ))}
        </SelectField>
        {columnValue !== 'c' ? (
          <SelectField
            label="Does industry fix it?"
            value={fit}
            onChange={(e) => {
              setFit(e.target.value as IndustryFit);
              setFitTouched(true);
            }}
            error={errors.fit}
            hint={
              guessed
                ? 'A guess from the words you used. Change it if it’s wrong.'
                : 'Industry jobs usually remove call, RVU targets, patient volume and malpractice worry; not culture or feeling valued.'
            }
          >
            {INDUSTRY_FITS.map((f) => (
              <option key={f} value={f}>
                {FIT_LABELS[f]}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextAreaField
          label="Note"
          optional
          value={note}
          onChange={(e) => setNote(e.target.value)}
          error={errors.note}
          rows={3}
        />
        <SaveActions
          busy={busy}
          onCancel={onClose}
          onDelete={
            item
              ? () =>
                  void run(
                    () => deleteDiagnoseItem(item.id),
                    (_, message) => setErrors({ form: message }),
                  )
              : undefined
          }
        />
      </form>
    </Dialog>
  );
}
