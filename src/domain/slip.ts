/**
 * Slip propagation: some steps of the default plan wait on others (no notice before the final
 * rounds and the contract review, no hand-over before notice, no start before the hand-over).
 * When a step moves to a later month than a step that waits on it, the later step is "pushed":
 * the Timeline says so and offers to move the pushed steps with it, in one undoable write.
 *
 * The rules (docs/screens.md, "Slip propagation"):
 * - which step waits on which goes by template key (`WAITS_ON`); a user's own milestones wait on
 *   nothing;
 * - a step is pushed when it sits in an earlier month than a step it waits on; the same month is
 *   fine (the order within a month is the user's);
 * - a step that is done (as read, evidence included) is history: it neither pushes nor is pushed;
 * - a pushed step moves to the month of the step it waits on plus the gap the plan first had
 *   between them (their baseline months), never earlier than it is, never past the plan's last
 *   month; steps that wait on a pushed step follow in turn.
 */

/** The default plan's steps that wait on others, by template key (seeds/template.mjs). */
export const WAITS_ON: ReadonlyMap<string, readonly string[]> = new Map([
  ['pick-targets', ['clarify-needs']],
  ['apply-selectively', ['pick-targets']],
  ['first-interviews', ['apply-selectively']],
  ['final-rounds', ['first-interviews']],
  ['give-notice', ['final-rounds', 'review-contract']],
  ['hand-over', ['give-notice']],
  ['start-role', ['hand-over']],
]);

/** Template keys in an order where every step comes after the steps it waits on. */
const ORDER: readonly string[] = (() => {
  const out: string[] = [];
  const visit = (k: string) => {
    if (out.includes(k)) return;
    for (const p of WAITS_ON.get(k) ?? []) visit(p);
    out.push(k);
  };
  for (const k of WAITS_ON.keys()) visit(k);
  return out;
})();

export interface SlipRow {
  id: string;
  title: string;
  month: number;
  baselineMonth: number;
  templateKey: string | null;
  /** As read (domain/evidence.ts): done by hand or by its evidence. */
  status: string;
}

export interface StepRef {
  id: string;
  title: string;
  month: number;
}

export interface Push {
  id: string;
  title: string;
  from: number;
  to: number;
  /** The step it waits on that now comes after it (its month as it will be). */
  because: StepRef;
}

export interface Slip {
  /** The step that moved: it is not pushed itself. */
  cause: StepRef;
  /** The steps it pushes, directly or through another pushed step, in plan order. */
  pushes: Push[];
}

/** Every pushed step, grouped by the step that moved; empty when the order holds. */
export function slips(rows: readonly SlipRow[], lengthMonths: number): Slip[] {
  const open = rows.filter((r) => r.status !== 'done' && r.templateKey !== null);
  const byKey = new Map<string, SlipRow[]>();
  for (const r of open) {
    const key = r.templateKey ?? '';
    byKey.set(key, [...(byKey.get(key) ?? []), r]);
  }
  const monthNow = new Map(open.map((r) => [r.id, r.month] as const));
  const pushOf = new Map<string, Push>();
  const rootOf = new Map<string, SlipRow>();
  for (const key of ORDER) {
    for (const d of byKey.get(key) ?? []) {
      let to = d.month;
      let because: SlipRow | null = null;
      for (const pk of WAITS_ON.get(key) ?? []) {
        for (const p of byKey.get(pk) ?? []) {
          const pm = monthNow.get(p.id) ?? p.month;
          if (pm <= d.month) continue;
          const gap = Math.max(0, d.baselineMonth - p.baselineMonth);
          const wanted = Math.min(pm + gap, Math.max(lengthMonths, d.month));
          if (wanted > to || (because === null && wanted >= to)) {
            to = Math.max(to, wanted);
            because = p;
          }
        }
      }
      if (!because || to <= d.month) continue;
      monthNow.set(d.id, to);
      const b = because;
      pushOf.set(d.id, {
        id: d.id,
        title: d.title,
        from: d.month,
        to,
        because: { id: b.id, title: b.title, month: monthNow.get(b.id) ?? b.month },
      });
      rootOf.set(d.id, rootOf.get(b.id) ?? b);
    }
  }
  const groups = new Map<string, Slip>();
  for (const [id, push] of pushOf) {
    const root = rootOf.get(id);
    if (!root) continue;
    const group = groups.get(root.id) ?? {
      cause: { id: root.id, title: root.title, month: root.month },
      pushes: [],
    };
    group.pushes.push(push);
    groups.set(root.id, group);
  }
  return [...groups.values()];
}

/** The moves that keep the order: one per pushed step. */
export function slipMoves(found: readonly Slip[]): { id: string; month: number }[] {
  return found.flatMap((s) => s.pushes.map((p) => ({ id: p.id, month: p.to })));
}
