import { plural } from '../../domain/counts';
import { coverageOf } from '../../domain/networking/coverage';
import { roleTypeLabel, type RoleTypeId } from '../../domain/roleTypes';
import type { Contact } from '../../domain/schema/networking';
import styles from './Networking.module.css';

/** Contacts per landing zone, so an empty one stands out; the user's target zones first in mind. */
export function Coverage({
  contacts,
  targets,
}: {
  contacts: readonly Contact[];
  /** The landing zones the user aims at (Playbook). */
  targets: readonly RoleTypeId[];
}) {
  const rows = coverageOf(contacts);
  const max = Math.max(1, ...rows.map((r) => r.count));
  const gaps = rows.filter((r) => r.roleType !== null && r.roleType !== 'other' && r.count === 0);
  const isTarget = (id: RoleTypeId | null) => id !== null && targets.includes(id);
  const targetGaps = gaps.filter((g) => isTarget(g.roleType));
  return (
    <section className={styles.panel} aria-labelledby="coverage-heading">
      <h2 id="coverage-heading" className={styles.panelTitle}>
        Who you know, by role type
      </h2>
      {contacts.length === 0 ? (
        <p className={styles.empty}>
          No contacts yet. Everyone you log a call with is added here, by the kind of role they work
          in.
        </p>
      ) : targets.length > 0 ? (
        targetGaps.length > 0 ? (
          <p className={styles.gapNote}>
            No one yet in {targetGaps.map((g) => roleTypeLabel(g.roleType)).join(' or ')}, where you
            are aiming. Find one person there to talk to.
          </p>
        ) : (
          <p className={styles.small}>You know someone in each landing zone you are aiming at.</p>
        )
      ) : gaps.length > 0 ? (
        <p className={styles.gapNote}>
          No one yet in {gaps.map((g) => roleTypeLabel(g.roleType)).join(', ')}. If you are aiming
          there, find one person to talk to. <a href="#/playbook">Choose your landing zones</a>
        </p>
      ) : (
        <p className={styles.small}>You know someone in every landing zone.</p>
      )}
      <ul className={styles.coverage} aria-label="Contacts by role type">
        {rows.map((r) => (
          <li
            key={r.roleType ?? 'none'}
            className={
              gaps.includes(r) && (targets.length === 0 || isTarget(r.roleType))
                ? styles.coverageGap
                : undefined
            }
          >
            <span className={styles.coverageLabel}>
              {roleTypeLabel(r.roleType)}
              {isTarget(r.roleType) ? (
                <span className={styles.targetMark}> · your target</span>
              ) : null}
            </span>
            <span className={styles.coverageCount}>
              {r.count === 0 ? 'No one yet' : plural(r.count, 'contact')}
            </span>
            <span className={styles.coverageBar} aria-hidden="true">
              <span style={{ width: `${(r.count / max) * 100}%` }} />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
