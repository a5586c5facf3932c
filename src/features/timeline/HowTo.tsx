import { messageOf } from '../../domain/errors';
import { EXIT_CHECKLIST } from '../../domain/playbook/exitChecklist';
import { howToFor } from '../../domain/playbook/howTo';
import { tickExitItem } from '../../db/playbook';
import { useSetting } from '../../db/settings';
import { useFeedback } from '../../state/feedback';
import { CheckboxField } from '../../ui/Field';
import { usePending } from '../../ui/usePending';
import styles from './HowTo.module.css';

/**
 * "How to" for a milestone of the default plan: steps, pitfalls and where in the app to do it.
 * Collapsed until opened; nothing for the user's own milestones.
 */
export function HowTo({ templateKey }: { templateKey: string | null }) {
  const howTo = howToFor(templateKey);
  if (!howTo) return null;
  return (
    <details className={styles.howTo}>
      <summary className={styles.summary}>How to</summary>
      <div className={styles.body}>
        <h3 className={styles.title}>Steps</h3>
        <ol className={styles.list}>
          {howTo.steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        {templateKey === 'hand-over' ? <ExitChecklist /> : null}
        <h3 className={styles.title}>Watch out for</h3>
        <ul className={styles.list}>
          {howTo.pitfalls.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
        <h3 className={styles.title}>Where to do it</h3>
        <ul className={styles.links}>
          {howTo.links.map((l) => (
            <li key={l.label}>
              <a href={l.href}>{l.label}</a>
            </li>
          ))}
        </ul>
      </div>
    </details>
  );
}

const stop = (e: Event) => e.stopPropagation();
function keepTicksToItself(el: HTMLFieldSetElement | null) {
  el?.addEventListener('input', stop);
  return () => el?.removeEventListener('input', stop);
}

/** Leave on good terms, keep the way back open: ticks kept as a settings row. */
function ExitChecklist() {
  const stored = useSetting('exitChecklist');
  const pending = usePending(stored);
  const ticked = pending.value;
  if (!ticked) return null;

  async function toggle(id: string, on: boolean) {
    const current = ticked ?? [];
    pending.set(on ? [...current, id] : current.filter((t) => t !== id));
    try {
      await tickExitItem(id, on);
    } catch (e) {
      pending.clear();
      useFeedback.getState().failed(messageOf(e));
    }
  }

  const done = EXIT_CHECKLIST.filter((i) => ticked.includes(i.id)).length;
  return (
    // Each tick is saved at once: it is not typing the dialog should ask about before closing.
    <fieldset className={styles.checklist} ref={keepTicksToItself}>
      <legend className={styles.title}>
        Never burn a bridge: {done} of {EXIT_CHECKLIST.length} done
      </legend>
      {EXIT_CHECKLIST.map((item) => (
        <CheckboxField
          key={item.id}
          label={item.text}
          checked={ticked.includes(item.id)}
          onChange={(e) => void toggle(item.id, e.target.checked)}
        />
      ))}
    </fieldset>
  );
}
