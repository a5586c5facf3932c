import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import {
  createBackupFile,
  importBackup,
  migrateTables,
  PAGE_PACE,
  readBackup,
  readBackupText,
  type ParsedBackup,
} from '../../src/db/backup';
import { db, SCHEMA_VERSIONS, TABLE_NAMES, type SchemaVersion } from '../../src/db/database';
import { readMarker } from '../../src/db/deviceMarker';
import { getSetting } from '../../src/db/settings';
import { UserError } from '../../src/domain/errors';
import { checksumOf } from '../../src/domain/checksum';
import { decryptText, encryptText } from '../../src/domain/backupCrypto';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { sampleTables } from '../support/sampleRows';

const FAST = { iterations: 1000 };

async function open(text: string, passphrase?: string): Promise<ParsedBackup> {
  const result = await readBackup(text);
  if (!result.locked) return result.backup;
  if (passphrase === undefined) throw new Error('locked');
  return result.unlock(passphrase);
}

describe('backup round trip', () => {
  beforeEach(async () => {
    await resetDatabase();
    localStorage.clear();
  });

  it('exports every table and imports it back exactly', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile({ now: new Date(2026, 4, 3, 10, 0) });
    expect(file.fileName).toBe('pivotboard-backup-2026-05-03.json');
    const exported = await dumpDatabase();
    for (const name of TABLE_NAMES) expect(exported[name]?.length, name).toBeGreaterThan(0);

    await fillDatabase(sampleTables('b'));
    const parsed = await open(file.text);
    expect(parsed.summary.counts).toEqual(file.counts);
    await importBackup(parsed);
    expect(await dumpDatabase()).toEqual(exported);
  });

  it.each([
    ['on the page', PAGE_PACE],
    ['in the worker', { sliceMs: 1000, inFlight: Infinity }],
  ])(
    'round-trips a large plan (written in many chunks) exactly, with progress: %s',
    async (_, pace) => {
      const tables = sampleTables('a');
      const [first] = tables.milestones ?? [];
      tables.milestones = Array.from({ length: 3001 }, (_, i) => ({
        ...first,
        id: `m-${String(i).padStart(5, '0')}`,
        title: `Milestone ${i}`,
      }));
      await fillDatabase(tables);
      const file = await createBackupFile();
      const exported = await dumpDatabase();
      await fillDatabase(sampleTables('b'));
      const progress: number[] = [];
      await importBackup(await open(file.text), {
        onProgress: (_stage, f) => progress.push(f),
        pace,
      });
      expect(await dumpDatabase()).toEqual(exported);
      expect(progress.length).toBeGreaterThan(3);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(progress.at(-1)).toBe(1);
    },
  );

  it('writes a file with format, versions, export time, every table and a checksum', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile({ now: new Date('2026-05-03T10:00:00Z') });
    const json = JSON.parse(file.text) as Record<string, unknown>;
    expect(json).toMatchObject({
      format: 'pivotboard-backup',
      formatVersion: 1,
      schemaVersion: SCHEMA_VERSIONS.at(-1)?.version,
      exportedAt: '2026-05-03T10:00:00.000Z',
    });
    expect(Object.keys(json.tables as object).sort()).toEqual([...TABLE_NAMES].sort());
    expect(json.checksum).toBe(await checksumOf(json.tables));
  });

  it('notes when the last backup was made, in the database and outside it', async () => {
    await fillDatabase(sampleTables('a'));
    expect(await getSetting('lastBackupAt')).toBeNull();
    const file = await createBackupFile();
    expect(await getSetting('lastBackupAt')).toBe(file.exportedAt);
    expect(readMarker()?.lastBackupAt).toBe(file.exportedAt);
  });

  it('undoes an import by putting back what was there', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile();
    await fillDatabase(sampleTables('b'));
    const before = await dumpDatabase();
    const step = await importBackup(await open(file.text));
    expect(await dumpDatabase()).not.toEqual(before);
    await step.revert();
    expect(await dumpDatabase()).toEqual(before);
  });

  it.each([
    ['on the page (two writes in flight)', PAGE_PACE],
    ['in the worker (every write at once)', { sliceMs: 1000, inFlight: Infinity }],
  ])(
    'keeps every row for undo when a table spans several read pages, and exports them all: %s',
    async (_, pace) => {
      const many = (v: string, n: number) => {
        const [first] = sampleTables(v).calls as [Record<string, unknown>];
        return Array.from({ length: n }, (_, i) => ({
          ...first,
          id: `k-${v}-${String(i).padStart(5, '0')}`,
        }));
      };
      await fillDatabase({ ...sampleTables('a'), calls: many('a', 1234) });
      const file = await createBackupFile();
      expect(file.counts.calls).toBe(1234);
      await fillDatabase({ ...sampleTables('b'), calls: many('b', 1501) });
      const before = await dumpDatabase();
      expect(before.calls).toHaveLength(1501);
      const step = await importBackup(await open(file.text), { pace });
      expect((await dumpDatabase()).calls).toHaveLength(1234);
      await step.revert();
      expect(await dumpDatabase()).toEqual(before);
    },
  );

  it('changes nothing when the write fails half-way (one transaction)', async () => {
    await fillDatabase(sampleTables('a'));
    const parsed = await open((await createBackupFile()).text);
    await fillDatabase(sampleTables('b'));
    const before = await dumpDatabase();
    // A storage layer that runs out of space on the second table it writes.
    db.close();
    db.use({
      stack: 'dbcore',
      name: 'full-disk',
      create: (down) => ({
        ...down,
        table: (name) => {
          const table = down.table(name);
          if (name !== TABLE_NAMES[1]) return table;
          return {
            ...table,
            mutate: (req) =>
              req.type === 'add'
                ? Promise.reject(
                    new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                  )
                : table.mutate(req),
          };
        },
      }),
    });
    await db.open();
    try {
      const failure = importBackup(parsed);
      await expect(failure).rejects.toBeInstanceOf(UserError);
      await expect(failure).rejects.toThrow(/out of storage space/);
    } finally {
      db.close();
      db.unuse({ stack: 'dbcore', name: 'full-disk' });
      await db.open();
    }
    expect(await dumpDatabase()).toEqual(before);
  });

  it('reads a file given as a Blob, and refuses empty and huge files by size', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile();
    expect(await readBackupText(new Blob([file.text]))).toBe(file.text);
    await expect(readBackupText(new Blob([]))).rejects.toThrow(/empty/);
    const huge = { size: 300 * 1024 * 1024, text: () => Promise.resolve('') } as unknown as Blob;
    await expect(readBackupText(huge)).rejects.toThrow(/far larger than any backup/);
  });

  it('reads a large file in slices to the same text, characters split across slices included', async () => {
    // Multi-byte characters at every offset around the 256 KB slice edges, and a byte-order mark.
    const text = `\uFEFF${'a'.repeat(256 * 1024 - 2)}€😀é${'b'.repeat(256 * 1024 - 1)}😀€${'c'.repeat(1000)}`;
    for (const shift of [0, 1, 2, 3]) {
      const blob = new Blob(['x'.repeat(shift) + text]);
      expect(await readBackupText(blob)).toBe(await blob.text());
    }
  });
});

describe('passphrase-protected backups', () => {
  beforeEach(resetDatabase);

  it('round-trips through AES-GCM with the right passphrase', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile({
      passphrase: 'correct horse battery',
      ...FAST,
      now: new Date(2026, 0, 9),
    });
    expect(file.fileName).toBe('pivotboard-backup-2026-01-09-encrypted.json');
    expect(file.text).not.toContain('Rewrite CV');
    const exported = await dumpDatabase();
    await fillDatabase(sampleTables('b'));
    const result = await readBackup(file.text);
    expect(result.locked).toBe(true);
    if (!result.locked) return;
    const parsed = await result.unlock('correct horse battery');
    expect(parsed.summary.encrypted).toBe(true);
    await importBackup(parsed);
    expect(await dumpDatabase()).toEqual(exported);
  });

  it('refuses a wrong passphrase clearly and changes nothing', async () => {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile({ passphrase: 'correct horse battery', ...FAST });
    await fillDatabase(sampleTables('b'));
    const before = await dumpDatabase();
    const result = await readBackup(file.text);
    if (!result.locked) throw new Error('expected a locked file');
    await expect(result.unlock('wrong horse battery')).rejects.toThrow(
      'That passphrase does not open this backup',
    );
    await expect(result.unlock('')).rejects.toThrow(/Enter the passphrase/);
    expect(await dumpDatabase()).toEqual(before);
  });

  it('refuses a damaged protected file', async () => {
    await fillDatabase(sampleTables('a'));
    const file = JSON.parse(
      (await createBackupFile({ passphrase: 'correct horse battery', ...FAST })).text,
    ) as { data: string; kdf: { iterations: number } };
    const flipped = { ...file, data: (file.data[0] === 'A' ? 'B' : 'A') + file.data.slice(1) };
    const result = await readBackup(JSON.stringify(flipped));
    if (!result.locked) throw new Error('expected a locked file');
    await expect(result.unlock('correct horse battery')).rejects.toThrow(
      /does not open this backup/,
    );
    await expect(
      readBackup(JSON.stringify({ ...file, kdf: { ...file.kdf, iterations: 1e12 } })),
    ).rejects.toThrow(/too much work/);
  });

  it('refuses a salt or IV of the wrong length, or not base64, with a message for each part', async () => {
    await fillDatabase(sampleTables('a'));
    const file = JSON.parse(
      (await createBackupFile({ passphrase: 'correct horse battery', ...FAST })).text,
    ) as { data: string; kdf: { salt: string }; cipher: { iv: string } };
    const refusal = (change: (f: typeof file) => void) => {
      const copy = structuredClone(file);
      change(copy);
      return readBackup(JSON.stringify(copy)).then(
        () => 'accepted',
        (e: unknown) => (e instanceof UserError ? e.message : `not a UserError: ${String(e)}`),
      );
    };
    const damaged = (what: string) => `The protected backup is damaged (its ${what}).`;
    expect(await refusal((f) => (f.kdf.salt = 'A'))).toBe(damaged('salt is not base64 text'));
    expect(await refusal((f) => (f.kdf.salt = ''))).toBe(
      damaged('salt should be 16 bytes long, and is 0'),
    );
    expect(await refusal((f) => (f.kdf.salt = 'AAAAAAAAAAAAAAAAAAAA'))).toBe(
      damaged('salt should be 16 bytes long, and is 15'),
    );
    expect(await refusal((f) => (f.kdf.salt = 'é'.repeat(24)))).toBe(
      damaged('salt is not base64 text'),
    );
    expect(await refusal((f) => (f.cipher.iv = 'AA=='))).toBe(
      damaged('IV should be 12 bytes long, and is 1'),
    );
    expect(await refusal((f) => (f.data = 'AAAA'))).toBe(
      damaged('data is too short to hold anything'),
    );
    expect(await refusal((f) => (f.data = `${f.data}A`))).toBe(damaged('data is not base64 text'));
    // Untouched, it opens.
    expect(await refusal(() => undefined)).toBe('accepted');
  });

  it('says a part of a protected file is damaged, not the passphrase, where the envelope was not checked', async () => {
    const file = await encryptText('{}', 'correct horse battery', 1000);
    await expect(decryptText({ ...file, kdf: { ...file.kdf, salt: 'A' } }, 'x')).rejects.toThrow(
      'The protected backup is damaged (its salt is not base64 text), so it cannot be opened.',
    );
    await expect(
      decryptText({ ...file, cipher: { ...file.cipher, iv: 'AA==' } }, 'x'),
    ).rejects.toThrow(
      'The protected backup is damaged (its IV should be 12 bytes long), so it cannot be opened.',
    );
    await expect(decryptText(file, 'correct horse battery')).resolves.toBe('{}');
  });

  it('uses a strong key derivation by default', async () => {
    await fillDatabase(sampleTables('a'));
    const file = JSON.parse(
      (await createBackupFile({ passphrase: 'correct horse battery' })).text,
    ) as { kdf: { iterations: number; name: string } };
    expect(file.kdf.name).toBe('PBKDF2');
    expect(file.kdf.iterations).toBeGreaterThanOrEqual(600_000);
  });
});

describe('backups from other versions', () => {
  beforeEach(resetDatabase);

  it('refuses a backup from a newer version, saying so', async () => {
    await fillDatabase(sampleTables('a'));
    const json = JSON.parse((await createBackupFile()).text) as Record<string, unknown>;
    const newer = JSON.stringify({
      ...json,
      schemaVersion: (SCHEMA_VERSIONS.at(-1)?.version ?? 1) + 1,
    });
    await expect(readBackup(newer)).rejects.toThrow(/made by a newer version of Pivotboard/);
  });

  it('imports a backup made at schema version 1 into the latest database', async () => {
    await fillDatabase(sampleTables('a'));
    const v1Tables = ['plans', 'milestones', 'settings'];
    const all = JSON.parse((await createBackupFile()).text) as {
      tables: Record<string, unknown[]>;
    };
    const tables = Object.fromEntries(v1Tables.map((t) => [t, all.tables[t] ?? []]));
    const file = JSON.stringify({
      format: 'pivotboard-backup',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables,
      checksum: await checksumOf(tables),
    });
    const parsed = await open(file);
    expect(parsed.summary.schemaVersion).toBe(1);
    await importBackup(parsed);
    const after = await dumpDatabase();
    for (const t of v1Tables) expect(after[t], t).toEqual(expect.arrayContaining(tables[t] ?? []));
  });

  // A made-up history where version 2 renamed milestones' `note` to `notes`: an old file goes
  // through that upgrade before it is checked against today's schemas.
  const HISTORY: SchemaVersion[] = [
    { version: 1, stores: { plans: 'id', milestones: 'id, planId', settings: 'key' } },
    {
      version: 2,
      stores: { milestones: 'id, planId, [planId+month]' },
      upgrade: async (tx) => {
        await tx
          .table('milestones')
          .toCollection()
          .modify((m: Record<string, unknown>) => {
            m.notes = m.note ?? '';
            delete m.note;
          });
      },
    },
  ];

  it('migrates an old backup through the same upgrade code as the database', async () => {
    const sample = sampleTables('a');
    const old = {
      plans: sample.plans ?? [],
      settings: (sample.settings ?? []).filter((s) => s.key === 'currency'),
      milestones: (sample.milestones ?? []).map(({ notes, ...m }) => ({
        ...m,
        note: `old note ${String(notes)}`,
      })),
    };
    const file = JSON.stringify({
      format: 'pivotboard-backup',
      formatVersion: 1,
      schemaVersion: 1,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: old,
      checksum: await checksumOf(old),
    });
    // Without the upgrade the old field is unknown and `notes` is missing: refused.
    await expect(readBackup(file)).rejects.toThrow(/field “notes”/);
    const result = await readBackup(file, { versions: HISTORY });
    if (result.locked) throw new Error('not locked');
    const milestones = result.backup.tables.get('milestones') as { notes: string }[];
    expect(milestones.map((m) => m.notes).every((n) => n.startsWith('old note'))).toBe(true);
    expect(milestones).toHaveLength(old.milestones.length);
    // A history that only adds tables needs no temporary database: rows pass as they are.
    const addOnly: SchemaVersion[] = [
      HISTORY[0] as SchemaVersion,
      { version: 2, stores: { extra: 'id' } },
    ];
    await expect(readBackup(file, { versions: addOnly })).rejects.toThrow(/field “notes”/);
    // The temporary database is gone.
    expect(
      (await Dexie.getDatabaseNames()).filter((n) => n.startsWith('pivotboard-import-')),
    ).toEqual([]);
  });

  it('refuses an old backup whose records cannot be stored, without leaving a temporary database', async () => {
    const tables = { plans: [{ title: 'no id' }] };
    await expect(migrateTables(new Map(Object.entries(tables)), 1, HISTORY)).rejects.toThrow(
      /record 1 of 1 in Plans has no usable key/,
    );
    expect(
      (await Dexie.getDatabaseNames()).filter((n) => n.startsWith('pivotboard-import-')),
    ).toEqual([]);
  });
});
