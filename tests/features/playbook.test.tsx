import { fireEvent, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { addContact } from '../../src/db/contacts';
import { db } from '../../src/db/database';
import { saveExitDates } from '../../src/db/exitPlan';
import { setMilestoneStatus } from '../../src/db/milestones';
import { PREVIOUS_TEMPLATE } from '../../src/db/planTemplate';
import { today } from '../../src/domain/calendar';
import { addDiagnoseItem } from '../../src/db/diagnose';
import { getSetting } from '../../src/db/settings';
import { useDrafts } from '../../src/state/drafts';
import { resetDatabase } from '../support/db';
import { seededPlan } from '../support/fixtures';
import { openApp, screen, waitFor } from '../support/render';

const valueOf = (el: HTMLElement) => (el as HTMLTextAreaElement).value;

describe('Playbook', { timeout: 30_000 }, () => {
  beforeEach(async () => {
    await resetDatabase();
    useDrafts.setState({ texts: {}, unsaved: {} });
  });

  it('compares the landing zones with the Diagnose items, and aims at two at most', async () => {
    await seededPlan();
    await addDiagnoseItem({ title: 'Endless 24-hour call', column: 'a', fit: 'fixes' });
    await addDiagnoseItem({ title: 'Feeling unappreciated', column: 'a', fit: 'may-not-fix' });
    const { user } = await openApp('#/playbook', 'Playbook');
    const table = await screen.findByRole('table', { name: 'Landing zones at a glance' });
    const payer = within(table).getByRole('row', { name: /Payer/ });
    expect(within(payer).getByText('1 of 2')).toBeInTheDocument();
    expect(
      screen.getByText(/Add your current annual pay in the/, { exact: false }),
    ).toBeInTheDocument();
    const payerCard = screen.getByRole('article', { name: 'Payer / insurance' });
    expect(within(payerCard).getByText('Could get worse:')).toBeInTheDocument();
    expect(within(payerCard).getByText('Feeling unappreciated')).toBeInTheDocument();

    const aim = (label: string) => screen.getByRole('button', { name: `Aim here: ${label}` });
    await user.click(aim('Pharma — Medical Affairs'));
    await waitFor(() =>
      expect(aim('Pharma — Medical Affairs')).toHaveAttribute('aria-pressed', 'true'),
    );
    await user.click(aim('Payer / insurance'));
    await waitFor(() => expect(aim('Payer / insurance')).toHaveAttribute('aria-pressed', 'true'));
    expect(aim('Medtech / Devices')).toHaveAccessibleDescription(
      'Two chosen already: take one off to aim here.',
    );
    await user.click(aim('Medtech / Devices'));
    expect(
      await screen.findByText('You can aim at 2 landing zones at most. Take one off first.'),
    ).toBeInTheDocument();
    expect(await getSetting('targetRoleTypes')).toEqual(['medical-affairs', 'payer']);
  });

  it('builds the headline from the profile and copies it, or selects it when the clipboard is refused', async () => {
    const { user } = await openApp('#/playbook/profile', 'Playbook');
    await user.type(await screen.findByLabelText(/^Specialty/), 'internal medicine');
    await user.type(screen.getByLabelText(/^Where you work/), 'St Mary’s');
    await user.type(screen.getByLabelText(/^Area you are aiming at/), 'oncology');
    await user.selectOptions(screen.getByLabelText('Board certification'), 'certified');
    await user.click(screen.getByRole('checkbox', { name: 'Clinical trials' }));
    const headline = screen.getByLabelText('Your headline');
    expect(headline).toHaveValue(
      'Board-certified internal medicine physician | Clinical trials | Exploring industry roles in oncology',
    );
    expect(screen.getByText('Changes not saved yet.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(screen.queryByText('Changes not saved yet.')).not.toBeInTheDocument(),
    );
    expect((await getSetting('profile')).specialty).toBe('internal medicine');

    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(screen.getByRole('button', { name: 'Copy headline' }));
    expect(write).toHaveBeenLastCalledWith(
      'Board-certified internal medicine physician | Clinical trials | Exploring industry roles in oncology',
    );
    expect(
      await screen.findByText('Headline copied. Paste it where you need it.'),
    ).toBeInTheDocument();

    write.mockRejectedValueOnce(new DOMException('Denied', 'NotAllowedError'));
    await user.click(screen.getByRole('button', { name: 'Copy About text' }));
    expect(await screen.findByText(/did not let Pivotboard use the clipboard/)).toBeInTheDocument();
    const about = screen.getByLabelText('Your About text');
    expect(about).toHaveFocus();
    expect(about).toHaveValue(
      'I’m a board-certified internal medicine physician at St Mary’s, with a particular interest in oncology.\n\nAlongside patient care I have worked on clinical trials.\n\nI’m glad to hear from physicians who have moved into industry.',
    );
  });

  it('keeps a pasted profile text too long to save, and says how much to cut', async () => {
    const { user } = await openApp('#/playbook/profile', 'Playbook');
    const where = await screen.findByLabelText(/^Where you work/);
    const long = 'St Mary’s Hospital, Department of Internal Medicine, '.repeat(3).trim();
    await user.click(where);
    await user.paste(long);
    expect(where).toHaveValue(long); // not cut at the limit without a word
    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    expect(
      await screen.findByText(
        `Where you work can be at most 80 characters (this one has ${long.length}).`,
      ),
    ).toBeInTheDocument();
    expect(where).toHaveValue(long);
    expect((await getSetting('profile')).institution).toBe('');
  });

  it('keeps the profile typed and not saved, and the headline as reworded, across sections and screens', async () => {
    const { user } = await openApp('#/playbook/profile', 'Playbook');
    await user.type(await screen.findByLabelText(/^Specialty/), 'cardiology');
    await user.click(screen.getByRole('checkbox', { name: 'Clinical trials' }));
    const headline = screen.getByLabelText('Your headline');
    await user.clear(headline);
    await user.type(headline, 'Cardiologist moving into medical affairs');

    const sections = screen.getByRole('navigation', { name: 'Playbook sections' });
    await user.click(within(sections).getByRole('link', { name: 'Calls and messages' }));
    await user.click(screen.getByRole('link', { name: 'Record' }));
    await screen.findByRole('heading', { level: 1, name: 'Running record' });
    window.location.hash = '#/playbook/profile';
    expect(await screen.findByLabelText(/^Specialty/)).toHaveValue('cardiology');
    expect(screen.getByRole('checkbox', { name: 'Clinical trials' })).toBeChecked();
    expect(screen.getByText('Changes not saved yet.')).toBeInTheDocument();
    expect(screen.getByLabelText('Your headline')).toHaveValue(
      'Cardiologist moving into medical affairs',
    );
    // Not saved yet: leaving the page asks first.
    expect(Object.keys(useDrafts.getState().unsaved)).toEqual(['playbook:profile']);

    await user.click(screen.getByRole('button', { name: 'Save profile' }));
    await waitFor(() =>
      expect(screen.queryByText('Changes not saved yet.')).not.toBeInTheDocument(),
    );
    expect((await getSetting('profile')).specialty).toBe('cardiology');
    await waitFor(() => expect(useDrafts.getState().unsaved).toEqual({}));
    await user.click(screen.getByRole('button', { name: 'Start again from your details' }));
    expect(screen.getByLabelText('Your headline')).toHaveValue(
      'Cardiology physician | Clinical trials | Exploring industry roles',
    );
  });

  it('drafts a message to a contact with their name, asks once for what it needs, and copies it', async () => {
    await seededPlan();
    await addContact({ name: 'Jane Lee', company: 'Acme Bio', roleType: 'medical-affairs' });
    const { user } = await openApp('#/networking', 'Networking');
    const draft = await screen.findByRole('button', { name: 'Draft a message' });
    expect(draft).toHaveAccessibleDescription('Jane Lee');
    await user.click(draft);
    const dialog = await screen.findByRole('dialog', { name: 'Draft a message' });
    const text = within(dialog).getByLabelText('Message text');
    expect(valueOf(text)).toMatch(/^Hi Jane,\n\nI’m a physician\. /);
    await user.type(within(dialog).getByLabelText('Specialty'), 'cardiology');
    await user.type(within(dialog).getByLabelText('Where you work'), 'City Hospital');
    await user.type(within(dialog).getByLabelText(/^Area you are aiming at/), 'heart failure');
    await user.click(within(dialog).getByRole('button', { name: 'Save to your profile' }));
    await waitFor(() =>
      expect(valueOf(text)).toContain(
        'I’m a cardiology physician at City Hospital. Over the next year I’m exploring roles in medical affairs, with a focus on heart failure, and I’d value hearing how you came to your role at Acme Bio.',
      ),
    );
    expect((await getSetting('profile')).institution).toBe('City Hospital');

    // Edits are kept while switching between the kinds of message.
    fireEvent.change(text, { target: { value: 'Hi Jane, my own words.' } });
    await user.click(within(dialog).getByRole('radio', { name: /Thank-you, with the ask/ }));
    const thanks = within(dialog).getByLabelText('Message text');
    expect(valueOf(thanks)).toContain('would you mind if I mentioned your name');
    await user.click(within(dialog).getByRole('radio', { name: /First message/ }));
    expect(within(dialog).getByLabelText('Message text')).toHaveValue('Hi Jane, my own words.');

    const write = vi.spyOn(navigator.clipboard, 'writeText');
    await user.click(within(dialog).getByRole('button', { name: 'Copy' }));
    expect(write).toHaveBeenLastCalledWith('Hi Jane, my own words.');
    expect(
      await within(dialog).findByText('Copied. Paste it where you need it.'),
    ).toBeInTheDocument();
  });
});

describe('How to, in the milestone dialog', { timeout: 30_000 }, () => {
  beforeEach(resetDatabase);

  it('shows the steps of a default milestone, collapsed, and keeps the hand-over checklist', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Hand over your patients well' }));
    const dialog = await screen.findByRole('dialog', { name: 'Edit milestone' });
    const name = 'Medical licence kept active, with its renewal date in your calendar';
    // Collapsed until opened (jsdom lays nothing out: what a closed <details> holds is still
    // found by role, so its state is read).
    const howTo = within(dialog).getByText('How to');
    expect(howTo.closest('details')).not.toHaveAttribute('open');
    await user.click(howTo);
    expect(howTo.closest('details')).toHaveAttribute('open');
    const licence = await within(dialog).findByRole('checkbox', { name });
    expect(within(dialog).getByText('Never burn a bridge: 0 of 10 done')).toBeInTheDocument();
    await user.click(licence);
    await waitFor(() => expect(licence).toBeChecked());
    await waitFor(async () => expect(await getSetting('exitChecklist')).toEqual(['licence']));
    // A saved tick is not typing: the dialog closes without asking.
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('has nothing to say for the user’s own milestones', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Add milestone to Month 2' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add milestone' });
    expect(within(dialog).queryByText('How to')).not.toBeInTheDocument();
  });
});

describe('landmines and the plan update', { timeout: 30_000 }, () => {
  beforeEach(resetDatabase);

  it('flags notice given before an offer on the Overview and the Exit plan', async () => {
    const plan = await seededPlan(new Date());
    await saveExitDates(plan.id, { plannedStartDate: null, noticeGivenOn: today() });
    await openApp('#/', 'Overview');
    const notes = await screen.findByRole('region', { name: 'Worth a second look' });
    expect(within(notes).getByText('Notice given before an offer')).toBeInTheDocument();
    expect(within(notes).getByText(/Leaving without 12 months banked/)).toBeInTheDocument();
    expect(within(notes).getAllByRole('link', { name: '1-888-409-0141' })).toHaveLength(1);
    window.location.hash = '#/exit';
    await screen.findByRole('heading', { level: 1, name: 'Exit plan' });
    const onExit = await screen.findByRole('region', { name: 'Worth a second look' });
    expect(within(onExit).getByText('Notice given before an offer')).toBeInTheDocument();
    // Its link to the Exit plan is left out there.
    expect(within(onExit).queryByRole('link', { name: 'Check your runway' })).toBeNull();
  });

  it('checks in during the first months of the new role, until hidden', async () => {
    await seededPlan(new Date());
    const started = (await db.milestones.toArray()).find((m) => m.templateKey === 'start-role');
    if (!started) throw new Error('seed changed');
    await setMilestoneStatus(started.id, 'done');
    const { user } = await openApp('#/', 'Overview');
    const notes = await screen.findByRole('region', { name: 'Worth a second look' });
    expect(
      within(notes).getByText('Your first months in industry: a check-in'),
    ).toBeInTheDocument();
    await user.click(within(notes).getByRole('button', { name: /^Hide this/ }));
    await waitFor(() =>
      expect(screen.queryByRole('region', { name: 'Worth a second look' })).not.toBeInTheDocument(),
    );
    expect(await getSetting('hiddenLandmines')).toEqual(['identity-whiplash']);
  });

  it('offers a plan from the previous template the update, shows what changes and applies it', async () => {
    await seededPlan(new Date());
    const cards = await db.milestones.toArray();
    for (const old of PREVIOUS_TEMPLATE) {
      const m = cards.find((c) => c.templateKey === old.templateKey);
      if (m)
        await db.milestones.put({ ...m, ...old, category: m.category, baselineMonth: old.month });
    }
    const { user } = await openApp('#/', 'Overview');
    const offer = await screen.findByRole('region', { name: 'An updated default plan' });
    expect(within(offer).getByText(/It would update 4 cards of yours/)).toBeInTheDocument();
    await user.click(within(offer).getByRole('button', { name: 'See what would change' }));
    const dialog = await screen.findByRole('dialog', { name: 'Update to the new default plan?' });
    expect(within(dialog).getByText(/Month 3 → Month 1/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Apply the changes' }));
    expect(await screen.findByText('Updated 4 cards to the new default plan')).toBeInTheDocument();
    await waitFor(() =>
      expect(
        screen.queryByRole('region', { name: 'An updated default plan' }),
      ).not.toBeInTheDocument(),
    );
    const calls = (await db.milestones.toArray()).find((m) => m.templateKey === 'start-networking');
    expect(calls).toMatchObject({ month: 1, baselineMonth: 1 });
  });
});
