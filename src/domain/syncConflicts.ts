/**
 * Words for a change of this device's that lost to another device's (both made while apart):
 * what it was about, their value (the one kept everywhere) and ours.
 */

const KINDS: Record<string, string> = {
  plans: 'Plan',
  milestones: 'Timeline card',
  settings: 'Setting',
  contacts: 'Contact',
  calls: 'Call',
  opportunities: 'Opportunity',
  exitPlans: 'Exit plan',
  clawbacks: 'Payment to return',
  debts: 'Debt',
  diagnoseItems: 'Diagnose item',
  recordEntries: 'Record entry',
};

const GROUPS: Record<string, string> = {
  '+place': 'place',
  '+progress': 'status',
  '+stage': 'stage',
};

const words = (name: string) =>
  name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .trim();

const MAX = 60;

/** A value as a person would read it. */
export function valueText(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string')
    return `“${value.length > MAX ? `${value.slice(0, MAX - 1)}…` : value}”`;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (typeof value === 'object' && !Array.isArray(value)) {
    const v = value as Record<string, unknown>;
    if (typeof v.month === 'number') return `Month ${v.month}`;
    if (typeof v.column === 'string') return `column ${v.column}`;
    if (typeof v.stage === 'string') return words(v.stage);
    if (typeof v.status === 'string') return words(v.status);
  }
  return 'another value';
}

export interface LostEditWords {
  what: string;
  theirs: string;
  mine: string;
}

export function describeLostEdit(
  table: string,
  row: Record<string, unknown> | undefined,
  value: string,
  mine: unknown,
  theirs: unknown,
): LostEditWords {
  const kind = KINDS[table] ?? 'Item';
  const name = row?.title ?? row?.name ?? row?.company ?? (table === 'settings' ? row?.key : '');
  const field = GROUPS[value] ?? words(value === 'value' ? 'setting' : value);
  const label = typeof name === 'string' && name ? `${kind} “${name}”` : kind;
  return { what: `${label}: ${field}`, theirs: valueText(theirs), mine: valueText(mine) };
}
