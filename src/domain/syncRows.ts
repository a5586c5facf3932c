/**
 * How rows are cut into the values sync seals (db/sync/): one value per field, so two devices
 * editing different fields of one row both keep their edit, except fields that only make sense
 * together, which travel as one value (a card's month and its order key: half a move would put
 * the card at a place nobody chose).
 */

export type SyncRow = Record<string, unknown>;

export interface SyncTable {
  name: string;
  /** The row's key field (it names the row in the doc and is not sealed as a value). */
  key: string;
  /** Fields sealed together, by group name. */
  groups: Record<string, readonly string[]>;
  /** Rows that stay on this device (settings that are about the device, not the plan). */
  local?: (key: string) => boolean;
}

/** Settings about this browser, not the plan: the last backup made here, the neutral tab title. */
export const DEVICE_SETTINGS: readonly string[] = ['lastBackupAt', 'neutralTitle'];

export const SYNC_TABLES: readonly SyncTable[] = [
  { name: 'plans', key: 'id', groups: {} },
  {
    name: 'milestones',
    key: 'id',
    groups: { place: ['month', 'rank'], progress: ['status', 'doneOn'] },
  },
  {
    name: 'settings',
    key: 'key',
    groups: {},
    local: (key) => DEVICE_SETTINGS.includes(key),
  },
  { name: 'contacts', key: 'id', groups: {} },
  { name: 'calls', key: 'id', groups: {} },
  {
    name: 'opportunities',
    key: 'id',
    groups: { stage: ['stage', 'closedReason', 'history', 'rank'] },
  },
  { name: 'exitPlans', key: 'planId', groups: {} },
  { name: 'clawbacks', key: 'id', groups: {} },
  { name: 'debts', key: 'id', groups: {} },
  { name: 'diagnoseItems', key: 'id', groups: { place: ['column', 'rank'] } },
  { name: 'recordEntries', key: 'id', groups: {} },
];

export const syncTable = (name: string): SyncTable | undefined =>
  SYNC_TABLES.find((t) => t.name === name);

/** Group names start with '+' so they never meet a field's name. */
const GROUP_MARK = '+';

/**
 * The fields of a group value, by its name ("+place"). Looked up as an own key: a name sent by
 * another device such as "+constructor" or "+toString" names no group (an inherited lookup gave
 * a function, and the whole pull failed with "is not iterable").
 */
function groupFields(table: SyncTable, name: string): readonly string[] {
  const group = name.slice(GROUP_MARK.length);
  return Object.hasOwn(table.groups, group) ? (table.groups[group] ?? []) : [];
}

function groupOf(table: SyncTable, field: string): string | null {
  for (const [name, fields] of Object.entries(table.groups))
    if (fields.includes(field)) return GROUP_MARK + name;
  return null;
}

/** JSON with object keys sorted, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.keys(v)
            .sort()
            .map((k) => [k, (v as Record<string, unknown>)[k]]),
        )
      : v,
  );
}

/** A row as its sync values: value name → canonical JSON of the field (or of the group's fields). */
export function rowToValues(table: SyncTable, row: SyncRow): Map<string, string> {
  const parts = new Map<string, SyncRow>();
  const values = new Map<string, string>();
  for (const field of Object.keys(row)) {
    if (field === table.key || row[field] === undefined) continue;
    const group = groupOf(table, field);
    if (!group) {
      values.set(field, canonicalJson(row[field]));
      continue;
    }
    const part = parts.get(group) ?? {};
    part[field] = row[field];
    parts.set(group, part);
  }
  for (const [group, part] of parts) values.set(group, canonicalJson(part));
  return values;
}

/** The fields that sync values set (a group's value sets each of its fields). */
export function valuesToFields(table: SyncTable, values: Map<string, string>): SyncRow {
  const fields: SyncRow = {};
  for (const [name, json] of values) {
    const value: unknown = JSON.parse(json);
    if (name.startsWith(GROUP_MARK)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) continue;
      for (const field of groupFields(table, name))
        if (Object.hasOwn(value, field)) fields[field] = (value as SyncRow)[field];
    } else if (name !== table.key && !name.startsWith('__')) {
      fields[name] = value;
    }
  }
  return fields;
}

/** The fields a value name stands for (for telling the user what changed). */
export function fieldsOfValue(table: SyncTable, name: string): readonly string[] {
  return name.startsWith(GROUP_MARK) ? groupFields(table, name) : [name];
}
