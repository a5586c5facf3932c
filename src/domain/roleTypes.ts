/**
 * Landing zones: the kinds of industry role physicians usually move into (DOMAIN.md,
 * "Landing zones"). Shared by Networking (who a contact works for) and Opportunities.
 */
export const ROLE_TYPE_IDS = ['medical-affairs', 'clinical-development', 'medtech', 'health-tech', 'payer', 'other'] as const;
export type RoleTypeId = (typeof ROLE_TYPE_IDS)[number];

export const ROLE_TYPE_LABELS: Record<RoleTypeId, string> = {
  'medical-affairs': 'Pharma — Medical Affairs',
  'clinical-development': 'Pharma — Clinical Development',
  medtech: 'Medtech / Devices',
  'health-tech': 'Health tech / digital health',
  payer: 'Payer / insurance',
  other: 'Other',
};

export function isRoleTypeId(value: string): value is RoleTypeId {
  return (ROLE_TYPE_IDS as readonly string[]).includes(value);
}
