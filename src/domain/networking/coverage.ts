import { ROLE_TYPE_IDS, type RoleTypeId } from '../roleTypes';
import type { ContactFacts } from './contacts';

export interface CoverageRow {
  roleType: RoleTypeId | null;
  count: number;
}

/** Contacts per role type: every type, zeros included (the gaps are the point); "not set" only when some are. */
export function coverageOf(contacts: readonly Pick<ContactFacts, 'roleType'>[]): CoverageRow[] {
  const counts = new Map<RoleTypeId | null, number>();
  for (const c of contacts) counts.set(c.roleType, (counts.get(c.roleType) ?? 0) + 1);
  const rows: CoverageRow[] = ROLE_TYPE_IDS.map((id) => ({
    roleType: id,
    count: counts.get(id) ?? 0,
  }));
  const unset = counts.get(null) ?? 0;
  if (unset > 0) rows.push({ roleType: null, count: unset });
  return rows;
}
