import { lazy, Suspense } from 'react';
import { useSync } from '../state/sync';

// Sync's parts of the shell load only once sync runs in this tab (first load stays the same).
const SyncIndicator = lazy(() =>
  import('./SyncNotices').then((m) => ({ default: m.SyncIndicator })),
);
const SyncNotices = lazy(() => import('./SyncNotices').then((m) => ({ default: m.SyncNotices })));

export function SyncOnly({ part }: { part: 'indicator' | 'notices' }) {
  const on = useSync((s) => s.phase !== 'off');
  if (!on) return null;
  return (
    <Suspense fallback={null}>
      {part === 'indicator' ? <SyncIndicator /> : <SyncNotices />}
    </Suspense>
  );
}
