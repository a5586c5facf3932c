import { lazy, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Day } from '../../domain/calendar';
import { messageOf } from '../../domain/errors';
import {
  OFFER_STAGES,
  opportunityName,
  pipelineSummary,
  STAGE_HINTS,
  STAGE_LABELS,
  STAGES,
  type ClosedReason,
  type Stage,
} from '../../domain/opportunity';
import type { Clawback } from '../../domain/schema/exitPlan';
import type { Opportunity } from '../../domain/schema/opportunity';
import { EMPTY_VISION } from '../../domain/settings';
import type { Plan } from '../../domain/schema/plan';
import { applyOfferStartDate, useClawbacks, useExitPlan } from '../../db/exitPlan';
import { moveOpportunity, useOpportunities } from '../../db/opportunities';
import { useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import {
  Board,
  BoardCardFrame,
  boardColumnsClass,
  boardStripClass,
  type MoveTarget,
} from '../../ui/board';
import { Button } from '../../ui/Button';
import { Stats } from '../../ui/Stats';
import { useToday } from '../../ui/useToday';
import { ClosedReasonDialog } from './ClosedReasonDialog';
import { OfferComparison } from './OfferComparison';
import { OpportunityCard } from './OpportunityCard';
import { cardProps, StageColumn } from './StageColumn';
import styles from './Opportunities.module.css';
import { agree } from '../../domain/counts';

const OpportunityDialog = lazy(() =>
  import('./OpportunityDialog').then((m) => ({ default: m.OpportunityDialog })),
);

type DialogState = { mode: 'add' } | { mode: 'edit'; id: string } | null;
interface ReasonRequest {
  id: string;
  name: string;
  resolve: (reason: ClosedReason | null) => void;
}

const COLUMNS = STAGES.map((s) => ({ id: s, name: STAGE_LABELS[s] }));
const EMPTY: readonly Opportunity[] = [];
const NO_CLAWBACKS: readonly Clawback[] = [];

export function OpportunitiesScreen({ plan }: { plan: Plan }) {
  const opportunities = useOpportunities(plan.id);
  const targets = useSetting('targetRoleTypes');
  const exitPlan = useExitPlan(plan.id);
  const clawbacks = useClawbacks(plan.id);
  const vision = useSetting('vision');
  const currency = useSetting('currency') ?? 'USD';
  const today = useToday();
  const [dialog, setDialog] = useState<DialogState>(null);
  const [reasonRequest, setReasonRequest] = useState<ReasonRequest | null>(null);
  const listRef = useRef<readonly Opportunity[]>(EMPTY);
  const todayRef = useRef<Day>(today);

  useEffect(() => {
    listRef.current = opportunities ?? EMPTY;
    todayRef.current = today;
  });

  const byColumn = useMemo(() => {
    const map = new Map<string, Opportunity[]>(STAGES.map((s) => [s, []]));
    for (const o of opportunities ?? []) map.get(o.stage)?.push(o);
    return map;
  }, [opportunities]);

  const onOpen = useCallback((id: string) => setDialog({ mode: 'edit', id }), []);

  const askReason = useCallback(
    (id: string, name: string) =>
      new Promise<ClosedReason | null>((resolve) => setReasonRequest({ id, name, resolve })),
    [],
  );

  const onMove = useCallback(
    async (id: string, target: MoveTarget): Promise<boolean> => {
      const current = listRef.current.find((o) => o.id === id);
      if (!current) return false;
      const stage = target.columnId as Stage;
      let closedReason: ClosedReason | null = current.closedReason;
      if (stage === 'closed' && current.stage !== 'closed') {
        closedReason = await askReason(id, opportunityName(current));
        if (!closedReason) return false;
      }
      try {
        const step = await moveOpportunity(
          id,
          { stage, afterId: target.afterId, beforeId: target.beforeId, closedReason },
          todayRef.current,
        );
        useFeedback.getState().written(step, { announce: false }); // the board has said it
        return true;
      } catch (e) {
        useFeedback.getState().failed(messageOf(e), { announce: false }); // the board says it
        throw e;
      }
    },
    [askReason],
  );

  const onUseStartDate = useCallback(
    async (id: string) => {
      try {
        useFeedback.getState().written(await applyOfferStartDate(plan.id, id, todayRef.current));
      } catch (e) {
        useFeedback.getState().failed(messageOf(e));
      }
    },
    [plan.id],
  );

  const itemName = useCallback((o: Opportunity) => opportunityName(o), []);
  const renderOverlay = useCallback(
    (o: Opportunity) => (
      <BoardCardFrame>
        <OpportunityCard {...cardProps(o, todayRef.current, currency)} />
      </BoardCardFrame>
    ),
    [currency],
  );

  if (!opportunities || !exitPlan) return <p role="status">Loading your opportunities…</p>;

  const summary = pipelineSummary(opportunities);
  const offers = opportunities
    .filter((o) => OFFER_STAGES.includes(o.stage))
    .sort((a, b) => STAGES.indexOf(b.stage) - STAGES.indexOf(a.stage));
  const editing =
    dialog?.mode === 'edit' ? opportunities.find((o) => o.id === dialog.id) : undefined;

  return (
    <div>
      <div className={styles.top}>
        <div>
          <h1 className={styles.title}>Opportunities</h1>
          <p className={styles.subtitle}>
            Every application and offer, by stage. Drag a card to its new stage, or open it to
            change the stage.
          </p>
        </div>
        <Button variant="primary" onClick={() => setDialog({ mode: 'add' })}>
          Add opportunity
        </Button>
      </div>

      {opportunities.length ? (
        <Stats
          label="Pipeline at a glance"
          stats={[
            { value: summary.open, label: 'open' },
            { value: summary.late, label: 'at final round or offer' },
            { value: summary.offers, label: agree(summary.offers, 'offer', 'offers') },
            ...(summary.accepted ? [{ value: summary.accepted, label: 'accepted' }] : []),
          ]}
        />
      ) : (
        <p className={styles.emptyNote}>
          Nothing here yet. Add the roles you are aiming for as Target, then move each one along as
          it progresses. Aim to reach final rounds with one to three good roles.
        </p>
      )}

      {/* Focusable so the keyboard can scroll the stages sideways on a narrow window. */}
      <div className={boardStripClass} role="region" aria-label="Pipeline" tabIndex={0}>
        <Board
          columns={COLUMNS}
          items={byColumn}
          itemName={itemName}
          onMove={onMove}
          renderOverlay={renderOverlay}
          columnNoun="stage"
        >
          <div className={`${boardColumnsClass} ${styles.board}`}>
            {STAGES.map((s) => (
              <StageColumn
                key={s}
                stage={s}
                name={STAGE_LABELS[s]}
                hint={STAGE_HINTS[s]}
                opportunities={byColumn.get(s) ?? EMPTY}
                today={today}
                currency={currency}
                onOpen={onOpen}
              />
            ))}
          </div>
        </Board>
      </div>

      <section className={styles.compare} aria-labelledby="compare-offers">
        <h2 id="compare-offers" className={styles.sectionTitle}>
          Compare offers
        </h2>
        <OfferComparison
          offers={offers}
          pipeline={opportunities}
          currentAnnualPay={exitPlan.currentAnnualPay}
          plannedStartDate={exitPlan.plannedStartDate}
          currency={currency}
          exit={exitPlan}
          clawbacks={clawbacks ?? NO_CLAWBACKS}
          vision={vision ?? EMPTY_VISION}
          today={today}
          onUseStartDate={(id) => void onUseStartDate(id)}
        />
      </section>

      {dialog && (dialog.mode === 'add' || editing) ? (
        <Suspense fallback={null}>
          <OpportunityDialog
            planId={plan.id}
            opportunity={editing}
            currency={currency}
            today={today}
            plannedStartDate={exitPlan.plannedStartDate}
            onUseStartDate={(id) => void onUseStartDate(id)}
            pipeline={opportunities}
            targets={targets ?? []}
            onClose={() => setDialog(null)}
          />
        </Suspense>
      ) : null}

      {reasonRequest ? (
        <ClosedReasonDialog
          name={reasonRequest.name}
          onDone={(reason) => {
            setReasonRequest(null);
            reasonRequest.resolve(reason);
            // The card was re-mounted in its new column: put focus back on its handle.
            requestAnimationFrame(() =>
              document
                .querySelector<HTMLElement>(
                  `[data-board-item="${CSS.escape(reasonRequest.id)}"] button`,
                )
                ?.focus({ preventScroll: true }),
            );
          }}
        />
      ) : null}
    </div>
  );
}
