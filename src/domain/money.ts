/**
 * Money: whole currency units (integers), in the one currency chosen in Settings. Parsing is
 * forgiving about how people type amounts ("120,000", "$ 95 000", "250k", "120 000 €") and strict about
 * what they mean (never negative, never fractions of a unit).
 */
export const MONEY_MAX = 1_000_000_000;

export const THOUSANDS_DOT_MESSAGE =
  'Write the amount without a dot for thousands: 300000 or 300,000.';

export const DECIMAL_COMMA_MESSAGE =
  'Write the amount in whole units, without a decimal comma: 1200 or 1,200.';

/** A typed number read back: a value (null when left empty), or a message saying what is wrong. */
export type NumberParse = { ok: true; value: number | null } | { ok: false; message: string };

/** Read a typed amount. Empty means "not entered" (null). */
export function parseMoney(input: string, label: string): NumberParse {
  // A currency after the amount ("120 000 €", "95000 CHF") is read like one before it.
  const text = input.trim().replace(/(?<=\d[kKmM]?)\s*(?:\p{Sc}|[A-Z]{3})$/u, '');
  if (text === '') return { ok: true, value: null };
  if (/^[-−–]/.test(text) || /^\(.*\)$/.test(text))
    return { ok: false, message: `${label} can’t be negative.` };
  const compact = text.replace(/[\s,'’]/g, '').replace(/^[^\d.]+/, '');
  // "300.000", "1.234.567", "300.000,00": in much of Europe the dot groups thousands, and cents
  // never have three digits, so read literally it would be 300 instead of 300000. Ask instead of
  // guessing. ("1.250k" is a decimal: the k says so.)
  if (/\.\d{3}(?!\d)/.test(text) && !/[kKmM]$/.test(compact))
    return { ok: false, message: THOUSANDS_DOT_MESSAGE };
  // "1200,50", "1,5k": a comma before one or two final digits is a decimal comma (thousands
  // groups have three digits, lakh groups are followed by more). Dropping it would read 1200,50
  // as 120050, a hundred times the amount typed: ask instead.
  if (/,\d{1,2}[kKmM]?$/.test(text.replace(/\s/g, '')))
    return { ok: false, message: DECIMAL_COMMA_MESSAGE };
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(compact);
  if (!m) return { ok: false, message: `${label} must be an amount in whole units, like 120000.` };
  const factor =
    m[2] === 'k' || m[2] === 'K' ? 1_000 : m[2] === 'm' || m[2] === 'M' ? 1_000_000 : 1;
  const value = Number(m[1]) * factor;
  if (!Number.isInteger(value))
    return { ok: false, message: `${label} must be a whole amount, without cents.` };
  if (value > MONEY_MAX) return { ok: false, message: `${label} looks too large.` };
  return { ok: true, value };
}

/** An amount for an input's value: "120000" (no separators, so it reads back as typed). */
export function moneyInputValue(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

const formatters = new Map<string, Intl.NumberFormat>();

/** "$120,000" in the user's currency, whole units. */
export function formatMoney(value: number, currency: string): string {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency,
      maximumFractionDigits: 0,
      minimumFractionDigits: 0,
    });
    formatters.set(currency, f);
  }
  return f.format(Math.round(value));
}

/** "+$12,000" / "−$8,000" / "$0": a difference, with its sign always shown. */
export function formatMoneyDifference(value: number, currency: string): string {
  if (value === 0) return formatMoney(0, currency);
  return `${value > 0 ? '+' : '−'}${formatMoney(Math.abs(value), currency)}`;
}

/** Percentages are 0-100, at most one decimal place. */
export function parsePercent(input: string, label: string): NumberParse {
  const text = input.trim().replace(/%$/, '').trim();
  if (text === '') return { ok: true, value: null };
  if (!/^-?\d+(\.\d+)?$/.test(text))
    return { ok: false, message: `${label} must be a number between 0 and 100.` };
  const value = Number(text);
  if (value < 0 || value > 100)
    return { ok: false, message: `${label} must be between 0 and 100.` };
  return { ok: true, value: Math.round(value * 10) / 10 };
}

/** A whole number in a range, or empty (null). */
export function parseWhole(input: string, label: string, min: number, max: number): NumberParse {
  const text = input.trim();
  if (text === '') return { ok: true, value: null };
  const range = `${formatNumber(min)} to ${formatNumber(max)}`;
  // Thousands may be grouped as people write them ("5,000", "12 000").
  if (!/^-?(?:\d+|\d{1,3}(?:[,\s'’]\d{3})+)$/.test(text))
    return { ok: false, message: `${label} must be a whole number from ${range}.` };
  const value = Number(text.replace(/[,\s'’]/g, ''));
  if (value < min || value > max) return { ok: false, message: `${label} must be from ${range}.` };
  return { ok: true, value };
}

/** "1,234.5" style numbers, at most `digits` decimals. */
export function formatNumber(value: number, digits = 0): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: digits });
}

/** Whole percent of a target, or null when there is no target to compare with. */
export function percentOf(value: number, target: number | null | undefined): number | null {
  if (!target || target <= 0 || !Number.isFinite(value)) return null;
  return Math.round((value / target) * 100);
}
