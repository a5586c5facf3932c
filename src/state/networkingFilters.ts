import { create } from 'zustand';
import type { CallChannel } from '../domain/networking/channels';
import type { RoleTypeId } from '../domain/roleTypes';

export type RoleFilter = RoleTypeId | 'none' | 'all';
export type ContactSort = 'name' | 'recent' | 'check-in';

interface NetworkingFilters {
  callQuery: string;
  callChannel: CallChannel | 'all';
  callRole: RoleFilter;
  contactQuery: string;
  contactRole: RoleFilter;
  /** Only people who said you may mention them. */
  contactMentionOnly: boolean;
  contactSort: ContactSort;
  callFiltersChanged: (
    f: Partial<Pick<NetworkingFilters, 'callQuery' | 'callChannel' | 'callRole'>>,
  ) => void;
  contactFiltersChanged: (
    f: Partial<
      Pick<NetworkingFilters, 'contactQuery' | 'contactRole' | 'contactMentionOnly' | 'contactSort'>
    >,
  ) => void;
  callFiltersCleared: () => void;
  contactFiltersCleared: () => void;
}

export const useNetworkingFilters = create<NetworkingFilters>()((set) => ({
  callQuery: '',
  callChannel: 'all',
  callRole: 'all',
  contactQuery: '',
  contactRole: 'all',
  contactMentionOnly: false,
  contactSort: 'name',
  callFiltersChanged: (f) => set(f),
  contactFiltersChanged: (f) => set(f),
  callFiltersCleared: () => set({ callQuery: '', callChannel: 'all', callRole: 'all' }),
  contactFiltersCleared: () =>
    set({ contactQuery: '', contactRole: 'all', contactMentionOnly: false }),
}));
