import { messageOf } from '../../domain/errors';
import { setSetting, useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { CheckboxField } from '../../ui/Field';
import { usePending } from '../../ui/usePending';
import styles from './Settings.module.css';

/** What counts toward the weekly networking target. */
export function NetworkingSettings() {
  const stored = useSetting('countMessages');
  const shown = usePending(stored);
  const written = useFeedback((s) => s.written);
  const failed = useFeedback((s) => s.failed);

  async function onChange(on: boolean) {
    shown.set(on);
    try {
      written(
        await setSetting(
          'countMessages',
          on,
          on
            ? 'Messages now count toward your weekly target'
            : 'Messages no longer count toward your weekly target',
        ),
      );
    } catch (e) {
      shown.clear();
      failed(messageOf(e));
    }
  }

  return (
    <section className={styles.section} aria-labelledby="networking-settings">
      <h2 id="networking-settings">Networking</h2>
      <p className={styles.lead}>
        The weekly target is about conversations: calls, video calls and meetings count toward it.
      </p>
      <CheckboxField
        label="Count messages toward the weekly target"
        hint="For a message exchange that did the work of a call. Messages stay in your log either way."
        checked={shown.value === true}
        disabled={stored === undefined}
        onChange={(e) => void onChange(e.target.checked)}
      />
    </section>
  );
}
