import { useMemo } from 'react';
import { buildCalendarFile } from '../../domain/calendarExport';
import { messageOf } from '../../domain/errors';
import { exitCalendarEvents, exitCountdown } from '../../domain/exitPlan';
import { exitConflicts, exitTargets } from '../../domain/exitTimeline';
import { expectedLastClinicalDay } from '../../domain/notice';
import { landmineFacts, planLandmines } from '../../domain/playbook/landmines';
import { upcomingRateResets } from '../../domain/runway';
import type { Plan } from '../../domain/schema/plan';
import {
  saveExitDates,
  saveExitPlanFields,
  useClawbacks,
  useDebts,
  useExitPlan,
} from '../../db/exitPlan';
import { useMilestones } from '../../db/milestones';
import { useOpportunities } from '../../db/opportunities';
import { useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { downloadText } from '../../ui/download';
import { FormError } from '../../ui/FormError';
import { SectionBoundary, sectionProblem } from '../../ui/SectionBoundary';
import { LandmineNotes } from '../../ui/LandmineNotes';
import { useToday } from '../../ui/useToday';
import { ClawbacksSection } from './ClawbacksSection';
import { ContractForm } from './ContractForm';
import { CountdownPanel } from './CountdownPanel';
import { DatesForm } from './DatesForm';
import { DebtsSection } from './DebtsSection';
import styles from './Exit.module.css';
import { RunwaySection } from './RunwaySection';
import type { Write } from './useSavedAsTyped';

export const CALENDAR_FILE_NAME = 'pivotboard-exit-dates.ics';

/** The landmines the exit plan is the place to act on. */
const EXIT_LANDMINES = new Set(['told-too-early', 'quit-without-runway', 'lifestyle-upgrade']);

export function ExitScreen({ plan }: { plan: Plan }) {
  const exitPlan = useExitPlan(plan.id);
  const opportunities = useOpportunities(plan.id);
  const clawbacks = useClawbacks(plan.id);
  const debts = useDebts(plan.id);
  const milestones = useMilestones(plan.id);
  const currency = useSetting('currency') ?? 'USD';
  const today = useToday();

  const view = useMemo(() => {
    if (!exitPlan || !opportunities || !milestones || !debts) return null;
    // Worked out here, not in a child: if it throws, the countdown says so and the forms stay.
    try {
      const c = exitCountdown(exitPlan, opportunities, today);
      const resets = upcomingRateResets(debts, today).map((r) => ({
        id: r.debt.id,
        name: r.debt.name,
        day: r.day,
      }));
      const landmines = planLandmines(
        landmineFacts({
          today,
          planStartMonth: plan.startMonth,
          opportunities,
          exitPlan,
          debts,
          milestones,
          hidden: [],
        }),
      ).filter((l) => EXIT_LANDMINES.has(l.id));
      return {
        landmines,
        countdown: c,
        lastDay: expectedLastClinicalDay(c),
        conflicts: exitConflicts(plan, milestones, exitTargets(c)),
        events: exitCalendarEvents(c, resets),
        problem: null,
      };
    } catch (e) {
      return {
        landmines: [],
        countdown: null,
        lastDay: null,
        conflicts: [],
        events: [],
        problem: sectionProblem('The countdown', e),
      };
    }
  }, [exitPlan, opportunities, milestones, debts, today, plan]);

  if (!exitPlan || !view || !clawbacks || !debts)
    return <p role="status">Loading your exit plan…</p>;

  const write: Write = (patch, label) => saveExitPlanFields(plan.id, patch, label, today);

  async function download() {
    if (!view) return;
    try {
      downloadText(
        CALENDAR_FILE_NAME,
        await buildCalendarFile(view.events, 'Pivotboard exit dates'),
        'text/calendar',
      );
      useFeedback
        .getState()
        .told(`Downloaded ${CALENDAR_FILE_NAME}. Open it to add the dates to your calendar.`);
    } catch (e) {
      useFeedback.getState().failed(messageOf(e));
    }
  }

  async function planStartOn(day: string) {
    if (!exitPlan) return;
    try {
      useFeedback
        .getState()
        .written(
          await saveExitDates(
            plan.id,
            { plannedStartDate: day, noticeGivenOn: exitPlan.noticeGivenOn },
            today,
          ),
        );
    } catch (e) {
      useFeedback.getState().failed(messageOf(e));
    }
  }

  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Exit plan</h1>
      <p className={styles.subtitle}>
        Leave your clinical job on your terms: the notice your contract asks for, what leaving
        costs, and the savings that carry you across.
      </p>

      <SectionBoundary what="The countdown">
        {view.countdown ? (
          <CountdownPanel
            countdown={view.countdown}
            conflicts={view.conflicts}
            canDownload={view.events.length > 0}
            onDownload={() => void download()}
            onUseStartDate={(day) => void planStartOn(day)}
          />
        ) : (
          <FormError message={view.problem ?? undefined} />
        )}
      </SectionBoundary>

      <LandmineNotes landmines={view.landmines} here="#/exit" />

      <div className={styles.columns}>
        <div className={styles.column}>
          <DatesForm planId={plan.id} exitPlan={exitPlan} today={today} write={write} />
          <ContractForm planId={plan.id} exitPlan={exitPlan} currency={currency} write={write} />
          <ClawbacksSection
            planId={plan.id}
            clawbacks={clawbacks}
            lastDay={view.lastDay}
            currency={currency}
          />
        </div>
        <div className={styles.column}>
          <RunwaySection
            planId={plan.id}
            exitPlan={exitPlan}
            debts={debts}
            currency={currency}
            write={write}
          />
          <DebtsSection planId={plan.id} debts={debts} currency={currency} today={today} />
        </div>
      </div>
    </div>
  );
}
