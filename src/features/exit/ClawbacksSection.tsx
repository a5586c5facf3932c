import { useState, type FormEvent } from 'react';
import { dayLabel, isDay } from '../../domain/calendar';
import {
  CLAWBACK_KIND_LABELS,
  CLAWBACK_KINDS,
  DESCRIPTION_MAX,
  type ClawbackKind,
} from '../../domain/exitPlan';
import { formatMoney, moneyInputValue, parseMoney } from '../../domain/money';
import { clawbacksAfter, type LastDayBasis } from '../../domain/notice';
import type { Clawback } from '../../domain/schema/exitPlan';
import { addClawback, deleteClawback, updateClawback } from '../../db/exitPlan';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SaveActions } from '../../ui/DialogForm';
import { FormError } from '../../ui/FormError';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { SelectField, TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Exit.module.css';
import { ItemRow } from './ItemRow';
import { useSave } from './useSave';

export interface ClawbacksSectionProps {
  planId: string;
  clawbacks: readonly Clawback[];
  /** The last clinical day to check against, and what it rests on. */
  lastDay: { day: string; basis: LastDayBasis } | null;
  currency: string;
}

const BASIS_WORDS: Record<LastDayBasis, (day: string) => string> = {
  given: (d) => `Your last clinical day is ${dayLabel(d)}.`,
  planned: (d) =>
    `Giving notice by the deadline, your last clinical day would be ${dayLabel(d)}, the day before your planned start date.`,
  'if-today': (d) => `If you gave notice today, your last clinical day would be ${dayLabel(d)}.`,
};

const nameOf = (c: Clawback) => `${CLAWBACK_KIND_LABELS[c.kind]} ending ${dayLabel(c.endsOn)}`;

export function ClawbacksSection({ planId, clawbacks, lastDay, currency }: ClawbacksSectionProps) {
  const [editing, setEditing] = useState<Clawback | 'new' | null>(null);
  const check = lastDay ? clawbacksAfter(clawbacks, lastDay.day) : null;
  const flagged = new Set(check?.flagged.map((c) => c.id));

  return (
    <section className={styles.section} aria-labelledby="exit-clawbacks">
      <h2 id="exit-clawbacks" className={styles.sectionTitle}>
        Clawbacks
      </h2>
      <p className={styles.lead}>
        Money you would pay back for leaving before a date: a sign-on or retention bonus, loan
        repayment, relocation.
      </p>
      {clawbacks.length === 0 ? (
        <p className={styles.empty}>
          None entered. If your contract has clawbacks, add each with the date it ends, and the
          countdown will check them.
        </p>
      ) : (
        <>
          {lastDay && check ? (
            <p className={check.flagged.length ? styles.warning : styles.okNote}>
              {BASIS_WORDS[lastDay.basis](lastDay.day)}{' '}
              {check.flagged.length
                ? `${check.flagged.length === 1 ? 'One clawback would' : `${check.flagged.length} clawbacks would`} still be running then: ${formatMoney(check.total, currency)} to pay back.`
                : 'None of these would still be running then.'}
            </p>
          ) : (
            <p className={styles.hint}>
              Enter your notice period to check these against your last clinical day.
            </p>
          )}
          <ul className={styles.items}>
            {clawbacks.map((c) => (
              <ItemRow
                key={c.id}
                name={
                  <>
                    {CLAWBACK_KIND_LABELS[c.kind]}
                    {c.description ? (
                      <span className={styles.itemNote}> · {c.description}</span>
                    ) : null}
                  </>
                }
                facts={`${formatMoney(c.amount, currency)} · ends ${dayLabel(c.endsOn)}`}
                flagged={flagged.has(c.id)}
                badge={
                  flagged.has(c.id) ? (
                    <Badge tone="warn">
                      Still running: {formatMoney(c.amount, currency)} to pay back
                    </Badge>
                  ) : null
                }
                editLabel={`Edit ${nameOf(c)}`}
                onEdit={() => setEditing(c)}
              />
            ))}
          </ul>
        </>
      )}
      <Button size="small" onClick={() => setEditing('new')}>
        Add clawback
      </Button>
      {editing ? (
        <ClawbackDialog
          planId={planId}
          clawback={editing === 'new' ? undefined : editing}
          live={
            editing === 'new' ? undefined : (clawbacks.find((c) => c.id === editing.id) ?? null)
          }
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

const FIELDS = ['kind', 'description', 'amount', 'endsOn'] as const;
const EDIT_FIELDS: readonly EditField<Clawback>[] = [
  { key: 'kind', label: 'Kind', show: (k) => CLAWBACK_KIND_LABELS[k as ClawbackKind] },
  { key: 'description', label: 'Description' },
  { key: 'amount', label: 'Amount' },
  { key: 'endsOn', label: 'Ends on', show: (d) => dayLabel(d as string) },
];

function ClawbackDialog({
  planId,
  clawback,
  live,
  onClose,
}: {
  planId: string;
  /** The clawback as the dialog opened on it; `live`, as stored now (null once deleted). */
  clawback?: Clawback | undefined;
  live?: Clawback | null | undefined;
  onClose: () => void;
}) {
  const [kind, setKind] = useState<ClawbackKind>(clawback?.kind ?? 'sign-on');
  const [description, setDescription] = useState(clawback?.description ?? '');
  const [amount, setAmount] = useState(moneyInputValue(clawback?.amount));
  const [endsOn, setEndsOn] = useState(clawback?.endsOn ?? '');
  const { errors, busy, save, bind } = useSave(FIELDS);
  const typed = parseMoney(amount, 'Amount');
  const mine = { kind, description, amount: typed.ok ? typed.value : amount, endsOn };
  const edit = useEditSince(live, mine, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'kind') setKind(row.kind);
      else if (key === 'description') setDescription(row.description);
      else if (key === 'amount') setAmount(moneyInputValue(row.amount));
      else if (key === 'endsOn') setEndsOn(row.endsOn);
    }
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const a = parseMoney(amount, 'Amount');
    const found = {
      amount: !a.ok
        ? a.message
        : a.value === null
          ? 'Enter the amount you would pay back.'
          : undefined,
      endsOn: isDay(endsOn) ? undefined : 'Enter the day it ends.',
      description:
        description.trim().length > DESCRIPTION_MAX
          ? `Description can be at most ${DESCRIPTION_MAX} characters.`
          : undefined,
    };
    const input = { kind, description, amount: a.ok ? (a.value ?? 0) : 0, endsOn };
    if (
      await save(found, () =>
        clawback ? updateClawback(clawback.id, input, edit.since) : addClawback(planId, input),
      )
    )
      onClose();
  }

  async function onDelete() {
    if (clawback && (await save({}, () => deleteClawback(clawback.id)))) onClose();
  }

  return (
    <Dialog title={clawback ? 'Edit clawback' : 'Add clawback'} onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="clawback" />
        <SelectField
          label="Kind"
          value={kind}
          onChange={(e) => setKind(e.target.value as ClawbackKind)}
          error={errors.kind}
          data-autofocus=""
        >
          {CLAWBACK_KINDS.map((k) => (
            <option key={k} value={k}>
              {CLAWBACK_KIND_LABELS[k]}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Description"
          optional
          {...bind('description', description, setDescription)}
        />
        <div className={styles.grid}>
          <TextField
            label="Amount"
            inputMode="numeric"
            autoComplete="off"
            {...bind('amount', amount, setAmount)}
            hint="What you would pay back if you left now."
          />
          <TextField
            label="Ends on"
            type="date"
            {...bind('endsOn', endsOn, setEndsOn)}
            hint="From this day on, leaving costs nothing."
          />
        </div>
        <SaveActions
          busy={busy}
          onCancel={onClose}
          onDelete={clawback ? () => void onDelete() : undefined}
        />
      </form>
    </Dialog>
  );
}
