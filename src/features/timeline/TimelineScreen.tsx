import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { dayToDate, monthLabel } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import { readMilestones } from '../../domain/evidence';
import { boardStats } from '../../domain/milestone';
import { currentPlanIndex, planMonth } from '../../domain/plan';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import type { TimelineView } from '../../domain/settings';
import { slipMoves, slips } from '../../domain/slip';
import { useEvidence } from '../../db/evidenceLive';
import { whenIdle } from '../../db/idle';
import { useMilestones } from '../../db/milestonesLive';
import { useSharedSetting } from '../../db/settingsLive';
import { useFeedback } from '../../state/feedback';
import { firstScreenShown } from '../../state/firstScreen';
import { useTimelineFilters, whenFromHash } from '../../state/timelineFilters';
import { Board, BoardCardFrame, boardStripClass, type MoveTarget } from '../../ui/board';
import { Button } from '../../ui/Button';
import { Stats } from '../../ui/Stats';
import { onDemand } from '../../ui/onDemand';
import { usePending } from '../../ui/usePending';
import { useToday } from '../../ui/useToday';
import { cardBody } from './cardBody';
import { passesWhen, readCards } from './cardReading';
import { useExitDates } from './exitDates';
import { SlipNotice } from './SlipNotice';
import styles from './Timeline.module.css';
import { TimelineToolbar } from './TimelineToolbar';
import type { Landing } from './landing';
import { AFTER_PLAN, PlanMonths } from './PlanMonths';

/**
 * The milestone writes (and the card-order keys they compute) load once the board is shown: the
 * first paint does not need them (npm run bench, figure 1). A move made before then waits for them.
 */
const writes = onDemand(() => import('../../db/milestones'));

const MilestoneDialog = lazy(() =>
  import('./MilestoneDialog').then((m) => ({ default: m.MilestoneDialog })),
);
const MoveToMonthDialog = lazy(() =>
  import('./MoveToMonthDialog').then((m) => ({ default: m.MoveToMonthDialog })),
);
/** Where the screen scrolls and puts focus after a filter or a move: needed only then. */
const landingCode = onDemand(() => import('./landing'));

const PrintPlan = lazy(() => import('./PrintPlan').then((m) => ({ default: m.PrintPlan })));

type DialogState =
  | { mode: 'add'; month: number }
  | { mode: 'edit'; id: string }
  | { mode: 'moveTo'; id: string }
  | null;

export function TimelineScreen({ plan }: { plan: Plan }) {
  const milestones = useMilestones(plan.id);
  const todayDay = useToday();
  const hidden = useTimelineFilters((s) => s.hiddenStatuses);
  const category = useTimelineFilters((s) => s.category);
  const when = useTimelineFilters((s) => s.when);
  const fromLink = useTimelineFilters((s) => s.fromLink);
  const [dialog, setDialog] = useState<DialogState>(null);
  const [printing, setPrinting] = useState(false);
  const scrollerRef = useRef<HTMLDivElement>(null);

  // The view remembered in the database, shown at once when switched; a link from a count
  // elsewhere (#/timeline?show=overdue) shows the year, where every card it counted is on screen.
  const storedView = useSharedSetting('timelineView');
  const chosenView = usePending<TimelineView | undefined>(storedView);
  const view: TimelineView = fromLink ? 'year' : (chosenView.value ?? 'year');
  const onView = useCallback(
    (next: TimelineView) => {
      useTimelineFilters.getState().viewChosen();
      chosenView.set(next);
      import('../../db/settings')
        .then(({ setSetting }) => setSetting('timelineView', next))
        .catch((e: unknown) => {
          chosenView.clear();
          useFeedback.getState().failed(messageOf(e));
        });
    },
    [chosenView],
  );
  useLayoutEffect(() => {
    const apply = () => {
      const linked = whenFromHash(window.location.hash);
      if (!linked) return;
      useTimelineFilters.getState().onlyWhen(linked);
      // The filter is on; the address goes back to the screen's own, so a reload keeps the view.
      window.history.replaceState(window.history.state, '', '#/timeline');
    };
    apply();
    window.addEventListener('hashchange', apply);
    return () => window.removeEventListener('hashchange', apply);
  }, []);
  const loaded = milestones !== undefined && storedView !== undefined;

  // On wide screens the board's months scroll sideways: open it at the current month (unless
  // Overdue or Due this month is on: then at the first card it shows, below).
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (!loaded || !scroller || scroller.scrollWidth <= scroller.clientWidth) return;
    if (useTimelineFilters.getState().when !== 'all') return;
    const current = scroller.querySelector<HTMLElement>('[data-current]');
    if (current)
      scroller.scrollLeft +=
        current.getBoundingClientRect().left - scroller.getBoundingClientRect().left - 16;
  }, [loaded, view]);

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

  const cards = useMemo(() => {
    const raw = milestones ?? [];
    const { rows: all, readings } = readMilestones(raw, evidence);
    const reading = readCards(all, plan, now);
    // Filters go by the status as read (a card its evidence ticked counts as done); the board
    // gets the stored rows, which a move compares with the database.
    const visible = raw.filter(
      (m) =>
        !hidden.includes(readings.get(m.id)?.status ?? m.status) &&
        (category === 'all' || m.category === category) &&
        passesWhen(m.id, when, reading),
    );
    const byColumn = new Map<string, Milestone[]>();
    for (let i = 1; i <= plan.lengthMonths; i++) byColumn.set(String(i), []);
    for (const m of visible) {
      const key = m.month > plan.lengthMonths ? AFTER_PLAN : String(m.month);
      const list = byColumn.get(key) ?? [];
      list.push(m);
      byColumn.set(key, list);
    }
    return {
      visible,
      byColumn,
      overdueIds: reading.overdueIds,
      readings,
      stats: boardStats(all, plan, now),
      total: all.length,
      // Steps pushed by a move (domain/slip.ts): once the evidence is in, as done steps count.
      slips: evidence ? slips(all, plan.lengthMonths) : [],
    };
  }, [milestones, evidence, hidden, category, when, plan, now]);

  // Overdue or Due this month turned on (or arrived on by a count's link), or the view switched
  // with one on: bring the first card it shows into view, once per filter and view. After the
  // evidence is read: until then the cards it ticks are not called overdue, and the first may change.
  const evidenceRead = evidence !== undefined;
  const shownFor = useRef<string | null>(null);
  useEffect(() => {
    const scroller = scrollerRef.current;
    if (when === 'all') shownFor.current = null;
    const key = `${view} ${when}`;
    if (!loaded || !scroller || when === 'all' || !evidenceRead || shownFor.current === key) return;
    shownFor.current = key;
    landingCode
      .load()
      .then((m) => m.toFirstCard(scroller))
      .catch(() => undefined);
  }, [loaded, view, when, evidenceRead]);

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
    if (cards.byColumn.has(AFTER_PLAN))
      cols.push({
        id: AFTER_PLAN,
        name: 'After the plan',
        accepts: false,
      } as (typeof cols)[number]);
    return cols;
  }, [plan.lengthMonths, cards.byColumn]);

  // Where the exit dates would disagree once the pushed steps move.
  const exitAfterSlip = useMemo(() => {
    if (cards.slips.length === 0 || !milestones) return [];
    const to = new Map(slipMoves(cards.slips).map((m) => [m.id, m.month] as const));
    return conflictsWith(milestones.map((m) => ({ ...m, month: to.get(m.id) ?? m.month })));
  }, [cards.slips, milestones, conflictsWith]);
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

  // A card moved with "Pick a month" gets the focus back on that button in its new month, once
  // it is drawn there and the dialog has given the page back: checked as the card arrives (a
  // layout effect, so the focus never rests elsewhere) and as the dialog goes (an effect, which
  // runs after the dialog's clean-up made the page focusable again).
  const landing = useRef<Landing | null>(null);
  const land = (last: boolean) => {
    const code = landingCode.now();
    if (!landing.current || dialog || !code) return;
    if (code.landed(scrollerRef.current, landing.current, milestones, cards.visible, last))
      landing.current = null;
  };
  useLayoutEffect(() => land(false));
  useEffect(() => land(true));
  const onMoved = useCallback((id: string, month: number) => {
    void landingCode
      .load()
      .catch(() => undefined)
      .then(() => {
        landing.current = { id, month };
        setDialog(null);
      });
  }, []);

  const onOpen = useCallback((id: string) => setDialog({ mode: 'edit', id }), []);
  const onAdd = useCallback((month: number) => setDialog({ mode: 'add', month }), []);
  const onMoveTo = useCallback((id: string) => setDialog({ mode: 'moveTo', id }), []);
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
    (m: Milestone) => {
      const { body, className } = cardBody(m, view, {
        overdue: false,
        reading: cards.readings.get(m.id),
      });
      return <BoardCardFrame bodyClassName={className}>{body}</BoardCardFrame>;
    },
    [view, cards.readings],
  );
  const lastIdIn = useCallback(
    (month: number) => cards.byColumn.get(String(month))?.at(-1)?.id ?? null,
    [cards.byColumn],
  );

  if (!milestones || !loaded) return <p role="status">Loading your plan…</p>;

  const { stats } = cards;
  const filtered = hidden.length > 0 || category !== 'all' || when !== 'all';
  const editing = dialog?.mode === 'edit' ? milestones.find((m) => m.id === dialog.id) : undefined;
  const moving = dialog?.mode === 'moveTo' ? milestones.find((m) => m.id === dialog.id) : undefined;

  return (
    <div>
      <div className={styles.top}>
        <div>
          <h1 className={styles.title}>Timeline</h1>
          <p className={styles.subtitle}>
            {current >= 1 && current <= plan.lengthMonths
              ? `You are in Month ${current} of ${plan.lengthMonths}. Drag cards to re-plan; slips are tracked.`
              : current < 1
                ? `Your plan starts in ${monthLabel(plan.startMonth)}.`
                : `Your ${plan.lengthMonths}-month plan ended in ${monthLabel(planMonth(plan, plan.lengthMonths))}.`}
          </p>
          {current > 1 && current <= plan.lengthMonths ? (
            // On a phone the months are stacked: with many cards this month can be far down.
            <Button
              variant="ghost"
              size="small"
              className={view === 'year' ? styles.goToInYear : undefined}
              onClick={() => goToMonth(scrollerRef.current, current)}
            >
              Go to Month {current}
            </Button>
          ) : null}
        </div>
        <div className={styles.topStats}>
          <Stats
            label="Plan at a glance"
            stats={[
              // "10 of 14 done", worded as the Overview words it; the count alone is the figure,
              // so it stays on one line in its box (a "10 /" over a "14" is not read at a glance).
              { value: stats.done, label: `of ${String(stats.total)} done` },
              { value: stats.dueThisMonth, label: 'due this month' },
              {
                value: stats.overdue,
                label: 'overdue',
                tone: stats.overdue ? 'danger' : undefined,
              },
              { value: stats.slipped, label: 'slipped', tone: stats.slipped ? 'warn' : undefined },
              ...(stats.pulledIn ? [{ value: stats.pulledIn, label: 'pulled in' }] : []),
            ]}
          />
        </div>
      </div>

      <SlipNotice slips={cards.slips} exitAfter={exitAfterSlip} onMove={onMoveLater} />
      {ExitDatesNotice && <ExitDatesNotice conflicts={exitConflicts} />}

      <TimelineToolbar
        view={view}
        onView={onView}
        overdue={stats.overdue}
        dueThisMonth={stats.dueThisMonth}
        shown={cards.visible.length}
        total={cards.total}
        onPrint={() => setPrinting(true)}
      />

      <div className={view === 'year' ? styles.yearStrip : boardStripClass} ref={scrollerRef}>
        <Board
          columns={columns}
          items={cards.byColumn}
          itemName={itemName}
          onMove={onMove}
          renderOverlay={renderOverlay}
          columnNoun="month"
        >
          <PlanMonths
            plan={plan}
            current={current}
            variant={view}
            today={todayDay}
            milestonesIn={(key) => cards.byColumn.get(key)}
            overdueIds={cards.overdueIds}
            readings={cards.readings}
            extraById={extraById}
            filtered={filtered}
            onOpen={onOpen}
            onAdd={onAdd}
            onMoveTo={onMoveTo}
          />
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
      {moving ? (
        <Suspense fallback={null}>
          <MoveToMonthDialog
            plan={plan}
            milestone={moving}
            lastIdIn={lastIdIn}
            current={current}
            onClose={() => setDialog(null)}
            onMoved={(month) => onMoved(moving.id, month)}
          />
        </Suspense>
      ) : null}
      {printing ? (
        <Suspense fallback={null}>
          <PrintPlan plan={plan} today={todayDay} onDone={() => setPrinting(false)} />
        </Suspense>
      ) : null}
    </div>
  );
}

/** Bring a month's column into view and put focus on its heading (its cards follow it in the tab order). */
function goToMonth(board: HTMLElement | null, month: number) {
  const heading = board?.querySelector<HTMLElement>(`[data-month-heading="${month}"]`);
  heading?.focus();
  heading?.scrollIntoView({ block: 'start', inline: 'start' });
}
