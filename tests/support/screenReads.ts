/**
 * Every screen's read functions (domain/), called on a database's rows as the screens call them:
 * what the fuzz suite runs on each imported backup. A function that throws here would crash a
 * screen, or (rankAtEnd) make a column impossible to add to.
 */
import { defaultExitPlan } from '../../src/db/exitPlanRead';
import { planHistoryText } from '../../src/domain/milestoneText';
import { timestampLabel } from '../../src/domain/backupFormat';
import { daysSinceBackup } from '../../src/domain/backupNudge';
import {
  dayLabel,
  dayLabelWithWeekday,
  dayToDate,
  longMonthLabel,
  monthLabel,
  type Day,
} from '../../src/domain/calendar';
import { readDiagnosis } from '../../src/domain/diagnosis';
import { readMilestones } from '../../src/domain/evidence';
import { evidenceBoard, evidenceFacts, type CallFacts } from '../../src/domain/evidenceRules';
import { exitCalendarEvents, exitCountdown } from '../../src/domain/exitPlan';
import { exitConflicts, exitTargets } from '../../src/domain/exitTimeline';
import { firstRunState } from '../../src/domain/firstRun';
import { exitGlance, pipelineGlance } from '../../src/domain/glance';
import { boardStats, cardExcerpt, isOverdue, slipLabel } from '../../src/domain/milestone';
import { historyByContact, nextCheckIn } from '../../src/domain/networking/contacts';
import { coverageOf } from '../../src/domain/networking/coverage';
import {
  checkInOrigin,
  dueWhen,
  followUpOrigin,
  reminderEvents,
  remindersOf,
} from '../../src/domain/networking/reminders';
import { networkingSummary } from '../../src/domain/networking/summary';
import { weeklyProgress } from '../../src/domain/networking/weeklyCount';
import {
  clawbacksAfter,
  expectedLastClinicalDay,
  type ClawbackFacts,
} from '../../src/domain/notice';
import {
  offerTotals,
  opportunityFlags,
  stageLog,
  timeInStageText,
} from '../../src/domain/opportunity';
import {
  milestonesThisMonth,
  nextStep,
  planPosition,
  planProgress,
} from '../../src/domain/overview';
import {
  currentPlanIndex,
  phaseGroups,
  planMonth,
  planMonthName,
  storedPlanStartProblem,
} from '../../src/domain/plan';
import { aboutOutline, aboutText, headline } from '../../src/domain/playbook/headline';
import { landmineFacts, planLandmines } from '../../src/domain/playbook/landmines';
import { firstSuitorFlag } from '../../src/domain/playbook/suitor';
import { translateEntry } from '../../src/domain/playbook/translate';
import { comparePay, ZONE_IDS, ZONES, zoneFit } from '../../src/domain/playbook/zones';
import { rankAtEnd, sortByRank } from '../../src/domain/rank';
import { recordAsText, sortRecord } from '../../src/domain/record';
import { debtMinimums, monthsText, runway, upcomingRateResets } from '../../src/domain/runway';
import type { Call, Contact } from '../../src/domain/schema/networking';
import type { ClawbackInput, Debt, ExitPlan } from '../../src/domain/schema/exitPlan';
import type { DiagnoseItem } from '../../src/domain/schema/diagnose';
import type { Milestone } from '../../src/domain/schema/milestone';
import type { Opportunity } from '../../src/domain/schema/opportunity';
import type { Plan } from '../../src/domain/schema/plan';
import type { RecordEntry } from '../../src/domain/schema/record';
import { SETTING_DEFAULTS, type SettingKey } from '../../src/domain/settings';
import { hasVision } from '../../src/domain/vision';
import { addWeeks, weekOf } from '../../src/domain/weeks';

type Rows = ReadonlyMap<string, readonly unknown[]>;

const rowsOf = <T>(tables: Rows, name: string) => (tables.get(name) ?? []) as T[];

function setting<K extends SettingKey>(tables: Rows, key: K): (typeof SETTING_DEFAULTS)[K] {
  const row = rowsOf<{ key: string; value: unknown }>(tables, 'settings').find(
    (s) => s.key === key,
  );
  return (row ? row.value : SETTING_DEFAULTS[key]) as (typeof SETTING_DEFAULTS)[K];
}

/** Each column's cards in order, and a key for a card added at its end (what Add does). */
function columns<T extends { id: string; rank: string }>(
  items: readonly T[],
  key: (t: T) => string,
) {
  const by = new Map<string, T[]>();
  for (const item of items) by.set(key(item), [...(by.get(key(item)) ?? []), item]);
  for (const column of by.values()) {
    const sorted = sortByRank(column);
    rankAtEnd(sorted);
  }
}

/** What db/evidence.ts counts through the `day` index, from the rows. */
function callFacts(calls: readonly Call[], today: Day, target: number): CallFacts {
  const week = weekOf(today);
  const days = calls.map((c) => c.day).sort();
  const happened = days.filter((d) => d <= today);
  return {
    count: happened.length,
    first: happened.length ? (days[0] ?? null) : null,
    last: happened.at(-1) ?? null,
    thisWeek: happened.filter((d) => d >= week).length,
    lastWeek: days.filter((d) => d >= addWeeks(week, -1) && d < week).length,
    target,
  };
}

/** Run every screen's read functions on `tables` (rows as stored), as of `today`. */
export function readEveryScreen(tables: Rows, today: Day): void {
  const now = dayToDate(today);
  const plan = rowsOf<Plan>(tables, 'plans')[0];
  if (!plan) throw new Error('no plan');
  const stored = rowsOf<Milestone>(tables, 'milestones').filter((m) => m.planId === plan.id);
  const opportunities = rowsOf<Opportunity>(tables, 'opportunities').filter(
    (o) => o.planId === plan.id,
  );
  const exitPlan =
    rowsOf<ExitPlan>(tables, 'exitPlans').find((e) => e.planId === plan.id) ??
    defaultExitPlan(plan.id);
  const clawbacks = rowsOf<ClawbackInput & ClawbackFacts>(tables, 'clawbacks');
  const debts = rowsOf<Debt>(tables, 'debts').filter((d) => d.planId === plan.id);
  const contacts = rowsOf<Contact>(tables, 'contacts');
  const calls = rowsOf<Call>(tables, 'calls');
  const diagnoseItems = rowsOf<DiagnoseItem>(tables, 'diagnoseItems');
  const record = rowsOf<RecordEntry>(tables, 'recordEntries');
  const planStart = `${plan.startMonth}-01`;
  const target = setting(tables, 'weeklyCallTarget');

  // Every milestone as the screens read it, with its evidence (db/evidence.ts, domain/evidence.ts).
  const evidence = evidenceBoard(
    evidenceFacts({
      diagnoseItems,
      recordEntries: record,
      opportunities,
      exitPlan,
      calls: callFacts(calls, today, target),
    }),
    today,
    weekOf(today),
  );
  const { rows: milestones, readings } = readMilestones(stored, evidence);
  for (const r of readings.values()) if (r.doneOn) dayLabel(r.doneOn);

  // App shell: the banner about a start month that looks wrong.
  storedPlanStartProblem(plan.startMonth);

  // Timeline
  for (let i = 1; i <= plan.lengthMonths; i++) {
    monthLabel(planMonth(plan, i));
    longMonthLabel(planMonth(plan, i));
    planMonthName(plan, i);
  }
  currentPlanIndex(plan, now);
  phaseGroups(plan.lengthMonths);
  boardStats(milestones, plan, now);
  columns(milestones, (m) => String(m.month));
  for (const m of milestones) {
    isOverdue(m, plan, now);
    slipLabel(m);
    planHistoryText(m);
    cardExcerpt(m.description);
    if (m.doneOn) dayLabel(m.doneOn);
  }

  // Exit plan (and the exit dates on the Timeline)
  const c = exitCountdown(exitPlan, opportunities, today);
  for (const value of Object.values(c))
    if (typeof value === 'string' && /^\d{4}-/.test(value)) {
      dayLabel(value);
      dayLabelWithWeekday(value);
    }
  const lastDay = expectedLastClinicalDay(c);
  if (lastDay) clawbacksAfter(clawbacks, lastDay.day);
  exitConflicts(plan, milestones, exitTargets(c));
  const resets = upcomingRateResets(debts, today);
  exitCalendarEvents(
    c,
    resets.map((r) => ({ id: r.debt.id, name: r.debt.name, day: r.day })),
  );
  for (const r of resets) dayLabel(r.day);
  debtMinimums(debts);
  const months = runway(exitPlan).months;
  if (months !== null) monthsText(months);
  for (const x of clawbacks) dayLabel(x.endsOn);
  for (const d of debts) if (d.rateResetsOn) dayLabel(d.rateResetsOn);

  // Overview
  readDiagnosis(diagnoseItems, setting(tables, 'redFlags'));
  pipelineGlance(opportunities);
  exitGlance(exitPlan, opportunities, today);
  planPosition(plan, now);
  planProgress(milestones, plan, now);
  nextStep(milestones);
  milestonesThisMonth(milestones, plan, now);
  const vision = setting(tables, 'vision');
  hasVision(vision);
  const summary = networkingSummary(calls, contacts, target, today, planStart);
  firstRunState(setting(tables, 'firstRun'), {
    planAdjusted: plan.updatedAt !== plan.createdAt,
    visionWritten: hasVision(vision),
    diagnosisDone: evidence.diagnosis.met,
    callsLogged: summary.callsLogged,
  });
  const latest = sortRecord(record)[0];
  if (latest) dayLabel(latest.date);
  // The landmines (Overview, and the Exit plan's share of them)
  planLandmines(
    landmineFacts({
      today,
      planStartMonth: plan.startMonth,
      opportunities,
      exitPlan,
      debts,
      milestones,
      hidden: setting(tables, 'hiddenLandmines'),
    }),
  );

  // Networking
  const histories = historyByContact(calls, today);
  const reminders = remindersOf(calls, contacts, histories);
  for (const r of reminders) {
    dueWhen(r.day, today);
    dayLabelWithWeekday(r.day);
    if (r.kind === 'follow-up') followUpOrigin(r);
    else checkInOrigin(r);
  }
  reminderEvents(reminders, (id) => contacts.find((p) => p.id === id)?.name ?? '');
  weeklyProgress(
    calls.map((k) => k.day),
    target,
    today,
    planStart,
  );
  coverageOf(contacts);
  for (const p of contacts) nextCheckIn(p, histories.get(p.id));
  for (const k of calls) {
    dayLabelWithWeekday(k.day);
    if (k.followUpOn) dayLabel(k.followUpOn);
  }

  // Opportunities
  columns(opportunities, (o) => o.stage);
  for (const o of opportunities) {
    timeInStageText(o.history, today);
    stageLog(o.history);
    opportunityFlags(o);
    firstSuitorFlag(o, opportunities);
    offerTotals(o);
    if (o.proposedStartDate) dayLabel(o.proposedStartDate);
  }

  // Diagnose
  columns(diagnoseItems, (d) => d.column);

  // Running record
  recordAsText(record);

  // Playbook: the zones against the user's pay and Diagnose items, the profile and the record
  const targets = setting(tables, 'targetRoleTypes');
  for (const id of ZONE_IDS) {
    comparePay(ZONES[id], exitPlan.currentAnnualPay, setting(tables, 'currency'));
    zoneFit(id, diagnoseItems);
  }
  const sorted = sortRecord(record);
  const facts = {
    profile: setting(tables, 'profile'),
    targets,
    recordTitles: sorted.map((e) => e.title),
  };
  headline(facts);
  aboutText(aboutOutline(facts));
  for (const e of sorted) translateEntry(e);

  // Settings: the last backup
  const lastBackupAt = setting(tables, 'lastBackupAt');
  daysSinceBackup(lastBackupAt, now);
  if (lastBackupAt) timestampLabel(lastBackupAt);
}
