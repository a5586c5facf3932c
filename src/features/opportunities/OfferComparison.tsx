import type { ReactNode } from 'react';
import { dayLabel, type Day } from '../../domain/calendar';
import { CLAWBACK_KIND_LABELS } from '../../domain/exitPlan';
import { firstSuitorFlag } from '../../domain/playbook/suitor';
import { formatMoney, formatMoneyDifference } from '../../domain/money';
import {
  firstYearAfterLeaving,
  leavingCosts,
  FIT_WORDS,
  offerAgainstVision,
  type ExitCostFacts,
  type FirstYear,
  type LeavingCosts,
  type VisionCheck,
} from '../../domain/offerFit';
import {
  hasWrittenOfferInHand,
  offerTotals,
  opportunityFlags,
  opportunityName,
  payDifference,
  REMOTE_POLICY_LABELS,
  STAGE_LABELS,
  type OfferTotals,
  type PayDifference,
} from '../../domain/opportunity';
import type { Clawback } from '../../domain/schema/exitPlan';
import type { Opportunity } from '../../domain/schema/opportunity';
import type { Vision } from '../../domain/vision';
import { Button } from '../../ui/Button';
import styles from './Opportunities.module.css';
import { agree, plural } from '../../domain/counts';

export interface OfferComparisonProps {
  offers: readonly Opportunity[];
  /** Every opportunity, for the notes that read the whole pipeline. */
  pipeline: readonly Opportunity[];
  currentAnnualPay: number | null;
  plannedStartDate: Day | null;
  currency: string;
  /** The contract and dates: what leaving costs (clawbacks, tail coverage) depends on them. */
  exit: ExitCostFacts;
  clawbacks: readonly Clawback[];
  vision: Pick<Vision, 'workplace' | 'income' | 'clinicalShare'>;
  today: Day;
  onUseStartDate: (id: string) => void;
}

interface Column {
  o: Opportunity;
  totals: OfferTotals;
  diff: PayDifference | null;
  costs: LeavingCosts<Clawback>;
  firstYear: FirstYear;
  fit: VisionCheck[];
}

/** Offers side by side with the current clinical job, so a pay cut is seen before it is accepted. */
export function OfferComparison({
  offers,
  pipeline,
  currentAnnualPay,
  plannedStartDate,
  currency,
  exit,
  clawbacks,
  vision,
  today,
  onUseStartDate,
}: OfferComparisonProps) {
  const money = (n: number) => formatMoney(n, currency);
  const unknown = <span className={styles.muted}>—</span>;
  if (offers.length === 0) {
    return (
      <p className={styles.emptyNote}>
        When an opportunity reaches Verbal offer, it appears here beside your current job: pay in
        the first year and after, remote policy, travel and start date.
      </p>
    );
  }
  const columns: Column[] = offers.map((o) => {
    const totals = offerTotals(o);
    const costs = leavingCosts(exit, clawbacks, o.proposedStartDate, today);
    return {
      o,
      totals,
      diff: payDifference(totals, currentAnnualPay),
      costs,
      firstYear: firstYearAfterLeaving(totals, costs, currentAnnualPay),
      fit: offerAgainstVision(o, totals, vision, currency),
    };
  });
  const hasCosts = columns.some((c) => c.costs.total > 0 || c.costs.missing.length > 0);
  const visionParts =
    vision.workplace !== 'any' || vision.income !== null || (vision.clinicalShare ?? 0) > 0;
  const current =
    currentAnnualPay === null ? (
      <span className={styles.muted}>
        Not entered. <a href="#/exit">Add it in the exit plan</a>
      </span>
    ) : (
      money(currentAnnualPay)
    );
  // Without the base salary a total is mostly missing: "—" rather than a sum that reads as a
  // real figure (and as a pay cut of the whole current pay).
  const noBase = (
    <span className={styles.muted}>
      —<span className="visually-hidden"> (no base salary yet)</span>
    </span>
  );
  const totalCell = (c: Column, which: 'firstYear' | 'steadyState') =>
    c.totals.complete ? money(c.totals[which]) : noBase;
  const diffCell = (c: Column, which: keyof PayDifference) => {
    if (!c.totals.complete) return noBase;
    if (!c.diff) return unknown;
    const v =
      which === 'firstYear' ? (c.firstYear.againstCurrent ?? c.diff.firstYear) : c.diff[which];
    return (
      <span className={v < 0 ? styles.cut : v > 0 ? styles.raise : undefined}>
        {formatMoneyDifference(v, currency)}
        {v < 0 ? <span className={styles.diffWord}> pay cut</span> : null}
      </span>
    );
  };

  const rows: {
    label: string;
    current: ReactNode;
    cell: (c: Column) => ReactNode;
    strong?: boolean;
  }[] = [
    { label: 'Stage', current: 'Your clinical job', cell: (c) => STAGE_LABELS[c.o.stage] },
    {
      label: 'Base salary',
      current,
      cell: (c) => (c.o.baseSalary === null ? unknown : money(c.totals.base)),
    },
    {
      label: 'Target bonus',
      current: '',
      // Without a base salary there is no amount yet, only the share of it.
      cell: (c) =>
        c.o.bonusPercent === null
          ? unknown
          : c.o.baseSalary === null
            ? `${c.o.bonusPercent}% of base`
            : `${money(c.totals.bonus)} (${c.o.bonusPercent}%)`,
    },
    {
      label: 'Sign-on bonus',
      current: '',
      cell: (c) => (c.o.signOnBonus === null ? unknown : money(c.totals.signOn)),
    },
    {
      label: 'Equity per year',
      current: '',
      cell: (c) => (c.o.equityPerYear === null ? unknown : money(c.totals.equity)),
    },
    { label: 'First year', current, cell: (c) => totalCell(c, 'firstYear'), strong: true },
    ...(hasCosts
      ? [
          {
            label: 'What leaving costs',
            current: '',
            cell: (c: Column) => <CostsCell costs={c.costs} money={money} />,
          },
          {
            label: 'After leaving costs, first year',
            current,
            cell: (c: Column) => (c.totals.complete ? money(c.firstYear.net) : noBase),
            strong: true,
          },
        ]
      : []),
    { label: 'Each year after', current, cell: (c) => totalCell(c, 'steadyState'), strong: true },
    {
      label: hasCosts
        ? 'Against current pay, first year, leaving costs counted'
        : 'Against current pay, first year',
      current: '',
      cell: (c) => diffCell(c, 'firstYear'),
    },
    {
      label: 'Against current pay, each year after',
      current: '',
      cell: (c) => diffCell(c, 'steadyState'),
    },
    ...(visionParts
      ? [
          {
            label: 'Against your vision',
            current: '',
            cell: (c: Column) => <FitCell fit={c.fit} />,
          },
        ]
      : []),
    {
      label: 'Remote policy',
      current: '',
      cell: (c) =>
        c.o.remotePolicy === null
          ? unknown
          : `${REMOTE_POLICY_LABELS[c.o.remotePolicy]}${c.o.officeDaysPerMonth ? `, ${plural(c.o.officeDaysPerMonth, 'office day')} a month` : ''}`,
    },
    {
      label: 'Clinical time',
      current: vision.clinicalShare ? `You want ${vision.clinicalShare}%` : '',
      cell: (c) =>
        c.o.clinicalShare === null || c.o.clinicalShare === undefined
          ? unknown
          : `${c.o.clinicalShare}%`,
    },
    {
      label: 'Travel',
      current: '',
      cell: (c) => (c.o.travelPercent === null ? unknown : `${c.o.travelPercent}%`),
    },
    {
      label: 'Start date',
      current: plannedStartDate ? `Planned: ${dayLabel(plannedStartDate)}` : '',
      cell: (c) => (
        <StartDateCell o={c.o} plannedStartDate={plannedStartDate} onUse={onUseStartDate} />
      ),
    },
    {
      label: 'Worth asking about',
      current: '',
      cell: (c) => {
        const suitor = firstSuitorFlag(c.o, pipeline);
        const flags = [...opportunityFlags(c.o), ...(suitor ? [suitor] : [])];
        return flags.length ? (
          <ul className={styles.cellFlags}>
            {flags.map((f) => (
              <li key={f.kind}>{f.text}</li>
            ))}
          </ul>
        ) : (
          <span className={styles.muted}>Nothing noted</span>
        );
      },
    },
  ];

  const incomplete = columns.filter((c) => !c.totals.complete);
  return (
    <>
      {incomplete.length ? (
        <p className={styles.emptyNote}>
          {incomplete.map((c) => opportunityName(c.o)).join(', ')}{' '}
          {agree(incomplete.length, 'has', 'have')} no base salary yet; add{' '}
          {agree(incomplete.length, 'it', 'them')} to see the totals.
        </p>
      ) : null}
      {!visionParts ? (
        <p className={styles.emptyNote}>
          <a href="#/">Write your vision on the Overview</a> (remote or on site, income target,
          clinical share) to see where each offer falls short of it.
        </p>
      ) : null}
      <p className={styles.narrowOnly}>
        {currentAnnualPay !== null ? (
          <>
            Your clinical job pays {money(currentAnnualPay)} a year; each offer shows the
            difference.
          </>
        ) : (
          <>
            Your clinical job’s pay is not entered yet: <a href="#/exit">add it in the exit plan</a>{' '}
            to see each offer’s difference.
          </>
        )}
      </p>
      <div
        className={styles.tableScroll}
        role="region"
        aria-label="Offers side by side"
        tabIndex={0}
      >
        <table className={styles.table}>
          <thead>
            <tr>
              <td />
              <th scope="col">Current job</th>
              {columns.map((c) => (
                <th scope="col" key={c.o.id}>
                  {opportunityName(c.o)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label} className={row.strong ? styles.strongRow : undefined}>
                <th scope="row">{row.label}</th>
                <td>{row.current}</td>
                {columns.map((c) => (
                  <td key={c.o.id}>{row.cell(c)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

function StartDateCell({
  o,
  plannedStartDate,
  onUse,
}: {
  o: Opportunity;
  plannedStartDate: Day | null;
  onUse: (id: string) => void;
}) {
  if (!o.proposedStartDate) return <span className={styles.muted}>—</span>;
  const label = dayLabel(o.proposedStartDate);
  if (o.proposedStartDate === plannedStartDate) {
    return (
      <>
        {label} <span className={styles.muted}>(your planned start)</span>
      </>
    );
  }
  return (
    <div className={styles.startCell}>
      <span>{label}</span>
      {hasWrittenOfferInHand(o) ? (
        <Button
          size="small"
          onClick={() => onUse(o.id)}
          aria-label={`Use this start date: ${label}, ${opportunityName(o)}`}
        >
          Use this start date
        </Button>
      ) : (
        <span className={styles.muted}>
          Can become your planned start once the offer is in writing.
        </span>
      )}
    </div>
  );
}

function CostsCell({
  costs,
  money,
}: {
  costs: LeavingCosts<Clawback>;
  money: (n: number) => string;
}) {
  const parts = [
    ...costs.clawbacks.map(
      (c) =>
        `${CLAWBACK_KIND_LABELS[c.kind]} to pay back: ${money(c.amount)} (runs to ${dayLabel(c.endsOn)})`,
    ),
    ...(costs.tail ? [`Tail coverage: ${money(costs.tail)}`] : []),
  ];
  return (
    <>
      {parts.length ? (
        <ul className={styles.cellList}>
          {parts.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      ) : (
        <span className={styles.muted}>Nothing to pay back</span>
      )}
      {costs.lastDay && costs.clawbacks.length ? (
        <span className={styles.muted}>
          {' '}
          If your last clinical day is {dayLabel(costs.lastDay.day)}.
        </span>
      ) : null}
      {costs.missing.length ? (
        <span className={styles.muted}>
          {' '}
          Add {costs.missing.join(' and ')} in the <a href="#/exit">exit plan</a> to count it all.
        </span>
      ) : null}
    </>
  );
}

function FitCell({ fit }: { fit: readonly VisionCheck[] }) {
  return (
    <ul className={styles.cellList}>
      {fit.map((f) => (
        <li
          key={f.part}
          className={
            f.state === 'short' ? styles.fitShort : f.state === 'met' ? styles.fitMet : styles.muted
          }
        >
          <strong>{FIT_WORDS[f.state]}:</strong> {f.text}
        </li>
      ))}
    </ul>
  );
}
