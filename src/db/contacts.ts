import { useLiveQuery } from 'dexie-react-hooks';
import type { Day } from '../domain/calendar';
import { contactDeletedText } from '../domain/networking/contacts';
import { newId, nowIso } from '../domain/ids';
import { quote } from '../domain/quote';
import type { Call, Contact, ContactInput } from '../domain/schema/networking';
import { db } from './database';
import { loadSchemas } from './schemas';
import { applyEdit, found, runWrite, validate, type WriteResult } from './write';

// One collator for the whole sort: localeCompare with options builds a new one per comparison.
const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });
const byName = (a: Contact, b: Contact) =>
  collator.compare(a.name, b.name) || (a.id < b.id ? -1 : 1);

/** Everyone, by name. `undefined` while loading. */
export function useContacts(): Contact[] | undefined {
  return useLiveQuery(async () => (await db.contacts.toArray()).sort(byName));
}

export function useContact(id: string | null | undefined): Contact | null | undefined {
  return useLiveQuery(async () => (id ? ((await db.contacts.get(id)) ?? null) : null), [id]);
}

export const requireContact = async (id: string): Promise<Contact> =>
  found(await db.contacts.get(id), 'contact', 'name');

/** A contact row from validated input. */
export function contactRow(id: string, data: ContactInputParsed, now: string): Contact {
  return { id, ...data, checkedInOn: null, createdAt: now, updatedAt: now };
}

export type ContactInputParsed = Omit<Contact, 'id' | 'checkedInOn' | 'createdAt' | 'updatedAt'>;

export async function addContact(input: ContactInput): Promise<WriteResult<string>> {
  const { contactInputSchema } = await loadSchemas();
  const data = await validate(contactInputSchema, input);
  return runWrite(['contacts'], async () => {
    const id = newId();
    await db.contacts.add(contactRow(id, data, nowIso()));
    return { value: id, label: `Added ${quote(data.name)}` };
  });
}

/** Save the dialog: with `since` (the contact as it opened), only the fields the user changed. */
export async function updateContact(
  id: string,
  input: ContactInput,
  since?: Contact,
): Promise<WriteResult> {
  const { contactInputSchema } = await loadSchemas();
  const data = await validate(contactInputSchema, input);
  return runWrite(['contacts'], async () => {
    const { row, changed } = applyEdit(await requireContact(id), data, since, 'contact');
    if (changed.length > 0) await db.contacts.put({ ...row, updatedAt: nowIso() });
    return { value: undefined, label: `Saved ${quote(row.name)}` };
  });
}

/**
 * Deletes the contact, in one step that Undo brings back whole. Their calls stay in the history
 * under "a deleted contact" (contactId null), so past weeks' counts and streaks do not change;
 * deleting the calls too is the explicit choice (`calls: 'delete'`).
 */
export async function deleteContact(
  id: string,
  options: { calls: 'keep' | 'delete' } = { calls: 'keep' },
): Promise<WriteResult<{ calls: number }>> {
  return runWrite(['contacts', 'calls'], async () => {
    const before = await requireContact(id);
    const calls: Call[] = await db.calls.where('contactId').equals(id).toArray();
    if (options.calls === 'delete') await db.calls.bulkDelete(calls.map((c) => c.id));
    else await db.calls.bulkPut(calls.map((c) => ({ ...c, contactId: null, updatedAt: nowIso() })));
    await db.contacts.delete(id);
    return {
      value: { calls: calls.length },
      label: contactDeletedText(before.name, calls.length, options.calls),
    };
  });
}

/** A check-in done without a call worth logging: the next one is counted from `day`. */
export async function markCheckInDone(id: string, day: Day): Promise<WriteResult> {
  return runWrite(['contacts'], async () => {
    const before = await requireContact(id);
    await db.contacts.put({ ...before, checkedInOn: day, updatedAt: nowIso() });
    return { value: undefined, label: `Checked in with ${quote(before.name)}` };
  });
}
