import { useId } from 'react';
import { formatMoney, formatNumber } from '../../domain/money';
import {
  BRIDGE_EXAMPLE,
  bridgeAgainstVision,
  bridgeIncome,
  bridgeProblems,
  type BridgeField,
  type BridgeInput,
  type Vision,
} from '../../domain/vision';
import { useDraft } from '../../state/drafts';
import { bridgeRunway, bridgeRunwaySummary } from '../../domain/playbook/bridge';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/Field';
import styles from './Overview.module.css';
import { agree } from '../../domain/counts';

type Texts = Record<BridgeField, string>;

const FIELDS: {
  key: BridgeField;
  label: (currency: string) => string;
  hint: string;
  mode: 'numeric' | 'decimal';
}[] = [
  {
    key: 'payPerShift',
    label: (c) => `Pay per shift (${c})`,
    hint: 'Or per day.',
    mode: 'numeric',
  },
  {
    key: 'hoursPerShift',
    label: () => 'Hours per shift',
    hint: 'The hours it really takes.',
    mode: 'decimal',
  },
  { key: 'shiftsPerWeek', label: () => 'Shifts a week', hint: '', mode: 'decimal' },
  {
    key: 'weeksPerYear',
    label: () => 'Weeks a year',
    hint: '48 leaves four weeks off.',
    mode: 'decimal',
  },
];

const KEEPS_NOTHING = { keepsNothing: true };

const toInput = (t: Texts): BridgeInput => ({
  payPerShift: Number(t.payPerShift.replace(/[,\s]/g, '') || NaN),
  hoursPerShift: Number(t.hoursPerShift || NaN),
  shiftsPerWeek: Number(t.shiftsPerWeek || NaN),
  weeksPerYear: Number(t.weeksPerYear || NaN),
});

const hours = (n: number) =>
  `${formatNumber(Math.abs(n), 1)} ${agree(Math.abs(n), 'hour', 'hours')}`;

export interface RunwayFacts {
  cash: number | null;
  /** Bare-bones costs a month. */
  monthly: number;
}

/**
 * What a per-diem or telemedicine shift pattern pays in a year, how many hours a week it takes,
 * and how many months of runway it adds while the cash lasts.
 */
export function BridgeCalculator({
  currency,
  vision,
  runway,
}: {
  currency: string;
  vision: Vision;
  runway: RunwayFacts | null;
}) {
  // Kept while the user looks at other screens (nothing here is saved: it is a calculator).
  const [payPerShift, setPay] = useDraft('bridge:payPerShift', '', KEEPS_NOTHING);
  const [hoursPerShift, setHours] = useDraft('bridge:hoursPerShift', '', KEEPS_NOTHING);
  const [shiftsPerWeek, setShifts] = useDraft('bridge:shiftsPerWeek', '', KEEPS_NOTHING);
  const [weeksPerYear, setWeeks] = useDraft('bridge:weeksPerYear', '48', KEEPS_NOTHING);
  const texts: Texts = { payPerShift, hoursPerShift, shiftsPerWeek, weeksPerYear };
  const setters: Record<BridgeField, (text: string) => void> = {
    payPerShift: setPay,
    hoursPerShift: setHours,
    shiftsPerWeek: setShifts,
    weeksPerYear: setWeeks,
  };
  const resultId = useId();
  const input = toInput(texts);
  const problems = bridgeProblems(input);
  const result = bridgeIncome(input);
  const against = result ? bridgeAgainstVision(result, vision) : null;
  const gained = result && runway ? bridgeRunway(input, runway.cash, runway.monthly) : null;
  // Say what is wrong only with fields that have something in them; empty ones just wait.
  const shownProblem = (k: BridgeField) => (texts[k].trim() !== '' ? problems[k] : undefined);

  return (
    <div className={styles.bridge}>
      <p className={styles.cardText}>
        Per-diem or telemedicine shifts can carry you through the move, or keep some clinical work
        after it. Fill in a shift pattern to see what it pays in a year.
      </p>
      <div className={styles.bridgeGrid}>
        {FIELDS.map((f) => (
          <TextField
            key={f.key}
            label={f.label(currency)}
            inputMode={f.mode}
            value={texts[f.key]}
            onChange={(e) => setters[f.key](e.target.value)}
            error={shownProblem(f.key)}
            hint={f.hint || undefined}
          />
        ))}
      </div>
      <output id={resultId} className={styles.bridgeResult} aria-live="polite">
        {result ? (
          <>
            <strong>
              {formatMoney(result.yearlyIncome, currency)} a year for {hours(result.hoursPerWeek)} a
              week
            </strong>
            <span>
              {' '}
              — about {formatMoney(result.monthlyIncome, currency)} a month
              {result.hourlyRate !== null
                ? `, ${formatMoney(result.hourlyRate, currency)} an hour`
                : ''}
              , before tax.
            </span>
            {against && (against.incomeShare !== null || against.hoursOver !== null) ? (
              <span className={styles.bridgeVision}>
                Against your vision:
                {against.incomeShare !== null
                  ? ` ${against.incomeShare}% of your target income`
                  : ''}
                {against.incomeShare !== null && against.hoursOver !== null ? ',' : ''}
                {against.hoursOver !== null
                  ? against.hoursOver === 0
                    ? ' right at your target hours'
                    : ` ${hours(against.hoursOver)} a week ${against.hoursOver > 0 ? 'over' : 'under'} your target hours`
                  : ''}
                .
              </span>
            ) : null}
          </>
        ) : (
          'Fill in all four to see the yearly income.'
        )}
      </output>
      {result ? (
        <p className={styles.bridgeRunway} aria-live="polite">
          <strong>Against your runway:</strong>{' '}
          {gained ? (
            bridgeRunwaySummary(
              gained,
              input.shiftsPerWeek,
              formatMoney(gained.perShiftMonthly, currency),
            )
          ) : (
            <>
              add your cash and bare-bones costs in the <a href="#/exit">Exit plan</a> to see how
              many months these shifts add.
            </>
          )}
        </p>
      ) : null}
      <div className={styles.actions}>
        <Button
          size="small"
          onClick={() => {
            for (const k of Object.keys(setters) as BridgeField[])
              setters[k](String(BRIDGE_EXAMPLE[k]));
          }}
        >
          Try an example
        </Button>
        <span className={styles.note}>
          An 8-hour telemedicine shift paid {formatMoney(BRIDGE_EXAMPLE.payPerShift, currency)},
          finished in about 4 hours, every morning of the year.
        </span>
      </div>
    </div>
  );
}
