/**
 * Upgrading a plan made from the previous default template (seeds/template-v1.json) to the
 * current one (seeds/default-plan.json): read what would change, and apply it on consent, in one
 * transaction that checks each card again, so a card changed meanwhile (here or in another tab)
 * is left alone. Loaded only when the Timeline offers the upgrade.
 */
import previousTemplate from '../../seeds/template-v1.json';
import currentPlan from '../../seeds/default-plan.json';
import { UserError } from '../domain/errors';
import { nowIso } from '../domain/ids';
import {
  TEMPLATE_VERSION,
  templateUpgrade,
  type TemplateCard,
  type TemplateUpgrade,
} from '../domain/playbook/planTemplate';
import { rankAtEnd } from '../domain/rank';
import type { Milestone } from '../domain/schema/milestone';
import { db } from './database';
import { loadSchemas } from './schemas';
import { setSetting } from './settings';
import { runWrite, type WriteResult } from './write';

const card = (m: TemplateCard): TemplateCard => ({
  templateKey: m.templateKey,
  month: m.month,
  title: m.title,
  description: m.description,
  category: m.category,
});

export const PREVIOUS_TEMPLATE: readonly TemplateCard[] = previousTemplate.milestones.map(card);
export const CURRENT_TEMPLATE: readonly TemplateCard[] = currentPlan.tables.milestones.map((m) =>
  card({ ...m, templateKey: m.templateKey }),
);

/** What the upgrade would change in this plan, and which template cards stay as the user left them. */
export function upgradeFor(
  milestones: readonly Milestone[],
  lengthMonths: number,
): TemplateUpgrade {
  return templateUpgrade(milestones, PREVIOUS_TEMPLATE, CURRENT_TEMPLATE, lengthMonths);
}

/** Apply the upgrade to the cards still untouched; one write, undone as one. */
export async function applyTemplateUpgrade(planId: string): Promise<WriteResult<number>> {
  const { milestoneSchema } = await loadSchemas();
  return runWrite(['plans', 'milestones'], async () => {
    const plan = await db.plans.get(planId);
    if (!plan) throw new UserError('not-found', 'That plan no longer exists. Reload the page.');
    const milestones = await db.milestones.where('planId').equals(planId).toArray();
    const { changes } = upgradeFor(milestones, plan.lengthMonths);
    if (changes.length === 0) {
      throw new UserError(
        'validation',
        'Nothing left to update: the cards were changed or updated meanwhile.',
      );
    }
    const updated: Milestone[] = [];
    const now = nowIso();
    for (const change of changes) {
      const m = await db.milestones.get(change.id);
      if (!m) continue;
      const moved = change.to.month !== m.month;
      const siblings = moved
        ? await db.milestones.where('[planId+month]').equals([planId, change.to.month]).toArray()
        : [];
      const next = {
        ...m,
        title: change.to.title,
        description: change.to.description,
        month: change.to.month,
        baselineMonth: change.to.month,
        rank: moved ? rankAtEnd(siblings) : m.rank,
        updatedAt: now,
      };
      const parsed = milestoneSchema.safeParse(next);
      if (!parsed.success)
        throw new UserError('validation', 'The new plan’s card did not check out.');
      updated.push(m);
      await db.milestones.put(parsed.data);
    }
    return {
      value: updated.length,
      label: `Updated ${updated.length} ${updated.length === 1 ? 'card' : 'cards'} to the new default plan`,
    };
  });
}

/** Stop offering this version of the template. */
export function declineTemplateUpgrade() {
  return setSetting('planTemplateDeclined', TEMPLATE_VERSION, 'The plan stays as it is');
}
