import { useState } from 'react';
import { setSetting, useSetting } from '../../db/settings';
import { messageOf } from '../../domain/errors';
import { useFeedback } from '../../state/feedback';
import { CheckboxField } from '../../ui/Field';
import styles from './Backup.module.css';
import settings from './Settings.module.css';

/** Confidential mode: a neutral tab, and the quick-hide keys. */
export function PrivacySection() {
  const neutral = useSetting('neutralTitle');
  // Shown at once while the write lands, so the box never flicks back.
  const [pending, setPending] = useState<boolean | null>(null);
  const written = useFeedback((s) => s.written);
  const failed = useFeedback((s) => s.failed);
  if (pending !== null && neutral === pending) setPending(null);

  async function onNeutral(on: boolean) {
    setPending(on);
    try {
      written(await setSetting('neutralTitle', on));
    } catch (e) {
      setPending(null);
      failed(messageOf(e));
    }
  }

  return (
    <section className={settings.section} aria-labelledby="privacy-settings">
      <h2 id="privacy-settings">Privacy</h2>
      <p className={settings.lead}>
        Everything you enter stays in this browser. Pivotboard sends nothing anywhere and loads
        nothing from other sites.
      </p>
      <CheckboxField
        label="Neutral tab title"
        hint="The browser tab shows “Notes” and a plain icon instead of Pivotboard."
        checked={pending ?? neutral === true}
        disabled={neutral === undefined}
        onChange={(e) => void onNeutral(e.target.checked)}
      />
      <p className={styles.keys}>
        <strong>Quick hide:</strong> press <kbd>Shift</kbd> three times, or tap{' '}
        <strong>Hide</strong> at the top, to swap the screen for a plain page at once. Do the same
        to come back; nothing you typed is lost.
      </p>
    </section>
  );
}
