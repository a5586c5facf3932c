import { useState, type FormEvent } from 'react';
import { formatMoney, moneyInputValue, parseMoney } from '../../domain/money';
import {
  debtMinimums,
  EXPENSE_KEYS,
  EXPENSE_LABELS,
  monthsText,
  runway,
  type ExpenseKey,
  type Expenses,
} from '../../domain/runway';
import type { Debt, ExitPlan } from '../../domain/schema/exitPlan';
import { saveRunway } from '../../db/exitPlan';
import { FormError } from '../../ui/FormError';
import { CheckboxField, TextField } from '../../ui/Field';
import styles from './Exit.module.css';
import { SaveRow } from './SaveRow';
import { readsAs, useSave } from './useSave';

const FIELDS = ['cash', ...EXPENSE_KEYS] as const;
type Key = (typeof FIELDS)[number];

const HINTS: Partial<Record<ExpenseKey, string>> = {
  housing: 'Rent or mortgage, and the bills that come with it.',
  food: 'Groceries, not eating out.',
  insurance: 'Health and disability cover, if you would pay it yourself.',
  other: 'Childcare, transport, anything you cannot pause.',
};

/** Cash against bare-bones monthly costs. Re-mounted (by key) when the stored figures change. */
export function RunwaySection({
  planId,
  exitPlan,
  debts,
  currency,
}: {
  planId: string;
  exitPlan: ExitPlan;
  debts: readonly Debt[];
  currency: string;
}) {
  const [text, setText] = useState<Record<Key, string>>(() => ({
    cash: moneyInputValue(exitPlan.cash),
    ...(Object.fromEntries(
      EXPENSE_KEYS.map((k) => [k, moneyInputValue(exitPlan.expenses[k])]),
    ) as Record<ExpenseKey, string>),
  }));
  const [nothingLinedUp, setNothingLinedUp] = useState(exitPlan.nothingLinedUp);
  const { errors, busy, save, clear } = useSave(FIELDS);
  const unsaved =
    nothingLinedUp !== exitPlan.nothingLinedUp ||
    !readsAs(parseMoney(text.cash, ''), exitPlan.cash) ||
    EXPENSE_KEYS.some((k) => !readsAs(parseMoney(text[k], ''), exitPlan.expenses[k]));
  const r = runway(exitPlan);
  const minimums = debtMinimums(debts);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const parsed = Object.fromEntries(
      FIELDS.map((k) => [
        k,
        parseMoney(text[k], k === 'cash' ? 'Cash set aside' : EXPENSE_LABELS[k]),
      ]),
    ) as Record<Key, ReturnType<typeof parseMoney>>;
    const found = Object.fromEntries(
      FIELDS.map((k) => [k, parsed[k].ok ? undefined : (parsed[k] as { message: string }).message]),
    );
    const value = (k: Key) => {
      const p = parsed[k];
      return p.ok ? p.value : null;
    };
    const expenses = Object.fromEntries(EXPENSE_KEYS.map((k) => [k, value(k)])) as Expenses;
    await save(found, () => saveRunway(planId, { cash: value('cash'), expenses, nothingLinedUp }));
  }

  const input = (k: Key, label: string, hint?: string) => (
    <TextField
      key={k}
      label={label}
      optional={k !== 'cash'}
      inputMode="numeric"
      autoComplete="off"
      value={text[k]}
      onChange={(e) => {
        const v = e.target.value;
        setText((t) => ({ ...t, [k]: v }));
        clear(k);
      }}
      error={errors[k]}
      hint={hint}
    />
  );

  const target =
    r.target.min === r.target.max
      ? monthsText(r.target.min)
      : `${r.target.min} to ${r.target.max} months`;
  const fill = r.months === null ? 0 : Math.min(100, (r.months / Math.max(r.target.max, 12)) * 100);
  return (
    <section className={styles.section} aria-labelledby="exit-runway">
      <h2 id="exit-runway" className={styles.sectionTitle}>
        Runway
      </h2>
      <p className={styles.lead}>
        How long your savings would cover the bare bones — not your current lifestyle — if pay
        stopped.
      </p>

      <div
        className={`${styles.runway} ${r.status === 'short' ? styles.runwayShort : r.status === 'incomplete' ? '' : styles.runwayOk}`}
      >
        {r.months === null ? (
          <p className={styles.explain}>
            Enter the cash you have set aside and your monthly bare-bones costs to see your runway.
          </p>
        ) : (
          <>
            <p className={styles.runwayValue}>{monthsText(r.months)} of runway</p>
            <div className={styles.meter} aria-hidden="true">
              <span className={styles.meterFill} style={{ width: `${fill}%` }} />
              <span
                className={styles.meterTarget}
                style={{ left: `${(r.target.min / Math.max(r.target.max, 12)) * 100}%` }}
              />
            </div>
            <p className={styles.explain}>
              Target: {target}
              {exitPlan.nothingLinedUp ? ' when leaving with nothing lined up' : ''}. Bare bones
              come to {formatMoney(r.monthlyTotal, currency)} a month.{' '}
              {r.status === 'short'
                ? `Another ${formatMoney(r.shortfall, currency)} would reach ${monthsText(r.target.min)}.`
                : r.status === 'above-target'
                  ? 'More than the target: a comfortable cushion.'
                  : 'Within the target.'}
            </p>
          </>
        )}
      </div>

      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <FormError message={errors.form} />
        {input(
          'cash',
          'Cash set aside',
          `Savings you could live on, in ${currency}; not retirement accounts.`,
        )}
        <fieldset className={styles.fieldset}>
          <legend>Monthly bare-bones costs</legend>
          <div className={styles.grid}>
            {EXPENSE_KEYS.map((k) =>
              input(
                k,
                EXPENSE_LABELS[k],
                k === 'loanMinimums'
                  ? debts.length
                    ? `Your debts below come to ${formatMoney(minimums, currency)} a month.`
                    : 'Minimum payments only.'
                  : HINTS[k],
              ),
            )}
          </div>
        </fieldset>
        <CheckboxField
          label="I might leave before an offer is signed"
          hint="Then aim for about 12 months banked instead of 3 to 6."
          checked={nothingLinedUp}
          onChange={(e) => setNothingLinedUp(e.target.checked)}
        />
        <SaveRow label="Save runway" busy={busy} unsaved={unsaved} />
      </form>
    </section>
  );
}
