import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Toaster } from '../../src/app/Feedback';
import { seedIfEmpty } from '../../src/db/seed';
import { logCall } from '../../src/db/calls';
import { addContact } from '../../src/db/contacts';
import { db } from '../../src/db/database';
import { CallDialogHost, LogCallButton } from '../../src/features/networking/LogCall';
import { NetworkingScreen } from '../../src/features/networking/NetworkingScreen';
import { WeekPanel } from '../../src/features/networking/WeekPanel';
import { addDays } from '../../src/domain/calendar';
import { weeklyProgress } from '../../src/domain/networking/weeklyCount';
import { useFeedback } from '../../src/state/feedback';
import { resetDatabase } from '../support/db';

// The first dialog loads its module lazily; on a busy machine that can take more than a second.
configure({ asyncUtilTimeout: 5_000 });

// Wednesday, March 18, 2026 (its week runs Mar 16-22).
const TODAY = '2026-03-18';

async function renderNetworking() {
  await seedIfEmpty();
  const plan = await db.plans.toCollection().first();
  if (!plan) throw new Error('no plan');
  render(
    <>
      <LogCallButton />
      <NetworkingScreen plan={plan} />
      <CallDialogHost />
      <Toaster />
    </>,
  );
  // The screen shows once the newest calls are read (a quick read), then the rest fills in.
  expect(await screen.findByRole('heading', { level: 1, name: 'Networking' })).toBeInTheDocument();
  await screen.findByText(/^This week:/);
  return userEvent.setup();
}

async function openLogCall(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Log a call' }));
  return screen.findByRole('dialog', { name: 'Log a call' });
}

async function addJane() {
  return (
    await addContact({
      name: 'Dr. Jane Lee',
      title: 'Medical Director',
      company: 'Pfizer',
      roleType: 'medical-affairs',
    })
  ).value;
}

// Typing with user-event in jsdom is slow on a busy machine; these tests wait for nothing else.
describe('Networking screen', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date(2026, 2, 18, 10, 0));
    useFeedback.setState({ toast: null, history: [] });
    await resetDatabase();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('logs a call with someone already in the contacts', async () => {
    await addJane();
    const user = await renderNetworking();
    expect(await screen.findByText('This week: 0 of 2 calls')).toBeInTheDocument();

    const dialog = await openLogCall(user);
    const name = within(dialog).getByRole('combobox', { name: 'Name' });
    await waitFor(() => expect(name).toHaveFocus());
    expect(within(dialog).getByLabelText('Date')).toHaveValue(TODAY);
    expect(within(dialog).getByLabelText(/^Follow up on/)).toHaveValue('');
    expect(
      within(dialog).getByRole('checkbox', { name: 'OK to mention them when applying' }),
    ).not.toBeChecked();
    expect(within(dialog).getByRole('radio', { name: 'Call' })).toBeChecked();

    await user.type(name, 'jane');
    await user.click(await within(dialog).findByRole('option', { name: /Dr\. Jane Lee/ }));
    expect(name).toHaveValue('Dr. Jane Lee');
    expect(
      within(dialog).getByText(/Medical Director · Pfizer · no call logged yet/),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('radio', { name: 'Video call' }));
    await user.click(within(dialog).getByLabelText(/^Notes/));
    await user.paste('MSL travel is heavy');
    await user.click(
      within(dialog).getByRole('checkbox', { name: 'OK to mention them when applying' }),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(await screen.findByText('This week: 1 of 2 calls')).toBeInTheDocument();
    expect(screen.getByText('Logged a call with “Dr. Jane Lee”')).toBeInTheDocument();
    const calls = screen.getByRole('list', { name: 'Calls, newest first' });
    expect(within(calls).getByText('MSL travel is heavy')).toBeInTheDocument();
    expect(within(calls).getByText('Video call')).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(1);
    expect((await db.contacts.toArray())[0]?.mentionOk).toBe(true);
  });

  it('picks a contact with the keyboard', async () => {
    await addJane();
    await addContact({ name: 'Janet Ortiz' });
    const user = await renderNetworking();
    const dialog = await openLogCall(user);
    const name = within(dialog).getByRole('combobox', { name: 'Name' });
    await user.type(name, 'jan');
    expect(name).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = within(dialog).getByRole('option', { name: /Dr\. Jane Lee/ });
    expect(name).toHaveAttribute('aria-activedescendant', active.id);
    await user.keyboard('{Enter}');
    expect(name).toHaveValue('Dr. Jane Lee');
    expect(name).toHaveAttribute('aria-expanded', 'false');
    expect(screen.getByRole('dialog', { name: 'Log a call' })).toBeInTheDocument();
  });

  it('creates a new contact inline while logging the call', async () => {
    await addJane();
    const user = await renderNetworking();
    const dialog = await openLogCall(user);
    await user.type(within(dialog).getByRole('combobox', { name: 'Name' }), 'Maria Gomez');
    expect(
      within(dialog).getByText('New contact: they will be added to your contacts.'),
    ).toBeInTheDocument();
    await user.type(within(dialog).getByLabelText('Company'), 'Roche');
    await user.selectOptions(within(dialog).getByLabelText('Role type'), 'Payer / insurance');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    // The list is there already (Jane); the new contact arrives with the next live read.
    expect(
      await within(contacts).findByRole('button', { name: 'Maria Gomez' }),
    ).toBeInTheDocument();
    expect(within(contacts).getByText(/Roche/)).toBeInTheDocument();
    const coverage = screen.getByRole('list', { name: 'Contacts by role type' });
    expect(within(coverage).getByText('Payer / insurance').closest('li')).toHaveTextContent(
      '1 contact',
    );
    expect(screen.getByText('Logged a call with “Maria Gomez” (new contact)')).toBeInTheDocument();
  });

  it('explains a missing name next to the field, and saves nothing', async () => {
    const user = await renderNetworking();
    const dialog = await openLogCall(user);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const name = within(dialog).getByRole('combobox', { name: 'Name' });
    expect(name).toHaveAttribute('aria-invalid', 'true');
    expect(name).toHaveAccessibleDescription(/Enter a name, or pick someone from the list\./);
    expect(await db.calls.count()).toBe(0);
  });

  it('marks a follow-up done in one click, with undo', async () => {
    const id = await addJane();
    await logCall(
      { contactId: id, call: { day: '2026-03-10', channel: 'video', followUpOn: TODAY } },
      TODAY,
    );
    const user = await renderNetworking();
    const due = screen.getByRole('region', { name: 'Follow-ups and check-ins' });
    expect(await within(due).findByRole('heading', { name: 'Today (1)' })).toBeInTheDocument();
    expect(within(due).getByText(/from your video call on Mar 10, 2026/)).toBeInTheDocument();

    await user.click(
      within(due).getByRole('button', { name: 'Done: follow-up with Dr. Jane Lee' }),
    );
    await waitFor(() =>
      expect(
        within(due).queryByRole('button', { name: 'Done: follow-up with Dr. Jane Lee' }),
      ).not.toBeInTheDocument(),
    );
    expect(within(due).getByText(/Nothing to follow up yet/)).toBeInTheDocument();
    expect((await db.calls.toArray())[0]?.followUpDoneOn).toBe(TODAY);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(
      await within(due).findByRole('button', { name: 'Done: follow-up with Dr. Jane Lee' }),
    ).toBeInTheDocument();
  });

  it('logs the call a follow-up led to, which closes the follow-up', async () => {
    const id = await addJane();
    await logCall({ contactId: id, call: { day: '2026-03-02', followUpOn: '2026-03-09' } }, TODAY);
    const user = await renderNetworking();
    const due = screen.getByRole('region', { name: 'Follow-ups and check-ins' });
    expect(await within(due).findByRole('heading', { name: 'Overdue (1)' })).toBeInTheDocument();
    await user.click(
      within(due).getByRole('button', { name: 'Log call: follow-up with Dr. Jane Lee' }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Log a call' });
    expect(within(dialog).getByRole('combobox', { name: 'Name' })).toHaveValue('Dr. Jane Lee');
    expect(
      within(dialog).getByText('Saving this call marks the follow-up done.'),
    ).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('This week: 1 of 2 calls')).toBeInTheDocument();
    await waitFor(() =>
      expect(within(due).queryByRole('heading', { name: 'Overdue (1)' })).not.toBeInTheDocument(),
    );
  });

  it('changes the weekly target, and refuses one out of range', async () => {
    const id = await addJane();
    await logCall({ contactId: id, call: { day: '2026-03-16' } }, TODAY);
    const user = await renderNetworking();
    expect(await screen.findByText('This week: 1 of 2 calls')).toBeInTheDocument();
    const target = screen.getByRole('spinbutton', { name: 'Weekly target' });
    expect(target).toHaveValue(2);

    await user.clear(target);
    await user.type(target, '3');
    expect(
      await screen.findByText('This week: 1 of 3 calls', {}, { timeout: 3000 }),
    ).toBeInTheDocument();
    expect(await screen.findByText('Weekly target set to 3 calls')).toBeInTheDocument();

    await user.clear(target);
    await user.type(target, '15');
    expect(target).toHaveAccessibleDescription(/Enter a whole number from 0 to 14\./);
    await user.tab();
    expect(screen.getByText('This week: 1 of 3 calls')).toBeInTheDocument();
    expect(await db.settings.get('weeklyCallTarget')).toEqual({
      key: 'weeklyCallTarget',
      value: 3,
    });

    await user.clear(target);
    await user.type(target, '0');
    await user.tab();
    expect(
      await screen.findByText('This week: 1 of 0 calls (no weekly target)'),
    ).toBeInTheDocument();
    expect(screen.getByText('Off (no target)')).toBeInTheDocument();
  });

  it('opens the call dialog with Alt+Shift+L, but not while typing', async () => {
    const user = await renderNetworking();
    expect(screen.getByRole('button', { name: 'Log a call' })).toHaveAttribute(
      'aria-keyshortcuts',
      'Alt+Shift+L',
    );
    expect(screen.getByRole('button', { name: 'Log a call' })).toHaveAttribute(
      'title',
      'Log a call (Alt+Shift+L)',
    );
    await user.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}');
    const dialog = await screen.findByRole('dialog', { name: 'Log a call' });
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    await user.click(screen.getByRole('spinbutton', { name: 'Weekly target' }));
    await user.keyboard('{Alt>}{Shift>}L{/Shift}{/Alt}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
  });

  it('refuses a javascript: link on a contact, next to the field', async () => {
    const user = await renderNetworking();
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add contact' });
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Sam Ortiz');
    await user.click(within(dialog).getByRole('textbox', { name: /^LinkedIn URL/ }));
    await user.paste('javascript:alert(1)');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const url = within(dialog).getByRole('textbox', { name: /^LinkedIn URL/ });
    expect(url).toHaveAttribute('aria-invalid', 'true');
    expect(url).toHaveAccessibleDescription(
      'LinkedIn URL must be a web address, such as linkedin.com/in/your-name (other kinds of links are not kept).',
    );
    expect(await db.contacts.count()).toBe(0);

    await user.clear(url);
    await user.paste('https://www.linkedin.com/in/samortiz');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    expect(within(contacts).getByRole('link', { name: /LinkedIn/ })).toHaveAttribute(
      'href',
      'https://www.linkedin.com/in/samortiz',
    );
  });

  it('asks once before adding a second contact with a name already there', async () => {
    await addJane();
    const user = await renderNetworking();
    await user.click(screen.getByRole('button', { name: 'Add contact' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add contact' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.type(name, '  dr. jane  LEE ');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(name).toHaveAccessibleDescription(
      /^You already have a contact called “Dr\. Jane Lee” \(Medical Director · Pfizer\)\. If this is someone else, Save again; if it is them, Cancel and open their entry\.$/,
    );
    expect(await db.contacts.count()).toBe(1);
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(dialog).not.toBeInTheDocument());
    expect(await db.contacts.count()).toBe(2);
  });

  it('edits a contact, and deletes them keeping their calls in the history, with undo', async () => {
    const id = await addJane();
    await logCall({ contactId: id, call: { day: '2026-03-16', notes: 'first chat' } }, TODAY);
    const user = await renderNetworking();
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await user.click(within(contacts).getByRole('button', { name: 'Dr. Jane Lee' }));
    let dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    expect(within(dialog).getByText('first chat')).toBeInTheDocument();
    const title = within(dialog).getByRole('textbox', { name: /^Title/ });
    await user.clear(title);
    await user.type(title, 'MSL');
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(contacts).findByText(/MSL · Pfizer/)).toBeInTheDocument();

    await user.click(within(contacts).getByRole('button', { name: 'Dr. Jane Lee' }));
    dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const question = within(dialog).getByRole('group', { name: 'Delete Dr. Jane Lee?' });
    expect(question).toHaveAccessibleDescription(
      'Their call stays in your history under “a deleted contact”, so past weeks keep their counts.',
    );
    await user.click(within(question).getByRole('button', { name: 'Yes, delete' }));
    expect(
      await screen.findByText('Deleted “Dr. Jane Lee”; their call stays in your history'),
    ).toBeInTheDocument();
    const region = screen.getByRole('region', { name: 'Contacts' });
    expect(await within(region).findByText(/^No contacts yet/)).toBeInTheDocument();
    // The week keeps its count, and the call shows under a deleted contact.
    expect(screen.getByText('This week: 1 of 2 calls')).toBeInTheDocument();
    const calls = screen.getByRole('list', { name: 'Calls, newest first' });
    expect(within(calls).getByText('A deleted contact')).toBeInTheDocument();
    expect(
      within(calls).getByRole('button', {
        name: 'Edit call with a deleted contact on Mar 16, 2026',
      }),
    ).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    const restored = await screen.findByRole('list', { name: 'Contacts' });
    expect(within(restored).getByRole('button', { name: 'Dr. Jane Lee' })).toBeInTheDocument();
    expect(
      await within(calls).findByRole('button', {
        name: 'Edit call with Dr. Jane Lee on Mar 16, 2026',
      }),
    ).toBeInTheDocument();
  });

  it('deletes their calls too only when that is chosen', async () => {
    const id = await addJane();
    await logCall({ contactId: id, call: { day: '2026-03-16' } }, TODAY);
    await logCall({ contactId: id, call: { day: '2026-03-17' } }, TODAY);
    const user = await renderNetworking();
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await user.click(within(contacts).getByRole('button', { name: 'Dr. Jane Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    const question = within(dialog).getByRole('group', { name: 'Delete Dr. Jane Lee?' });
    await user.click(within(question).getByRole('button', { name: 'Delete their 2 calls too' }));
    expect(await screen.findByText('Deleted “Dr. Jane Lee” and their 2 calls')).toBeInTheDocument();
    expect(await db.calls.count()).toBe(0);
    expect(screen.getByText('This week: 0 of 2 calls')).toBeInTheDocument();
  });

  it('says what happens to their calls before deleting a contact, and keeps them on Keep', async () => {
    const id = await addJane();
    for (const day of ['2026-03-02', '2026-03-09', '2026-03-16'])
      await logCall({ contactId: id, call: { day } }, TODAY);
    const user = await renderNetworking();
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await user.click(within(contacts).getByRole('button', { name: 'Dr. Jane Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    const del = within(dialog).getByRole('button', { name: 'Delete' });

    await user.click(del);
    const question = within(dialog).getByRole('group', { name: 'Delete Dr. Jane Lee?' });
    expect(question).toHaveAccessibleDescription(/^Their 3 calls stay in your history/);
    const keep = within(question).getByRole('button', { name: 'Keep' });
    await waitFor(() => expect(keep).toHaveFocus());
    // A second click on Delete (a double click) does not answer the question.
    await user.click(del);
    expect(await db.contacts.count()).toBe(1);
    expect(await db.calls.count()).toBe(3);

    await user.click(keep);
    expect(
      within(dialog).queryByRole('group', { name: /^Delete Dr\. Jane Lee/ }),
    ).not.toBeInTheDocument();
    expect(del).toHaveFocus();
    expect(await db.calls.count()).toBe(3);

    await user.click(del);
    await user.click(within(dialog).getByRole('button', { name: 'Yes, delete' }));
    expect(
      await screen.findByText('Deleted “Dr. Jane Lee”; their 3 calls stay in your history'),
    ).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.calls.count()).toBe(3);
  });

  it('deletes a contact without calls at once: nothing else goes with them', async () => {
    await addJane();
    const user = await renderNetworking();
    const contacts = await screen.findByRole('list', { name: 'Contacts' });
    await user.click(within(contacts).getByRole('button', { name: 'Dr. Jane Lee' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit contact' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await screen.findByText('Deleted “Dr. Jane Lee”')).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
  });

  it('refuses a call date with a slip in the year, next to the field, and saves nothing', async () => {
    await addJane();
    const user = await renderNetworking();
    const dialog = await openLogCall(user);
    await user.type(within(dialog).getByRole('combobox', { name: 'Name' }), 'Dr. Jane Lee');
    const date = within(dialog).getByLabelText('Date');
    const followUp = within(dialog).getByLabelText(/^Follow up on/);

    fireEvent.change(date, { target: { value: '1026-03-18' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(
      'Check the year: a call can be dated up to 5 years back, from Mar 18, 2021.',
    );

    fireEvent.change(date, { target: { value: '2099-03-18' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(date).toHaveAccessibleDescription(
      /Check the year: a call can be planned up to a year ahead, until Mar 18, 2027\./,
    );

    fireEvent.change(date, { target: { value: TODAY } });
    fireEvent.change(followUp, { target: { value: '2099-03-25' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(date).toHaveAttribute('aria-invalid', 'false');
    expect(followUp).toHaveAttribute('aria-invalid', 'true');
    expect(followUp).toHaveAccessibleDescription(
      /Check the year: a follow-up can be set up to a year ahead, until Mar 18, 2027\./,
    );
    expect(await db.calls.count()).toBe(0);

    fireEvent.change(followUp, { target: { value: '2026-03-25' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect((await db.calls.toArray())[0]).toMatchObject({ day: TODAY, followUpOn: '2026-03-25' });
  });

  it('counts weeks against the target from first use, not from a plan start weeks before', async () => {
    await seedIfEmpty();
    const plan = await db.plans.toCollection().first();
    if (!plan) throw new Error('no plan');
    await db.plans.update(plan.id, { startMonth: '2026-01' });
    // First used today, in the eleventh week of the plan: no weeks missed yet.
    localStorage.setItem(
      'pivotboard:device',
      JSON.stringify({ firstUsedAt: new Date(2026, 2, 18, 9, 0).toISOString() }),
    );
    const user = await renderNetworking();
    const chart = screen.getByRole('region', { name: 'Calls per week' });
    expect(within(chart).getByText(/^No calls yet/)).toBeInTheDocument();
    expect(within(chart).queryByText(/full weeks? met it/)).not.toBeInTheDocument();
    // A call logged from before then starts the weeks there.
    const dialog = await openLogCall(user);
    await user.type(within(dialog).getByRole('combobox', { name: 'Name' }), 'Sam Ortiz');
    fireEvent.change(within(dialog).getByLabelText('Date'), { target: { value: '2026-03-02' } });
    await user.click(within(dialog).getByRole('button', { name: 'Save' }));
    expect(await within(chart).findByText(/Calls per week since Mar 2, 2026/)).toBeInTheDocument();
    localStorage.removeItem('pivotboard:device');
  });

  it('offers a way past a long calls list to the contacts, for keyboard users', async () => {
    const id = await addJane();
    for (let i = 1; i <= 12; i++)
      await logCall({ contactId: id, call: { day: addDays(TODAY, -i) } }, TODAY);
    const user = await renderNetworking();
    const skip = await screen.findByRole('button', { name: 'Skip the 12 calls to Contacts' });
    await user.click(skip);
    expect(screen.getByRole('heading', { name: 'Contacts' })).toHaveFocus();
  });

  it('filters calls by search text and channel', async () => {
    const id = await addJane();
    await logCall(
      { contactId: id, call: { day: '2026-03-16', notes: 'oncology team', channel: 'video' } },
      TODAY,
    );
    await logCall(
      {
        contactId: null,
        newContact: { name: 'Sam Ortiz', company: 'Novartis' },
        call: { day: '2026-03-17', channel: 'coffee' },
      },
      TODAY,
    );
    const user = await renderNetworking();
    const calls = await screen.findByRole('list', { name: 'Calls, newest first' });
    expect(within(calls).getAllByRole('article')).toHaveLength(2);
    await user.type(screen.getByRole('searchbox', { name: 'Search calls' }), 'oncology');
    await waitFor(() => expect(within(calls).getAllByRole('article')).toHaveLength(1));
    expect(screen.getByText('Showing 1 of 2 calls')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Show all' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Channel' }), 'Meeting');
    await waitFor(() => expect(within(calls).getAllByRole('article')).toHaveLength(1));
    expect(within(calls).getByRole('button', { name: 'Sam Ortiz' })).toBeInTheDocument();
  });
});

describe('WeekPanel', () => {
  it('groups the call count like the list does, and says a streak ended rather than "Not yet"', () => {
    // Two calls a week for 100 weeks up to the week before last; none since.
    const days: string[] = [];
    for (let w = 2; w < 102; w++) days.push(addDays(TODAY, -7 * w), addDays(TODAY, -7 * w - 1));
    // And 9,800 more on one day long ago, for a five-figure total.
    for (let i = 0; i < 9800; i++) days.push('2024-01-10');
    render(<WeekPanel progress={weeklyProgress(days, 2, TODAY, null)} countMessages={false} />);
    expect(screen.getByText('Calls so far').nextElementSibling).toHaveTextContent(/^10,000$/);
    expect(screen.getByText('Streak').nextElementSibling).toHaveTextContent(
      '0 weeks — last week fell short',
    );
  });

  it('says "Not yet" while no week has met the target', () => {
    render(
      <WeekPanel
        progress={weeklyProgress([addDays(TODAY, -8)], 2, TODAY, null)}
        countMessages={false}
      />,
    );
    expect(screen.getByText('Streak').nextElementSibling).toHaveTextContent('Not yet');
  });
});
