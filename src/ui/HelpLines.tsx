import { CRISIS_LINE, PHYSICIAN_SUPPORT_LINE, type RedFlag } from '../domain/redFlags';
import styles from './HelpLines.module.css';

/**
 * Where to turn, in the order that fits what was ticked. With suicidal thoughts the crisis line
 * comes first and stands out, with the emergency number after it. For the other flags (burnout,
 * family, health…) the colleagues' line leads, which is the help most people need then; the
 * crisis line stays on the list, and the emergency number closes it.
 */
export function HelpLines({ flags }: { flags: readonly RedFlag[] }) {
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
    <ul className={styles.helpLines}>
      {suicidal ? [crisis, emergency, colleagues] : [colleagues, crisis, emergency]}
    </ul>
  );
}
