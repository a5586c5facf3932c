import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import {
  declareVersions,
  PivotDatabase,
  SCHEMA_VERSION,
  SCHEMA_VERSIONS,
} from '../../src/db/database';

const names: string[] = [];
const fresh = () => {
  const name = `migration-${crypto.randomUUID()}`;
  names.push(name);
  return name;
};

afterEach(async () => {
  for (const n of names.splice(0)) await Dexie.delete(n);
});

const plan = {
  id: 'p1',
  title: 'My pivot plan',
  startMonth: '2026-11',
  lengthMonths: 12,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};
const milestone = {
  id: 'm1',
  planId: 'p1',
  title: 'Start networking calls',
  description: '',
  notes: 'keep going',
  month: 3,
  baselineMonth: 2,
  rank: 'a0',
  status: 'in_progress',
  category: 'networking',
  templateKey: 'start-networking',
  doneOn: null,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-02T00:00:00.000Z',
};

describe('schema versions', () => {
  it('are numbered upwards from 1', () => {
    const versions = SCHEMA_VERSIONS.map((v) => v.version);
    expect(versions[0]).toBe(1);
    expect([...versions].sort((a, b) => a - b)).toEqual(versions);
    expect(SCHEMA_VERSION).toBe(versions.at(-1));
  });

  it('a version-1 database with data opens at the latest version with every record kept', async () => {
    const name = fresh();
    const old = new Dexie(name);
    declareVersions(old, 1);
    await old.open();
    await old.table('plans').add(plan);
    await old.table('milestones').add(milestone);
    await old.table('settings').add({ key: 'currency', value: 'EUR' });
    old.close();

    const db = new PivotDatabase(name);
    await db.open();
    expect(db.verno).toBe(SCHEMA_VERSION);
    expect(await db.plans.get('p1')).toEqual(plan);
    expect(await db.milestones.get('m1')).toEqual(milestone);
    expect(await db.settings.get('currency')).toEqual({ key: 'currency', value: 'EUR' });
    expect(await db.milestones.where('[planId+month]').equals(['p1', 3]).count()).toBe(1);
    db.close();
  });
});
