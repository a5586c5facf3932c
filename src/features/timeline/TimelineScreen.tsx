import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { dayToDate, monthLabel } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import {
  boardStats,
  CATEGORY_LABELS,
  MILESTONE_CATEGORIES,
  overdueTest,
  MILESTONE_STATUSES,
  STATUS_LABELS,
} from '../../domain/milestone';
import { readMilestones } from '../../domain/evidence';
import { slipMoves, slips } from '../../domain/slip';
import { currentPlanIndex, phaseGroups, planMonth, planMonthName } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { useEvidence } from '../../db/evidenceLive';
import { whenIdle } from '../../db/idle';
import { useMilestones } from '../../db/milestonesLive';
import { useFeedback } from '../../state/feedback';
import { firstScreenShown } from '../../state/firstScreen';
import { useTimelineFilters } from '../../state/timelineFilters';
import {
  Board,
  BoardCardFrame,
  boardColumnsClass,
  boardStripClass,
  type MoveTarget,
} from '../../ui/board';
import { Button } from '../../ui/Button';
import { Stats } from '../../ui/Stats';
import { onDemand } from '../../ui/onDemand';
import { useToday } from '../../ui/useToday';
import { useExitDates } from './exitDates';
import { MilestoneCard, milestoneCardClass } from './MilestoneCard';
import { MonthColumn } from './MonthColumn';
import { SlipNotice } from './SlipNotice';
import styles from './Timeline.module.css';

/**
 * The milestone writes (and the card-order keys they compute) load once the board is shown: the
 * first paint does not need them (npm run bench, figure 1). A move made before then waits for them.
 */
const writes = onDemand(() => import('../../db/milestones'));

const MilestoneDialog = lazy(() =>
  import('./MilestoneDialog').then((m) => ({ default: m.MilestoneDialog })),
);

export const AFTER_PLAN = 'after';

type DialogState = { mode: 'add'; month: number } | { mode: 'edit'; id: string } | null;

export function TimelineScreen({ plan }: { plan: Plan }) {
  const milestones = useMilestones(plan.id);
  const todayDay = useToday();
  const hidden = useTimelineFilters((s) => s.hiddenStatuses);
  const category = useTimelineFilters((s) => s.category);
  const [dialog, setDialog] = useState<DialogState>(null);
  const scrollerRef = useRef<HTMLDivElement>(null);
  const loaded = milestones !== undefined;

  // On wide screens the months scroll sideways: open the board at the current month.
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!loaded || !scroller || scroller.scrollWidth <= scroller.clientWidth) return;
    const current = scroller.querySelector<HTMLElement>('[data-current]');
    if (current)
      scroller.scrollLeft +=
        current.getBoundingClientRect().left - scroller.getBoundingClientRect().left - 16;
  }, [loaded]);

  // The writes load in the first idle moment after the cards are shown, before anyone moves one.
  useEffect(() => {
    if (!loaded) return;
    firstScreenShown();
    whenIdle(() => void writes.load().catch(() => undefined), { timeout: 1000 });
  }, [loaded]);

  const now = useMemo(() => dayToDate(todayDay), [todayDay]);
  const current = currentPlanIndex(plan, now);
  // What the other screens recorded: it ticks the cards it is evidence for (domain/evidence.ts).
  // Read after the cards are shown; until then those cards are not called overdue.
  const evidence = useEvidence(plan.id, todayDay, { defer: true });

  const view = useMemo(() => {
    const raw = milestones ?? [];
    const { rows: all, readings } = readMilestones(raw, evidence);
    // Filters go by the status as read (a card its evidence ticked counts as done); the board
    // gets the stored rows, which a move compares with the database.
    const visible = raw.filter(
      (m) =>
        !hidden.includes(readings.get(m.id)?.status ?? m.status) &&
        (category === 'all' || m.category === category),
    );
    const byColumn = new Map<string, Milestone[]>();
    for (let i = 1; i <= plan.lengthMonths; i++) byColumn.set(String(i), []);
    for (const m of visible) {
      const key = m.month > plan.lengthMonths ? AFTER_PLAN : String(m.month);
      const list = byColumn.get(key) ?? [];
      list.push(m);
      byColumn.set(key, list);
    }
    const overdueIds = new Set(all.filter(overdueTest(plan, now)).map((m) => m.id));
    return {
      visible,
      byColumn,
      overdueIds,
      readings,
      stats: boardStats(all, plan, now),
      total: all.length,
      // Steps pushed by a move (domain/slip.ts): once the evidence is in, as done steps count.
      slips: evidence ? slips(all, plan.lengthMonths) : [],
    };
  }, [milestones, evidence, hidden, category, plan, now]);

  const {
    conflicts: exitConflicts,
    Notice: ExitDatesNotice,
    conflictsWith,
  } = useExitDates(plan, milestones, todayDay);
  // A card the exit dates place elsewhere says so (one conflict per card at most).
  const extraById = useMemo(
    () => new Map(exitConflicts.map((c) => [c.id, c.note] as const)),
    [exitConflicts],
  );

  const columns = useMemo(() => {
    const cols = Array.from({ length: plan.lengthMonths }, (_, k) => ({
      id: String(k + 1),
      name: `Month ${k + 1}`,
    }));
    if (view.byColumn.has(AFTER_PLAN))
      cols.push({
        id: AFTER_PLAN,
        name: 'After the plan',
        accepts: false,
      } as (typeof cols)[number]);
    return cols;
  }, [plan.lengthMonths, view.byColumn]);

  // Where the exit dates would disagree once the pushed steps move.
  const exitAfterSlip = useMemo(() => {
    if (view.slips.length === 0 || !milestones) return [];
    const to = new Map(slipMoves(view.slips).map((m) => [m.id, m.month] as const));
    return conflictsWith(milestones.map((m) => ({ ...m, month: to.get(m.id) ?? m.month })));
  }, [view.slips, milestones, conflictsWith]);
  const onMoveLater = useCallback(
    async (causeIds: string[], moves: { id: string; month: number }[]) => {
      try {
        const { moveLaterSteps } = writes.now() ?? (await writes.load());
        useFeedback.getState().written(await moveLaterSteps(causeIds, moves));
      } catch (e) {
        useFeedback.getState().failed(messageOf(e));
      }
    },
    [],
  );

  const onOpen = useCallback((id: string) => setDialog({ mode: 'edit', id }), []);
  const onAdd = useCallback((month: number) => setDialog({ mode: 'add', month }), []);
  const planId = plan.id;
  const onMove = useCallback(
    async (id: string, target: MoveTarget) => {
      const month = Number(target.columnId);
      try {
        const { moveMilestone } = writes.now() ?? (await writes.load());
        const step = await moveMilestone(id, {
          month,
          planId,
          afterId: target.afterId,
          beforeId: target.beforeId,
        });
        useFeedback.getState().written(step, { announce: false }); // the board has said it
      } catch (e) {
        useFeedback.getState().failed(messageOf(e), { announce: false }); // the board says it
        throw e;
      }
    },
    [planId],
  );
  const itemName = useCallback((m: Milestone) => m.title, []);
  const renderOverlay = useCallback(
    (m: Milestone) => (
      <BoardCardFrame bodyClassName={milestoneCardClass(m.status)}>
        <MilestoneCard
          id={m.id}
          title={m.title}
          description={m.description}
          status={m.status}
          categoryLabel={CATEGORY_LABELS[m.category]}
          overdue={false}
          slip={m.month - m.baselineMonth}
          baselineMonth={m.baselineMonth}
          doneOn={m.doneOn}
        />
      </BoardCardFrame>
    ),
    [],
  );

  if (!milestones) return <p role="status">Loading your plan…</p>;

  const { stats } = view;
  const filtered = hidden.length > 0 || category !== 'all';
  const editing = dialog?.mode === 'edit' ? milestones.find((m) => m.id === dialog.id) : undefined;

  return (
    <div>
      <div className={styles.top}>
        <div>
          <h1 className={styles.title}>Timeline</h1>
          <p className={styles.subtitle}>
            {current >= 1 && current <= plan.lengthMonths
              ? `You are in Month ${current} of ${plan.lengthMonths}. Drag cards to re-plan; the board keeps track of what slipped.`
              : current < 1
                ? `Your plan starts in ${monthLabel(plan.startMonth)}.`
                : `Your ${plan.lengthMonths}-month plan ended in ${monthLabel(planMonth(plan, plan.lengthMonths))}.`}
          </p>
          {current > 1 && current <= plan.lengthMonths ? (
            // On a phone the months are stacked: with many cards this month can be far down.
            <Button
              variant="ghost"
              size="small"
              onClick={() => goToMonth(scrollerRef.current, current)}
            >
              Go to Month {current}
            </Button>
          ) : null}
        </div>
      </div>

      <Stats
        label="Plan at a glance"
        stats={[
          { value: `${stats.done} / ${stats.total}`, label: 'done' },
          { value: stats.dueThisMonth, label: 'due this month' },
          { value: stats.overdue, label: 'overdue', tone: stats.overdue ? 'danger' : undefined },
          { value: stats.slipped, label: 'slipped', tone: stats.slipped ? 'warn' : undefined },
          ...(stats.pulledIn ? [{ value: stats.pulledIn, label: 'pulled in' }] : []),
        ]}
      />

      <SlipNotice slips={view.slips} exitAfter={exitAfterSlip} onMove={onMoveLater} />
      {ExitDatesNotice && <ExitDatesNotice conflicts={exitConflicts} />}

      <Filters shown={view.visible.length} total={view.total} filtered={filtered} />

      <div className={boardStripClass} ref={scrollerRef}>
        <Board
          columns={columns}
          items={view.byColumn}
          itemName={itemName}
          onMove={onMove}
          renderOverlay={renderOverlay}
          columnNoun="month"
        >
          <div className={`${boardColumnsClass} ${styles.board}`}>
            {phaseGroups(plan.lengthMonths).map(({ phase, months }) => (
              <div
                key={phase.number}
                role="group"
                aria-labelledby={`phase-${phase.number}`}
                className={styles.phase}
              >
                <div className={styles.phaseHead}>
                  <h2 id={`phase-${phase.number}`} className={styles.phaseName}>
                    Phase {phase.number}: {phase.name}
                  </h2>
                  <p className={styles.phaseSummary}>{phase.summary}</p>
                </div>
                <div className={styles.months}>
                  {months.map((i) => (
                    <MonthColumn
                      key={i}
                      columnId={String(i)}
                      month={i}
                      name={planMonthName(plan, i)}
                      monthLabel={monthLabel(planMonth(plan, i))}
                      isCurrent={i === current}
                      isPast={i < current}
                      milestones={view.byColumn.get(String(i)) ?? EMPTY}
                      overdueIds={view.overdueIds}
                      readings={view.readings}
                      extraById={extraById}
                      filtered={filtered}
                      onOpen={onOpen}
                      onAdd={onAdd}
                    />
                  ))}
                </div>
              </div>
            ))}
            {view.byColumn.has(AFTER_PLAN) ? (
              <div className={styles.phase}>
                <div className={styles.months}>
                  <MonthColumn
                    columnId={AFTER_PLAN}
                    month={null}
                    name="After the plan"
                    monthLabel=""
                    isCurrent={false}
                    isPast={false}
                    milestones={view.byColumn.get(AFTER_PLAN) ?? EMPTY}
                    overdueIds={view.overdueIds}
                    readings={view.readings}
                    extraById={extraById}
                    onOpen={onOpen}
                    onAdd={onAdd}
                  />
                </div>
              </div>
            ) : null}
          </div>
        </Board>
      </div>

      {dialog && (dialog.mode === 'add' || editing) ? (
        <Suspense fallback={null}>
          <MilestoneDialog
            plan={plan}
            milestone={editing}
            evidence={evidence}
            month={dialog.mode === 'add' ? dialog.month : undefined}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      ) : null}
    </div>
  );
}

const EMPTY: readonly Milestone[] = [];

function Filters({ shown, total, filtered }: { shown: number; total: number; filtered: boolean }) {
  const hidden = useTimelineFilters((s) => s.hiddenStatuses);
  const category = useTimelineFilters((s) => s.category);
  const statusToggled = useTimelineFilters((s) => s.statusToggled);
  const categoryChosen = useTimelineFilters((s) => s.categoryChosen);
  const cleared = useTimelineFilters((s) => s.cleared);
  return (
    <details className={styles.filterBox} open={filtered || undefined}>
      <summary>
        Filter cards
        {filtered ? (
          <span className={styles.filterNote}>
            · showing {shown} of {total}
          </span>
        ) : null}
      </summary>
      <div className={styles.filters}>
        <fieldset className={styles.statusGroup}>
          <legend>Show</legend>
          {MILESTONE_STATUSES.map((s) => (
            <label key={s} className={styles.check}>
              <input
                type="checkbox"
                checked={!hidden.includes(s)}
                onChange={() => statusToggled(s)}
              />
              {STATUS_LABELS[s]}
            </label>
          ))}
        </fieldset>
        <label className={styles.categoryFilter}>
          Category
          <select
            value={category}
            onChange={(e) => categoryChosen(e.target.value as typeof category)}
          >
            <option value="all">All categories</option>
            {MILESTONE_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {CATEGORY_LABELS[c]}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <>
            <span className={styles.filterNote} role="status">
              Showing {shown} of {total}
            </span>
            <Button variant="ghost" size="small" onClick={cleared}>
              Show all
            </Button>
          </>
        ) : null}
      </div>
    </details>
  );
}

/** Bring a month's column into view and put focus on its heading (its cards follow it in the tab order). */
function goToMonth(board: HTMLElement | null, month: number) {
  const heading = board?.querySelector<HTMLElement>(`[data-month-heading="${month}"]`);
  heading?.focus();
  heading?.scrollIntoView({ block: 'start', inline: 'start' });
}
