/**
 * Landing zones: the kinds of industry role physicians usually move into (docs/domain.md,
 * "Landing zones"). Shared by Networking (who a contact works for) and Opportunities. The ids
 * are stored, so never rename one.
 */
export const ROLE_TYPE_IDS = [
  'medical-affairs',
  'clinical-development',
  'medtech',
  'health-tech',
  'payer',
  'other',
] as const;
export type RoleTypeId = (typeof ROLE_TYPE_IDS)[number];

export const ROLE_TYPE_LABELS: Record<RoleTypeId, string> = {
  'medical-affairs': 'Pharma — Medical Affairs',
  'clinical-development': 'Pharma — Clinical Development',
  medtech: 'Medtech / Devices',
  'health-tech': 'Health tech / digital health',
  payer: 'Payer / insurance',
  other: 'Other',
};

/** For tight spaces: badges, chart labels. */
export const ROLE_TYPE_SHORT: Record<RoleTypeId, string> = {
  'medical-affairs': 'Medical Affairs',
  'clinical-development': 'Clinical Development',
  medtech: 'Medtech',
  'health-tech': 'Health tech',
  payer: 'Payer',
  other: 'Other',
};

/** In list order, for pickers. */
export const ROLE_TYPES: readonly { id: RoleTypeId; label: string; short: string }[] =
  ROLE_TYPE_IDS.map((id) => ({
    id,
    label: ROLE_TYPE_LABELS[id],
    short: ROLE_TYPE_SHORT[id],
  }));

/** A contact's role type may be unknown yet (null). */
export function roleTypeLabel(id: RoleTypeId | null): string {
  return id ? ROLE_TYPE_LABELS[id] : 'Not set';
}

export function roleTypeShort(id: RoleTypeId | null): string {
  return id ? ROLE_TYPE_SHORT[id] : 'Not set';
}

export function isRoleTypeId(value: string): value is RoleTypeId {
  return (ROLE_TYPE_IDS as readonly string[]).includes(value);
}
