/**
 * Offline: the built app registers a service worker (vite-plugin-pwa, Workbox) that keeps every
 * file of the app, so it opens and works with no network after the first visit. A new version
 * waits until the user chooses to reload (a page reloading by itself could lose what they type).
 */
import { whenIdle } from '../db/idle';
import { useAppUpdate } from '../state/appUpdate';

/** Called once the first screen has shown (main.tsx). */
export function registerServiceWorker(): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const register = () =>
    void import('virtual:pwa-register').then(({ registerSW }) => {
      const update = registerSW({
        onNeedRefresh: () => useAppUpdate.getState().updateReady(() => void update(true)),
      });
    });
  // Once the page has loaded and the first screen has settled: the registration code (Workbox's,
  // 2.7 KB gzip) is not part of the first load, and the worker's download of every file does not
  // compete with the first screen's own requests.
  const later = () => whenIdle(register, { timeout: 3000, fallbackMs: 500 });
  if (document.readyState === 'complete') later();
  else window.addEventListener('load', later, { once: true });
}
