import { useState, type FormEvent } from 'react';
import { dayLabel, isDay, type Day } from '../../domain/calendar';
import { NAME_MAX } from '../../domain/exitPlan';
import { formatMoney, moneyInputValue, parseMoney } from '../../domain/money';
import { debtMinimums, upcomingRateResets } from '../../domain/runway';
import type { Debt } from '../../domain/schema/exitPlan';
import { addDebt, deleteDebt, updateDebt } from '../../db/exitPlan';
import { Badge } from '../../ui/Badge';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { SaveActions } from '../../ui/DialogForm';
import { FormError } from '../../ui/FormError';
import { ChangedElsewhere } from '../../ui/ChangedElsewhere';
import { TextField } from '../../ui/Field';
import { useEditSince, type EditField } from '../../ui/useEditSince';
import styles from './Exit.module.css';
import { ItemRow } from './ItemRow';
import { useSave } from './useSave';
import { plural } from '../../domain/counts';

export function DebtsSection({
  planId,
  debts,
  currency,
  today,
}: {
  planId: string;
  debts: readonly Debt[];
  currency: string;
  today: Day;
}) {
  const [editing, setEditing] = useState<Debt | 'new' | null>(null);
  const resets = new Map(upcomingRateResets(debts, today).map((r) => [r.debt.id, r]));

  return (
    <section className={styles.section} aria-labelledby="exit-debts">
      <h2 id="exit-debts" className={styles.sectionTitle}>
        Debts
      </h2>
      <p className={styles.lead}>
        Monthly minimums, and the day any variable rate resets — a payment can jump just as pay
        changes.
      </p>
      {debts.length === 0 ? (
        <p className={styles.empty}>
          None entered. Add loans and cards with their minimum payment.
        </p>
      ) : (
        <>
          <p className={styles.hint}>
            Minimums: {formatMoney(debtMinimums(debts), currency)} a month.
          </p>
          <ul className={styles.items}>
            {debts.map((d) => {
              const reset = resets.get(d.id);
              return (
                <ItemRow
                  key={d.id}
                  name={d.name}
                  facts={`${formatMoney(d.monthlyMinimum, currency)} a month${d.rateResetsOn ? ` · rate resets ${dayLabel(d.rateResetsOn)}` : ''}`}
                  badge={
                    reset?.soon ? (
                      <Badge tone="warn">Rate resets in {plural(reset.daysAway, 'day')}</Badge>
                    ) : null
                  }
                  editLabel={`Edit ${d.name}`}
                  onEdit={() => setEditing(d)}
                />
              );
            })}
          </ul>
        </>
      )}
      <Button size="small" onClick={() => setEditing('new')}>
        Add debt
      </Button>
      {editing ? (
        <DebtDialog
          planId={planId}
          debt={editing === 'new' ? undefined : editing}
          live={editing === 'new' ? undefined : (debts.find((d) => d.id === editing.id) ?? null)}
          onClose={() => setEditing(null)}
        />
      ) : null}
    </section>
  );
}

const FIELDS = ['name', 'monthlyMinimum', 'rateResetsOn'] as const;
const EDIT_FIELDS: readonly EditField<Debt>[] = [
  { key: 'name', label: 'Name' },
  { key: 'monthlyMinimum', label: 'Monthly minimum' },
  {
    key: 'rateResetsOn',
    label: 'Variable rate resets on',
    show: (d) => (typeof d === 'string' ? dayLabel(d) : 'empty'),
  },
];

function DebtDialog({
  planId,
  debt,
  live,
  onClose,
}: {
  planId: string;
  /** The debt as the dialog opened on it; `live`, as stored now (null once deleted). */
  debt?: Debt | undefined;
  live?: Debt | null | undefined;
  onClose: () => void;
}) {
  const [name, setName] = useState(debt?.name ?? '');
  const [minimum, setMinimum] = useState(moneyInputValue(debt?.monthlyMinimum));
  const [resetsOn, setResetsOn] = useState(debt?.rateResetsOn ?? '');
  const { errors, busy, save, bind } = useSave(FIELDS);
  const typed = parseMoney(minimum, 'Monthly minimum');
  const mine = {
    name,
    monthlyMinimum: typed.ok ? typed.value : minimum,
    rateResetsOn: resetsOn || null,
  };
  const edit = useEditSince(live, mine, EDIT_FIELDS, (row, keys) => {
    for (const key of keys) {
      if (key === 'name') setName(row.name);
      else if (key === 'monthlyMinimum') setMinimum(moneyInputValue(row.monthlyMinimum));
      else if (key === 'rateResetsOn') setResetsOn(row.rateResetsOn ?? '');
    }
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const m = parseMoney(minimum, 'Monthly minimum');
    const found = {
      name: !name.trim()
        ? 'Name can’t be empty.'
        : name.trim().length > NAME_MAX
          ? `Name can be at most ${NAME_MAX} characters.`
          : undefined,
      monthlyMinimum: !m.ok
        ? m.message
        : m.value === null
          ? 'Enter the minimum monthly payment (0 if none).'
          : undefined,
      rateResetsOn:
        resetsOn && !isDay(resetsOn) ? 'Enter a real date, or leave it empty.' : undefined,
    };
    const input = {
      name,
      monthlyMinimum: m.ok ? (m.value ?? 0) : 0,
      rateResetsOn: resetsOn || null,
    };
    if (
      await save(found, () =>
        debt ? updateDebt(debt.id, input, edit.since) : addDebt(planId, input),
      )
    )
      onClose();
  }

  async function onDelete() {
    if (debt && (await save({}, () => deleteDebt(debt.id)))) onClose();
  }

  return (
    <Dialog title={debt ? 'Edit debt' : 'Add debt'} onClose={onClose}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        <ChangedElsewhere edit={edit} what="debt" />
        <TextField
          label="Name"
          autoComplete="off"
          {...bind('name', name, setName)}
          hint="For example: student loan, car, credit card."
          data-autofocus=""
        />
        <div className={styles.grid}>
          <TextField
            label="Monthly minimum"
            inputMode="numeric"
            autoComplete="off"
            {...bind('monthlyMinimum', minimum, setMinimum)}
          />
          <TextField
            label="Variable rate resets on"
            optional
            type="date"
            {...bind('rateResetsOn', resetsOn, setResetsOn)}
            hint="Leave empty for a fixed rate."
          />
        </div>
        <SaveActions
          busy={busy}
          onCancel={onClose}
          onDelete={debt ? () => void onDelete() : undefined}
        />
      </form>
    </Dialog>
  );
}
