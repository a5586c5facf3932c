/**
 * The plan on paper (`Print plan`): the year, the exit dates and the pipeline on one sheet,
 * legible in black and white (marks and words, never colour alone). Rendered beside the app
 * only while printing; the print stylesheet then shows the sheet and nothing else.
 */
import { useEffect, useMemo } from 'react';
import { createPortal } from 'react-dom';
import { dayLabel, dayToDate, daysBetween, monthLabel, type Day } from '../../domain/calendar';
import { exitCountdown } from '../../domain/exitPlan';
import { daysText, type Countdown } from '../../domain/notice';
import { readMilestones, type EvidenceBoard } from '../../domain/evidence';
import { STATUS_LABELS } from '../../domain/milestone';
import {
  CLOSED_REASON_LABELS,
  durationLabel,
  opportunityName,
  STAGE_LABELS,
  STAGES,
  stageSince,
} from '../../domain/opportunity';
import { currentPlanIndex, phaseGroups, planMonth } from '../../domain/plan';
import type { ExitPlan } from '../../domain/schema/exitPlan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Opportunity } from '../../domain/schema/opportunity';
import type { Plan } from '../../domain/schema/plan';
import { useExitPlan } from '../../db/exitPlanRead';
import { useEvidence } from '../../db/evidenceLive';
import { useMilestones } from '../../db/milestonesLive';
import { useOpportunities } from '../../db/opportunities';
import { readCards } from './cardReading';
import styles from './PrintPlan.module.css';

const MARKS = { todo: '○', in_progress: '◐', done: '✓' } as const;

export function PrintPlan({ plan, today, onDone }: { plan: Plan; today: Day; onDone: () => void }) {
  const milestones = useMilestones(plan.id);
  const exitPlan = useExitPlan(plan.id);
  const opportunities = useOpportunities(plan.id);
  // The cards as every screen reads them: done when their evidence is met (domain/evidence.ts).
  const evidence = useEvidence(plan.id, today);
  const ready =
    milestones !== undefined &&
    exitPlan !== undefined &&
    opportunities !== undefined &&
    evidence !== undefined;

  // Once everything is read: print, and go when the browser is done with it.
  useEffect(() => {
    if (!ready) return;
    window.addEventListener('afterprint', onDone);
    const frame = requestAnimationFrame(() => window.print());
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', onDone);
    };
  }, [ready, onDone]);

  if (!ready) return null;
  return createPortal(
    <PrintSheet
      plan={plan}
      today={today}
      milestones={milestones}
      evidence={evidence}
      exitPlan={exitPlan}
      opportunities={opportunities}
    />,
    document.body,
  );
}

export function PrintSheet({
  plan,
  today,
  milestones: stored,
  evidence,
  exitPlan,
  opportunities,
}: {
  plan: Plan;
  today: Day;
  milestones: readonly Milestone[];
  evidence: EvidenceBoard | undefined;
  exitPlan: ExitPlan;
  opportunities: readonly Opportunity[];
}) {
  const now = dayToDate(today);
  const current = currentPlanIndex(plan, now);
  const milestones = useMemo(() => readMilestones(stored, evidence).rows, [stored, evidence]);
  const { overdueIds } = useMemo(() => readCards(milestones, plan, now), [milestones, plan, now]);
  const byMonth = useMemo(() => {
    const map = new Map<number, Milestone[]>();
    for (const m of milestones) map.set(m.month, [...(map.get(m.month) ?? []), m]);
    return map;
  }, [milestones]);
  const after = milestones.filter((m) => m.month > plan.lengthMonths);
  const last = planMonth(plan, plan.lengthMonths);

  return (
    <div className={styles.sheet} data-print-sheet="">
      <header className={styles.head}>
        <h1>{plan.title || 'Pivot plan'}</h1>
        <p>
          {monthLabel(plan.startMonth)} – {monthLabel(last)} · {plan.lengthMonths} months · printed{' '}
          {dayLabel(today)}
        </p>
        <p className={styles.key}>
          ○ to do · ◐ in progress · ✓ done · <strong>OVERDUE</strong> past its month · +N mo moved
          later than first planned
        </p>
      </header>

      <section aria-labelledby="print-year" className={styles.section}>
        <h2 id="print-year">The year</h2>
        {phaseGroups(plan.lengthMonths).map(({ phase, months }) => (
          <div key={phase.number} className={styles.phase}>
            <h3>
              Phase {phase.number}: {phase.name}
            </h3>
            <div className={styles.months}>
              {months.map((i) => (
                <div key={i} className={`${styles.month} ${i === current ? styles.now : ''}`}>
                  <h4>
                    Month {i} · {monthLabel(planMonth(plan, i))}
                    {i === current ? ` · now (today ${dayLabel(today)})` : ''}
                  </h4>
                  <CardLines cards={byMonth.get(i) ?? []} overdueIds={overdueIds} />
                </div>
              ))}
            </div>
          </div>
        ))}
        {after.length ? (
          <div className={styles.phase}>
            <h3>After the plan</h3>
            <CardLines cards={after} overdueIds={overdueIds} />
          </div>
        ) : null}
      </section>

      <section aria-labelledby="print-exit" className={styles.section}>
        <h2 id="print-exit">Exit dates</h2>
        <ExitDates exitPlan={exitPlan} opportunities={opportunities} today={today} />
      </section>

      <section aria-labelledby="print-pipeline" className={styles.section}>
        <h2 id="print-pipeline">Pipeline</h2>
        <Pipeline opportunities={opportunities} today={today} />
      </section>
    </div>
  );
}

function CardLines({
  cards,
  overdueIds,
}: {
  cards: readonly Milestone[];
  overdueIds: ReadonlySet<string>;
}) {
  if (!cards.length) return <p className={styles.none}>Nothing planned.</p>;
  return (
    <ul className={styles.lines}>
      {cards.map((m) => {
        const slip = m.month - m.baselineMonth;
        return (
          <li key={m.id} className={m.status === 'done' ? styles.done : undefined}>
            <span aria-label={STATUS_LABELS[m.status]}>{MARKS[m.status]}</span> {m.title}
            {overdueIds.has(m.id) ? <strong> OVERDUE</strong> : null}
            {slip ? ` (${slip > 0 ? '+' : '−'}${Math.abs(slip)} mo)` : ''}
            {m.status === 'done' && m.doneOn ? ` · done ${dayLabel(m.doneOn)}` : ''}
          </li>
        );
      })}
    </ul>
  );
}

function ExitDates({
  exitPlan,
  opportunities,
  today,
}: {
  exitPlan: ExitPlan;
  opportunities: readonly Opportunity[];
  today: Day;
}) {
  const c = exitCountdown(exitPlan, opportunities, today);
  const rows: [string, string][] = [
    [
      'Notice period',
      exitPlan.noticeDays === null ? 'not entered yet' : daysText(exitPlan.noticeDays),
    ],
    [
      'Planned start in the new role',
      exitPlan.plannedStartDate ? dayLabel(exitPlan.plannedStartDate) : 'not set yet',
    ],
    ...exitRows(c),
  ];
  return (
    <>
      <dl className={styles.facts}>
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <p>{exitSentence(c)}</p>
    </>
  );
}

function exitRows(c: Countdown): [string, string][] {
  switch (c.state) {
    case 'waiting-for-offer':
    case 'window-open':
    case 'too-late':
      return [['Give notice by', dayLabel(c.giveNoticeBy)]];
    case 'notice-given':
    case 'notice-served':
      return [
        ['Notice given on', dayLabel(c.noticeGivenOn)],
        ['Last clinical day', dayLabel(c.lastClinicalDay)],
      ];
    default:
      return [];
  }
}

function exitSentence(c: Countdown): string {
  switch (c.state) {
    case 'date-looks-wrong':
      return c.message;
    case 'no-notice-period':
      return 'Enter the notice period in the Exit plan to work out the dates.';
    case 'no-start-date':
      return `No start date yet. Notice given today would end on ${dayLabel(c.ifNoticeToday)}.`;
    case 'waiting-for-offer':
      return `Hold the notice until there is an offer: ${daysText(c.daysLeft)} left before the deadline.`;
    case 'window-open':
      return `The notice window is open: ${daysText(c.daysLeft)} left${c.inWriting ? '' : ' (get the offer in writing first)'}.`;
    case 'too-late':
      return `Past the deadline by ${daysText(c.lateBy)}: the earliest start that works is ${dayLabel(c.earliestStart)}.`;
    case 'notice-given':
      return `Notice given: ${daysText(c.daysLeft)} to the last clinical day.`;
    case 'notice-served':
      return 'The notice period is served.';
  }
}

/**
 * The pipeline as lines by stage ("Applied (2): Acme – MSL, 3 weeks in stage; …"), not eight
 * columns: it keeps the plan on one sheet. A closed entry says why it closed; nothing says
 * "today" the way the screen does (the sheet is read later).
 */
function Pipeline({ opportunities, today }: { opportunities: readonly Opportunity[]; today: Day }) {
  if (!opportunities.length) return <p className={styles.none}>No opportunities yet.</p>;
  const empty = STAGES.filter((stage) => !opportunities.some((o) => o.stage === stage));
  return (
    <>
      <dl className={styles.stages}>
        {STAGES.filter((stage) => !empty.includes(stage)).map((stage) => {
          const here = opportunities.filter((o) => o.stage === stage);
          return (
            <div key={stage}>
              <dt>
                {STAGE_LABELS[stage]} ({here.length})
              </dt>
              <dd>
                <ul className={styles.entries}>
                  {here.map((o) => (
                    <li key={o.id}>
                      {opportunityName(o)}
                      {printedNote(o, today)}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          );
        })}
      </dl>
      {empty.length ? (
        <p className={styles.none}>
          None yet in: {empty.map((stage) => STAGE_LABELS[stage]).join(', ')}.
        </p>
      ) : null}
    </>
  );
}

/** " (Rejected)" for a closed entry, " (3 weeks in stage)" for an open one, else nothing. */
function printedNote(o: Opportunity, today: Day): string {
  if (o.stage === 'closed')
    return o.closedReason ? ` (${CLOSED_REASON_LABELS[o.closedReason]})` : '';
  const since = stageSince(o.history);
  return since && daysBetween(since, today) > 0 ? ` (${durationLabel(since, today)} in stage)` : '';
}
