/** Makes the benchmark's backup files (tests/bench/run.mjs saves them and imports them through the app). */
import { TABLE_NAMES } from '../../../src/db/database';
import { backupText, type DataSpec } from './data';

Object.assign(globalThis, {
  __backupText: (spec: DataSpec) => backupText(spec),
  __tableNames: TABLE_NAMES,
});
document.title = 'Bench data ready';
