import { createElement, useEffect, useState, type ComponentType } from 'react';
import type { Plan } from '../domain/schema/plan';
import type { Route } from './router';
import styles from './Shell.module.css';

export interface ScreenProps {
  plan: Plan;
}

type Loader = () => Promise<{ default: ComponentType<ScreenProps> }>;

/** Each screen is its own chunk: the first load carries only the shell and the screen opened. */
const LOADERS: Record<Route, Loader> = {
  overview: () =>
    import('../features/overview/OverviewScreen').then((m) => ({ default: m.OverviewScreen })),
  timeline: () =>
    import('../features/timeline/TimelineScreen').then((m) => ({ default: m.TimelineScreen })),
  networking: () =>
    import('../features/networking/NetworkingScreen').then((m) => ({
      default: m.NetworkingScreen,
    })),
  opportunities: () =>
    import('../features/opportunities/OpportunitiesScreen').then((m) => ({
      default: m.OpportunitiesScreen,
    })),
  exit: () => import('../features/exit/ExitScreen').then((m) => ({ default: m.ExitScreen })),
  diagnose: () =>
    import('../features/diagnose/DiagnoseScreen').then((m) => ({ default: m.DiagnoseScreen })),
  record: () =>
    import('../features/record/RecordScreen').then((m) => ({ default: m.RecordScreen })),
  playbook: () =>
    import('../features/playbook/PlaybookScreen').then((m) => ({ default: m.PlaybookScreen })),
  settings: () =>
    import('../features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })),
};

/** Screens whose code has loaded, to render without waiting. */
const loaded = new Map<Route, ComponentType<ScreenProps>>();

const load = (route: Route) =>
  LOADERS[route]().then((m) => {
    loaded.set(route, m.default);
    return m.default;
  });

/**
 * A screen: rendered at once when its code is already loaded (see preloadScreen), else after
 * it loads, with "Loading…" meanwhile. Not React.lazy: a lazy component suspends on its first
 * render even when its code is there, and once a Suspense fallback has shown React holds the
 * content back for up to 300 ms (it throttles revealing it), which at start-up delayed reading
 * the board's cards by as much (npm run bench, figure 2). A failed load goes to the screen's
 * error boundary.
 */
function screen(route: Route): ComponentType<ScreenProps> {
  function Screen(props: ScreenProps) {
    const [state, setState] = useState<{ Loaded: ComponentType<ScreenProps> } | null>(() => {
      const Loaded = loaded.get(route);
      return Loaded ? { Loaded } : null;
    });
    useEffect(() => {
      if (state) return;
      let current = true;
      load(route).then(
        (Loaded) => current && setState({ Loaded }),
        (e: unknown) =>
          current &&
          setState(() => {
            throw e;
          }),
      );
      return () => {
        current = false;
      };
    }, [state]);
    return state
      ? createElement(state.Loaded, props)
      : createElement('p', { className: styles.loading }, 'Loading…');
  }
  return Screen;
}

export const SCREENS = Object.fromEntries(
  (Object.keys(LOADERS) as Route[]).map((route) => [route, screen(route)]),
) as Record<Route, ComponentType<ScreenProps>>;

/**
 * Start loading a screen's code now. At start-up the screen in the address loads while the
 * database opens and the plan is read, rather than after (a few hundred ms on a slow phone).
 */
export function preloadScreen(route: Route): void {
  load(route).catch(() => undefined); // a failure shows when the screen renders
}

export const NAV: { route: Route; label: string }[] = [
  { route: 'overview', label: 'Overview' },
  { route: 'timeline', label: 'Timeline' },
  { route: 'networking', label: 'Networking' },
  { route: 'opportunities', label: 'Opportunities' },
  { route: 'exit', label: 'Exit plan' },
  { route: 'diagnose', label: 'Diagnose' },
  { route: 'record', label: 'Record' },
  { route: 'playbook', label: 'Playbook' },
  { route: 'settings', label: 'Settings' },
];
