/**
 * Upgrading a plan made from an older default template: which cards would move or be reworded.
 * A card the user changed in any way (moved, renamed, edited, started, done, given notes, told
 * what ticks it, kept open) is never touched; nor is one already as the new template has it, or
 * one the user deleted.
 */

/** The default plan's version (seeds/template.mjs). */
export const TEMPLATE_VERSION = 2;

export interface TemplateCard {
  templateKey: string;
  month: number;
  title: string;
  description: string;
  category: string;
}

export interface PlanCard extends Omit<TemplateCard, 'templateKey'> {
  templateKey: string | null;
  id: string;
  baselineMonth: number;
  status: string;
  notes: string;
  /** What ticks it, when the user chose (domain/evidence.ts); null or absent: its template's. */
  evidence?: string | null | undefined;
  /** Marked not done by hand although its evidence is met. */
  keepOpen?: boolean | undefined;
}

export interface TemplateChange {
  id: string;
  templateKey: string;
  /** The card's title now (what the user sees). */
  title: string;
  from: Pick<TemplateCard, 'month' | 'title' | 'description'>;
  to: Pick<TemplateCard, 'month' | 'title' | 'description'>;
}

export interface TemplateUpgrade {
  changes: TemplateChange[];
  /** Cards from the template that the user changed: left exactly as they are. */
  kept: { id: string; title: string }[];
}

/** As the old template made it, untouched since. */
export function isUntouched(card: PlanCard, old: TemplateCard): boolean {
  return (
    card.status === 'todo' &&
    card.notes.trim() === '' &&
    (card.evidence ?? null) === null &&
    !card.keepOpen &&
    card.month === old.month &&
    card.baselineMonth === old.month &&
    card.title === old.title &&
    card.description === old.description &&
    card.category === old.category
  );
}

function sameAsNew(card: PlanCard, next: TemplateCard): boolean {
  return (
    card.month === next.month && card.title === next.title && card.description === next.description
  );
}

export function templateUpgrade(
  cards: readonly PlanCard[],
  previous: readonly TemplateCard[],
  next: readonly TemplateCard[],
  lengthMonths: number,
): TemplateUpgrade {
  const oldByKey = new Map(previous.map((c) => [c.templateKey, c]));
  const newByKey = new Map(next.map((c) => [c.templateKey, c]));
  const changes: TemplateChange[] = [];
  const kept: TemplateUpgrade['kept'] = [];
  for (const card of cards) {
    const key = card.templateKey;
    if (!key) continue;
    const old = oldByKey.get(key);
    const target = newByKey.get(key);
    if (!old || !target || sameAsNew(card, target)) continue;
    // The template did not change this card: nothing to offer, nothing to keep.
    if (
      old.month === target.month &&
      old.title === target.title &&
      old.description === target.description
    )
      continue;
    if (!isUntouched(card, old)) {
      kept.push({ id: card.id, title: card.title });
      continue;
    }
    // A plan shortened below the new month keeps the card where it is.
    const month = target.month <= lengthMonths ? target.month : card.month;
    const to = { month, title: target.title, description: target.description };
    if (to.month === card.month && to.title === card.title && to.description === card.description)
      continue;
    changes.push({
      id: card.id,
      templateKey: key,
      title: card.title,
      from: { month: card.month, title: card.title, description: card.description },
      to,
    });
  }
  changes.sort((a, b) => a.from.month - b.from.month || a.to.month - b.to.month);
  return { changes, kept };
}
