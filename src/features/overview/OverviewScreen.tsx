import { dayToDate, monthLabel } from '../../domain/calendar';
import { currentPlanIndex, phaseOf } from '../../domain/plan';
import type { Plan } from '../../domain/schema/plan';
import { useToday } from '../../ui/useToday';

export function OverviewScreen({ plan }: { plan: Plan }) {
  const now = dayToDate(useToday());
  const index = currentPlanIndex(plan, now);
  const inPlan = index >= 1 && index <= plan.lengthMonths;
  return (
    <div>
      <h1>Overview</h1>
      <p style={{ fontSize: '1.4rem', fontWeight: 700, margin: '16px 0 4px' }}>
        Month {Math.max(0, index)} of {plan.lengthMonths}
      </p>
      <p>
        {inPlan
          ? `Phase ${phaseOf(index, plan.lengthMonths).number}: ${phaseOf(index, plan.lengthMonths).name}.`
          : index < 1
            ? `Your plan starts in ${monthLabel(plan.startMonth)}.`
            : 'Your planned months are over.'}{' '}
        <a href="#/timeline">Open the timeline</a>
      </p>
    </div>
  );
}
