/**
 * What a person reads about a backup: the kinds of record it holds, and the limits a file must
 * keep to. Table names are the database's; a table without a label here is named from its key.
 */
import { dayLabel } from './calendar';

export const BACKUP_MAX_BYTES = 200 * 1024 * 1024;

/** Singular and plural names of each table's records, for "12 milestones, 1 plan". */
const KIND_NAMES: Record<string, readonly [string, string]> = {
  plans: ['plan', 'plans'],
  milestones: ['milestone', 'milestones'],
  settings: ['preference', 'preferences'],
  diagnoseItems: ['diagnose item', 'diagnose items'],
  recordEntries: ['record entry', 'record entries'],
  opportunities: ['opportunity', 'opportunities'],
  exitPlans: ['exit plan', 'exit plans'],
  clawbacks: ['clawback', 'clawbacks'],
  debts: ['debt', 'debts'],
  contacts: ['contact', 'contacts'],
  calls: ['networking call', 'networking calls'],
};

/** "networkingCalls" → "networking calls" for tables without a name above. */
function fromKey(table: string): string {
  return table
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_-]+/g, ' ')
    .toLowerCase();
}

export function kindName(table: string, count = 2): string {
  const names = Object.hasOwn(KIND_NAMES, table) ? KIND_NAMES[table] : undefined;
  if (names) return count === 1 ? names[0] : names[1];
  return fromKey(table);
}

/** "Milestones" – a table's name as a heading. */
export function kindTitle(table: string): string {
  const name = kindName(table);
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** "1 plan, 14 milestones and 2 preferences"; tables with nothing in them are left out. */
export function countsSentence(counts: Record<string, number>): string {
  const parts = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .map(([table, n]) => `${n.toLocaleString('en-US')} ${kindName(table, n)}`);
  if (parts.length === 0) return 'nothing';
  if (parts.length === 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} and ${parts.at(-1) ?? ''}`;
}

export function fileSizeLabel(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(bytes < 10 * 1024 ? 1 : 0)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
}

/** "Mar 3, 2027 at 14:05", in local time, from an ISO timestamp. */
export function timestampLabel(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const day = `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  return `${dayLabel(day)} at ${String(d.getHours()).padStart(2, '0')}:${String(d.getMinutes()).padStart(2, '0')}`;
}
