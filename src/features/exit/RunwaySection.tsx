import type { ReactNode } from 'react';
import { formatMoney } from '../../domain/money';
import {
  EXPENSE_KEYS,
  EXPENSE_LABELS,
  loanMinimumsLabel,
  monthsText,
  runway,
  type ExpenseKey,
} from '../../domain/runway';
import type { Debt, ExitPlan } from '../../domain/schema/exitPlan';
import { CheckboxField, TextField } from '../../ui/Field';
import { usePending } from '../../ui/usePending';
import styles from './Exit.module.css';
import { moneyRule } from './moneyRule';
import { SaveRow } from './SaveRow';
import { saveNow, useSavedAsTyped, type FieldRule, type Write } from './useSavedAsTyped';

type Key = 'cash' | ExpenseKey;

const HINTS: Partial<Record<ExpenseKey, string>> = {
  housing: 'Rent or mortgage, and the bills that come with it.',
  food: 'Groceries, not eating out.',
  insurance: 'Health and disability cover, if you would pay it yourself.',
  other: 'Childcare, transport, anything you cannot pause.',
};

/** Cash against bare-bones monthly costs; each figure saved as it is entered. */
export function RunwaySection({
  planId,
  exitPlan,
  debts,
  currency,
  write,
}: {
  planId: string;
  exitPlan: ExitPlan;
  debts: readonly Debt[];
  currency: string;
  write: Write;
}) {
  const rules = {
    cash: moneyRule('Cash set aside', exitPlan.cash, currency, (v) => ({ cash: v })),
    ...(Object.fromEntries(
      EXPENSE_KEYS.map((k) => [
        k,
        moneyRule(
          k === 'loanMinimums' ? loanMinimumsLabel(debts.length) : EXPENSE_LABELS[k],
          exitPlan.expenses[k],
          currency,
          (v) => ({ expenses: { [k]: v } }),
        ),
      ]),
    ) as Record<ExpenseKey, FieldRule>),
  } satisfies Record<Key, FieldRule>;
  const { field, saveAll, unsaved } = useSavedAsTyped(`exit:${planId}:runway`, rules, write);
  const nothingLinedUp = usePending(exitPlan.nothingLinedUp);
  const r = runway(exitPlan, debts);

  async function onNothingLinedUp(on: boolean) {
    nothingLinedUp.set(on);
    const label = on
      ? 'Runway target: about 12 months, leaving with nothing lined up'
      : 'Runway target: 3 to 6 months';
    if (!(await saveNow(write, { nothingLinedUp: on }, label))) nothingLinedUp.clear();
  }

  const input = (k: Key, label: string, hint?: ReactNode) => (
    <TextField
      key={k}
      label={label}
      optional={k !== 'cash'}
      inputMode="numeric"
      autoComplete="off"
      {...field(k)}
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
              come to {formatMoney(r.monthlyTotal, currency)} a month
              {r.debtMinimums > 0 ? ', your debts’ minimums included' : ''}.{' '}
              {r.status === 'short'
                ? `Another ${formatMoney(r.shortfall, currency)} would reach ${monthsText(r.target.min)}.`
                : r.status === 'above-target'
                  ? 'More than the target: a comfortable cushion.'
                  : 'Within the target.'}
            </p>
          </>
        )}
      </div>

      <form
        onSubmit={(e) => {
          e.preventDefault();
          void saveAll('Saved your runway');
        }}
        noValidate
      >
        {input(
          'cash',
          'Cash set aside',
          `Savings you could live on, in ${currency}; not retirement accounts.`,
        )}
        <fieldset className={styles.fieldset}>
          <legend>Monthly bare-bones costs</legend>
          <div className={styles.grid}>
            {EXPENSE_KEYS.map((k) =>
              k === 'loanMinimums'
                ? input(
                    k,
                    loanMinimumsLabel(debts.length),
                    debts.length
                      ? 'Loans not listed under Debts; those are counted already.'
                      : 'Minimum payments only. Or list each loan under Debts below.',
                  )
                : input(k, EXPENSE_LABELS[k], HINTS[k]),
            )}
          </div>
          {debts.length ? (
            <p className={styles.fromDebts}>
              {/* Counted from the list, not typed again: the link goes to it. */}
              <span>Debts’ minimums, from the list below:</span>{' '}
              <strong>{formatMoney(r.debtMinimums, currency)} a month</strong>{' '}
              <button type="button" className={styles.linkButton} onClick={showDebts}>
                See your debts
              </button>
            </p>
          ) : null}
        </fieldset>
        <CheckboxField
          label="I might leave before an offer is signed"
          hint="Then aim for about 12 months banked instead of 3 to 6."
          checked={nothingLinedUp.value}
          onChange={(e) => void onNothingLinedUp(e.target.checked)}
        />
        <SaveRow label="Save runway" unsaved={unsaved.length} />
      </form>
    </section>
  );
}

/** Moves to the Debts section, as a link would (the app's routes use the address's hash). */
function showDebts() {
  const heading = document.getElementById('exit-debts');
  if (!heading) return;
  heading.tabIndex = -1;
  heading.scrollIntoView?.({ block: 'start' });
  heading.focus({ preventScroll: true });
}
