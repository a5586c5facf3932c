import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../src/db/database';
import {
  addDiagnoseItem,
  deleteDiagnoseItem,
  moveDiagnoseItem,
  setDiagnoseFit,
  updateDiagnoseItem,
} from '../../src/db/diagnose';
import { UserError } from '../../src/domain/errors';
import { sortByRank } from '../../src/domain/rank';
import { resetDatabase } from '../support/db';

const column = async (c: 'a' | 'b' | 'c') =>
  sortByRank(await db.diagnoseItems.where('column').equals(c).toArray()).map((i) => i.title);

describe('diagnose board writes', () => {
  beforeEach(resetDatabase);

  it('adds items at the end of their column, with the tag defaulting to "not sure"', async () => {
    const first = await addDiagnoseItem({ title: '  Call  ', column: 'a' });
    await addDiagnoseItem({ title: 'RVUs', column: 'a', fit: 'fixes' });
    expect(first.label).toBe('Added “Call” to A');
    expect(await column('a')).toEqual(['Call', 'RVUs']);
    expect((await db.diagnoseItems.get(first.value))?.fit).toBe('unsure');
    await first.revert();
    expect(await column('a')).toEqual(['RVUs']);
  });

  it('refuses an empty title, naming the field, and writes nothing', async () => {
    const err = await addDiagnoseItem({ title: '   ', column: 'a' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(UserError);
    expect((err as UserError).field).toBe('title');
    expect((err as UserError).message).toBe('Title can’t be empty.');
    expect(await db.diagnoseItems.count()).toBe(0);
  });

  it('moves a card to another column and place, writing one row, and undoes it', async () => {
    const call = (await addDiagnoseItem({ title: 'Call', column: 'a' })).value;
    const commute = (await addDiagnoseItem({ title: 'Commute', column: 'b' })).value;
    await addDiagnoseItem({ title: 'EHR', column: 'b' });
    const before = await db.diagnoseItems.toArray();
    const step = await moveDiagnoseItem(call, { column: 'b', afterId: commute, beforeId: null });
    expect(step.label).toBe('Moved “Call” to B');
    expect(step.value).toEqual({ position: 2, count: 3 });
    expect(await column('b')).toEqual(['Commute', 'Call', 'EHR']);
    expect(await column('a')).toEqual([]);
    const after = await db.diagnoseItems.toArray();
    const changed = after.filter(
      (row) => JSON.stringify(row) !== JSON.stringify(before.find((b) => b.id === row.id)),
    );
    expect(changed.map((r) => r.id)).toEqual([call]);
    await step.revert();
    expect(await column('a')).toEqual(['Call']);
    expect(await column('b')).toEqual(['Commute', 'EHR']);
  });

  it('renumbers a column once when two cards share a key (two tabs wrote at once)', async () => {
    const x = (await addDiagnoseItem({ title: 'X', column: 'c' })).value;
    const y = (await addDiagnoseItem({ title: 'Y', column: 'c' })).value;
    const z = (await addDiagnoseItem({ title: 'Z', column: 'a' })).value;
    await db.diagnoseItems.update(y, { rank: (await db.diagnoseItems.get(x))?.rank ?? 'a0' });
    // Equal keys order by id: drop Z between the two as they are shown.
    const shown = await column('c');
    const [first, second] = shown[0] === 'X' ? [x, y] : [y, x];
    await moveDiagnoseItem(z, { column: 'c', afterId: first, beforeId: second });
    expect(await column('c')).toEqual([shown[0], 'Z', shown[1]]);
    const ranks = (await db.diagnoseItems.where('column').equals('c').toArray()).map((i) => i.rank);
    expect(new Set(ranks).size).toBe(3);
  });

  it('tags, edits and deletes, each undoable', async () => {
    const id = (await addDiagnoseItem({ title: 'Culture', column: 'a' })).value;
    const tag = await setDiagnoseFit(id, 'may-not-fix');
    expect(tag.label).toBe('Marked “Culture”: industry may not fix this');
    expect((await db.diagnoseItems.get(id))?.fit).toBe('may-not-fix');
    const edit = await updateDiagnoseItem(id, {
      title: 'Toxic culture',
      column: 'c',
      fit: 'may-not-fix',
      note: 'partners',
    });
    expect(edit.label).toBe('Saved “Toxic culture” and moved it to C');
    expect(await column('c')).toEqual(['Toxic culture']);
    await edit.revert();
    expect(await column('a')).toEqual(['Culture']);
    const del = await deleteDiagnoseItem(id);
    expect(await db.diagnoseItems.count()).toBe(0);
    await del.revert();
    expect(await column('a')).toEqual(['Culture']);
    await expect(setDiagnoseFit('missing', 'fixes')).rejects.toThrow(/deleted/);
  });
});
