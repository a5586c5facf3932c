/**
 * The plan: a run of calendar months counted from a start month. Milestones store their month
 * as a position in the plan (1 = the start month), so moving the start month moves the whole
 * plan with it, and the seed template is the same for every user.
 */
import { addMonths, monthLabel, monthsBetween, thisMonth, type Month } from './calendar';

export const PLAN_MIN_MONTHS = 6;
export const PLAN_MAX_MONTHS = 24;
export const DEFAULT_PLAN_MONTHS = 12;

export interface PlanShape {
  startMonth: Month;
  lengthMonths: number;
}

/** The calendar month of plan month `index` (1-based). */
export function planMonth(plan: PlanShape, index: number): Month {
  return addMonths(plan.startMonth, index - 1);
}

/** The plan position of a calendar month: 1 for the start month; below 1 or past the end when outside. */
export function planIndexOf(plan: PlanShape, month: Month): number {
  return monthsBetween(plan.startMonth, month) + 1;
}

export function currentPlanIndex(plan: PlanShape, now: Date = new Date()): number {
  return planIndexOf(plan, thisMonth(now));
}

/** "Month 3 · Jan 2027" */
export function planMonthName(plan: PlanShape, index: number): string {
  return `Month ${index} · ${monthLabel(planMonth(plan, index))}`;
}

export interface Phase {
  number: 1 | 2 | 3 | 4;
  name: string;
  summary: string;
}

export const PHASES: readonly Phase[] = [
  { number: 1, name: 'Diagnose and reposition', summary: 'Know what has to change, tell your story in industry terms, start talking to people.' },
  { number: 2, name: 'Build and target', summary: 'Add industry-flavoured work, choose the roles you want, apply where it counts.' },
  { number: 3, name: 'Interview and decide', summary: 'First conversations, final rounds, offers on the table.' },
  { number: 4, name: 'Notice and start', summary: 'Give notice at the right moment and begin the new role.' },
];

/** The plan is cut into four phases of (nearly) equal length, as the default 12-month plan is into quarters. */
export function phaseOf(index: number, lengthMonths: number): Phase {
  const clamped = Math.min(Math.max(index, 1), lengthMonths);
  const n = Math.floor(((clamped - 1) * 4) / lengthMonths);
  return PHASES[Math.min(n, 3)] ?? (PHASES[0] as Phase);
}

/** Plan months 1..length grouped by phase, in order. */
export function phaseGroups(lengthMonths: number): { phase: Phase; months: number[] }[] {
  const groups: { phase: Phase; months: number[] }[] = [];
  for (let i = 1; i <= lengthMonths; i++) {
    const phase = phaseOf(i, lengthMonths);
    const last = groups.at(-1);
    if (last && last.phase.number === phase.number) last.months.push(i);
    else groups.push({ phase, months: [i] });
  }
  return groups;
}

export function isValidPlanLength(n: number): boolean {
  return Number.isInteger(n) && n >= PLAN_MIN_MONTHS && n <= PLAN_MAX_MONTHS;
}
