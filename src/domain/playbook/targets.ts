/** The one or two landing zones the user aims at: the `targetRoleTypes` settings row. */
import type { RoleTypeId } from '../roleTypes';

/** At most this many: more is not a target. */
export const MAX_TARGETS = 2;

/** Add or remove a zone, keeping at most MAX_TARGETS; null when it is full. */
export function toggleTarget(
  targets: readonly RoleTypeId[],
  zone: RoleTypeId,
): RoleTypeId[] | null {
  if (targets.includes(zone)) return targets.filter((t) => t !== zone);
  if (targets.length >= MAX_TARGETS) return null;
  return [...targets, zone];
}
