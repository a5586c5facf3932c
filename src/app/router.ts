/**
 * Hash routes (#/timeline): they work from any static host and offline, with no server rewrites.
 */
import { useSyncExternalStore } from 'react';

export const ROUTES = [
  'overview',
  'timeline',
  'networking',
  'opportunities',
  'exit',
  'diagnose',
  'record',
  'playbook',
  'settings',
] as const;
export type Route = (typeof ROUTES)[number];

export function routeFromHash(hash: string): Route {
  const path = hash.replace(/^#\/?/, '').split(/[/?]/)[0] ?? '';
  return (ROUTES as readonly string[]).includes(path) ? (path as Route) : 'overview';
}

export const hrefFor = (route: Route) => (route === 'overview' ? '#/' : `#/${route}`);

function subscribe(onChange: () => void) {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  return useSyncExternalStore(
    subscribe,
    () => routeFromHash(window.location.hash),
    () => 'overview' as Route,
  );
}

export function navigate(route: Route) {
  window.location.hash = hrefFor(route);
}
