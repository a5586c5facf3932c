/**
 * The landmines of a first move into industry, as gentle flags shown where they apply and never
 * blocking anything. Opportunity-level ones (a big title at a tiny company, "remote" with office
 * days, the first company that courts you) live with the other opportunity flags in
 * ../opportunity.ts; these read the whole plan.
 */
import { daysBetween, type Day } from '../calendar';
import type { Stage, StageChange } from '../opportunity';
import { firstSuitorFlag } from './suitor';
import { runway, RUNWAY_TARGET_NOTHING_LINED_UP, type Expenses } from '../runway';
import { CHECK_IN_DAYS, CHECK_IN_ID } from './checkIn';

export const PLAN_LANDMINES = [
  'told-too-early',
  'quit-without-runway',
  'lifestyle-upgrade',
  'first-suitor',
  'identity-whiplash',
] as const;
export type PlanLandmineId = (typeof PLAN_LANDMINES)[number];

export interface Landmine {
  id: PlanLandmineId;
  title: string;
  text: string;
  /** Where to act on it. */
  link?: { href: string; label: string };
  /** Shows the help lines under it. */
  help?: boolean;
  /** The user may hide it for good (a note about a phase, not about their data). */
  hideable?: boolean;
}

export interface LandmineOpportunity {
  id: string;
  company: string;
  stage: Stage;
  history: readonly StageChange[];
}

export interface LandmineFacts {
  today: Day;
  /** The first day of the plan's start month. */
  planStartDay: Day;
  opportunities: readonly LandmineOpportunity[];
  exit: {
    noticeGivenOn: Day | null;
    plannedStartDate: Day | null;
    nothingLinedUp: boolean;
  } | null;
  /** Months of bare-bones costs banked; null until cash and costs are in. */
  runwayMonths: number | null;
  debts: readonly { name: string; createdAt: string }[];
  /** When the "Start the industry role" milestone was marked done. */
  startedRoleOn: Day | null;
  hidden: readonly string[];
}

const OFFER_OR_LATER: readonly Stage[] = ['verbal-offer', 'written-offer', 'accepted'];
const reached = (o: LandmineOpportunity, stages: readonly Stage[]) =>
  stages.includes(o.stage) || o.history.some((h) => stages.includes(h.stage));

/** The day the new role started, if it has: the milestone done, or an accepted offer's start date passed. */
export function roleStartedOn(f: LandmineFacts): Day | null {
  if (f.startedRoleOn) return f.startedRoleOn;
  const planned = f.exit?.plannedStartDate ?? null;
  if (planned && planned <= f.today && f.opportunities.some((o) => o.stage === 'accepted'))
    return planned;
  return null;
}

/**
 * Days after the first debt is listed in which the others listed are taken as what the user
 * already owed: a new user fills in their loans over a sitting or two, and none of those is a new
 * commitment, whenever in the plan that sitting came.
 */
export const DEBTS_LISTING_DAYS = 14;

/**
 * The debts taken on since the plan began: listed after the plan's first day, and more than
 * DEBTS_LISTING_DAYS after the first debt was listed (those first ones are what the user owed).
 */
export function newCommitments<T extends { createdAt: string }>(
  debts: readonly T[],
  planStartDay: Day,
): T[] {
  const listedOn = (d: T): Day => d.createdAt.slice(0, 10);
  const first = debts.map(listedOn).sort()[0];
  if (first === undefined) return [];
  return debts.filter(
    (d) => listedOn(d) >= planStartDay && daysBetween(first, listedOn(d)) > DEBTS_LISTING_DAYS,
  );
}

export function planLandmines(f: LandmineFacts): Landmine[] {
  const found: Landmine[] = [];
  const anyOffer = f.opportunities.some((o) => reached(o, OFFER_OR_LATER));
  const lateStage = f.opportunities.some((o) => reached(o, ['final-round', ...OFFER_OR_LATER]));
  const noticeGiven = f.exit?.noticeGivenOn != null && f.exit.noticeGivenOn <= f.today;
  const started = roleStartedOn(f);

  if (noticeGiven && !anyOffer && !started) {
    found.push({
      id: 'told-too-early',
      title: 'Notice given before an offer',
      text: 'Your notice is in and no offer is recorded yet. That can work out, but some groups start treating a leaving doctor as already gone, and the search now runs against a clock. Keep interviewing steadily and watch your runway.',
      link: { href: '#/exit', label: 'Check your runway' },
    });
  }

  const leavingFirst = (f.exit?.nothingLinedUp ?? false) || (noticeGiven && !anyOffer);
  const target = RUNWAY_TARGET_NOTHING_LINED_UP.min;
  if (leavingFirst && !started && (f.runwayMonths === null || f.runwayMonths < target)) {
    const have =
      f.runwayMonths === null
        ? 'Your runway isn’t worked out yet.'
        : `You have about ${f.runwayMonths} months.`;
    const interviews = lateStage ? '' : ' No process has reached a final round yet.';
    found.push({
      id: 'quit-without-runway',
      title: `Leaving without ${target} months banked`,
      text: `Leaving before an offer is signed needs about ${target} months of bare-bones costs set aside, ideally with late-stage interviews under way. ${have}${interviews} If the job is harming your health, leaving first can still be right: then cut spending hard, and per-diem shifts can stretch the money.`,
      link: { href: '#/exit', label: 'Work out your runway' },
      help: true,
    });
  }

  if (!started) {
    const recent = newCommitments(f.debts, f.planStartDay);
    const first = recent[0];
    if (first) {
      const more = recent.length > 1 ? ` and ${recent.length - 1} more` : '';
      found.push({
        id: 'lifestyle-upgrade',
        title: 'A new commitment before the move',
        text: `You added “${first.name}”${more} since your plan began. A bigger house, a new car or school fees just before a pivot can keep you in the job you want to leave; where you can, hold big commitments until you are settled in the new role.`,
        link: { href: '#/exit', label: 'See your debts and runway' },
      });
    }
  }

  const suitors = f.opportunities.filter((o) => firstSuitorFlag(o, f.opportunities));
  const suitor = suitors[0];
  if (suitor && !started) {
    found.push({
      id: 'first-suitor',
      title: 'The first company to get this far',
      text: `${suitor.company} is the only one past the first interviews. That is good news, but a company keen to hire any doctor may not know what it wants you to do. Ask what success looks like after a year and who you would learn from, and keep another conversation or two going.`,
      link: { href: '#/opportunities', label: 'Open your pipeline' },
    });
  }

  if (started && !f.hidden.includes(CHECK_IN_ID)) {
    const day = daysBetween(started, f.today);
    if (day >= 0 && day <= CHECK_IN_DAYS) {
      found.push({
        id: 'identity-whiplash',
        title: 'Your first months in industry: a check-in',
        text: 'Many physicians feel a wobble after the move: fewer quick wins, more meetings, slower impact, and the question of whether you are still “really” a doctor. That is common and usually settles. Ask yourself: what gave me energy this week? What do I miss, and would a little clinical work cover it? Is this closer to the life I wrote down in my vision?',
        link: { href: '#/', label: 'Look at your vision' },
        help: true,
        hideable: true,
      });
    }
  }
  return found;
}

/** The facts, from the rows the screens read. */
export function landmineFacts(input: {
  today: Day;
  planStartMonth: string;
  opportunities: readonly LandmineOpportunity[];
  exitPlan: {
    noticeGivenOn: Day | null;
    plannedStartDate: Day | null;
    nothingLinedUp: boolean;
    cash: number | null;
    expenses: Expenses;
  } | null;
  debts: readonly { name: string; createdAt: string }[];
  milestones: readonly { templateKey: string | null; status: string; doneOn: Day | null }[];
  hidden: readonly string[];
}): LandmineFacts {
  const e = input.exitPlan;
  const startRole = input.milestones.find((m) => m.templateKey === 'start-role');
  return {
    today: input.today,
    planStartDay: `${input.planStartMonth}-01`,
    opportunities: input.opportunities,
    exit: e
      ? {
          noticeGivenOn: e.noticeGivenOn,
          plannedStartDate: e.plannedStartDate,
          nothingLinedUp: e.nothingLinedUp,
        }
      : null,
    runwayMonths: e
      ? runway({ cash: e.cash, expenses: e.expenses, nothingLinedUp: e.nothingLinedUp }).months
      : null,
    debts: input.debts,
    startedRoleOn: startRole?.status === 'done' ? startRole.doneOn : null,
    hidden: input.hidden,
  };
}
