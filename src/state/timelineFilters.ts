import { create } from 'zustand';
import type { MilestoneCategory, MilestoneStatus } from '../domain/milestone';

/** Which cards by date: all, the overdue ones, or those due this month (not done, this month). */
export type TimelineWhen = 'all' | 'overdue' | 'thisMonth';

interface TimelineFilters {
  /** Statuses the user chose to hide; empty shows everything. */
  hiddenStatuses: MilestoneStatus[];
  category: MilestoneCategory | 'all';
  when: TimelineWhen;
  /**
   * Arrived from a count elsewhere: the year view is shown whatever view is remembered, so every
   * card counted is on screen. Picking a view, or changing the filters, ends it.
   */
  fromLink: boolean;
  statusToggled: (status: MilestoneStatus) => void;
  categoryChosen: (category: MilestoneCategory | 'all') => void;
  /** The Overdue or Due this month filter pressed: on, or off if it was on. */
  whenToggled: (when: Exclude<TimelineWhen, 'all'>) => void;
  /** Arrived from a count elsewhere (the Overview): exactly the cards it counted. */
  onlyWhen: (when: TimelineWhen) => void;
  viewChosen: () => void;
  cleared: () => void;
}

export const useTimelineFilters = create<TimelineFilters>()((set) => ({
  hiddenStatuses: [],
  category: 'all',
  when: 'all',
  fromLink: false,
  statusToggled: (status) =>
    set((s) => ({
      hiddenStatuses: s.hiddenStatuses.includes(status)
        ? s.hiddenStatuses.filter((x) => x !== status)
        : [...s.hiddenStatuses, status],
    })),
  categoryChosen: (category) => set({ category }),
  // Changing what the link asked for ends its hold on the view.
  whenToggled: (when) => set((s) => ({ when: s.when === when ? 'all' : when, fromLink: false })),
  onlyWhen: (when) => set({ hiddenStatuses: [], category: 'all', when, fromLink: true }),
  viewChosen: () => set({ fromLink: false }),
  cleared: () => set({ hiddenStatuses: [], category: 'all', when: 'all', fromLink: false }),
}));

const SHOW: Record<Exclude<TimelineWhen, 'all'>, string> = {
  overdue: 'overdue',
  thisMonth: 'month',
};

/** A link to the Timeline showing only the cards a count counted (`#/timeline?show=overdue`). */
export const timelineLink = (when: Exclude<TimelineWhen, 'all'>): string =>
  `#/timeline?show=${SHOW[when]}`;

/** The filter a Timeline link asks for, if any. */
export function whenFromHash(hash: string): TimelineWhen | null {
  const show = new URLSearchParams(hash.split('?')[1] ?? '').get('show');
  if (show === SHOW.overdue) return 'overdue';
  if (show === SHOW.thisMonth) return 'thisMonth';
  return null;
}
