/**
 * Whether to offer the new default plan (TemplateOffer.tsx). Its code, with both templates, loads
 * in the first idle moment after the Overview shows, and is kept only if it finds something to
 * offer.
 */
import { useEffect, useRef, useState } from 'react';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { whenIdle } from '../../db/idle';
import { onDemand } from '../../ui/onDemand';

const code = onDemand(() => import('./TemplateOffer'));
type OfferModule = Awaited<ReturnType<typeof code.load>>;

export function useTemplateOffer(
  plan: Plan,
  milestones: readonly Milestone[] | undefined,
): { Offer: OfferModule['TemplateOffer'] | null } {
  const [arrived, setArrived] = useState<OfferModule | null>(null);
  const latest = useRef({ plan, milestones });
  useEffect(() => {
    latest.current = { plan, milestones };
  });
  const loaded = milestones !== undefined;
  useEffect(() => {
    if (!loaded || arrived) return;
    let live = true;
    whenIdle(
      () =>
        void code.load().then(
          (m) => {
            const now = latest.current;
            if (live && now.milestones && m.hasTemplateOffer(now.plan, now.milestones))
              setArrived(m);
          },
          () => undefined, // no offer; the board works
        ),
      { timeout: 2000 },
    );
    return () => {
      live = false;
    };
  }, [loaded, arrived]);
  return { Offer: arrived?.TemplateOffer ?? null };
}
