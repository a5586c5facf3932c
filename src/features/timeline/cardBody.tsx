import type { ReactElement } from 'react';
import { CATEGORY_LABELS } from '../../domain/milestone';
import type { Milestone } from '../../domain/schema/milestone';
import type { TimelineView } from '../../domain/settings';
import { MilestoneCard, milestoneCardClass } from './MilestoneCard';
import { YearCard, yearCardClass } from './YearCard';

export interface CardShown {
  overdue: boolean;
  /** A line under the title (the count of calls, an exit-date note). */
  extra?: string | undefined;
  /** Stable across renders: the cards are memoised on their props. */
  onOpen?: ((id: string) => void) | undefined;
  onMoveTo?: ((id: string) => void) | undefined;
}

/**
 * A milestone's card body in a view (the year's one line or the board's full card), and the
 * class of the element around it: for the columns and for the card under the pointer alike.
 */
export function cardBody(
  m: Milestone,
  view: TimelineView,
  shown: CardShown,
): { body: ReactElement; className: string } {
  const common = {
    id: m.id,
    title: m.title,
    status: m.status,
    overdue: shown.overdue,
    slip: m.month - m.baselineMonth,
    baselineMonth: m.baselineMonth,
    doneOn: m.doneOn,
    extra: shown.extra,
    onOpen: shown.onOpen,
  };
  return view === 'year'
    ? {
        body: <YearCard {...common} onMoveTo={shown.onMoveTo} />,
        className: yearCardClass(m.status),
      }
    : {
        body: (
          <MilestoneCard
            {...common}
            description={m.description}
            categoryLabel={CATEGORY_LABELS[m.category]}
          />
        ),
        className: milestoneCardClass(m.status),
      };
}
