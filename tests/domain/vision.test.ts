import { describe, expect, it } from 'vitest';
import { formatMoney, percentOf } from '../../src/domain/money';
import {
  BRIDGE_EXAMPLE,
  bridgeAgainstVision,
  bridgeIncome,
  bridgeProblems,
  EMPTY_VISION,
  hasVision,
} from '../../src/domain/vision';

describe('bridge-work calculator', () => {
  it('works out the telemedicine example: 800 a shift of about 4 hours, every day → about 291,000 a year for 28 hours a week', () => {
    expect(BRIDGE_EXAMPLE).toEqual({
      payPerShift: 800,
      hoursPerShift: 4,
      shiftsPerWeek: 7,
      weeksPerYear: 52,
    });
    expect(bridgeIncome(BRIDGE_EXAMPLE)).toEqual({
      yearlyIncome: 291_200,
      monthlyIncome: 24_267,
      hoursPerWeek: 28,
      hourlyRate: 200,
    });
  });

  it('works out five full 8-hour shifts a week with four weeks off', () => {
    expect(
      bridgeIncome({ payPerShift: 800, hoursPerShift: 8, shiftsPerWeek: 5, weeksPerYear: 48 }),
    ).toEqual({
      yearlyIncome: 192_000,
      monthlyIncome: 16_000,
      hoursPerWeek: 40,
      hourlyRate: 100,
    });
  });

  it('takes part shifts and part hours, rounding hours to one decimal', () => {
    const r = bridgeIncome({
      payPerShift: 1_000,
      hoursPerShift: 5.6,
      shiftsPerWeek: 2.5,
      weeksPerYear: 50,
    });
    expect(r).toMatchObject({ yearlyIncome: 125_000, hoursPerWeek: 14, hourlyRate: 179 });
  });

  it('has no hourly rate for zero hours, and zero income for zero shifts', () => {
    expect(
      bridgeIncome({ payPerShift: 500, hoursPerShift: 0, shiftsPerWeek: 1, weeksPerYear: 52 })
        ?.hourlyRate,
    ).toBeNull();
    expect(
      bridgeIncome({ payPerShift: 500, hoursPerShift: 8, shiftsPerWeek: 0, weeksPerYear: 52 })
        ?.yearlyIncome,
    ).toBe(0);
  });

  it('refuses inputs that cannot be right, and says which and why', () => {
    const bad = { payPerShift: -1, hoursPerShift: 25, shiftsPerWeek: Number.NaN, weeksPerYear: 53 };
    expect(bridgeIncome(bad)).toBeNull();
    expect(bridgeProblems(bad)).toEqual({
      payPerShift: 'The pay per shift can’t be negative.',
      hoursPerShift: 'The hours per shift can be at most 24.',
      shiftsPerWeek: 'Enter the shifts a week as a number.',
      weeksPerYear: 'The weeks a year can be at most 52.',
    });
    expect(bridgeProblems({ ...BRIDGE_EXAMPLE, payPerShift: 800.5 })).toEqual({
      payPerShift: 'Use a whole number for the pay per shift.',
    });
  });

  it('compares a bridge with the vision', () => {
    const r = bridgeIncome(BRIDGE_EXAMPLE);
    expect(r).not.toBeNull();
    if (!r) return;
    expect(bridgeAgainstVision(r, { income: 260_000, weeklyHours: 35 })).toEqual({
      incomeShare: 112,
      hoursOver: -7,
    });
    expect(bridgeAgainstVision(r, { income: null, weeklyHours: null })).toEqual({
      incomeShare: null,
      hoursOver: null,
    });
  });
});

describe('vision', () => {
  it('counts as written once any part is filled in', () => {
    expect(hasVision(EMPTY_VISION)).toBe(false);
    expect(hasVision({ ...EMPTY_VISION, place: '   ' })).toBe(false);
    expect(hasVision({ ...EMPTY_VISION, weeklyHours: 0 })).toBe(true);
    expect(hasVision({ ...EMPTY_VISION, workplace: 'remote' })).toBe(true);
    expect(hasVision({ ...EMPTY_VISION, goodDay: 'Home by five' })).toBe(true);
  });
});

describe('money', () => {
  it('shows whole units with the currency', () => {
    expect(formatMoney(291_200, 'USD')).toBe('$291,200');
    expect(formatMoney(1_234.6, 'EUR')).toBe('€1,235');
  });

  it('gives a percentage of a target only when there is one', () => {
    expect(percentOf(291_200, 300_000)).toBe(97);
    expect(percentOf(1, 0)).toBeNull();
    expect(percentOf(1, null)).toBeNull();
  });
});
