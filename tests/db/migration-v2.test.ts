import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declareVersions,
  PivotDatabase,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../src/db/database';
import { tableSchemas } from '../../src/domain/schema';
import fixture from './fixtures/v1-database.json';

const NAME = 'pivotboard-migration-v2';

describe('schema version 1 → 2 (networking)', () => {
  afterEach(async () => {
    await Dexie.delete(NAME);
  });

  it('keeps every record of a version 1 database and adds contacts and calls', async () => {
    // Build the old database exactly as version 1 declared it.
    const old = new Dexie(NAME);
    declareVersions(old, 1);
    await old.open();
    expect(old.verno).toBe(1);
    expect(old.tables.map((t) => t.name).sort()).toEqual(['milestones', 'plans', 'settings']);
    for (const [name, rows] of Object.entries(fixture.tables)) await old.table(name).bulkAdd(rows);
    old.close();

    const db = new PivotDatabase(NAME);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(db.verno).toBeGreaterThanOrEqual(2);
    for (const [name, rows] of Object.entries(fixture.tables)) {
      const key = name === 'settings' ? 'key' : 'id';
      const stored = await db.table(name).orderBy(key).toArray();
      const expected = [...rows].sort((a, b) =>
        String((a as Record<string, unknown>)[key]) < String((b as Record<string, unknown>)[key])
          ? -1
          : 1,
      );
      expect(stored).toEqual(expected);
    }
    // Old records still pass today's schemas (a backup of the upgraded database would import).
    for (const m of await db.milestones.toArray())
      expect(tableSchemas.milestones.safeParse(m).success).toBe(true);

    // The new tables work, with their indexes.
    const stamp = '2026-03-18T10:00:00.000Z';
    await db.contacts.add({
      id: 'p1',
      name: 'Jane Lee',
      title: '',
      company: '',
      roleType: null,
      linkedInUrl: '',
      howWeMet: '',
      notes: '',
      mentionOk: false,
      checkInWeeks: null,
      checkedInOn: null,
      createdAt: stamp,
      updatedAt: stamp,
    });
    await db.calls.add({
      id: 'c1',
      contactId: 'p1',
      day: '2026-03-18',
      channel: 'call',
      notes: '',
      followUpOn: null,
      followUpDoneOn: null,
      mentionOk: false,
      createdAt: stamp,
      updatedAt: stamp,
    });
    expect(await db.calls.where('contactId').equals('p1').count()).toBe(1);
    expect(await db.calls.where('day').belowOrEqual('2026-03-18').count()).toBe(1);
    db.close();
  });

  it('adds contacts and calls to a database built without version 2 (the versions merged out of order)', async () => {
    // A browser that ran a build with versions 1, 3 and 4 but not 2 has no networking tables.
    const old = new Dexie(NAME);
    for (const v of SCHEMA_VERSIONS) if (v.version !== 2) old.version(v.version).stores(v.stores);
    await old.open();
    expect(old.tables.map((t) => t.name)).not.toContain('calls');
    await old.table('plans').bulkAdd(fixture.tables.plans);
    old.close();

    const db = new PivotDatabase(NAME);
    await db.open();
    expect(await db.plans.toArray()).toEqual(fixture.tables.plans);
    expect(await db.calls.count()).toBe(0);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.calls.where('day').belowOrEqual('2026-03-18').count()).toBe(0);
    db.close();
  });
});
