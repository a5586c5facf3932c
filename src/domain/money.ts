/** Money is whole units of one currency (settings.currency). Shown without cents. */
const formatters = new Map<string, Intl.NumberFormat>();

export function formatMoney(amount: number, currency: string): string {
  let f = formatters.get(currency);
  if (!f) {
    f = new Intl.NumberFormat('en-US', { style: 'currency', currency, maximumFractionDigits: 0, minimumFractionDigits: 0 });
    formatters.set(currency, f);
  }
  return f.format(Math.round(amount));
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
