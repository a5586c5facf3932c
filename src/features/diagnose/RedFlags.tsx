import { messageOf } from '../../domain/errors';
import { RED_FLAG_LABELS, RED_FLAGS, toggleFlag, type RedFlag } from '../../domain/redFlags';
import { updateSetting, useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { CheckboxField } from '../../ui/Field';
import { HelpLines } from '../../ui/HelpLines';
import { usePending } from '../../ui/usePending';
import styles from './Diagnose.module.css';

/**
 * A private checklist. Ticking a flag blocks nothing: it shows, calmly, where help is and why to
 * deal with it before a big move. No toast: the tick itself says it was kept.
 */
export function RedFlags() {
  const stored = useSetting('redFlags');
  const pending = usePending(stored);
  const flags = pending.value;
  if (flags === undefined) return <p role="status">Loading…</p>;

  async function toggle(flag: RedFlag, on: boolean) {
    pending.set(toggleFlag(flags ?? [], flag, on));
    try {
      await updateSetting('redFlags', (current) => toggleFlag(current, flag, on));
    } catch (e) {
      pending.clear();
      useFeedback.getState().failed(messageOf(e));
    }
  }

  return (
    <section className={styles.redFlags} aria-labelledby="red-flags">
      <h2 id="red-flags" className={styles.sectionTitle}>
        Before any big move: red flags
      </h2>
      <p className={styles.sectionLead}>
        Tick anything that is true for you right now. This list is private: it stays in this browser
        (and in backups you export yourself).
      </p>
      <fieldset className={styles.flagList}>
        <legend className="visually-hidden">Red flags</legend>
        {RED_FLAGS.map((f) => (
          <CheckboxField
            key={f}
            label={RED_FLAG_LABELS[f]}
            checked={flags.includes(f)}
            onChange={(e) => void toggle(f, e.target.checked)}
          />
        ))}
      </fieldset>
      <div aria-live="polite">{flags.length > 0 ? <HelpNow flags={flags} /> : null}</div>
    </section>
  );
}

/** The help lines under the checklist, once anything is ticked. */
function HelpNow({ flags }: { flags: readonly RedFlag[] }) {
  return (
    <div className={styles.help} role="region" aria-labelledby="help-now">
      <h3 id="help-now" className={styles.helpTitle} tabIndex={-1}>
        Help is there, now
      </h3>
      <p>You don’t have to sort this out alone, and you don’t have to wait until you feel worse.</p>
      <HelpLines flags={flags} />
      <p>
        Deal with this before a big move. A new job rarely fixes it, and changing careers adds
        strain of its own. Your plan will keep: nothing here is locked, and you can pick it up
        whenever you are ready.
      </p>
    </div>
  );
}
