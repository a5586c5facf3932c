import { lazy, Suspense, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { dayToDate } from '../../domain/calendar';
import { readDiagnosis } from '../../domain/diagnosis';
import { evidenceKindOf, readMilestones } from '../../domain/evidence';
import { exitGlance, pipelineGlance } from '../../domain/glance';
import { firstRunState, type FirstRunFacts } from '../../domain/firstRun';
import { milestonesThisMonth, nextStep, planPosition, planProgress } from '../../domain/overview';
import type { Plan } from '../../domain/schema/plan';
import { landmineFacts, planLandmines } from '../../domain/playbook/landmines';
import { monthlyExpenses } from '../../domain/runway';
import { hasVision } from '../../domain/vision';
import { useNetworkingSummary } from '../../db/calls';
import { useDiagnoseItems } from '../../db/diagnose';
import { useEvidence } from '../../db/evidenceLive';
import { useDebts, useExitPlan } from '../../db/exitPlan';
import { hideLandmine } from '../../db/playbook';
import { useOpportunities } from '../../db/opportunities';
import { useMilestones } from '../../db/milestones';
import { useRecordEntries } from '../../db/record';
import { updateSetting, useSetting } from '../../db/settings';
import { Button } from '../../ui/Button';
import { FormError } from '../../ui/FormError';
import { LandmineNotes } from '../../ui/LandmineNotes';
import { useFeedback } from '../../state/feedback';
import { messageOf } from '../../domain/errors';
import { PageHeader } from '../../ui/PageHeader';
import { attempt, SectionBoundary } from '../../ui/SectionBoundary';
import { useToday } from '../../ui/useToday';
import { FirstRunPath } from './FirstRunPath';
import { NextStep, ThisMonth } from './NextSteps';
import { PlanStatus } from './PlanStatus';
import {
  DiagnoseSummary,
  ExitSummary,
  NetworkingSummary,
  PipelineSummary,
  RecordSummary,
} from './SummaryCards';
import { useTemplateOffer } from './templateOffer';
import { VisionCard } from './VisionCard';
import styles from './Overview.module.css';
import { isFocusLost } from '../../ui/keyboard';

const VisionDialog = lazy(() =>
  import('./VisionDialog').then((m) => ({ default: m.VisionDialog })),
);

/** The home screen: where am I in my pivot, and what is next. */
export function OverviewScreen({ plan }: { plan: Plan }) {
  const todayDay = useToday();
  const now = useMemo(() => dayToDate(todayDay), [todayDay]);
  const milestones = useMilestones(plan.id);
  const vision = useSetting('vision');
  const firstRun = useSetting('firstRun');
  const currency = useSetting('currency');
  const diagnoseItems = useDiagnoseItems();
  const opportunities = useOpportunities(plan.id);
  const exitPlan = useExitPlan(plan.id);
  const debts = useDebts(plan.id);
  const hiddenLandmines = useSetting('hiddenLandmines');
  const record = useRecordEntries();
  const networking = useNetworkingSummary(todayDay, `${plan.startMonth}-01`);
  const redFlags = useSetting('redFlags');
  const evidence = useEvidence(plan.id, todayDay);
  const [editingVision, setEditingVision] = useState(false);
  const { Offer: TemplateOffer } = useTemplateOffer(plan, milestones);

  // Hiding the guide removes its button, showing it removes the other: where the focus was, it
  // goes to what took its place (not to the page).
  const showGuideRef = useRef<HTMLButtonElement>(null);
  const guideHidden = firstRun?.hidden;
  const shownHidden = useRef(guideHidden);
  useLayoutEffect(() => {
    const was = shownHidden.current;
    shownHidden.current = guideHidden;
    if (was === undefined || was === guideHidden) return;
    if (!isFocusLost()) return;
    if (guideHidden) showGuideRef.current?.focus();
    else document.getElementById('first-run')?.focus();
  }, [guideHidden]);

  // Each part is worked out on its own: one that throws says so in its place, and the rest of
  // the screen (the getting-started guide's forms among it) stays.
  const reading = useMemo(
    () =>
      diagnoseItems
        ? attempt('Diagnose', () => readDiagnosis(diagnoseItems, redFlags ?? []))
        : undefined,
    [diagnoseItems, redFlags],
  );
  // Every milestone as the Timeline reads it: its evidence ticks it (domain/evidence.ts).
  const read = useMemo(
    () => (milestones && evidence ? readMilestones(milestones, evidence) : undefined),
    [milestones, evidence],
  );
  const pipeline = useMemo(
    () =>
      opportunities ? attempt('Opportunities', () => pipelineGlance(opportunities)) : undefined,
    [opportunities],
  );
  const exit = useMemo(
    () =>
      exitPlan && opportunities && debts
        ? attempt('Exit and runway', () => exitGlance(exitPlan, opportunities, todayDay, debts))
        : undefined,
    [exitPlan, opportunities, todayDay, debts],
  );

  // The landmines are gentle notes: if they cannot be worked out, the screen goes on without them.
  // They read the milestones as every screen does (a start-role card ticked by its evidence too).
  const landmineNotes =
    read && opportunities && exitPlan !== undefined && debts && hiddenLandmines
      ? attempt('The landmines', () =>
          planLandmines(
            landmineFacts({
              today: todayDay,
              planStartMonth: plan.startMonth,
              opportunities,
              exitPlan,
              debts,
              milestones: read.rows.map((m) => ({
                templateKey: m.templateKey,
                status: m.status,
                doneOn: read.readings.get(m.id)?.doneOn ?? m.doneOn,
              })),
              hidden: hiddenLandmines,
            }),
          ),
        )
      : null;
  const landmines = landmineNotes?.ok ? landmineNotes.value : [];

  if (
    !read ||
    !evidence ||
    !vision ||
    !firstRun ||
    !currency ||
    !diagnoseItems ||
    !networking ||
    !redFlags
  )
    return <p role="status">Loading your overview…</p>;

  const { rows, readings } = read;
  const where = attempt('Where you are in the plan', () => ({
    position: planPosition(plan, now),
    progress: planProgress(rows, plan, now),
    step: nextStep(rows),
    thisMonth: milestonesThisMonth(rows, plan, now),
  }));
  // The guide's diagnosis step is the diagnosis milestone, as read; without one, its evidence.
  const diagnosisCard = rows.find((m) => evidenceKindOf(m) === 'diagnosis');
  const facts: FirstRunFacts = {
    planAdjusted: plan.updatedAt !== plan.createdAt,
    visionWritten: hasVision(vision),
    diagnosisDone: diagnosisCard ? diagnosisCard.status === 'done' : evidence.diagnosis.met,
    callsLogged: networking.callsLogged,
  };
  const guide = firstRunState(firstRun, facts);
  const latest = record?.[0] ?? null;

  return (
    <div className={styles.page}>
      <PageHeader title="Overview" />

      <FirstRunPath
        plan={plan}
        progress={firstRun}
        facts={facts}
        onWriteVision={() => setEditingVision(true)}
      />

      <SectionBoundary what="Where you are in the plan">
        {where.ok ? (
          <div className={styles.top}>
            <PlanStatus
              lengthMonths={plan.lengthMonths}
              position={where.value.position}
              progress={where.value.progress}
            />
            <NextStep
              step={where.value.step}
              reading={where.value.step ? readings.get(where.value.step.id) : undefined}
              redFlags={redFlags}
              plan={plan}
              now={now}
            />
          </div>
        ) : (
          <FormError message={where.problem} />
        )}
      </SectionBoundary>

      {TemplateOffer && milestones ? <TemplateOffer plan={plan} milestones={milestones} /> : null}

      <LandmineNotes
        landmines={landmines}
        onHide={(id) =>
          void hideLandmine(id).then(
            (step) => useFeedback.getState().written(step),
            (e: unknown) => useFeedback.getState().failed(messageOf(e)),
          )
        }
      />

      <div className={styles.grid2}>
        <SectionBoundary what="This month">
          {where.ok ? (
            <ThisMonth
              milestones={where.value.thisMonth}
              readings={readings}
              inPlan={where.value.position.kind === 'during'}
            />
          ) : null}
        </SectionBoundary>
        <VisionCard
          vision={vision}
          currency={currency}
          runway={
            exitPlan ? { cash: exitPlan.cash, monthly: monthlyExpenses(exitPlan.expenses) } : null
          }
          onEdit={() => setEditingVision(true)}
          guideOffersIt={guide.visible && guide.current === 'vision'}
        />
      </div>

      {[reading, pipeline, exit].map((part) =>
        part && !part.ok ? <FormError key={part.problem} message={part.problem} /> : null,
      )}
      <SectionBoundary what="The summaries">
        <div className={styles.cards}>
          <NetworkingSummary
            data={
              networking.callsLogged > 0 || networking.followUpsDue > 0 ? networking : undefined
            }
          />
          <PipelineSummary
            data={pipeline?.ok ? pipeline.value : undefined}
            currency={currency}
            targetIncome={vision.income}
          />
          <ExitSummary data={exit?.ok ? exit.value : undefined} />
          <DiagnoseSummary reading={reading?.ok ? reading.value : undefined} />
          <RecordSummary
            count={record?.length}
            latest={latest ? { title: latest.title, date: latest.date, kind: latest.kind } : null}
          />
        </div>
      </SectionBoundary>

      {firstRun.hidden && !guide.finished ? (
        <p className={styles.note}>
          <Button
            ref={showGuideRef}
            variant="ghost"
            size="small"
            onClick={() => void updateSetting('firstRun', (p) => ({ ...p, hidden: false }))}
          >
            Show the getting-started guide
          </Button>
        </p>
      ) : null}

      {editingVision ? (
        <Suspense fallback={null}>
          <VisionDialog
            vision={vision}
            currency={currency}
            onClose={() => setEditingVision(false)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
