/**
 * The crafted files of issue 18 that the two import paths (the worker reads a file whole, the
 * page in slices) used to treat differently: both now read, parse and check them with the same
 * code, and give the same answer.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup, readBackupText } from '../../src/db/backup';
import { sha256Of } from '../../src/domain/checksum';
import { UserError } from '../../src/domain/errors';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

type File = { tables: Record<string, unknown[]> } & Record<string, unknown>;

let valid: File;
const PATHS = [
  ['the page (read in slices)', false],
  ['the worker (read whole)', true],
] as const;

/** Import a file's bytes as Settings does on either path; the refusal's message, or null. */
async function importBytes(bytes: BlobPart[], whole: boolean): Promise<string | null> {
  try {
    const result = await readBackup(await readBackupText(new Blob(bytes), { whole }));
    if (result.locked) throw new Error('unexpectedly locked');
    await importBackup(result.backup);
    return null;
  } catch (e) {
    if (e instanceof UserError) return e.message;
    throw e;
  }
}

/**
 * A backup whose settings hold an unknown key (kept as it is: it may come from a newer version)
 * with `depth` nested lists as its value, its checksum right. Built as text: JSON.stringify
 * itself runs out of stack long before 100,000 levels.
 */
async function nestedBackup(depth: number): Promise<string> {
  const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const tables = structuredClone(valid.tables);
  tables.settings = [...(tables.settings ?? []), { key: 'fromTheFuture', value: 'DEEP' }];
  const tablesText = JSON.stringify(tables).replace('"DEEP"', deep);
  const rest = JSON.stringify({ ...valid, tables: 'TABLES', checksum: 'SUM' });
  return rest
    .replace('"TABLES"', tablesText)
    .replace('"SUM"', JSON.stringify(await sha256Of(tablesText)));
}

beforeAll(async () => {
  await resetDatabase();
  await fillDatabase(sampleTables('b'));
  valid = JSON.parse((await createBackupFile()).text) as File;
});

beforeEach(async () => {
  await fillDatabase(sampleTables('a'));
});

describe.each(PATHS)('files both import paths treat alike: %s', (_, whole) => {
  it('refuses 3,000 and 100,000 levels of nesting under an unknown settings key, and writes nothing', async () => {
    const before = await dumpDatabase();
    for (const depth of [3000, 100_000]) {
      expect(await importBytes([await nestedBackup(depth)], whole)).toBe(
        'This file is not a Pivotboard backup: it holds values nested more than 24 levels deep, and a backup never does.',
      );
    }
    expect(await dumpDatabase()).toEqual(before);
    // A few levels under an unknown key are kept as they are (a newer version's preference).
    expect(await importBytes([await nestedBackup(3)], whole)).toBeNull();
    expect(
      ((await dumpDatabase()).settings as { key: string; value: unknown }[]).find(
        (s) => s.key === 'fromTheFuture',
      )?.value,
    ).toEqual([[[]]]);
  });

  it('refuses a "tables" key listed twice, even with the same tables', async () => {
    const text = JSON.stringify(valid);
    const tables = JSON.stringify(valid.tables);
    const twice = text.replace(`"tables":${tables}`, `"tables":${tables},"tables":${tables}`);
    expect(twice).not.toBe(text);
    expect(await importBytes([twice], whole)).toBe(
      'This file is not a Pivotboard backup: it lists “tables” twice, so which one counts is unclear.',
    );
  });

  it('refuses a table listed twice, even with the same rows', async () => {
    const text = JSON.stringify(valid);
    const plans = JSON.stringify(valid.tables.plans);
    const twice = text.replace(`"plans":${plans}`, `"plans":${plans},"plans":${plans}`);
    expect(twice).not.toBe(text);
    expect(await importBytes([twice], whole)).toBe(
      'This file is not a Pivotboard backup: it lists the table “plans” twice, so which one counts is unclear.',
    );
  });

  it('imports a backup saved as UTF-16 (little- or big-endian, with or without a byte-order mark) as it would the UTF-8 file', async () => {
    const text = `${JSON.stringify(valid, null, 1)}\n`;
    expect(await importBytes([text], whole)).toBeNull();
    const expected = await dumpDatabase();
    for (const le of [true, false])
      for (const bom of [true, false]) {
        await fillDatabase(sampleTables('a'));
        const bytes = new Uint8Array((text.length + 1) * 2);
        const view = new DataView(bytes.buffer);
        let at = 0;
        if (bom) {
          view.setUint16(0, 0xfeff, le);
          at = 2;
        }
        for (let i = 0; i < text.length; i++, at += 2) view.setUint16(at, text.charCodeAt(i), le);
        expect(await importBytes([bytes.subarray(0, at)], whole), `${le ? 'LE' : 'BE'}`).toBeNull();
        expect(await dumpDatabase()).toEqual(expected);
      }
  });

  it('refuses bytes that are not text, saying so', async () => {
    const bytes = new TextEncoder().encode(JSON.stringify(valid));
    bytes[40] = 0xff;
    expect(await importBytes([bytes], whole)).toBe(
      'This file is not a Pivotboard backup: it is not text (Pivotboard saves backups as UTF-8 text).',
    );
  });
});
