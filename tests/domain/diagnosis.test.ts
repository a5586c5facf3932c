import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DIAGNOSE_COLUMNS,
  guessFit,
  INDUSTRY_FITS,
  openSuggestions,
  readDiagnosis,
  SUGGESTIONS,
  type DiagnoseFacts,
} from '../../src/domain/diagnosis';

const a = (title: string, fit: DiagnoseFacts['fit']): DiagnoseFacts => ({
  title,
  column: 'a',
  fit,
});

describe('the reading of the diagnose board', () => {
  it('says what to do when the board is empty', () => {
    const r = readDiagnosis([]);
    expect(r.verdict).toBe('empty');
    expect(r.points.join(' ')).toMatch(/A for what you could not stand/);
  });

  it('says column A decides when only B and C have items', () => {
    const r = readDiagnosis([
      { title: 'Long commute', column: 'b', fit: 'unsure' },
      { title: 'Teaching', column: 'c', fit: 'unsure' },
    ]);
    expect(r.verdict).toBe('no-a');
    expect(r.headline).toBe('Nothing in A yet');
    expect(r.points.join(' ')).toMatch(/fixing the things in B where you are/);
  });

  it('asks for tags when nothing in A is tagged yet', () => {
    const r = readDiagnosis([a('Call', 'unsure'), a('Culture', 'unsure')]);
    expect(r.verdict).toBe('untagged');
    expect(r.points[0]).toMatch(/each of the 2 items in A/);
  });

  it('reads industry as a fit when A is mostly what industry fixes (call, RVUs, volume, malpractice)', () => {
    const r = readDiagnosis([
      a('q4 24-hour call', 'fixes'),
      a('RVU targets', 'fixes'),
      a('Patient-volume burnout', 'fixes'),
      a('Malpractice fear', 'fixes'),
      { title: 'EHR', column: 'b', fit: 'fixes' },
    ]);
    expect(r.verdict).toBe('industry-fits');
    expect(r.headline).toBe('Industry looks like a good fit');
    expect(r.points[0]).toContain('4 of 4 tagged in A');
    expect(r.points[0]).toContain(
      '“q4 24-hour call”, “RVU targets”, “Patient-volume burnout” and “Malpractice fear”',
    );
  });

  it('suggests another clinical job, and why, when A is mostly culture, autonomy and appreciation', () => {
    const r = readDiagnosis([
      a('Toxic culture', 'may-not-fix'),
      a('No autonomy', 'may-not-fix'),
      a('Feeling unappreciated', 'may-not-fix'),
      a('Call', 'fixes'),
    ]);
    expect(r.verdict).toBe('clinical-change');
    expect(r.headline).toBe('Another clinical job may be the answer');
    expect(r.points[0]).toContain('3 of 4');
    expect(r.points.join(' ')).toMatch(/carry the problem with you/);
    expect(r.points.join(' ')).toMatch(/different group, hospital/);
  });

  it('treats two thirds as "mostly" and anything less as mixed', () => {
    expect(readDiagnosis([a('x', 'fixes'), a('y', 'fixes'), a('z', 'may-not-fix')]).verdict).toBe(
      'industry-fits',
    );
    expect(
      readDiagnosis([a('x', 'may-not-fix'), a('y', 'may-not-fix'), a('z', 'fixes')]).verdict,
    ).toBe('clinical-change');
    const mixed = readDiagnosis([
      a('x', 'fixes'),
      a('y', 'fixes'),
      a('z', 'fixes'),
      a('u', 'may-not-fix'),
      a('v', 'may-not-fix'),
    ]);
    expect(mixed.verdict).toBe('mixed');
    expect(mixed.headline).toBe('It could go either way');
    expect(mixed.points[0]).toBe('Industry would likely take away “x”, “y” and “z”.');
    expect(mixed.points[1]).toMatch(/^It may not fix “u” and “v”/);
  });

  it('ignores items marked "not sure" for the verdict but says how many are left', () => {
    const r = readDiagnosis([
      a('Call', 'fixes'),
      a('Pay games', 'unsure'),
      a('Something', 'unsure'),
    ]);
    expect(r.verdict).toBe('industry-fits');
    expect(r.points.join(' ')).toContain('2 items in A are still marked “not sure”');
    expect(
      readDiagnosis([a('Call', 'fixes'), a('Pay games', 'unsure')]).points.join(' '),
    ).toContain('1 item in A is still marked “not sure”');
  });

  it('mentions what is good now (column C) in the singular and plural', () => {
    const one = readDiagnosis([
      a('Call', 'fixes'),
      { title: 'Teaching', column: 'c', fit: 'unsure' },
    ]);
    expect(one.points.join(' ')).toContain('You listed 1 thing that is good now.');
    const two = readDiagnosis([
      a('Call', 'fixes'),
      { title: 'T', column: 'c', fit: 'unsure' },
      { title: 'M', column: 'c', fit: 'unsure' },
    ]);
    expect(two.points.join(' ')).toContain('You listed 2 things that are good now.');
    expect(two.counts).toMatchObject({ a: 1, b: 0, c: 2, fixes: 1, mayNot: 0, unsure: 0 });
  });

  const item = fc.record({
    title: fc.string({ minLength: 1, maxLength: 12 }),
    column: fc.constantFrom(...DIAGNOSE_COLUMNS),
    fit: fc.constantFrom(...INDUSTRY_FITS),
  });

  it('does not depend on the order of the cards', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 20 }), fc.integer(), (items, seed) => {
        const shuffled = [...items].sort(
          (x, y) => ((x.title.length * 31 + seed) % 7) - ((y.title.length * 31 + seed) % 7),
        );
        expect(readDiagnosis(shuffled).verdict).toBe(readDiagnosis(items).verdict);
      }),
    );
  });

  it('is decided by column A alone once A has items', () => {
    fc.assert(
      fc.property(
        fc.array(item, { maxLength: 20 }),
        fc.array(item, { maxLength: 10 }),
        (items, extra) => {
          const others = extra.map((e) => ({
            ...e,
            column: e.column === 'a' ? ('b' as const) : e.column,
          }));
          fc.pre(items.some((i) => i.column === 'a'));
          expect(readDiagnosis([...items, ...others]).verdict).toBe(readDiagnosis(items).verdict);
        },
      ),
    );
  });
});

describe('first guess at a new item’s tag', () => {
  it.each([
    ['q4 24-hour call', 'fixes'],
    ['RVU treadmill', 'fixes'],
    ['Scared of being sued', 'fixes'],
    ['Toxic group culture', 'may-not-fix'],
    ['Nobody appreciates me', 'may-not-fix'],
    ['Lack of autonomy', 'may-not-fix'],
    ['Parking', 'unsure'],
    // Both kinds of words: the user decides.
    ['Toxic culture on night call', 'unsure'],
  ] as const)('%s → %s', (title, fit) => {
    expect(guessFit(title)).toBe(fit);
  });
});

describe('one-click suggestions', () => {
  it('cover all three columns and the examples from the domain', () => {
    for (const c of DIAGNOSE_COLUMNS) expect(SUGGESTIONS.some((s) => s.column === c)).toBe(true);
    expect(
      SUGGESTIONS.filter((s) => s.column === 'a' && s.fit === 'fixes').length,
    ).toBeGreaterThanOrEqual(3);
    expect(
      SUGGESTIONS.filter((s) => s.column === 'a' && s.fit === 'may-not-fix').length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('leave out what is already on the board, whatever the case and spacing', () => {
    const left = openSuggestions([{ title: '  endless 24-HOUR call ' }]);
    expect(left.map((s) => s.title)).not.toContain('Endless 24-hour call');
    expect(left).toHaveLength(SUGGESTIONS.length - 1);
  });
});
