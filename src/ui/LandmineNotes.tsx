import type { Landmine } from '../domain/playbook/landmines';
import { CRISIS_LINE, PHYSICIAN_SUPPORT_LINE } from '../domain/redFlags';
import { Button } from './Button';
import styles from './LandmineNotes.module.css';

/**
 * Landmines that apply to the plan, as calm notes: each says what to watch and where to act.
 * Never blocking; a note about a phase (the first-months check-in) can be hidden.
 */
export function LandmineNotes({
  landmines,
  onHide,
  title = 'Worth a second look',
  here,
}: {
  landmines: readonly Landmine[];
  onHide?: (id: string) => void;
  title?: string;
  /** The screen's own address: links to it are left out. */
  here?: string;
}) {
  if (landmines.length === 0) return null;
  return (
    <section className={styles.notes} aria-labelledby="landmines-heading">
      <h2 id="landmines-heading" className={styles.heading}>
        {title}
      </h2>
      <ul className={styles.list}>
        {landmines.map((l) => {
          const link = l.link && l.link.href !== here ? l.link : null;
          const hide = l.hideable && onHide ? onHide : null;
          return (
            <li key={l.id} className={styles.note}>
              <h3 className={styles.title}>{l.title}</h3>
              <p>{l.text}</p>
              {l.help ? (
                <p className={styles.help}>
                  If it is weighing on you, talk to someone: the{' '}
                  <strong>{PHYSICIAN_SUPPORT_LINE.name}</strong>, free and confidential,{' '}
                  <a href={PHYSICIAN_SUPPORT_LINE.tel}>{PHYSICIAN_SUPPORT_LINE.number}</a>; in the
                  US, the {CRISIS_LINE.name} any hour: <a href={CRISIS_LINE.tel}>call</a> or{' '}
                  <a href={CRISIS_LINE.sms}>text 988</a>.
                </p>
              ) : null}
              {/* No empty line of actions where the link is to this screen and it cannot be hidden. */}
              {link || hide ? (
                <p className={styles.actions}>
                  {link ? <a href={link.href}>{link.label}</a> : null}
                  {hide ? (
                    <Button
                      size="small"
                      variant="ghost"
                      aria-label={`Hide this: ${l.title}`}
                      onClick={() => hide(l.id)}
                    >
                      Hide this
                    </Button>
                  ) : null}
                </p>
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
