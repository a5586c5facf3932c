/**
 * The landing zones a physician can move into (DOMAIN.md). Contacts and opportunities both carry
 * one; the ids are stored, so never rename one.
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

export interface RoleType {
  id: RoleTypeId;
  label: string;
  /** Short name for tight spaces (badges, chart labels). */
  short: string;
  /** Typical first-job titles, for hints. */
  titles: string;
}

export const ROLE_TYPES: readonly RoleType[] = [
  {
    id: 'medical-affairs',
    label: 'Pharma — Medical Affairs',
    short: 'Medical Affairs',
    titles: 'Medical Director, Associate Medical Director, MSL',
  },
  {
    id: 'clinical-development',
    label: 'Pharma — Clinical Development',
    short: 'Clinical Development',
    titles: 'Clinical Scientist, Clinical Development Physician, Medical Lead',
  },
  {
    id: 'medtech',
    label: 'Medtech / Devices',
    short: 'Medtech',
    titles: 'Medical Affairs, Clinical Affairs',
  },
  {
    id: 'health-tech',
    label: 'Health tech / digital health',
    short: 'Health tech',
    titles: 'Medical Director, Clinical Lead, Head of Clinical Strategy',
  },
  {
    id: 'payer',
    label: 'Payer / insurance',
    short: 'Payer',
    titles: 'Medical Director, Utilization Management Physician',
  },
  { id: 'other', label: 'Other', short: 'Other', titles: '' },
];

const BY_ID = new Map(ROLE_TYPES.map((r) => [r.id, r]));

export function roleTypeLabel(id: RoleTypeId | null): string {
  return id ? (BY_ID.get(id)?.label ?? 'Other') : 'Not set';
}

export function roleTypeShort(id: RoleTypeId | null): string {
  return id ? (BY_ID.get(id)?.short ?? 'Other') : 'Not set';
}

export function isRoleTypeId(value: string): value is RoleTypeId {
  return (ROLE_TYPE_IDS as readonly string[]).includes(value);
}
