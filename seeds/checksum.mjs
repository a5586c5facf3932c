// Writes seeds/default-plan.json from seeds/template.mjs in the backup format, with its checksum.
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { tables } from './template.mjs';

const checksum = `sha256:${createHash('sha256').update(JSON.stringify(tables)).digest('hex')}`;
const file = {
  format: 'pivotboard-backup',
  formatVersion: 1,
  schemaVersion: 1,
  exportedAt: '2026-01-01T00:00:00.000Z',
  kind: 'template',
  tables,
  checksum,
};
writeFileSync(
  new URL('./default-plan.json', import.meta.url),
  `${JSON.stringify(file, null, 2)}\n`,
);
console.log(`seeds/default-plan.json written (${checksum})`);
