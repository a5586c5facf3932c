import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackupFile, importBackup, readBackup } from '../../src/db/backup';
import {
  onChangesCommitted,
  runRecorded,
  type ChangeOrigin,
  type RowChange,
} from '../../src/db/changes';
import { addContact, deleteContact } from '../../src/db/contacts';
import { logCall } from '../../src/db/calls';
import { db } from '../../src/db/database';
import {
  addMilestone,
  deleteMilestone,
  setMilestoneStatus,
  updateMilestone,
} from '../../src/db/milestones';
import { setSetting } from '../../src/db/settings';
import type { UndoStep } from '../../src/db/undo';
import { runWrite } from '../../src/db/write';
import { UserError } from '../../src/domain/errors';
import { changedFields, sameValue, type Row } from '../../src/domain/rowChanges';
import { dumpDatabase, fillDatabase, resetDatabase } from '../support/db';
import { byTitle, seededPlan } from '../support/fixtures';
import { sampleTables } from '../support/sampleRows';

const heard: { changes: readonly RowChange[]; origin: ChangeOrigin }[] = [];
let stopListening = () => {};

beforeEach(async () => {
  await resetDatabase();
  localStorage.clear();
  heard.length = 0;
  const stop = onChangesCommitted((changes, origin) => heard.push({ changes, origin }));
  stopListening = () => void stop();
});
afterEach(() => stopListening());

describe('the change feed', () => {
  it('reports each committed write once, with its rows before and after and its origin', async () => {
    const plan = await seededPlan();
    expect(heard.at(-1)?.origin).toBe('system'); // the first plan
    heard.length = 0;
    const { value: id, ...step } = await addMilestone(plan.id, {
      title: 'Call Dr. Ortiz',
      month: 3,
    });
    expect(heard).toHaveLength(1);
    expect(heard[0]?.origin).toBe('user');
    expect(heard[0]?.changes).toEqual([
      { table: 'milestones', key: id, after: await db.milestones.get(id) },
    ]);
    const { step: redo } = await step.revert();
    expect(heard.at(-1)).toMatchObject({
      origin: 'undo',
      changes: [{ table: 'milestones', key: id }],
    });
    expect(heard.at(-1)?.changes[0]?.after).toBeUndefined();
    await redo.revert('redo');
    expect(heard.at(-1)?.origin).toBe('redo');
    expect(await db.milestones.get(id)).toMatchObject({ title: 'Call Dr. Ortiz' });
  });

  it('never reports a write that failed, and reports remote writes as remote', async () => {
    const plan = await seededPlan();
    heard.length = 0;
    await expect(
      runRecorded(['milestones'], 'user', async () => {
        await db.milestones.put({ ...(await byTitle('First interviews')), title: 'Half-way' });
        throw new Error('the write fails after a put');
      }),
    ).rejects.toThrow('the write fails');
    expect(heard).toEqual([]);
    expect((await byTitle('First interviews')).title).toBe('First interviews');

    const before = localStorage.getItem('pivotboard:device');
    const m = await byTitle('First interviews');
    const { changes } = await runRecorded(['milestones'], 'remote', async () => {
      await db.milestones.put({ ...m, notes: 'from the laptop' });
    });
    expect(heard).toEqual([{ changes, origin: 'remote' }]);
    expect(changes[0]).toMatchObject({ before: m, after: { notes: 'from the laptop' } });
    // Not counted as the user's change here (the backup reminder).
    expect(localStorage.getItem('pivotboard:device')).toBe(before);
    expect(plan.id).toBeTruthy();
  });

  it('records range deletes (clear, where…delete) with every row they removed', async () => {
    await seededPlan();
    const all = await db.milestones.toArray();
    const inMonth1 = all.filter((m) => m.month === 1);
    heard.length = 0;
    await runRecorded(['milestones'], 'user', async () => {
      await db.milestones.filter((m) => m.month === 1).delete();
    });
    expect(heard[0]?.changes.map((c) => c.key).sort()).toEqual(inMonth1.map((m) => m.id).sort());
    const step = await runWrite(['milestones'], async () => {
      const [first] = await db.milestones.orderBy(':id').primaryKeys();
      await db.milestones.where(':id').above(first).delete(); // a key range
      await db.milestones.clear();
      return { value: undefined, label: 'Cleared' };
    });
    expect(await db.milestones.count()).toBe(0);
    await step.revert();
    expect(await db.milestones.count()).toBe(all.length - inMonth1.length);
  });

  it('makes a key written twice in one write one change; an add then delete none', async () => {
    await seededPlan();
    const m = await byTitle('First interviews');
    heard.length = 0;
    await runRecorded(['milestones'], 'user', async () => {
      await db.milestones.put({ ...m, title: 'One' });
      await db.milestones.put({ ...m, title: 'Two' });
      await db.milestones.add({ ...m, id: 'temp' });
      await db.milestones.delete('temp');
    });
    expect(heard[0]?.changes).toEqual([
      { table: 'milestones', key: m.id, before: m, after: { ...m, title: 'Two' } },
    ]);
  });
});

describe('undo and redo, field by field', () => {
  it('undoes one field and keeps another changed since in another tab', async () => {
    await seededPlan();
    const m = await byTitle('Rewrite your LinkedIn and CV for industry');
    const done = await setMilestoneStatus(m.id, 'done');
    // Another tab edits the notes afterwards.
    await db.milestones.update(m.id, { notes: 'Ask Sam for a photo' });
    await done.revert();
    expect(await db.milestones.get(m.id)).toMatchObject({
      status: m.status,
      doneOn: m.doneOn,
      notes: 'Ask Sam for a photo',
    });
  });

  it('refuses, with a reason and writing nothing, when a field it changed was changed since', async () => {
    await seededPlan();
    const m = await byTitle('Rewrite your LinkedIn and CV for industry');
    const edit = await updateMilestone(m.id, { title: 'Fix LinkedIn profile', month: m.month });
    await db.milestones.update(m.id, { title: 'Renamed in the other tab' });
    const before = await dumpDatabase();
    const refusal = edit.revert().catch((e: unknown) => e);
    expect(await refusal).toBeInstanceOf(UserError);
    expect(((await refusal) as Error).message).toBe(
      '“Renamed in the other tab” was changed since, in another tab or on another device; undo would overwrite that.',
    );
    expect(await dumpDatabase()).toEqual(before);
  });

  it('does not undo an edit of a row deleted since, and says so', async () => {
    await seededPlan();
    const m = await byTitle('Rewrite your LinkedIn and CV for industry');
    const edit = await updateMilestone(m.id, { title: 'Fix LinkedIn profile', month: m.month });
    await db.milestones.delete(m.id);
    await expect(edit.revert()).rejects.toThrow(
      '“Fix LinkedIn profile” was deleted since, in another tab or on another device, so there is nothing to undo.',
    );
  });

  it('undoes an add only while the row is as added, and a delete only while its key is free', async () => {
    const plan = await seededPlan();
    const added = await addMilestone(plan.id, { title: 'New card', month: 2 });
    await db.milestones.update(added.value, { notes: 'written since' });
    await expect(added.revert()).rejects.toThrow(/“New card” was changed since/);
    expect(await db.milestones.get(added.value)).toBeDefined();

    const set = await setSetting('weeklyCallTarget', 5);
    await db.settings.put({ key: 'weeklyCallTarget', value: 7 }); // another tab
    await expect(set.revert()).rejects.toThrow(/the weekly call target was changed since/);

    const m = await byTitle('First interviews');
    const del = await deleteMilestone(m.id);
    const { step: redo } = await del.revert();
    expect(await db.milestones.get(m.id)).toEqual(m);
    await redo.revert('redo');
    expect(await db.milestones.get(m.id)).toBeUndefined();
  });

  it('redoes an undone step, and refuses the redo when the row changed in between', async () => {
    await seededPlan();
    const m = await byTitle('Rewrite your LinkedIn and CV for industry');
    const edit = await updateMilestone(m.id, { title: 'Fix LinkedIn profile', month: 4 });
    const after = await db.milestones.get(m.id);
    const { step: redo } = await edit.revert();
    expect(await db.milestones.get(m.id)).toEqual(m);
    const { step: undoAgain } = await redo.revert('redo');
    expect(await db.milestones.get(m.id)).toEqual(after);
    const { step: redo2 } = await undoAgain.revert('undo');
    await db.milestones.update(m.id, { month: 6 });
    await expect(redo2.revert('redo')).rejects.toThrow(/redo would overwrite that/);
  });

  it('takes back a contact deleted with their calls, and a call that made a new contact', async () => {
    const { value: id } = await addContact({ name: 'Jane Lee' });
    await logCall({ contactId: id, call: { day: '2026-03-01' } }, '2026-03-20');
    const before = await dumpDatabase();
    const del = await deleteContact(id, { calls: 'delete' });
    expect(await db.calls.count()).toBe(0);
    await del.revert();
    expect(await dumpDatabase()).toEqual(before);
    // Deleted keeping the calls (the default): undo links them to the contact again.
    const kept = await deleteContact(id);
    expect(await db.calls.where('contactId').equals(id).count()).toBe(0);
    await kept.revert();
    expect(await dumpDatabase()).toEqual(before);
    const logged = await logCall(
      { contactId: null, newContact: { name: 'Sam' }, call: { day: '2026-03-02' } },
      '2026-03-20',
    );
    await logged.revert();
    expect(await dumpDatabase()).toEqual(before);
  });
});

describe('undoing an import', () => {
  async function importOver(tables: Record<string, unknown[]>) {
    await fillDatabase(sampleTables('a'));
    const file = await createBackupFile();
    await fillDatabase(tables);
    const read = await readBackup(file.text);
    if (read.locked) throw new Error('locked');
    return importBackup(read.backup);
  }

  it('puts back what was there, leaves a row added or changed since, and says which', async () => {
    const b = sampleTables('b');
    const step = await importOver(b);
    const [imported] = await db.milestones.toArray();
    if (!imported) throw new Error('no milestones');
    // In another tab, after the import: a new milestone, and an edit of an imported one.
    await db.milestones.add({ ...imported, id: 'added-since', title: 'Added since' });
    await db.milestones.update(imported.id, { title: 'Edited since' });
    const { left } = await step.revert();
    expect(left).toBe(
      '“Edited since” was changed since, in another tab or on another device, and was left as it is.',
    );
    const now = await dumpDatabase();
    expect(now.milestones?.map((m) => (m as Row).id).sort()).toEqual(
      ['added-since', imported.id, ...(b.milestones ?? []).map((m) => (m as Row).id)].sort(),
    );
    expect(now.contacts).toEqual(b.contacts);
    expect(now.plans).toEqual(b.plans);
  });
});

/*
 * Two tabs share one database, each with its own undo and redo lists (as each tab's feedback
 * store keeps them). Random writes, deletes, undos and redos, in any order: an undo or redo
 * that goes ahead writes only the fields its step changed, each still as the step left it (or
 * none, when another tab already put them back), and one that is refused writes nothing.
 */
describe('two tabs, any order (property)', () => {
  type Action =
    | { kind: 'set'; tab: 0 | 1; key: string; field: 'title' | 'notes' | 'month'; value: number }
    | { kind: 'delete'; tab: 0 | 1; key: string }
    | { kind: 'undo' | 'redo'; tab: 0 | 1 };
  const tab = fc.constantFrom<0 | 1>(0, 1);
  const key = fc.constantFrom('a', 'b');
  const action: fc.Arbitrary<Action> = fc.oneof(
    fc.record({
      kind: fc.constant('set' as const),
      tab,
      key,
      field: fc.constantFrom('title' as const, 'notes' as const, 'month' as const),
      value: fc.integer({ min: 0, max: 2 }),
    }),
    fc.record({ kind: fc.constant('delete' as const), tab, key }),
    fc.record({ kind: fc.constantFrom('undo' as const, 'redo' as const), tab }),
  );

  interface Entry {
    step: UndoStep;
    changes: readonly RowChange[];
  }

  const rows = async () => new Map((await db.milestones.toArray()).map((r) => [r.id, r as Row]));

  it('never writes over a change made after the step', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(action, { minLength: 1, maxLength: 14 }), async (actions) => {
        await db.milestones.clear();
        const history: [Entry[], Entry[]] = [[], []];
        const future: [Entry[], Entry[]] = [[], []];
        const got = { last: [] as readonly RowChange[] };
        const stop = onChangesCommitted((c) => (got.last = c));
        try {
          for (const a of actions) {
            if (a.kind === 'set' || a.kind === 'delete') {
              got.last = [];
              const step = await runWrite(['milestones'], async () => {
                const row = await db.milestones.get(a.key);
                if (a.kind === 'delete') await db.milestones.delete(a.key);
                else
                  await db.milestones.put({
                    ...(row ?? { id: a.key }),
                    [a.field]: a.value,
                    updatedAt: String(Math.random()),
                  } as never);
                return { value: undefined, label: a.kind };
              });
              history[a.tab].push({ step, changes: got.last });
              future[a.tab] = [];
              continue;
            }
            const from = a.kind === 'undo' ? history[a.tab] : future[a.tab];
            const to = a.kind === 'undo' ? future[a.tab] : history[a.tab];
            const entry = from.pop();
            if (!entry) continue;
            const seen = await rows();
            got.last = [];
            let back: UndoStep | null = null;
            try {
              back = (await entry.step.revert(a.kind)).step;
            } catch (e) {
              expect(e).toBeInstanceOf(UserError);
            }
            const now = await rows();
            if (!back) {
              // Refused: nothing written, and for a reason — some row is not as the step left it.
              expect(now).toEqual(seen);
              const blocked = entry.changes.some((c) => {
                const cur = seen.get(c.key);
                if (!c.after)
                  return cur !== undefined && changedFields(cur, c.before ?? {}).length > 0;
                if (!cur) return c.before !== undefined;
                return (
                  changedFields(c.before ?? {}, c.after).some(
                    (f) => !sameValue(cur[f], c.after?.[f]),
                  ) ||
                  (!c.before && changedFields(cur, c.after).length > 0)
                );
              });
              expect(blocked).toBe(true);
              continue;
            }
            to.push({ step: back, changes: got.last });
            const touched = new Map(entry.changes.map((c) => [c.key, c]));
            for (const id of new Set([...seen.keys(), ...now.keys()])) {
              const was = seen.get(id);
              const is = now.get(id);
              const c = touched.get(id);
              if (!c) {
                expect(is).toEqual(was); // a row the step did not touch
                continue;
              }
              const { before, after } = c;
              if (!before || !after || !was || !is) continue; // adds and deletes: checked above
              const fields = changedFields(before, after);
              if (fields.every((f) => sameValue(was[f], before[f]))) {
                // Already as the step found it (another tab wrote the same values): no field written.
                expect(changedFields(was, is)).toEqual([]);
                continue;
              }
              for (const f of new Set([...Object.keys(was), ...Object.keys(is)])) {
                if (f === 'updatedAt') continue;
                if (fields.includes(f)) {
                  expect(sameValue(was[f], after[f])).toBe(true);
                  expect(sameValue(is[f], before[f])).toBe(true);
                } else {
                  expect(sameValue(is[f], was[f])).toBe(true); // changed since by someone else: kept
                }
              }
            }
          }
        } finally {
          stop();
        }
      }),
      { numRuns: 60 },
    );
  });
});
