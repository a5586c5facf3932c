import { describe, expect, it } from 'vitest';
import {
  filterRecord,
  recordAsText,
  recordLine,
  sortRecord,
  type RecordFacts,
} from '../../src/domain/record';
import { normaliseFlags, toggleFlag } from '../../src/domain/redFlags';

const e = (
  id: string,
  date: string,
  kind: RecordFacts['kind'],
  title: string,
  extra: Partial<RecordFacts> = {},
): RecordFacts => ({
  id,
  date,
  kind,
  title,
  role: '',
  impact: '',
  skills: [],
  ...extra,
});

describe('running record as text', () => {
  const entries = [
    e('1', '2026-03-10', 'qi', 'Sepsis order set redesign', {
      role: 'project lead',
      impact: 'Cut door-to-antibiotic time from 90 to 45 minutes',
      skills: ['data', 'leadership'],
    }),
    e('2', '2027-01-31', 'talk', 'Grand rounds: new heart failure drugs', {
      role: 'speaker',
      impact: 'About 120 attending physicians.',
    }),
    e('3', '2024-02-29', 'talk', 'Journal club', {}),
    e('4', '2026-11-02', 'committee', 'Pharmacy and therapeutics committee', { role: 'member' }),
  ];

  it('groups by kind, newest first, one line an entry, with full stops where they belong', () => {
    expect(recordAsText(entries)).toBe(
      [
        'Quality improvement',
        '- Mar 2026 — Sepsis order set redesign (project lead). Cut door-to-antibiotic time from 90 to 45 minutes. Skills: Cross-functional leadership, Data and analysis.',
        '',
        'Talks',
        '- Jan 2027 — Grand rounds: new heart failure drugs (speaker). About 120 attending physicians.',
        '- Feb 2024 — Journal club.',
        '',
        'Committees',
        '- Nov 2026 — Pharmacy and therapeutics committee (member).',
      ].join('\n'),
    );
  });

  it('is empty for no entries', () => {
    expect(recordAsText([])).toBe('');
  });

  it('tidies spaces and keeps an existing question mark', () => {
    expect(
      recordLine(
        e('x', '2027-12-31', 'talk', '  Why QI?  ', { impact: '  Asked   by residents  ' }),
      ),
    ).toBe('Dec 2027 — Why QI? Asked by residents.');
  });

  it('filters by kind and sorts newest first, same day by title', () => {
    expect(filterRecord(entries, 'talk').map((x) => x.id)).toEqual(['2', '3']);
    expect(filterRecord(entries, 'all')).toHaveLength(4);
    const sameDay = sortRecord([
      e('b', '2027-01-01', 'other', 'B'),
      e('a', '2027-01-01', 'other', 'A'),
      e('c', '2027-01-02', 'other', 'C'),
    ]);
    expect(sameDay.map((x) => x.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('red flags', () => {
  it('toggle in the list order, without repeats or unknown keys', () => {
    expect(toggleFlag(['moral-distress'], 'burnout', true)).toEqual(['burnout', 'moral-distress']);
    expect(toggleFlag(['burnout', 'burnout' as const], 'burnout', false)).toEqual([]);
    expect(normaliseFlags(['suicidal', 'nonsense', 'suicidal'])).toEqual(['suicidal']);
  });
});
