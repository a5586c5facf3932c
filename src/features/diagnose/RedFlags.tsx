import { messageOf } from '../../domain/errors';
import {
  CRISIS_LINE,
  PHYSICIAN_SUPPORT_LINE,
  RED_FLAG_LABELS,
  RED_FLAGS,
  toggleFlag,
  type RedFlag,
} from '../../domain/redFlags';
import { updateSetting, useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { CheckboxField } from '../../ui/Field';
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

/**
 * Where to turn, in the order that fits what was ticked. With suicidal thoughts the crisis line
 * comes first and stands out, with the emergency number after it. For the other flags (burnout,
 * family, health…) the colleagues' line leads, which is the help most people need then; the
 * crisis line stays on the list, and the emergency number closes it.
 */
function HelpNow({ flags }: { flags: readonly RedFlag[] }) {
  const suicidal = flags.includes('suicidal');
  const crisis = suicidal ? (
    <li key="crisis" className={styles.helpLead}>
      <strong>{CRISIS_LINE.name}</strong> (US), any hour: <a href={CRISIS_LINE.tel}>call 988</a> or{' '}
      <a href={CRISIS_LINE.sms}>text 988</a>. You don’t need to be sure it is bad enough to call.
    </li>
  ) : (
    <li key="crisis">
      If things get heavier, the <strong>{CRISIS_LINE.name}</strong> (US) is there any hour:{' '}
      <a href={CRISIS_LINE.tel}>call 988</a> or <a href={CRISIS_LINE.sms}>text 988</a>.
    </li>
  );
  const colleagues = (
    <li key="colleagues">
      <strong>{PHYSICIAN_SUPPORT_LINE.name}</strong>, free and confidential, answered by
      psychiatrists who volunteer for colleagues:{' '}
      <a href={PHYSICIAN_SUPPORT_LINE.tel}>call {PHYSICIAN_SUPPORT_LINE.number}</a>.
    </li>
  );
  const emergency = (
    <li key="emergency">
      If you are in danger right now, call 911, or your local emergency number outside the US.
    </li>
  );
  return (
    <div className={styles.help} role="region" aria-labelledby="help-now">
      <h3 id="help-now" className={styles.helpTitle}>
        Help is there, now
      </h3>
      <p>You don’t have to sort this out alone, and you don’t have to wait until you feel worse.</p>
      <ul className={styles.helpLines}>
        {suicidal ? [crisis, emergency, colleagues] : [colleagues, crisis, emergency]}
      </ul>
      <p>
        Deal with this before a big move. A new job rarely fixes it, and changing careers adds
        strain of its own. Your plan will keep: nothing here is locked, and you can pick it up
        whenever you are ready.
      </p>
    </div>
  );
}
