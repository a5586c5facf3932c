import { useState } from 'react';
import { messageOf } from '../../domain/errors';
import { TEMPLATE_VERSION } from '../../domain/playbook/planTemplate';
import type { Milestone } from '../../domain/schema/milestone';
import type { Plan } from '../../domain/schema/plan';
import { applyTemplateUpgrade, declineTemplateUpgrade, upgradeFor } from '../../db/planTemplate';
import { useSetting } from '../../db/settings';
import { useFeedback, type UndoStep } from '../../state/feedback';
import { Button } from '../../ui/Button';
import { Dialog, DialogActions } from '../../ui/Dialog';
import styles from './Overview.module.css';

/** Whether this plan has cards the new default plan would update (loaded after the board). */
export function hasTemplateOffer(plan: Plan, milestones: readonly Milestone[]): boolean {
  return upgradeFor(milestones, plan.lengthMonths).changes.length > 0;
}

/**
 * Offers the new default plan to a plan made from the previous one: says what would change,
 * applies it only on consent, and never touches a card the user changed.
 */
export function TemplateOffer({
  plan,
  milestones,
}: {
  plan: Plan;
  milestones: readonly Milestone[];
}) {
  const declined = useSetting('planTemplateDeclined');
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  if (declined === undefined || declined >= TEMPLATE_VERSION) return null;
  const { changes, kept } = upgradeFor(milestones, plan.lengthMonths);
  if (changes.length === 0) return null;

  async function run(write: () => Promise<UndoStep>) {
    setBusy(true);
    try {
      useFeedback.getState().written(await write());
      setOpen(false);
    } catch (e) {
      useFeedback.getState().failed(messageOf(e));
    } finally {
      setBusy(false);
    }
  }

  const cards = changes.length === 1 ? '1 card' : `${changes.length} cards`;
  return (
    <section className={styles.offer} aria-labelledby="template-offer">
      <h2 id="template-offer" className={styles.offerTitle}>
        An updated default plan
      </h2>
      <p>
        The default plan now starts LinkedIn and the first calls in Month 1. It would update {cards}{' '}
        of yours that you have not changed; cards you changed stay as they are.
      </p>
      <div className={styles.offerActions}>
        <Button size="small" variant="primary" onClick={() => setOpen(true)}>
          See what would change
        </Button>
        <Button size="small" variant="ghost" onClick={() => void run(declineTemplateUpgrade)}>
          Keep my plan as it is
        </Button>
      </div>
      {open ? (
        <Dialog title="Update to the new default plan?" onClose={() => setOpen(false)} wide>
          <p>These cards would change. Each is as the old default plan made it:</p>
          <ul className={styles.offerList}>
            {changes.map((c) => (
              <li key={c.id}>
                <strong>“{c.title}”</strong>
                {c.to.title !== c.from.title ? <> becomes “{c.to.title}”</> : null}
                {c.to.month !== c.from.month ? (
                  <>
                    : Month {c.from.month} → Month {c.to.month}
                  </>
                ) : null}
                {c.to.description !== c.from.description ? (
                  <span className={styles.offerNew}>New description: {c.to.description}</span>
                ) : null}
              </li>
            ))}
          </ul>
          {kept.length > 0 ? (
            <p className={styles.offerKept}>
              Left as you have them (you changed them): {kept.map((k) => `“${k.title}”`).join(', ')}
              .
            </p>
          ) : null}
          <p className={styles.offerKept}>You can undo the update straight after.</p>
          <DialogActions>
            <Button onClick={() => setOpen(false)}>Cancel</Button>
            <Button
              variant="primary"
              disabled={busy}
              onClick={() => void run(() => applyTemplateUpgrade(plan.id))}
            >
              Apply the changes
            </Button>
          </DialogActions>
        </Dialog>
      ) : null}
    </section>
  );
}
