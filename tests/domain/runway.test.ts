import { describe, expect, it } from 'vitest';
import {
  debtMinimums,
  loanMinimumsLabel,
  monthsText,
  runway,
  upcomingRateResets,
  type Expenses,
} from '../../src/domain/runway';

const expenses: Expenses = {
  housing: 3000,
  food: 800,
  loanMinimums: 1200,
  insurance: 600,
  other: 400,
};

describe('runway', () => {
  it('is cash ÷ bare-bones monthly expenses, against the 3-6 month target', () => {
    const r = runway({ cash: 30000, expenses, nothingLinedUp: false });
    expect(r.monthlyTotal).toBe(6000);
    expect(r.months).toBe(5);
    expect(r.target).toEqual({ min: 3, max: 6 });
    expect(r.status).toBe('on-target');
    expect(r.shortfall).toBe(0);
  });

  it('rounds down to one decimal, so it never promises more time than there is', () => {
    expect(runway({ cash: 29999, expenses, nothingLinedUp: false }).months).toBe(4.9);
    expect(
      runway({
        cash: 1000,
        expenses: {
          ...expenses,
          housing: null,
          food: null,
          loanMinimums: null,
          insurance: null,
          other: 3,
        },
        nothingLinedUp: false,
      }).months,
    ).toBe(333.3);
  });

  it('below three months is short, with the cash still needed', () => {
    const r = runway({ cash: 12000, expenses, nothingLinedUp: false });
    expect(r.status).toBe('short');
    expect(r.months).toBe(2);
    expect(r.shortfall).toBe(6000);
  });

  it('leaving with nothing lined up moves the target to 12 months', () => {
    const r = runway({ cash: 30000, expenses, nothingLinedUp: true });
    expect(r.target).toEqual({ min: 12, max: 12 });
    expect(r.status).toBe('short');
    expect(r.shortfall).toBe(42000);
    expect(runway({ cash: 72000, expenses, nothingLinedUp: true }).status).toBe('on-target');
  });

  it('more than six months is above the target', () => {
    expect(runway({ cash: 60000, expenses, nothingLinedUp: false }).status).toBe('above-target');
  });

  it('waits for both the cash and some expenses', () => {
    expect(runway({ cash: null, expenses, nothingLinedUp: false })).toMatchObject({
      status: 'incomplete',
      months: null,
      monthlyTotal: 6000,
    });
    const none = { housing: null, food: null, loanMinimums: null, insurance: null, other: null };
    expect(runway({ cash: 5000, expenses: none, nothingLinedUp: false })).toMatchObject({
      status: 'incomplete',
      months: null,
    });
  });

  it('reads months plainly', () => {
    expect(monthsText(1)).toBe('1 month');
    expect(monthsText(4.5)).toBe('4.5 months');
    expect(monthsText(12)).toBe('12 months');
  });
});

describe('debts', () => {
  const debts = [
    { id: 'a', name: 'Car', monthlyMinimum: 450, rateResetsOn: null },
    { id: 'b', name: 'Student loan', monthlyMinimum: 1100, rateResetsOn: '2028-02-29' },
    { id: 'c', name: 'HELOC', monthlyMinimum: 300, rateResetsOn: '2027-12-31' },
    { id: 'd', name: 'Old', monthlyMinimum: 0, rateResetsOn: '2027-01-01' },
  ];

  it('adds up monthly minimums', () => {
    expect(debtMinimums(debts)).toBe(1850);
  });

  it('count in the runway with their minimums, so a loan is not entered twice', () => {
    const r = runway({ cash: 30000, expenses, nothingLinedUp: false }, debts);
    // 6,000 entered (1,200 of it for loans not listed) plus the listed debts' 1,850.
    expect(r.monthlyTotal).toBe(7850);
    expect(r.debtMinimums).toBe(1850);
    expect(r.months).toBe(3.8);
    expect(runway({ cash: 30000, expenses, nothingLinedUp: false }).debtMinimums).toBe(0);
    expect(loanMinimumsLabel(0)).toBe('Loan minimums');
    expect(loanMinimumsLabel(2)).toBe('Other loan minimums');
  });

  it('lists upcoming rate resets soonest first, across the year end and onto a leap day', () => {
    const resets = upcomingRateResets(debts, '2027-12-01');
    expect(resets.map((r) => [r.debt.id, r.daysAway, r.soon])).toEqual([
      ['c', 30, true],
      ['b', 90, true],
    ]);
    expect(upcomingRateResets(debts, '2027-11-30').find((r) => r.debt.id === 'b')?.soon).toBe(
      false,
    );
  });
});
