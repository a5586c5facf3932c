import { create } from 'zustand';
import type { MilestoneCategory, MilestoneStatus } from '../domain/milestone';

interface TimelineFilters {
  /** Statuses the user chose to hide; empty shows everything. */
  hiddenStatuses: MilestoneStatus[];
  category: MilestoneCategory | 'all';
  statusToggled: (status: MilestoneStatus) => void;
  categoryChosen: (category: MilestoneCategory | 'all') => void;
  cleared: () => void;
}

export const useTimelineFilters = create<TimelineFilters>()((set) => ({
  hiddenStatuses: [],
  category: 'all',
  statusToggled: (status) =>
    set((s) => ({
      hiddenStatuses: s.hiddenStatuses.includes(status)
        ? s.hiddenStatuses.filter((x) => x !== status)
        : [...s.hiddenStatuses, status],
    })),
  categoryChosen: (category) => set({ category }),
  cleared: () => set({ hiddenStatuses: [], category: 'all' }),
}));
