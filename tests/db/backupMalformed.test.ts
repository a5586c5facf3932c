/**
 * Any file that is not a valid backup is refused with a message that says what is wrong, and
 * the database stays exactly as it was. Hundreds of generated bad files, by class.
 */
import fc from 'fast-check';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup, readBackupText } from '../../src/db/backup';
import { SCHEMA_VERSIONS } from '../../src/db/database';
import { checksumOf } from '../../src/domain/checksum';
import { UserError } from '../../src/domain/errors';
import { countWrites, dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

type Json = Record<string, unknown>;
type File = { tables: Record<string, Json[]>; checksum: string } & Json;

let validText = '';
let valid: File;
let before: Record<string, unknown[]>;
let writes: Awaited<ReturnType<typeof countWrites>>;

/** Read the file in one go, as the backup worker does (else in slices, as the page does). */
let whole = false;

/** What the Settings screen does with a chosen file: read, check, then replace. */
async function importText(text: string): Promise<void> {
  const result = await readBackup(await readBackupText(new Blob([text]), { whole }));
  if (result.locked) throw new Error('unexpectedly locked');
  await importBackup(result.backup);
}

async function expectRefused(text: string, message?: RegExp): Promise<string> {
  let error: unknown;
  try {
    await importText(text);
  } catch (e) {
    error = e;
  }
  expect(error, 'the file was accepted').toBeInstanceOf(UserError);
  const msg = (error as UserError).message;
  expect(msg.length).toBeGreaterThan(10);
  if (message) expect(msg).toMatch(message);
  // Not one row was written for this file (every write to the database passes the counter);
  // each test also compares the whole database at its end.
  expect(writes.total(), 'rows written').toBe(0);
  return msg;
}

const withChecksum = async (file: File): Promise<string> =>
  JSON.stringify({ ...file, checksum: await checksumOf(file.tables) });
const clone = (): File => structuredClone(valid);

beforeAll(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('b'));
  validText = (await createBackupFile()).text;
  valid = JSON.parse(validText) as File;
  writes = await countWrites();
});

afterAll(async () => {
  await writes.stop();
});

beforeEach(async () => {
  await fillDatabase(sampleTables('a'));
  before = await dumpDatabase();
  writes.byTable.clear();
});

afterEach(async () => {
  expect(await dumpDatabase()).toEqual(before);
});

// Hundreds of files per test: room for a loaded machine (this is not a timing test).
describe.each([
  ['read in slices (on the page)', false],
  ['read whole (in the worker)', true],
])('malformed backups are refused and change nothing: %s', { timeout: 60_000 }, (_, inOneGo) => {
  beforeAll(() => {
    whole = inOneGo;
  });

  it('sanity: the untouched file imports (so the refusals below are about the damage)', async () => {
    const result = await readBackup(await readBackupText(new Blob([validText]), { whole }));
    expect(result.locked).toBe(false);
    await importText(validText);
    expect(writes.total()).toBeGreaterThan(0);
    expect(await dumpDatabase()).not.toEqual(before);
    await fillDatabase(before); // as it was, for the check after each test
    writes.byTable.clear();
  });

  it('refuses text that is not JSON', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string(),
          fc.string({ unit: 'binary' }),
          fc.constantFrom('', ' ', 'null', '[]', '"backup"', '{', '{"format":'),
        ),
        async (text) => {
          await expectRefused(text);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('refuses any truncated file', async () => {
    const body = validText.trimEnd();
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: body.length - 1 }), async (at) => {
        await expectRefused(body.slice(0, at));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses JSON that is not a backup', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        await expectRefused(JSON.stringify(value));
      }),
      { numRuns: 150 },
    );
  });

  it('says a file is JSON but no backup when it holds a list, text, a number, true, false or null', async () => {
    expect(await expectRefused('[1,2,3]')).toBe(
      'This file is not a Pivotboard backup: it is valid JSON, but it holds a list, where a backup holds one object (starting with “{”).',
    );
    expect(await expectRefused('"text"')).toMatch(
      /: it is valid JSON, but it holds a piece of text,/,
    );
    expect(await expectRefused('null')).toMatch(/: it is valid JSON, but it holds “null”,/);
    await fc.assert(
      fc.asyncProperty(
        fc.jsonValue().filter((v) => typeof v !== 'object' || v === null || Array.isArray(v)),
        fc.constantFrom('', ' \n', '\uFEFF'),
        async (value, before) => {
          const msg = await expectRefused(
            `${before}${JSON.stringify(value)}\n`,
            /^This file is not a Pivotboard backup: it is valid JSON, but it holds /,
          );
          expect(msg).not.toMatch(/not valid JSON/);
        },
      ),
      { numRuns: 100 },
    );
    // Not JSON at all is still said to be so.
    for (const text of ['[1,2', 'nul', 'backup', '"text'])
      await expectRefused(text, /it is not valid JSON \(it may be cut short or damaged\)\.$/);
  });

  it('says a file holding only a byte-order mark, or only blank space, is empty', async () => {
    for (const bytes of [['\uFEFF'], ['\uFEFF', ' \n'], ['\n\t ']]) {
      const text = await readBackupText(new Blob(bytes));
      expect(await expectRefused(text)).toBe('This file is not a Pivotboard backup: it is empty.');
    }
  });

  it('refuses an unknown format or format version', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.record({
            formatVersion: fc.oneof(
              fc.integer().filter((n) => n !== 1),
              fc.double(),
              fc.string(),
              fc.constant(null),
            ),
          }),
          fc.record({
            format: fc.oneof(
              fc.string().filter((s) => s !== 'pivotboard-backup'),
              fc.integer(),
            ),
          }),
        ),
        async (change) => {
          await expectRefused(JSON.stringify({ ...valid, ...change }));
        },
      ),
      { numRuns: 100 },
    );
    const msg = await expectRefused(JSON.stringify({ ...valid, formatVersion: 7 }));
    expect(msg).toMatch(/format version 7/);
  });

  it('refuses a file changed after export (bad checksum)', async () => {
    const rowArb = fc.constantFrom(
      ...Object.entries(valid.tables).flatMap(([t, rows]) => rows.map((_, i) => [t, i] as const)),
    );
    await fc.assert(
      fc.asyncProperty(
        rowArb,
        fc.string({ minLength: 1, maxLength: 5 }),
        async ([table, i], extra) => {
          const file = clone();
          const row = file.tables[table]?.[i] ?? {};
          const field = Object.keys(row).find((k) => typeof row[k] === 'string') ?? 'id';
          row[field] = `${String(row[field])}${extra}`;
          await expectRefused(JSON.stringify(file), /checksum/);
        },
      ),
      { numRuns: 100 },
    );
    await expectRefused(JSON.stringify({ ...valid, checksum: 'sha256:00' }), /checksum/);
  });

  it('refuses a record with a field of the wrong type, naming the kind, the record and the field', async () => {
    const fields = Object.entries(valid.tables).flatMap(([table, rows]) =>
      rows.flatMap((row, i) =>
        Object.entries(row)
          .filter(([, v]) => typeof v === 'string' || typeof v === 'number')
          .map(([field]) => ({ table, i, field })),
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...fields),
        fc.constantFrom<unknown>(true, {}, [], 'not a number', 42),
        async ({ table, i, field }, value) => {
          const file = clone();
          const row = file.tables[table]?.[i] ?? {};
          fc.pre(
            typeof value !== typeof row[field] &&
              !(typeof value === 'object' && typeof row[field] === 'object'),
          );
          row[field] = value;
          const msg = await expectRefused(await withChecksum(file));
          if (field !== 'key')
            expect(msg).toContain(`record ${i + 1} of ${file.tables[table]?.length}`);
        },
      ),
      { numRuns: 250 },
    );
  });

  it('refuses a valid file with one bad record, and says which', async () => {
    const file = clone();
    const m = file.tables.milestones?.[3] ?? {};
    m.status = 'lost';
    const msg = await expectRefused(await withChecksum(file));
    expect(msg).toMatch(/record 4 of 6 in Milestones \(id m-b-3\), field “status”: Pick a status/);

    const missing = clone();
    delete (missing.tables.plans?.[0] ?? {}).title;
    expect(await expectRefused(await withChecksum(missing))).toMatch(
      /record 1 of 1 in Plans.*field “title”/,
    );
  });

  it('refuses records that are not records, duplicates, unknown kinds, missing plans and newer versions', async () => {
    const notRecord = clone();
    notRecord.tables.milestones = [...(notRecord.tables.milestones ?? []), 5 as unknown as Json];
    await expectRefused(
      await withChecksum(notRecord),
      /record 7 of 7 in Milestones is not a record/,
    );

    const dup = clone();
    dup.tables.milestones = [
      ...(dup.tables.milestones ?? []),
      { ...(dup.tables.milestones?.[0] ?? {}) },
    ];
    await expectRefused(await withChecksum(dup), /same id as an earlier record/);

    const unknown = clone();
    unknown.tables.secrets = [{ id: 'x' }];
    await expectRefused(await withChecksum(unknown), /does not know \(“secrets”\)/);

    const noPlan = clone();
    noPlan.tables.plans = [];
    await expectRefused(await withChecksum(noPlan), /holds no plan/);

    const notList = clone() as Json;
    (notList.tables as Json).plans = { id: 'p' };
    await expectRefused(JSON.stringify(notList), /must be a list/);

    const latest = SCHEMA_VERSIONS.at(-1)?.version ?? 1;
    await expectRefused(JSON.stringify({ ...valid, schemaVersion: latest + 1 }), /newer version/);
  });

  it('refuses 50 MB of noise', async () => {
    const noise = new Uint8Array(50 * 1024 * 1024);
    for (let i = 0; i < noise.length; i += 65536)
      crypto.getRandomValues(noise.subarray(i, i + 65536));
    await expect(readBackupText(new Blob([noise]), { whole })).rejects.toThrow(
      /^This file is not a Pivotboard backup: it is not text/,
    );
    // Noise that starts like JSON goes through the whole scan before it is refused.
    const text = new TextDecoder().decode(noise.subarray(0, 20 * 1024 * 1024));
    await expectRefused(`{"tables":{"plans":[${text}`, /^This file is not a Pivotboard backup/);
  });
});
