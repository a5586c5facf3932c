/**
 * Sample records for every table of the database, for backup round trips. Typed against
 * `tableSchemas`: a table added there without samples here fails the type check, so every new
 * table is covered by the round-trip test.
 */
import type { tableSchemas } from '../../src/domain/schema/index';

type Samples = { [K in keyof typeof tableSchemas]: (variant: string) => Record<string, unknown>[] };

const stamp = '2027-03-01T09:30:00.000Z';
const PLAN = (variant: string) => `plan-${variant}`;

export const SAMPLE_ROWS: Samples = {
  plans: (v) => [
    { id: PLAN(v), title: `Plan ${v} — “into industry” ✓`, startMonth: '2027-01', lengthMonths: 12, createdAt: stamp, updatedAt: stamp },
  ],
  milestones: (v) =>
    Array.from({ length: 6 }, (_, i) => ({
      id: `m-${v}-${i}`,
      planId: PLAN(v),
      title: [`Rewrite CV (${v})`, 'Call Dr. O’Neil', 'Line one\nline two', '</script><b>not html</b>', 'Emoji 🩺 and ß', 'Tab\tquote"'][i] ?? 'x',
      description: i % 2 ? 'A longer description, with “quotes” and \\ backslashes.' : '',
      notes: '',
      month: (i % 12) + 1,
      baselineMonth: 1,
      rank: `a${i}`,
      status: (['todo', 'in_progress', 'done'] as const)[i % 3],
      category: 'other',
      templateKey: i === 0 ? 'give-notice' : null,
      doneOn: i % 3 === 2 ? '2027-02-28' : null,
      createdAt: stamp,
      updatedAt: stamp,
    })),
  settings: (v) => [
    { key: 'currency', value: v === 'a' ? 'EUR' : 'GBP' },
    { key: 'neutralTitle', value: v === 'a' },
  ],
};

export function sampleTables(variant: string): Record<string, Record<string, unknown>[]> {
  return Object.fromEntries(Object.entries(SAMPLE_ROWS).map(([name, make]) => [name, make(variant)]));
}
