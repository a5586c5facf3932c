/**
 * The import's fuzz suite (issue 18): backups generated from a real export and mutated field by
 * field, with values picked to sit on and just past every rule's edge. Each is either refused
 * with a message that names a field it changed (or one whose rule reads it), or imported, and
 * then every screen's read functions run on it without throwing (tests/support/screenReads.ts).
 * The counts are printed. fast-check picks a new seed each run and prints it with a failure: to
 * replay one, pass `{ seed, path }` from that report to the property's `fc.assert` options.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup } from '../../src/db/backup';
import { today } from '../../src/domain/calendar';
import { checksumOf } from '../../src/domain/checksum';
import { UserError } from '../../src/domain/errors';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';
import { readEveryScreen } from '../support/screenReads';

type Row = Record<string, unknown>;
type File = { tables: Record<string, Row[]> } & Row;

let valid: File;
const counts = { generated: 0, refused: 0, imported: 0 };

const DAYS = [
  '1899-12-31',
  '1900-01-01',
  '1970-01-01',
  '2026-02-29',
  '2028-02-29',
  '2027-06-31',
  '2027-13-01',
  '2027-1-1',
  '2199-12-31',
  '2200-01-01',
  '9999-12-31',
  '1000-01-01',
  '0999-12-31',
];
const MONTHS = ['1899-12', '1900-01', '2199-12', '2200-01', '9999-06', '1000-01', '2027-00'];
const TIMES = [
  '9999-12-31T00:00:00.000Z',
  '1969-12-31T23:59:59Z',
  '2026-01-01T00:00:00+14:00',
  '2026-01-01',
  'yesterday',
];
const NUMBERS = [
  -1,
  0,
  0.5,
  1,
  6,
  7,
  14,
  15,
  24,
  25,
  52,
  53,
  100,
  101,
  365,
  366,
  1e9,
  1e9 + 1,
  1e308,
];
const STRINGS = [
  '',
  ' ',
  'a',
  'a0',
  '!!',
  '~~~',
  'Zz',
  'A00000000000000000000000000',
  'x'.repeat(5001),
  '__proto__',
  'constructor',
  'javascript:alert(1)',
  'https://example.com/',
  '<img src=x onerror=alert(1)>',
];

const valueArb = fc.oneof(
  fc.constantFrom<unknown>(...DAYS, ...MONTHS, ...TIMES, ...NUMBERS, ...STRINGS),
  fc.constantFrom<unknown>(null, true, false, [], {}, ['burnout'], { nested: { deeper: [1] } }),
  fc.integer({ min: -1000, max: 100_000 }),
  fc.string({ maxLength: 12 }),
  fc
    .date({
      min: new Date(1800, 0, 1),
      max: new Date(2300, 0, 1),
      noInvalidDate: true,
    })
    .map((d) => d.toISOString().slice(0, 10)),
);

/** One change: a table (by index), a row and a field (by index, modulo), and what happens to it. */
const changeArb = fc.record({
  table: fc.nat(),
  row: fc.nat(),
  field: fc.nat(),
  op: fc.constantFrom('set', 'set', 'set', 'delete', 'add-setting'),
  /** Most changes keep the field's type (a date for a date), so they probe the rules, not the types. */
  sameType: fc.boolean(),
  pick: fc.nat(),
  value: valueArb,
  settingKey: fc.constantFrom(
    'currency',
    'weeklyCallTarget',
    'vision',
    'redFlags',
    'firstRun',
    'lastBackupAt',
    'neutralTitle',
    'fromANewerVersion',
    'toString',
  ),
});

type Change = typeof changeArb extends fc.Arbitrary<infer T> ? T : never;

const STRING_VALUES: readonly string[] = [...DAYS, ...MONTHS, ...TIMES, ...STRINGS];

/** A value like `original` (of its type), from the pools above. */
function sameTypeAs(original: unknown, pick: number, fallback: unknown): unknown {
  if (typeof original === 'string') return STRING_VALUES[pick % STRING_VALUES.length];
  if (typeof original === 'number') return NUMBERS[pick % NUMBERS.length];
  if (typeof original === 'boolean') return pick % 2 === 0;
  if (original === null) return pick % 2 === 0 ? null : STRING_VALUES[pick % STRING_VALUES.length];
  return fallback;
}

const envelopeChangeArb = fc.record({
  field: fc.constantFrom('exportedAt', 'schemaVersion', 'kind', 'formatVersion'),
  value: valueArb,
});

/** Apply the changes; the paths changed ("plans.startMonth", "exportedAt") name what a refusal may be about. */
function mutate(
  file: File,
  changes: readonly Change[],
  envelope: { field: string; value: unknown } | null,
): string[] {
  const changed: string[] = [];
  const tables = Object.keys(file.tables).filter((t) => (file.tables[t]?.length ?? 0) > 0);
  for (const c of changes) {
    if (c.op === 'add-setting') {
      file.tables.settings?.push({ key: c.settingKey, value: c.value });
      changed.push('key', 'value');
      continue;
    }
    const table = tables[c.table % tables.length] ?? 'plans';
    const rows = file.tables[table] ?? [];
    const row = rows[c.row % rows.length];
    if (!row) continue;
    const fields = Object.keys(row);
    const field = fields[c.field % fields.length] ?? 'id';
    if (c.op === 'delete') Reflect.deleteProperty(row, field);
    else if (field === 'history' && Array.isArray(row.history) && typeof c.value === 'string') {
      // Inside the list: a stage change's day.
      const history = row.history as Row[];
      history[0] = { ...history[0], on: c.value };
    } else row[field] = c.sameType ? sameTypeAs(row[field], c.pick, c.value) : c.value;
    changed.push(field);
  }
  if (envelope) {
    file[envelope.field] = envelope.value;
    changed.push(envelope.field);
  }
  return changed;
}

/** How a refusal names each field it can be about: its path, or its label in words. */
const ENVELOPE_LABELS: Record<string, RegExp> = {
  exportedAt: /^Exported at: /,
  schemaVersion: /schema version|data version|data is version|could not be brought up to date/,
  kind: /^Kind: /,
  formatVersion: /format version/,
};

/**
 * Rules that read a second field report at that one (domain/schema: networking.ts, opportunity.ts,
 * settings.ts): a call's day moved past its follow-up is refused at “followUpOn”, a stage set to
 * closed without a reason at “closedReason”, a setting's key whose value does not fit at “value”.
 */
const CHECKED_AT: Record<string, readonly string[]> = {
  day: ['followUpOn'],
  stage: ['closedReason'],
  key: ['value'],
};

function namesAField(message: string, changed: readonly string[]): boolean {
  return changed.some((field) => {
    const label = ENVELOPE_LABELS[field];
    if (label?.test(message)) return true;
    // A record's field: "field “startMonth”" or "field “history.0.on”", or one whose rule reads it.
    if ([field, ...(CHECKED_AT[field] ?? [])].some((f) => message.includes(`field “${f}`)))
      return true;
    // Its key: a record without one, or with another's.
    if (['id', 'key', 'planId'].includes(field))
      return /has no usable key|same (id|key|planId) as an earlier record|holds no plan/.test(
        message,
      );
    if (field === 'planId' || field === 'id') return /holds no plan/.test(message);
    return false;
  });
}

beforeAll(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('b'));
  valid = JSON.parse((await createBackupFile()).text) as File;
});

afterAll(() => {
  console.info(
    `Import fuzz: ${counts.generated} backups generated, ${counts.refused} refused naming a field, ${counts.imported} imported and read by every screen.`,
  );
});

describe('fuzzed backups', { timeout: 60_000 }, () => {
  it('are refused naming a field they changed, or imported and readable by every screen', async () => {
    const TODAY = today();
    await fc.assert(
      fc.asyncProperty(
        fc.array(changeArb, { minLength: 1, maxLength: 3 }),
        fc.oneof(
          { arbitrary: fc.constant(null), weight: 8 },
          { arbitrary: envelopeChangeArb, weight: 1 },
        ),
        async (changes, envelope) => {
          counts.generated++;
          const file = structuredClone(valid);
          const changed = mutate(file, changes, envelope);
          file.checksum = await checksumOf(file.tables);
          let result;
          try {
            result = await readBackup(JSON.stringify(file));
          } catch (e) {
            if (!(e instanceof UserError)) throw e;
            expect(
              namesAField(e.message, changed),
              `“${e.message}” names none of ${changed.join(', ')}`,
            ).toBe(true);
            // In our words, never the validation library's.
            expect(e.message).not.toMatch(/Invalid (input|option|ISO)|expected \w+, received/);
            counts.refused++;
            return;
          }
          if (result.locked) throw new Error('unexpectedly locked');
          readEveryScreen(result.backup.tables, TODAY);
          counts.imported++;
        },
      ),
      { numRuns: 400 },
    );
    // Both outcomes were reached: the suite is not only refusing (or only accepting).
    expect(counts.refused).toBeGreaterThan(40);
    expect(counts.imported).toBeGreaterThan(20);
  });

  it('a refusal passes only when it names a changed field, or one whose rule reads it', async () => {
    // Seed 1547549394: the first call's day set to 2028-02-29, after its follow-up (2027-03-05).
    const file = structuredClone(valid);
    const call = file.tables.calls?.[0];
    if (!call) throw new Error('no call in the sample backup');
    call.day = '2028-02-29';
    file.checksum = await checksumOf(file.tables);
    const refusal = await readBackup(JSON.stringify(file)).then(
      () => '',
      (e: unknown) => (e instanceof UserError ? e.message : ''),
    );
    expect(refusal).toMatch(/field “followUpOn”: Pick a follow-up date on or after the day/);
    expect(namesAField(refusal, ['day'])).toBe(true);
    expect(namesAField(refusal, ['followUpOn'])).toBe(true);
    expect(namesAField(refusal, ['notes'])).toBe(false);
    expect(namesAField(refusal, ['stage'])).toBe(false);
    expect(namesAField('…, field “notes”: Notes: keep it under 5,000 characters.', ['day'])).toBe(
      false,
    );
  });

  it('an imported one is stored as checked: what the screens read is what was written', async () => {
    const file = structuredClone(valid);
    const settings = file.tables.settings ?? [];
    settings.push({ key: 'fromANewerVersion', value: { nested: { deeper: [1] } } });
    file.checksum = await checksumOf(file.tables);
    const result = await readBackup(JSON.stringify(file));
    if (result.locked) throw new Error('unexpectedly locked');
    await importBackup(result.backup);
    const stored = await dumpDatabase();
    readEveryScreen(new Map(Object.entries(stored)), today());
    expect((stored.settings as Row[]).find((r) => r.key === 'fromANewerVersion')?.value).toEqual({
      nested: { deeper: [1] },
    });
  });
});
