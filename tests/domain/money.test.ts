import { describe, expect, it } from 'vitest';
import { formatMoney, formatMoneyDifference, parseMoney, parsePercent, parseWhole } from '../../src/domain/money';

describe('typed amounts', () => {
  it.each([
    ['120000', 120000],
    ['120,000', 120000],
    ['$ 95 000', 95000],
    ['250k', 250000],
    ['1.5M', 1500000],
    ['€0', 0],
    ['', null],
  ])('%s reads as %s', (text, value) => {
    expect(parseMoney(text, 'Pay')).toEqual({ ok: true, value });
  });

  it.each([
    ['-5', "Pay can’t be negative."],
    ['−5000', "Pay can’t be negative."],
    ['12.50', 'Pay must be a whole amount, without cents.'],
    ['lots', 'Pay must be an amount in whole units, like 120000.'],
    ['2000000000', 'Pay looks too large.'],
  ])('%s is refused: %s', (text, message) => {
    expect(parseMoney(text, 'Pay')).toEqual({ ok: false, message });
  });

  it('percentages are 0-100', () => {
    expect(parsePercent('15', 'Bonus')).toEqual({ ok: true, value: 15 });
    expect(parsePercent('12.5%', 'Bonus')).toEqual({ ok: true, value: 12.5 });
    expect(parsePercent('101', 'Bonus')).toEqual({ ok: false, message: 'Bonus must be between 0 and 100.' });
    expect(parsePercent('-1', 'Bonus')).toEqual({ ok: false, message: 'Bonus must be between 0 and 100.' });
  });

  it('whole numbers in a range', () => {
    expect(parseWhole('90', 'Notice period', 1, 365)).toEqual({ ok: true, value: 90 });
    expect(parseWhole('0', 'Notice period', 1, 365)).toEqual({ ok: false, message: 'Notice period must be from 1 to 365.' });
    expect(parseWhole('400', 'Notice period', 1, 365)).toEqual({ ok: false, message: 'Notice period must be from 1 to 365.' });
    expect(parseWhole('9.5', 'Notice period', 1, 365).ok).toBe(false);
  });

  it('formats whole units in the chosen currency, with a sign for differences', () => {
    expect(formatMoney(260000, 'USD')).toBe('$260,000');
    expect(formatMoney(260000, 'EUR')).toBe('€260,000');
    expect(formatMoneyDifference(-36000, 'USD')).toBe('−$36,000');
    expect(formatMoneyDifference(5000, 'GBP')).toBe('+£5,000');
  });
});
