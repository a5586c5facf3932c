/**
 * The vision: the working life you are aiming for, written down first and used as the yardstick
 * for offers and bridge work. And the bridge-work calculator: what a per-diem or telemedicine
 * shift pattern pays in a year, and how many hours a week it takes.
 */
import { percentOf } from './money';

export const WORKPLACES = ['any', 'remote', 'hybrid', 'onsite'] as const;
export type Workplace = (typeof WORKPLACES)[number];
export const WORKPLACE_LABELS: Record<Workplace, string> = {
  any: 'No preference',
  remote: 'Remote',
  hybrid: 'Hybrid',
  onsite: 'On site',
};

export const VISION_HOURS_MAX = 100;
export const VISION_PLACE_MAX = 120;
export const VISION_GOOD_DAY_MAX = 1000;

export interface Vision {
  /** Target hours of work a week. */
  weeklyHours: number | null;
  /** Share of the week spent on clinical work, 0-100. */
  clinicalShare: number | null;
  /** Target yearly income, whole currency units. */
  income: number | null;
  workplace: Workplace;
  /** Where: a city, a region, "anywhere". */
  place: string;
  goodDay: string;
}

export { EMPTY_VISION } from './settings';

/** True once any part of the vision has been written down. */
export function hasVision(v: Vision): boolean {
  return (
    v.weeklyHours !== null ||
    v.clinicalShare !== null ||
    v.income !== null ||
    v.workplace !== 'any' ||
    v.place.trim() !== '' ||
    v.goodDay.trim() !== ''
  );
}

export interface BridgeInput {
  /** Pay for one shift (or one day), whole currency units. */
  payPerShift: number;
  /** Hours one shift really takes. */
  hoursPerShift: number;
  shiftsPerWeek: number;
  weeksPerYear: number;
}

export interface BridgeResult {
  yearlyIncome: number;
  monthlyIncome: number;
  /** Rounded to one decimal. */
  hoursPerWeek: number;
  /** Pay per hour worked, whole units; null when no hours. */
  hourlyRate: number | null;
}

export type BridgeField = keyof BridgeInput;
export type BridgeProblems = Partial<Record<BridgeField, string>>;

/** What is wrong with each input, in words; empty when all are usable. */
export function bridgeProblems(input: BridgeInput): BridgeProblems {
  const problems: BridgeProblems = {};
  const check = (field: BridgeField, max: number, label: string, whole = false) => {
    const v = input[field];
    if (!Number.isFinite(v)) problems[field] = `Enter ${label} as a number.`;
    else if (v < 0)
      problems[field] = `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} can’t be negative.`;
    else if (v > max)
      problems[field] = `${label[0]?.toUpperCase() ?? ''}${label.slice(1)} can be at most ${max}.`;
    else if (whole && !Number.isInteger(v)) problems[field] = `Use a whole number for ${label}.`;
  };
  check('payPerShift', 1_000_000, 'the pay per shift', true);
  check('hoursPerShift', 24, 'the hours per shift');
  check('shiftsPerWeek', 14, 'the shifts a week');
  check('weeksPerYear', 52, 'the weeks a year');
  return problems;
}

/** Yearly income and weekly hours of a shift pattern; null when an input is unusable. */
export function bridgeIncome(input: BridgeInput): BridgeResult | null {
  if (Object.keys(bridgeProblems(input)).length > 0) return null;
  const { payPerShift, hoursPerShift, shiftsPerWeek, weeksPerYear } = input;
  const yearlyIncome = Math.round(payPerShift * shiftsPerWeek * weeksPerYear);
  const hoursPerWeek = Math.round(hoursPerShift * shiftsPerWeek * 10) / 10;
  return {
    yearlyIncome,
    monthlyIncome: Math.round(yearlyIncome / 12),
    hoursPerWeek,
    hourlyRate: hoursPerShift > 0 ? Math.round(payPerShift / hoursPerShift) : null,
  };
}

/** The example from the source article: an 8-hour telemedicine shift at 800 a day, finished in about 4 hours, every morning. */
export const BRIDGE_EXAMPLE: BridgeInput = {
  payPerShift: 800,
  hoursPerShift: 4,
  shiftsPerWeek: 7,
  weeksPerYear: 52,
};

export interface AgainstVision {
  /** Percent of the target income; null without a target. */
  incomeShare: number | null;
  /** Hours a week over (+) or under (−) the target; null without a target. */
  hoursOver: number | null;
}

export function bridgeAgainstVision(
  result: BridgeResult,
  vision: Pick<Vision, 'income' | 'weeklyHours'>,
): AgainstVision {
  return {
    incomeShare: percentOf(result.yearlyIncome, vision.income),
    hoursOver:
      vision.weeklyHours === null
        ? null
        : Math.round((result.hoursPerWeek - vision.weeklyHours) * 10) / 10,
  };
}
