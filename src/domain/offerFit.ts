/**
 * Offers against the vision and against what leaving costs (issue 15). Compare offers shows, per
 * offer, where it falls short of the vision (remote, income target, clinical share) and a
 * first-year figure that counts what leaving the clinical job would cost: the clawbacks still
 * running on the last clinical day that offer implies, and tail coverage when the contract makes
 * the physician pay for it. The rules are in docs/screens.md ("Offers against the vision").
 */
import type { Day } from './calendar';
import { formatMoney } from './money';
import {
  clawbacksAfter,
  countdown,
  expectedLastClinicalDay,
  type ClawbackFacts,
  type LastDayBasis,
} from './notice';
import type { OfferTotals, RemotePolicy } from './opportunity';
import type { Vision, Workplace } from './vision';

// ---------------------------------------------------------------------------------------------
// What leaving costs

export interface ExitCostFacts {
  noticeDays: number | null;
  noticeGivenOn: Day | null;
  plannedStartDate: Day | null;
  tailRequired: boolean;
  tailCost: number | null;
}

export interface LeavingCosts<T extends ClawbackFacts = ClawbackFacts> {
  /** The last clinical day assumed, and how it was found; null without a notice period. */
  lastDay: { day: Day; basis: LastDayBasis } | null;
  /** Clawbacks still running on that day (on today, without a notice period). */
  clawbacks: T[];
  clawbackTotal: number;
  /** Tail coverage to pay: 0 when the contract does not ask for it, null when its cost is missing. */
  tail: number | null;
  /** Everything known: clawbacks and tail. */
  total: number;
  /** What is missing, so the figure may be short: "the notice period", "the tail coverage cost". */
  missing: string[];
}

/**
 * What leaving for an offer costs. The last clinical day follows the notice rule
 * (domain/notice.ts): the real one once notice is given; otherwise the day notice given in time
 * for the offer's start date (or the planned one) would end, or notice given today, when that is
 * too late or there is no date.
 */
export function leavingCosts<T extends ClawbackFacts>(
  exit: ExitCostFacts,
  clawbacks: readonly T[],
  offerStart: Day | null,
  today: Day,
): LeavingCosts<T> {
  const c = countdown({
    noticeDays: exit.noticeDays,
    noticeGivenOn: exit.noticeGivenOn,
    plannedStartDate: offerStart ?? exit.plannedStartDate,
    offer: 'written',
    today,
  });
  const lastDay = expectedLastClinicalDay(c);
  const missing: string[] = [];
  // A date an older version stored outside the window: fixed on the Exit plan, which says so.
  if (c.state === 'date-looks-wrong' && clawbacks.length) missing.push('a real date');
  else if (!lastDay && clawbacks.length) missing.push('the notice period');
  const check = clawbacksAfter(clawbacks, lastDay?.day ?? today);
  let tail: number | null = 0;
  if (exit.tailRequired) {
    tail = exit.tailCost;
    if (tail === null) missing.push('the tail coverage cost');
  }
  return {
    lastDay,
    clawbacks: check.flagged,
    clawbackTotal: check.total,
    tail,
    total: check.total + (tail ?? 0),
    missing,
  };
}

export interface FirstYear {
  /** The offer's first year (base, bonus, sign-on, equity) less what leaving costs. */
  net: number;
  /** Net against current pay (negative: less than now); null until current pay is known. */
  againstCurrent: number | null;
}

export function firstYearAfterLeaving(
  totals: OfferTotals,
  costs: LeavingCosts,
  currentAnnualPay: number | null,
): FirstYear {
  const net = totals.firstYear - costs.total;
  return { net, againstCurrent: currentAnnualPay === null ? null : net - currentAnnualPay };
}

// ---------------------------------------------------------------------------------------------
// Against the vision

export type FitState = 'short' | 'met' | 'unknown';

export interface VisionCheck {
  part: 'workplace' | 'income' | 'clinical';
  state: FitState;
  /** Reads after its state's word (`FIT_WORDS`): "Falls short: on site (you want remote)". */
  text: string;
}

export const FIT_WORDS: Record<FitState, string> = {
  short: 'Falls short',
  unknown: 'Not known yet',
  met: 'Fits',
};

export interface OfferFitFacts {
  remotePolicy: RemotePolicy | null;
  officeDaysPerMonth: number | null;
  clinicalShare?: number | null | undefined;
}

/** How far each workplace is from working at home: more is more office time. */
const OFFICE: Record<RemotePolicy, number> = { remote: 0, hybrid: 1, 'on-site': 2 };
const WANTED: Record<Exclude<Workplace, 'any'>, number> = { remote: 0, hybrid: 1, onsite: 2 };
const WANTED_WORDS: Record<Exclude<Workplace, 'any'>, string> = {
  remote: 'remote',
  hybrid: 'hybrid',
  onsite: 'on site',
};

function workplaceCheck(o: OfferFitFacts, want: Workplace): VisionCheck | null {
  if (want === 'any') return null;
  const you = `you want ${WANTED_WORDS[want]}`;
  if (o.remotePolicy === null)
    return { part: 'workplace', state: 'unknown', text: `its remote policy (${you})` };
  const days = o.officeDaysPerMonth ?? 0;
  const office = `${days} office ${days === 1 ? 'day' : 'days'} a month`;
  const is =
    o.remotePolicy === 'on-site'
      ? 'on site'
      : days > 0
        ? `${o.remotePolicy === 'remote' ? '“remote”' : 'hybrid'} with ${office}`
        : o.remotePolicy;
  const short =
    want !== 'onsite' && (OFFICE[o.remotePolicy] > WANTED[want] || (want === 'remote' && days > 0));
  return { part: 'workplace', state: short ? 'short' : 'met', text: `${is} (${you})` };
}

function incomeCheck(
  totals: OfferTotals,
  target: number | null,
  currency: string,
): VisionCheck | null {
  if (target === null) return null;
  const money = (n: number) => formatMoney(n, currency);
  const yours = `your target: ${money(target)}`;
  if (!totals.complete)
    return { part: 'income', state: 'unknown', text: `no base salary yet (${yours})` };
  if (totals.steadyState < target)
    return {
      part: 'income',
      state: 'short',
      text: `${money(target - totals.steadyState)} a year below your ${money(target)} income target`,
    };
  return { part: 'income', state: 'met', text: `${money(totals.steadyState)} a year (${yours})` };
}

function clinicalCheck(o: OfferFitFacts, share: number | null): VisionCheck | null {
  if (share === null || share <= 0) return null;
  const you = `you want ${share}%`;
  const has = o.clinicalShare;
  if (has === null || has === undefined)
    return {
      part: 'clinical',
      state: 'unknown',
      text: `clinical time (${you}): ask whether outside clinical work is allowed`,
    };
  return {
    part: 'clinical',
    state: has < share ? 'short' : 'met',
    text: `${has === 0 ? 'no' : `${has}%`} clinical time (${you})`,
  };
}

/** Where an offer stands against each part of the vision written down; empty without a vision. */
export function offerAgainstVision(
  o: OfferFitFacts,
  totals: OfferTotals,
  vision: Pick<Vision, 'workplace' | 'income' | 'clinicalShare'>,
  currency: string,
): VisionCheck[] {
  return [
    workplaceCheck(o, vision.workplace),
    incomeCheck(totals, vision.income, currency),
    clinicalCheck(o, vision.clinicalShare),
  ].filter((c): c is VisionCheck => c !== null);
}
