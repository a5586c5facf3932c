import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useState } from 'react';
import type { Day } from '../domain/calendar';
import type { EvidenceBoard } from '../domain/evidence';
import type * as EvidenceCode from './evidence';
import { whenIdle } from './idle';

type Code = typeof EvidenceCode;
let code: Code | null = null;

/**
 * The plan's evidence, kept live; undefined until it is read (milestones tied to evidence then
 * say nothing about being late). Its code and reads start at once, or with `defer` in the first
 * idle moment: the Timeline shows and moves its cards first (npm run bench, figure 1).
 */
export function useEvidence(
  planId: string,
  today: Day,
  { defer = false }: { defer?: boolean } = {},
): EvidenceBoard | undefined {
  const [loaded, setLoaded] = useState<Code | null>(code);
  useEffect(() => {
    if (loaded) return;
    let live = true;
    const load = () =>
      void import('./evidence').then(
        (m) => {
          code = m;
          if (live) setLoaded(m);
        },
        () => undefined, // no evidence: cards are read by hand only, and never called late
      );
    if (defer) whenIdle(load, { timeout: 1000, fallbackMs: 0 });
    else load();
    return () => {
      live = false;
    };
  }, [loaded, defer]);
  return useLiveQuery(
    () => (loaded ? loaded.readEvidence(planId, today) : undefined),
    [loaded, planId, today],
  );
}
