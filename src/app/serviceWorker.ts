/**
 * Offline: the built app registers a service worker (vite-plugin-pwa, Workbox) that keeps every
 * file of the app, so it opens and works with no network after the first visit. A new version
 * waits until the user chooses to reload (a page reloading by itself could lose what they type).
 */
import { useAppUpdate } from '../state/appUpdate';

export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  void import('virtual:pwa-register').then(({ registerSW }) => {
    const update = registerSW({
      onNeedRefresh: () => useAppUpdate.getState().updateReady(() => void update(true)),
    });
  });
}
