import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields, planRevert, sameValue, type Row } from '../../src/domain/rowChanges';

const card = (fields: Row): Row => ({
  id: 'a',
  title: 'Fix LinkedIn',
  notes: '',
  month: 2,
  updatedAt: 't0',
  ...fields,
});

describe('putting a row change back', () => {
  it('puts back only the fields the step changed, keeping a later change to another field', () => {
    const before = card({});
    const after = card({ title: 'Fix LinkedIn profile', updatedAt: 't1' });
    // Another tab wrote the notes since.
    const current = card({ title: 'Fix LinkedIn profile', notes: 'Ask Sam', updatedAt: 't2' });
    expect(planRevert({ table: 'milestones', key: 'a', before, after }, current)).toEqual({
      kind: 'put',
      row: card({ notes: 'Ask Sam', updatedAt: 't2' }), // the later write's time stays
    });
  });

  it('gives the row back exactly when nothing changed since, its time included', () => {
    const before = card({});
    const after = card({ month: 3, updatedAt: 't1' });
    expect(planRevert({ table: 'milestones', key: 'a', before, after }, after)).toEqual({
      kind: 'put',
      row: before,
    });
  });

  it('refuses when a field the step wrote holds another value now', () => {
    const before = card({});
    const after = card({ title: 'B', updatedAt: 't1' });
    const current = card({ title: 'C', updatedAt: 't2' });
    expect(planRevert({ table: 'milestones', key: 'a', before, after }, current)).toEqual({
      kind: 'changed',
      current,
    });
  });

  it('has nothing to do when another tab already put those fields back', () => {
    const before = card({});
    const after = card({ title: 'B', updatedAt: 't1' });
    const current = card({ updatedAt: 't2' });
    expect(planRevert({ table: 'milestones', key: 'a', before, after }, current)).toEqual({
      kind: 'none',
    });
  });

  it('says the row is gone when the step changed it and it was deleted since', () => {
    expect(
      planRevert(
        { table: 'milestones', key: 'a', before: card({}), after: card({ title: 'B' }) },
        undefined,
      ),
    ).toEqual({ kind: 'deleted' });
  });

  it('removes a row the step added only while it is as the step left it', () => {
    const after = card({});
    const add = { table: 'milestones', key: 'a', after };
    expect(planRevert(add, after)).toEqual({ kind: 'delete' });
    expect(planRevert(add, { ...after, updatedAt: 't9' })).toEqual({ kind: 'delete' });
    expect(planRevert(add, card({ notes: 'edited elsewhere' }))).toMatchObject({ kind: 'changed' });
    expect(planRevert(add, undefined)).toEqual({ kind: 'none' });
  });

  it('puts a deleted row back only while its key is free', () => {
    const before = card({});
    const del = { table: 'milestones', key: 'a', before };
    expect(planRevert(del, undefined)).toEqual({ kind: 'put', row: before });
    expect(planRevert(del, before)).toEqual({ kind: 'none' });
    expect(planRevert(del, card({ title: 'Another' }))).toMatchObject({ kind: 'changed' });
  });

  it('drops a field the step added, and puts back one it removed', () => {
    const before = card({ link: 'https://example.org' });
    const after = card({ extra: 1, updatedAt: 't1' });
    delete after.link;
    const plan = planRevert({ table: 'milestones', key: 'a', before, after }, after);
    expect(plan).toEqual({ kind: 'put', row: before });
  });

  it('compares stored values deeply: arrays and nested objects', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'y' }] })).toBe(false);
    expect(sameValue([1], { 0: 1 })).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(changedFields({ a: 1, updatedAt: 'x' }, { a: 1, updatedAt: 'y', b: null })).toEqual([
      'b',
    ]);
  });

  const value = fc.oneof(
    fc.constant(undefined),
    fc.integer({ min: 0, max: 3 }),
    fc.constantFrom('x', 'y'),
  );
  const row = fc.record({ f: value, g: value, h: value }).map((r) => {
    const out: Row = { id: 'a' };
    for (const [k, v] of Object.entries(r)) if (v !== undefined) out[k] = v;
    return out;
  });

  it('never touches a field the step did not change, nor one changed since (property)', () => {
    fc.assert(
      fc.property(
        fc.option(row, { nil: undefined }),
        fc.option(row, { nil: undefined }),
        fc.option(row, { nil: undefined }),
        (before, after, current) => {
          const plan = planRevert(
            { table: 't', key: 'a', ...(before ? { before } : {}), ...(after ? { after } : {}) },
            current,
          );
          if (plan.kind !== 'put' || !current || !after || !before) return;
          const changed = new Set(changedFields(before, after));
          for (const f of new Set([...Object.keys(current), ...Object.keys(plan.row)])) {
            if (changed.has(f)) {
              // Only a field still as the step left it goes back, and it goes back to before.
              expect(sameValue(current[f], after[f])).toBe(true);
              expect(sameValue(plan.row[f], before[f])).toBe(true);
            } else {
              expect(sameValue(plan.row[f], current[f])).toBe(true);
            }
          }
        },
      ),
    );
  });
});
