import type { Plan } from '../../domain/schema/plan';
import { CurrencySettings } from './CurrencySettings';
import { PlanSettings } from './PlanSettings';
import styles from './Settings.module.css';

export function SettingsScreen({ plan }: { plan: Plan }) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <PlanSettings plan={plan} />
      <CurrencySettings />
    </div>
  );
}
