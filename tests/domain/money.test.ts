import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatMoney,
  formatMoneyDifference,
  parseMoney,
  parsePercent,
  parseWhole,
  DECIMAL_COMMA_MESSAGE,
  THOUSANDS_DOT_MESSAGE,
} from '../../src/domain/money';

describe('typed amounts', () => {
  it.each([
    ['120000', 120000],
    ['120,000', 120000],
    ['$ 95 000', 95000],
    ['250k', 250000],
    ['1.5M', 1500000],
    ['€0', 0],
    ['1234.00', 1234],
    ['1.250k', 1250],
    ['2.125M', 2125000],
    ['120 000 €', 120000],
    ['95000 CHF', 95000],
    ['120k EUR', 120000],
    ["CHF 120'000", 120000],
    ['12,34,567', 1234567],
    ['', null],
  ])('%s reads as %s', (text, value) => {
    expect(parseMoney(text, 'Pay')).toEqual({ ok: true, value });
  });

  it.each([
    ['-5', 'Pay can’t be negative.'],
    ['−5000', 'Pay can’t be negative.'],
    ['12.50', 'Pay must be a whole amount, without cents.'],
    ['1234.50', 'Pay must be a whole amount, without cents.'],
    ['1,234.5', 'Pay must be a whole amount, without cents.'],
    ['lots', 'Pay must be an amount in whole units, like 120000.'],
    ['2000000000', 'Pay looks too large.'],
  ])('%s is refused: %s', (text, message) => {
    expect(parseMoney(text, 'Pay')).toEqual({ ok: false, message });
  });

  it.each(['300.000', '$ 300.000', '1.234.567', '300.000,00', '1,234.567', '0.500'])(
    '%s is refused: the dot may group thousands',
    (text) => {
      expect(parseMoney(text, 'Pay')).toEqual({ ok: false, message: THOUSANDS_DOT_MESSAGE });
    },
  );

  it.each(['1200,50', '120,00', '$ 1 200,5', '1,5k', '120000,5 €'])(
    '%s is refused: the comma is a decimal comma, never a thousands group',
    (text) => {
      expect(parseMoney(text, 'Pay')).toEqual({ ok: false, message: DECIMAL_COMMA_MESSAGE });
    },
  );

  it('never reads a comma before one or two final digits as a thousands group', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.boolean(),
        (whole, cents, two) => {
          const part = two ? String(cents).padStart(2, '0') : String(cents % 10);
          expect(parseMoney(`${whole},${part}`, 'Pay')).toEqual({
            ok: false,
            message: DECIMAL_COMMA_MESSAGE,
          });
        },
      ),
    );
  });

  it('never reads a dot before three digits as a decimal point', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999 }),
        fc.integer({ min: 0, max: 999 }),
        (whole, part) => {
          const text = `${whole}.${String(part).padStart(3, '0')}`;
          expect(parseMoney(text, 'Pay')).toEqual({ ok: false, message: THOUSANDS_DOT_MESSAGE });
        },
      ),
    );
  });

  it('still tells cents apart: two decimals are cents, never thousands', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 999_999 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const r = parseMoney(`${whole}.${String(cents).padStart(2, '0')}`, 'Pay');
          expect(r).toEqual(
            cents === 0
              ? { ok: true, value: whole }
              : { ok: false, message: 'Pay must be a whole amount, without cents.' },
          );
        },
      ),
    );
  });

  it('percentages are 0-100', () => {
    expect(parsePercent('15', 'Bonus')).toEqual({ ok: true, value: 15 });
    expect(parsePercent('12.5%', 'Bonus')).toEqual({ ok: true, value: 12.5 });
    expect(parsePercent('101', 'Bonus')).toEqual({
      ok: false,
      message: 'Bonus must be between 0 and 100.',
    });
    expect(parsePercent('-1', 'Bonus')).toEqual({
      ok: false,
      message: 'Bonus must be between 0 and 100.',
    });
  });

  it('whole numbers in a range', () => {
    expect(parseWhole('90', 'Notice period', 1, 365)).toEqual({ ok: true, value: 90 });
    expect(parseWhole('0', 'Notice period', 1, 365)).toEqual({
      ok: false,
      message: 'Notice period must be from 1 to 365.',
    });
    expect(parseWhole('400', 'Notice period', 1, 365)).toEqual({
      ok: false,
      message: 'Notice period must be from 1 to 365.',
    });
    expect(parseWhole('9.5', 'Notice period', 1, 365).ok).toBe(false);
    expect(parseWhole('5,000', 'Company size', 1, 10_000_000)).toEqual({ ok: true, value: 5000 });
    expect(parseWhole('12 000', 'Company size', 1, 10_000_000)).toEqual({
      ok: true,
      value: 12000,
    });
    expect(parseWhole('5,00', 'Company size', 1, 10_000_000)).toEqual({
      ok: false,
      message: 'Company size must be a whole number from 1 to 10,000,000.',
    });
    expect(parseWhole('20,000,000', 'Company size', 1, 10_000_000)).toEqual({
      ok: false,
      message: 'Company size must be from 1 to 10,000,000.',
    });
  });

  it('formats whole units in the chosen currency, with a sign for differences', () => {
    expect(formatMoney(260000, 'USD')).toBe('$260,000');
    expect(formatMoney(260000, 'EUR')).toBe('€260,000');
    expect(formatMoneyDifference(-36000, 'USD')).toBe('−$36,000');
    expect(formatMoneyDifference(5000, 'GBP')).toBe('+£5,000');
  });
});
