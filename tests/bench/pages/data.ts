/**
 * The benchmark's data, as backup files in the app's own format (checked and written by the
 * app's import path, like a user's file). Deterministic: the same options give the same file.
 */
import { generateNKeysBetween } from 'fractional-indexing';
import seed from '../../../seeds/default-plan.json' with { type: 'json' };
import { SCHEMA_VERSION, TABLE_NAMES } from '../../../src/db/database';
import { checksumOf } from '../../../src/domain/checksum';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION } from '../../../src/domain/schema/backup';

export interface DataSpec {
  /** Plan start, `yyyy-MM` (the current month, so the board opens at Month 1). */
  startMonth: string;
  milestones: number;
  contacts: number;
  calls: number;
}

type Row = Record<string, unknown>;

export const PLAN_ID = '00000000-0000-4000-8000-00000000b001';
const STAMP = '2026-01-01T09:30:00.000Z';
const uuid = (kind: number, i: number) =>
  `00000000-0000-4000-${String(8000 + kind)}-${String(i).padStart(12, '0')}`;
export const milestoneId = (i: number) => uuid(1, i);
export const milestoneTitle = (i: number, base: string) => `${base} (${i + 1})`;

const template = (seed.tables.milestones as Row[]).map((m) => ({
  title: String(m.title),
  description: String(m.description),
  category: String(m.category),
}));

function addMonths(month: string, n: number): { year: number; month: number } {
  const [y = 2026, m = 1] = month.split('-').map(Number);
  const k = y * 12 + (m - 1) + n;
  return { year: Math.floor(k / 12), month: (k % 12) + 1 };
}
const dayIn = (month: string, n: number, day: number) => {
  const { year, month: m } = addMonths(month, n);
  return `${year}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
};

function milestones(spec: DataSpec): Row[] {
  const perMonth = Array.from(
    { length: 12 },
    (_, k) => Math.floor(spec.milestones / 12) + (k < spec.milestones % 12 ? 1 : 0),
  );
  const rows: Row[] = [];
  let i = 0;
  for (let month = 1; month <= 12; month++) {
    const ranks = generateNKeysBetween(null, null, perMonth[month - 1] ?? 0);
    for (const rank of ranks) {
      const t = template[i % template.length] ?? {
        title: 'A step of the plan',
        description: '',
        category: 'other',
      };
      const status = i % 5 === 0 ? 'done' : i % 7 === 0 ? 'in_progress' : 'todo';
      rows.push({
        id: milestoneId(i),
        planId: PLAN_ID,
        title: milestoneTitle(i, t.title),
        description: t.description,
        notes: i % 3 ? '' : 'Asked a colleague who made the move what they would do differently.',
        month,
        // Some cards slipped a month, some were pulled in: the card shows it.
        baselineMonth:
          i % 4 === 0 && month > 1 ? month - 1 : i % 9 === 0 && month < 12 ? month + 1 : month,
        rank,
        status,
        category: t.category,
        templateKey: null,
        doneOn: status === 'done' ? dayIn(spec.startMonth, month - 1, 15) : null,
        createdAt: STAMP,
        updatedAt: STAMP,
      });
      i++;
    }
  }
  return rows;
}

const ROLES = [
  'medical-affairs',
  'clinical-development',
  'medtech',
  'health-tech',
  'payer',
  'other',
  null,
];
const CHANNELS = ['call', 'video', 'coffee', 'message'];

function contacts(spec: DataSpec): Row[] {
  return Array.from({ length: spec.contacts }, (_, i) => ({
    id: uuid(2, i),
    name: `Contact ${String(i).padStart(4, '0')} Example`,
    title: i % 3 ? 'Medical Director' : 'Medical Science Liaison',
    company: `Company ${i % 97}`,
    roleType: ROLES[i % ROLES.length],
    linkedInUrl: i % 5 ? '' : `https://www.linkedin.com/in/contact-${i}`,
    howWeMet: i % 4 ? '' : 'Introduced by a colleague',
    notes: '',
    mentionOk: i % 2 === 0,
    checkInWeeks: i % 6 ? null : 6,
    checkedInOn: null,
    createdAt: STAMP,
    updatedAt: STAMP,
  }));
}

/** Calls over the two years before the plan's start month, newest last. */
function calls(spec: DataSpec): Row[] {
  return Array.from({ length: spec.calls }, (_, i) => {
    const back = 24 - Math.floor((i * 24) / Math.max(1, spec.calls));
    const day = dayIn(spec.startMonth, -back, (i % 28) + 1);
    return {
      id: uuid(3, i),
      contactId: uuid(2, i % Math.max(1, spec.contacts)),
      day,
      channel: CHANNELS[i % CHANNELS.length],
      notes:
        i % 3
          ? ''
          : 'Talked about the move from clinical work, what the role is really like, and who else to ask.',
      followUpOn: i % 50 === 0 ? day : null,
      followUpDoneOn: null,
      mentionOk: i % 2 === 0,
      createdAt: STAMP,
      updatedAt: STAMP,
    };
  });
}

/** A backup file (text) holding one plan and the records asked for; tables this version lacks are left out. */
export async function backupText(spec: DataSpec): Promise<{ text: string; records: number }> {
  const plan = {
    id: PLAN_ID,
    title: 'My pivot plan',
    startMonth: spec.startMonth,
    lengthMonths: 12,
    createdAt: STAMP,
    updatedAt: STAMP,
  };
  const all: Record<string, Row[]> = {
    plans: [plan],
    milestones: milestones(spec),
    contacts: spec.contacts ? contacts(spec) : [],
    calls: spec.calls ? calls(spec) : [],
  };
  const tables: Record<string, Row[]> = {};
  for (const name of TABLE_NAMES) tables[name] = all[name] ?? [];
  const missing = Object.keys(all).filter(
    (name) => (all[name]?.length ?? 0) > 0 && !TABLE_NAMES.includes(name),
  );
  if (missing.length)
    throw new Error(`This version of the app has no table for ${missing.join(', ')}`);
  const records = Object.values(tables).reduce((n, rows) => n + rows.length, 0);
  const text = JSON.stringify({
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: SCHEMA_VERSION,
    exportedAt: STAMP,
    kind: 'backup',
    tables,
    checksum: await checksumOf(tables),
  });
  return { text, records };
}
