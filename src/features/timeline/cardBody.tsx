import type { ReactElement } from 'react';
import type { MilestoneReading } from '../../domain/evidence';
import { CATEGORY_LABELS } from '../../domain/milestone';
import type { Milestone } from '../../domain/schema/milestone';
import type { TimelineView } from '../../domain/settings';
import { MilestoneCard, milestoneCardClass } from './MilestoneCard';
import { YearCard, yearCardClass } from './YearCard';

export interface CardShown {
  overdue: boolean;
  /** How it reads with its evidence (domain/evidence.ts); the stored row until that is in. */
  reading?: MilestoneReading | undefined;
  /** A line under the title (where the exit dates put it). */
  extra?: string | undefined;
  /** Stable across renders: the cards are memoised on their props. */
  onOpen?: ((id: string) => void) | undefined;
  onMoveTo?: ((id: string) => void) | undefined;
}

/**
 * A milestone's card body in a view (the year's one line or the board's full card), and the
 * class of the element around it: for the columns and for the card under the pointer alike.
 * Both show the milestone as read: done when its evidence is met, with what it recorded.
 */
export function cardBody(
  m: Milestone,
  view: TimelineView,
  shown: CardShown,
): { body: ReactElement; className: string } {
  const { reading } = shown;
  const status = reading?.status ?? m.status;
  const common = {
    id: m.id,
    title: m.title,
    status,
    overdue: shown.overdue,
    slip: m.month - m.baselineMonth,
    baselineMonth: m.baselineMonth,
    doneOn: reading ? reading.doneOn : m.doneOn,
    ongoing: reading?.ongoing ?? false,
    pace: reading?.ongoing ? (reading.evidence?.pace ?? null) : null,
    onOpen: shown.onOpen,
  };
  const evidence = {
    evidenceLine: reading?.evidence?.line,
    keptOpen: reading?.keptOpen ?? false,
    extra: shown.extra,
  };
  if (view === 'year')
    return {
      body: <YearCard {...common} {...evidence} onMoveTo={shown.onMoveTo} />,
      className: yearCardClass(status),
    };
  return {
    body: (
      <MilestoneCard
        {...common}
        description={m.description}
        categoryLabel={CATEGORY_LABELS[m.category]}
        {...evidence}
        doneBy={reading?.doneBy ?? null}
      />
    ),
    className: milestoneCardClass(status),
  };
}
