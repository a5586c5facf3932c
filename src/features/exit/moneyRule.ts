import { exitFieldSaved } from '../../domain/exitPlan';
import { formatMoney, moneyInputValue, parseMoney } from '../../domain/money';
import type { ExitPlanPatch } from '../../domain/schema/exitPlan';
import type { FieldRule, FieldValue } from './useSavedAsTyped';

/** An amount field of the exit plan ("250,000", "250k"), saved as typed. */
export function moneyRule(
  label: string,
  stored: number | null,
  currency: string,
  patch: (value: number | null) => ExitPlanPatch,
): FieldRule {
  const asAmount = (v: FieldValue) => (typeof v === 'number' ? v : null);
  return {
    shown: moneyInputValue(stored),
    stored,
    read: (text) => parseMoney(text, label),
    patch: (v) => patch(asAmount(v)),
    saved: (v) => {
      const amount = asAmount(v);
      return exitFieldSaved(label, amount === null ? null : formatMoney(amount, currency));
    },
  };
}
