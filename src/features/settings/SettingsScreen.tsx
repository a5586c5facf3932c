import type { Plan } from '../../domain/schema/plan';
import { BackupSection } from './BackupSection';
import { CurrencySettings } from './CurrencySettings';
import { DeleteEverything } from './DeleteEverything';
import { NetworkingSettings } from './NetworkingSettings';
import { PlanSettings } from './PlanSettings';
import { PrivacySection } from './PrivacySection';
import styles from './Settings.module.css';
import { StorageSection } from './StorageSection';
import { SyncSection } from './SyncSection';

export function SettingsScreen({ plan }: { plan: Plan }) {
  return (
    <div className={styles.page}>
      <h1 className={styles.title}>Settings</h1>
      <PlanSettings plan={plan} />
      <CurrencySettings />
      <NetworkingSettings />
      <BackupSection />
      <SyncSection />
      <StorageSection />
      <PrivacySection />
      <DeleteEverything />
    </div>
  );
}
