import { describe, expect, it } from 'vitest';
import { db, TABLE_NAMES } from '../../src/db/database';
import { tableSchemas } from '../../src/domain/schema/index';
import { SAMPLE_ROWS } from '../support/sampleRows';

// Other branches add tables. Each one must be in the backup format, or backups silently drop it.
describe('the backup registry', () => {
  it('has a schema for every table of the database, and no schema without a table', () => {
    const opened = db.tables.map((t) => t.name).sort();
    expect([...TABLE_NAMES].sort()).toEqual(opened);
    expect(Object.keys(tableSchemas).sort()).toEqual(opened);
  });

  it('has sample records for every table (so the round trip covers it)', () => {
    expect(Object.keys(SAMPLE_ROWS).sort()).toEqual([...TABLE_NAMES].sort());
  });

  it('gives every table a single-field primary key that its records carry', () => {
    for (const name of TABLE_NAMES) {
      const keyPath = db.table(name).schema.primKey.keyPath;
      expect(typeof keyPath, name).toBe('string');
      const sample = SAMPLE_ROWS[name as keyof typeof SAMPLE_ROWS]('a')[0];
      expect(sample?.[keyPath as string], name).toBeDefined();
    }
  });

  it('accepts the sample records with the schemas', () => {
    for (const [name, make] of Object.entries(SAMPLE_ROWS)) {
      const schema = tableSchemas[name as keyof typeof tableSchemas];
      for (const row of make('a'))
        expect(schema.safeParse(row).success, `${name} ${JSON.stringify(row)}`).toBe(true);
    }
  });
});
