/**
 * The Overview's one-line answers from the other screens' data: where the pipeline stands, the
 * best offer, the exit countdown and the runway. Pure: the screen passes in what the hooks read.
 */
import type { Day } from './calendar';
import { countdown } from './notice';
import {
  OFFER_STAGES,
  offerInHand,
  offerTotals,
  opportunityName,
  STAGE_LABELS,
  STAGES,
  type Compensation,
  type Stage,
  type StageChange,
} from './opportunity';
import { runway, type DebtFacts, type Expenses } from './runway';

export interface PipelineGlance {
  /** Open stages with their counts, in pipeline order. */
  stages: { label: string; count: number }[];
  bestOffer: { name: string; total: number } | null;
}

interface OpportunityFacts extends Compensation {
  company: string;
  title: string;
  stage: Stage;
  history: readonly StageChange[];
}

export function pipelineGlance(opportunities: readonly OpportunityFacts[]): PipelineGlance {
  const stages = STAGES.filter((s) => s !== 'closed').map((s) => ({
    label: STAGE_LABELS[s],
    count: opportunities.filter((o) => o.stage === s).length,
  }));
  let bestOffer: PipelineGlance['bestOffer'] = null;
  for (const o of opportunities) {
    if (!OFFER_STAGES.includes(o.stage)) continue;
    const totals = offerTotals(o);
    if (!totals.complete) continue;
    if (!bestOffer || totals.steadyState > bestOffer.total)
      bestOffer = { name: opportunityName(o), total: totals.steadyState };
  }
  return { stages, bestOffer };
}

export interface ExitGlance {
  giveNoticeBy: Day | null;
  /** Days until the notice date (or, once notice is given, until the last clinical day). */
  daysLeft: number | null;
  lastClinicalDay: Day | null;
  runwayMonths: number | null;
  /** A stored exit date that looks wrong (`exitDateProblem`): said instead of counting. */
  dateProblem?: string;
}

/** The exit plan's fields the Overview and the milestone evidence read. */
export interface ExitFacts {
  noticeDays: number | null;
  plannedStartDate: Day | null;
  noticeGivenOn: Day | null;
  cash: number | null;
  expenses: Expenses;
  nothingLinedUp: boolean;
}

export function exitGlance(
  exit: ExitFacts,
  opportunities: readonly OpportunityFacts[],
  today: Day,
  debts: readonly DebtFacts[] = [],
): ExitGlance {
  const c = countdown({
    noticeDays: exit.noticeDays,
    plannedStartDate: exit.plannedStartDate,
    noticeGivenOn: exit.noticeGivenOn,
    offer: offerInHand(opportunities),
    today,
  });
  const months = runway(
    { cash: exit.cash, expenses: exit.expenses, nothingLinedUp: exit.nothingLinedUp },
    debts,
  ).months;
  switch (c.state) {
    case 'waiting-for-offer':
    case 'window-open':
      return {
        giveNoticeBy: c.giveNoticeBy,
        daysLeft: c.daysLeft,
        lastClinicalDay: null,
        runwayMonths: months,
      };
    case 'too-late':
      return {
        giveNoticeBy: c.giveNoticeBy,
        daysLeft: -c.lateBy,
        lastClinicalDay: null,
        runwayMonths: months,
      };
    case 'notice-given':
      return {
        giveNoticeBy: null,
        daysLeft: c.daysLeft,
        lastClinicalDay: c.lastClinicalDay,
        runwayMonths: months,
      };
    default:
      return {
        giveNoticeBy: null,
        daysLeft: null,
        lastClinicalDay: null,
        runwayMonths: months,
        ...(c.state === 'date-looks-wrong' ? { dateProblem: c.message } : {}),
      };
  }
}
