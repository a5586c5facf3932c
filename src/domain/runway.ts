/**
 * Runway before the jump (docs/domain.md, "Money"): cash set aside divided by bare-bones monthly
 * expenses — not current lifestyle. The target is 3-6 months, or about 12 when leaving with
 * nothing lined up. Money is whole currency units.
 */
import { daysBetween, type Day } from './calendar';
import { plural } from './counts';

export const EXPENSE_KEYS = ['housing', 'food', 'loanMinimums', 'insurance', 'other'] as const;
export type ExpenseKey = (typeof EXPENSE_KEYS)[number];
export const EXPENSE_LABELS: Record<ExpenseKey, string> = {
  housing: 'Housing',
  food: 'Basic food',
  // Loans not listed under Debts: listed debts add their own minimums (see `runway`).
  loanMinimums: 'Loan minimums',
  insurance: 'Insurance',
  other: 'Other essentials',
};

export type Expenses = Record<ExpenseKey, number | null>;

export const RUNWAY_TARGET = { min: 3, max: 6 } as const;
export const RUNWAY_TARGET_NOTHING_LINED_UP = { min: 12, max: 12 } as const;

export interface RunwayInput {
  cash: number | null;
  expenses: Expenses;
  /** Leaving the clinical job before an industry offer is signed. */
  nothingLinedUp: boolean;
}

export type RunwayStatus = 'incomplete' | 'short' | 'on-target' | 'above-target';

export interface Runway {
  /** Bare-bones costs a month: the expenses entered, plus the listed debts' minimums. */
  monthlyTotal: number;
  /** Of which the debts listed under Debts (their monthly minimums). */
  debtMinimums: number;
  /** Months the cash lasts, rounded down to one decimal so it never overstates; null until cash and expenses are in. */
  months: number | null;
  target: { min: number; max: number };
  status: RunwayStatus;
  /** Cash still needed to reach the lower end of the target (0 when reached). */
  shortfall: number;
}

export function monthlyExpenses(expenses: Expenses): number {
  return EXPENSE_KEYS.reduce((sum, k) => sum + (expenses[k] ?? 0), 0);
}

/**
 * The runway. Debts listed under Debts count with their monthly minimums, so they are not
 * entered twice; the runway's own "Loan minimums" is for loans not listed there.
 */
export function runway(input: RunwayInput, debts: readonly DebtFacts[] = []): Runway {
  const fromDebts = debtMinimums(debts);
  const monthlyTotal = monthlyExpenses(input.expenses) + fromDebts;
  const target = input.nothingLinedUp ? RUNWAY_TARGET_NOTHING_LINED_UP : RUNWAY_TARGET;
  if (input.cash === null || monthlyTotal <= 0) {
    return {
      monthlyTotal,
      debtMinimums: fromDebts,
      months: null,
      target: { ...target },
      status: 'incomplete',
      shortfall: 0,
    };
  }
  const months = Math.floor((input.cash / monthlyTotal) * 10) / 10;
  const shortfall = Math.max(0, target.min * monthlyTotal - input.cash);
  const status: RunwayStatus =
    input.cash < target.min * monthlyTotal
      ? 'short'
      : input.cash > target.max * monthlyTotal
        ? 'above-target'
        : 'on-target';
  return {
    monthlyTotal,
    debtMinimums: fromDebts,
    months,
    target: { ...target },
    status,
    shortfall,
  };
}

/** "4.5 months", "1 month" */
export function monthsText(n: number): string {
  return plural(Number.isInteger(n) ? n : Math.round(n * 10) / 10, 'month');
}

export interface DebtFacts {
  id: string;
  monthlyMinimum: number;
  rateResetsOn: Day | null;
}

/** The loan-minimums field: for loans not listed under Debts once some are listed. */
export function loanMinimumsLabel(debtsListed: number): string {
  return debtsListed > 0 ? 'Other loan minimums' : EXPENSE_LABELS.loanMinimums;
}

/** A variable rate that resets within this many days is called out. */
export const RATE_RESET_SOON_DAYS = 90;

export interface RateReset<T> {
  debt: T;
  day: Day;
  daysAway: number;
  soon: boolean;
}

export function debtMinimums(debts: readonly DebtFacts[]): number {
  return debts.reduce((sum, d) => sum + d.monthlyMinimum, 0);
}

/** Upcoming rate resets, soonest first (past ones left out). */
export function upcomingRateResets<T extends DebtFacts>(
  debts: readonly T[],
  today: Day,
): RateReset<T>[] {
  return debts
    .flatMap((debt) => {
      if (!debt.rateResetsOn) return [];
      const daysAway = daysBetween(today, debt.rateResetsOn);
      return daysAway < 0
        ? []
        : [{ debt, day: debt.rateResetsOn, daysAway, soon: daysAway <= RATE_RESET_SOON_DAYS }];
    })
    .sort((a, b) => a.daysAway - b.daysAway);
}
