import { formatNumber } from '../money';

/**
 * Bridge work against the runway: how many months of runway per-diem or locum shifts add while
 * the cash lasts. Income is before tax, as the bridge calculator shows it.
 */

export interface BridgePattern {
  payPerShift: number;
  shiftsPerWeek: number;
  weeksPerYear: number;
}

export interface BridgeRunway {
  /** Months the cash lasts with no shifts. */
  baseMonths: number;
  /** Income a month from one shift a week. */
  perShiftMonthly: number;
  /** Months gained by one shift a week; null when one shift covers the costs on its own. */
  gainedPerShift: number | null;
  /** Months the cash lasts with the pattern's shifts; null when the shifts cover the costs. */
  withPattern: number | null;
  /** Whole shifts a week that cover bare-bones costs with no cash drawn. */
  shiftsToCover: number;
}

const months = (n: number) => `${formatNumber(n, 1)} ${n === 1 ? 'month' : 'months'}`;
const shifts = (n: number) => `${formatNumber(n, 1)} ${n === 1 ? 'shift' : 'shifts'} a week`;

/** The runway with and without the shifts, in two or three sentences. */
export function bridgeRunwaySummary(
  r: BridgeRunway,
  shiftsPerWeek: number,
  perMonth: string,
): string {
  const parts = [`Your cash covers ${months(r.baseMonths)} of bare-bones costs.`];
  if (r.gainedPerShift === null) {
    parts.push(
      `One shift a week (about ${perMonth} a month) covers those costs on its own, so the cash is not touched.`,
    );
    return parts.join(' ');
  }
  parts.push(
    `One shift a week (about ${perMonth} a month) adds about ${months(r.gainedPerShift)}.`,
  );
  if (shiftsPerWeek !== 1 && shiftsPerWeek > 0) {
    parts.push(
      r.withPattern === null
        ? `At ${shifts(shiftsPerWeek)} the costs are covered, so the cash is not touched.`
        : `At ${shifts(shiftsPerWeek)} it lasts ${months(r.withPattern)}.`,
    );
  }
  return parts.join(' ');
}

const oneDecimalDown = (n: number) => Math.floor(n * 10) / 10;

/** Months of runway with `shifts` shifts a week; null when they cover the costs. */
function monthsWith(
  cash: number,
  monthly: number,
  perShift: number,
  shifts: number,
): number | null {
  const gap = monthly - perShift * shifts;
  return gap <= 0 ? null : oneDecimalDown(cash / gap);
}

/** Null until there is cash, costs and a shift pattern that pays something. */
export function bridgeRunway(
  pattern: BridgePattern,
  cash: number | null,
  monthly: number,
): BridgeRunway | null {
  if (cash === null || cash < 0 || monthly <= 0) return null;
  const perShiftMonthly = (pattern.payPerShift * pattern.weeksPerYear) / 12;
  if (!(perShiftMonthly > 0)) return null;
  const baseMonths = oneDecimalDown(cash / monthly);
  const oneGap = monthly - perShiftMonthly;
  return {
    baseMonths,
    perShiftMonthly: Math.round(perShiftMonthly),
    gainedPerShift: oneGap <= 0 ? null : oneDecimalDown(cash / oneGap - cash / monthly),
    withPattern: monthsWith(cash, monthly, perShiftMonthly, pattern.shiftsPerWeek),
    shiftsToCover: Math.ceil(monthly / perShiftMonthly),
  };
}
