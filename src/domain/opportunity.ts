/**
 * Opportunities: applications and offers, by stage. The stage history is kept on the record
 * (one row per opportunity, so a move writes one row); time in stage, the log, offer totals and
 * the gentle flags are all computed from it, never stored.
 */
import { differenceInMonths } from 'date-fns';
import { dayToDate, daysBetween, type Day } from './calendar';
import { NOTICE_NOW, type OfferInHand } from './noticeRule';
import { plural } from './counts';

export const STAGES = [
  'target',
  'applied',
  'interviewing',
  'final-round',
  'verbal-offer',
  'written-offer',
  'accepted',
  'closed',
] as const;
export type Stage = (typeof STAGES)[number];

export const STAGE_LABELS: Record<Stage, string> = {
  target: 'Target',
  applied: 'Applied',
  interviewing: 'Interviewing',
  'final-round': 'Final round',
  'verbal-offer': 'Verbal offer',
  'written-offer': 'Written offer',
  accepted: 'Accepted',
  closed: 'Closed',
};

/** One line under each stage's name on the board. */
export const STAGE_HINTS: Record<Stage, string> = {
  target: 'Roles you want, not applied to yet.',
  applied: 'Application in; waiting to hear.',
  interviewing: 'Conversations under way.',
  'final-round': 'Aim for one to three good roles here.',
  // The notice rule (domain/notice.ts) in the words every screen uses.
  'verbal-offer': `Offered by word of mouth. ${NOTICE_NOW.verbal}`,
  'written-offer': `In writing. ${NOTICE_NOW.written}`,
  accepted: 'You said yes.',
  closed: 'Declined, rejected or withdrawn.',
};

export function isStage(value: string): value is Stage {
  return (STAGES as readonly string[]).includes(value);
}

/** Stages where an offer is on the table: these are compared side by side. */
export const OFFER_STAGES: readonly Stage[] = ['verbal-offer', 'written-offer', 'accepted'];

export const CLOSED_REASONS = ['declined', 'rejected', 'withdrawn'] as const;
export type ClosedReason = (typeof CLOSED_REASONS)[number];
export const CLOSED_REASON_LABELS: Record<ClosedReason, string> = {
  declined: 'Declined',
  rejected: 'Rejected',
  withdrawn: 'Withdrawn',
};
export const CLOSED_REASON_HINTS: Record<ClosedReason, string> = {
  declined: 'You turned it down.',
  rejected: 'They said no, or went quiet.',
  withdrawn: 'You stepped out of the process.',
};

export const REMOTE_POLICIES = ['remote', 'hybrid', 'on-site'] as const;
export type RemotePolicy = (typeof REMOTE_POLICIES)[number];
export const REMOTE_POLICY_LABELS: Record<RemotePolicy, string> = {
  remote: 'Remote',
  hybrid: 'Hybrid',
  'on-site': 'On-site',
};

export const COMPANY_MAX = 120;
export const TITLE_MAX = 200;
export const NOTES_MAX = 5000;
export const REFERRED_BY_MAX = 120;
export const HISTORY_MAX = 500;
export const OFFICE_DAYS_MAX = 31;
export const COMPANY_SIZE_MAX = 10_000_000;
/** At or under this many people, a "Chief Medical Officer" title is worth a second look. */
export const SMALL_COMPANY_MAX = 50;
/** From this share of time on the road, travel is worth a word. */
export const HEAVY_TRAVEL_PERCENT = 50;

export interface StageChange {
  stage: Stage;
  on: Day;
  /** Why it closed; only on a change to Closed. */
  reason: ClosedReason | null;
}

/** The day the opportunity entered its current stage. */
export function stageSince(history: readonly StageChange[]): Day | null {
  return history.at(-1)?.on ?? null;
}

/** Whole days in the current stage (0 on the day it moved). */
export function daysInStage(history: readonly StageChange[], today: Day): number {
  const since = stageSince(history);
  return since ? Math.max(0, daysBetween(since, today)) : 0;
}

/** "today", "1 day", "12 days", "3 weeks", "2 months" (never "1 months"): the time from one day to another. */
export function durationLabel(from: Day, to: Day): string {
  const days = daysBetween(from, to);
  if (days <= 0) return 'today';
  if (days === 1) return '1 day';
  if (days < 14) return `${days} days`;
  // Weeks up to ten, so months start at two.
  if (days < 70) return `${Math.floor(days / 7)} weeks`;
  return `${differenceInMonths(dayToDate(to), dayToDate(from))} months`;
}

/** What the card says about time in stage: "Added today" for a card just added, not "Moved here". */
export function timeInStageText(history: readonly StageChange[], today: Day): string {
  const since = stageSince(history);
  if (since && daysBetween(since, today) > 0) return `${durationLabel(since, today)} in this stage`;
  return history.length <= 1 ? 'Added today' : 'Moved here today';
}

export interface LogEntry {
  on: Day;
  text: string;
}

/** The history as sentences, oldest first: "Added as Target", "Moved to Applied after 9 days in Target". */
export function stageLog(history: readonly StageChange[]): LogEntry[] {
  return history.map((change, i) => {
    const label = STAGE_LABELS[change.stage];
    const reason = change.reason ? ` (${CLOSED_REASON_LABELS[change.reason].toLowerCase()})` : '';
    if (i === 0) return { on: change.on, text: `Added as ${label}${reason}` };
    const prev = history[i - 1];
    const after = prev
      ? ` after ${daysBetween(prev.on, change.on) <= 0 ? 'less than a day' : durationLabel(prev.on, change.on)} in ${STAGE_LABELS[prev.stage]}`
      : '';
    const verb = change.stage === 'closed' ? 'Closed' : `Moved to ${label}`;
    return { on: change.on, text: `${verb}${reason}${after}` };
  });
}

/** The history after a change of stage: one entry more, or the same when the stage did not change. */
export function withStageChange(
  history: readonly StageChange[],
  stage: Stage,
  reason: ClosedReason | null,
  today: Day,
): StageChange[] {
  const last = history.at(-1);
  const nextReason = stage === 'closed' ? reason : null;
  if (last && last.stage === stage) {
    if (last.reason === nextReason) return [...history];
    return [...history.slice(0, -1), { ...last, reason: nextReason }];
  }
  const next = [...history, { stage, on: today, reason: nextReason }];
  return next.length > HISTORY_MAX ? next.slice(next.length - HISTORY_MAX) : next;
}

export function hadWrittenOffer(history: readonly StageChange[]): boolean {
  return history.some((h) => h.stage === 'written-offer');
}

/** An offer is in hand, verbal or written: enough to start the notice clock (docs/domain.md, "Exit timing"). */
export function hasOfferInHand(o: { stage: Stage }): boolean {
  return OFFER_STAGES.includes(o.stage);
}

/** A written offer is in hand: the opportunity sits at Written offer, or was accepted after one. */
export function hasWrittenOfferInHand(o: {
  stage: Stage;
  history: readonly StageChange[];
}): boolean {
  return o.stage === 'written-offer' || (o.stage === 'accepted' && hadWrittenOffer(o.history));
}

/** The best offer in hand across the pipeline: what the notice rule reads (domain/notice.ts). */
export function offerInHand(
  opportunities: readonly { stage: Stage; history: readonly StageChange[] }[],
): OfferInHand {
  let best: OfferInHand = 'none';
  for (const o of opportunities) {
    if (hasWrittenOfferInHand(o)) return 'written';
    if (hasOfferInHand(o)) best = 'verbal';
  }
  return best;
}

export interface Compensation {
  baseSalary: number | null;
  /** Target bonus, percent of base. */
  bonusPercent: number | null;
  signOnBonus: number | null;
  equityPerYear: number | null;
}

export interface OfferTotals {
  base: number;
  bonus: number;
  signOn: number;
  equity: number;
  /** Base, target bonus, sign-on and a year of equity. */
  firstYear: number;
  /** What a normal year pays once the sign-on is spent: base, target bonus, equity. */
  steadyState: number;
  /** False when the base salary is missing, so the totals understate the offer. */
  complete: boolean;
}

export function offerTotals(c: Compensation): OfferTotals {
  const base = c.baseSalary ?? 0;
  const bonus = Math.round((base * (c.bonusPercent ?? 0)) / 100);
  const signOn = c.signOnBonus ?? 0;
  const equity = c.equityPerYear ?? 0;
  const steadyState = base + bonus + equity;
  return {
    base,
    bonus,
    signOn,
    equity,
    firstYear: steadyState + signOn,
    steadyState,
    complete: c.baseSalary !== null,
  };
}

export interface PayDifference {
  firstYear: number;
  steadyState: number;
}

/** Offer minus current pay (negative is a pay cut); null until current pay is known. */
export function payDifference(
  totals: OfferTotals,
  currentAnnualPay: number | null,
): PayDifference | null {
  if (currentAnnualPay === null) return null;
  return {
    firstYear: totals.firstYear - currentAnnualPay,
    steadyState: totals.steadyState - currentAnnualPay,
  };
}

export interface FlagFacts {
  title: string;
  companySize: number | null;
  remotePolicy: RemotePolicy | null;
  officeDaysPerMonth: number | null;
  travelPercent: number | null;
  stage: Stage;
  history: readonly StageChange[];
}

export type FlagKind =
  | 'cmo-small-company'
  | 'remote-with-office-days'
  | 'accepted-without-written-offer'
  | 'heavy-travel'
  | 'first-suitor';

export interface OpportunityFlag {
  kind: FlagKind;
  /** A calm sentence for the card's details and the comparison. */
  text: string;
  /** A couple of words for the card. */
  short: string;
}

const CMO_TITLE = /\bchief medical officer\b|\bCMO\b/i;

/**
 * Gentle notes, never blocking: things worth asking about before saying yes. The note that reads
 * the whole pipeline (the first company to get this far) is playbook/suitor.ts.
 */
export function opportunityFlags(o: FlagFacts): OpportunityFlag[] {
  const flags: OpportunityFlag[] = [];
  if (CMO_TITLE.test(o.title) && (o.companySize === null || o.companySize <= SMALL_COMPANY_MAX)) {
    const where =
      o.companySize === null
        ? 'a very small company'
        : `a company of ${plural(o.companySize, 'person', 'people')}`;
    flags.push({
      kind: 'cmo-small-company',
      short: 'Big title, small company',
      text:
        `A Chief Medical Officer title at ${where} often means being the only doctor, with nobody to learn the industry from. ` +
        `As a first industry job, ask who you would report to and who would teach you${o.companySize === null ? ', and how many people work there' : ''}.`,
    });
  }
  if (o.remotePolicy === 'remote' && (o.officeDaysPerMonth ?? 0) > 0) {
    const n = o.officeDaysPerMonth ?? 0;
    flags.push({
      kind: 'remote-with-office-days',
      short: 'Remote, with office days',
      text: `Listed as remote, yet it asks for ${plural(n, 'office day')} a month. Ask where the office is, and who pays for the trips.`,
    });
  }
  if (o.stage === 'accepted' && !hadWrittenOffer(o.history)) {
    flags.push({
      kind: 'accepted-without-written-offer',
      short: 'No written offer yet',
      text: 'Marked accepted, but no written offer was recorded. Ask for the offer in writing, and agree the start date around your notice in it.',
    });
  }
  if ((o.travelPercent ?? 0) >= HEAVY_TRAVEL_PERCENT) {
    flags.push({
      kind: 'heavy-travel',
      short: 'Heavy travel',
      text: `About ${o.travelPercent ?? 0}% of the time on the road. Field roles can mean several nights away most weeks.`,
    });
  }
  return flags;
}

/** Still in play: not closed, and not yet accepted (an accepted offer is settled, not open). */
export function isOpenStage(stage: Stage): boolean {
  return stage !== 'closed' && stage !== 'accepted';
}

export interface PipelineSummary {
  /** Still in play: not closed and not accepted. */
  open: number;
  /** Open, at Final round or with an offer on the table. */
  late: number;
  /** Offers on the table, not yet accepted (Verbal or Written offer). */
  offers: number;
  accepted: number;
}

export function pipelineSummary(items: readonly { stage: Stage }[]): PipelineSummary {
  let open = 0;
  let late = 0;
  let offers = 0;
  let accepted = 0;
  for (const o of items) {
    if (o.stage === 'accepted') accepted++;
    if (!isOpenStage(o.stage)) continue;
    open++;
    if (o.stage !== 'target' && o.stage !== 'applied' && o.stage !== 'interviewing') late++;
    if (OFFER_STAGES.includes(o.stage)) offers++;
  }
  return { open, late, offers, accepted };
}

/** "Acme – Medical Director": how cards and handles name an opportunity. */
export function opportunityName(o: { company: string; title: string }): string {
  return `${o.company} – ${o.title}`;
}
