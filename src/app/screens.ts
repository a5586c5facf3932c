import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Plan } from '../domain/schema/plan';
import type { Route } from './router';

export interface ScreenProps {
  plan: Plan;
}

type Screen = LazyExoticComponent<ComponentType<ScreenProps>>;

/** Each screen is its own chunk: the first load carries only the shell and the screen opened. */
export const SCREENS: Record<Route, Screen> = {
  overview: lazy(() => import('../features/overview/OverviewScreen').then((m) => ({ default: m.OverviewScreen }))),
  timeline: lazy(() => import('../features/timeline/TimelineScreen').then((m) => ({ default: m.TimelineScreen }))),
  networking: lazy(() => import('../features/networking/NetworkingScreen').then((m) => ({ default: m.NetworkingScreen }))),
  opportunities: lazy(() =>
    import('../features/opportunities/OpportunitiesScreen').then((m) => ({ default: m.OpportunitiesScreen })),
  ),
  exit: lazy(() => import('../features/exit/ExitScreen').then((m) => ({ default: m.ExitScreen }))),
  diagnose: lazy(() => import('../features/diagnose/DiagnoseScreen').then((m) => ({ default: m.DiagnoseScreen }))),
  record: lazy(() => import('../features/record/RecordScreen').then((m) => ({ default: m.RecordScreen }))),
  settings: lazy(() => import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen }))),
};

export const NAV: { route: Route; label: string }[] = [
  { route: 'overview', label: 'Overview' },
  { route: 'timeline', label: 'Timeline' },
  { route: 'networking', label: 'Networking' },
  { route: 'opportunities', label: 'Opportunities' },
  { route: 'exit', label: 'Exit plan' },
  { route: 'diagnose', label: 'Diagnose' },
  { route: 'record', label: 'Record' },
  { route: 'settings', label: 'Settings' },
];
