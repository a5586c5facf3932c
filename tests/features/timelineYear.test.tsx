import { fireEvent, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { db } from '../../src/db/database';
import { saveContract, saveRunway } from '../../src/db/exitPlan';
import { addMonths, thisMonth } from '../../src/domain/calendar';
import { useFeedback } from '../../src/state/feedback';
import { useTimelineFilters } from '../../src/state/timelineFilters';
import { freshPlan } from '../support/plan';
import { openApp, screen, waitFor } from '../support/render';

const month = (n: number) => screen.getByRole('region', { name: new RegExp(`^Month ${n} · `) });
const cardTitles = (region: HTMLElement) =>
  within(region)
    .queryAllByRole('button', { name: /^Move / })
    .map((b) => b.getAttribute('aria-label')?.replace(/^Move /, ''));

/**
 * The default plan started three months ago: this is Month 4, and Months 1-3 hold five cards,
 * overdue (four in Month 1, the networking one in progress, and one in Month 2).
 */
async function planUnderWay() {
  const plan = await freshPlan();
  await db.plans.update(plan.id, { startMonth: addMonths(thisMonth(), -3) });
  await db.milestones
    .filter((m) => m.templateKey === 'start-networking')
    .modify({ status: 'in_progress' });
}

describe('the Timeline’s year view', () => {
  beforeEach(async () => {
    await planUnderWay();
    useFeedback.setState({ toast: null, history: [] });
    useTimelineFilters.getState().cleared();
    useTimelineFilters.getState().viewChosen();
  });
  afterEach(() => {
    window.location.hash = '';
  });

  it('opens on the year, every month at once; the Board choice is remembered in the database', async () => {
    const first = await openApp('#/timeline', 'Timeline');
    expect(await screen.findByRole('radio', { name: 'Year' })).toBeChecked();
    expect(screen.getAllByRole('region', { name: /^Month \d+ · / })).toHaveLength(12);
    // Today is marked in this month (Month 4).
    expect(
      within(screen.getByRole('region', { name: /^Month 4 · .*\(this month\)$/ })).getByText(
        /^Today, /,
      ),
    ).toBeInTheDocument();
    // Each card is one line: its title and its marks; an overdue one says so, and a card under
    // way says its status in words.
    // Overdue by the milestones as read with their evidence (domain/evidence.ts), once it is in.
    await within(month(1)).findByText('No runway worked out yet');
    const runway = within(month(1)).getByRole('button', { name: 'Work out your runway' });
    expect(runway.parentElement).toHaveTextContent(
      /^Work out your runwayOverdueNo runway worked out yet$/,
    );
    const networking = within(month(1)).getByRole('button', { name: 'Start networking calls' });
    expect(networking.parentElement).toHaveTextContent(/^In progress:Start networking calls/);

    await first.user.click(screen.getByRole('radio', { name: 'Board' }));
    await waitFor(async () =>
      expect(await db.settings.get('timelineView')).toEqual({
        key: 'timelineView',
        value: 'board',
      }),
    );
    first.unmount();
    await openApp('#/timeline', 'Timeline');
    expect(await screen.findByRole('radio', { name: 'Board' })).toBeChecked();
    expect(screen.queryByText(/^Today, /)).not.toBeInTheDocument();
    expect(screen.getAllByRole('region', { name: /^Month \d+ · / })).toHaveLength(12);
  });

  it('Overdue shows only the overdue cards, Due this month only this month’s; again shows all', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    const overdue = await screen.findByRole('button', { name: 'Overdue' });
    expect(overdue).toHaveAttribute('aria-pressed', 'false');
    // Cards tied to evidence are not called overdue until it is read (domain/evidence.ts).
    await waitFor(() => expect(overdue).toHaveAccessibleDescription('5 cards'));
    await user.click(overdue);
    expect(overdue).toHaveAttribute('aria-pressed', 'true');
    expect(cardTitles(month(1))).toEqual([
      'Name what you can’t live with, and what you need',
      'Work out your runway',
      'Rewrite your LinkedIn and CV for industry',
      'Start networking calls',
    ]);
    expect(cardTitles(month(2))).toEqual(['Start a running record of your work']);
    expect(cardTitles(month(3))).toEqual([]);
    for (const n of [4, 5, 6, 7, 8, 9, 10, 11, 12]) expect(cardTitles(month(n))).toEqual([]);
    expect(screen.getAllByText('Overdue', { selector: 'span' })).toHaveLength(5);

    const due = screen.getByRole('button', { name: 'Due this month' });
    await user.click(due);
    expect(overdue).toHaveAttribute('aria-pressed', 'false');
    expect(cardTitles(month(4))).toEqual(['Take on industry-flavoured work']);
    expect(cardTitles(month(1))).toEqual([]);
    await user.click(due);
    expect(cardTitles(month(1))).toHaveLength(4);
    expect(cardTitles(month(12))).toHaveLength(1);
  });

  it('the Overview’s overdue link shows every card it counted, in the year view, even with Board remembered', async () => {
    await db.settings.put({ key: 'timelineView', value: 'board' });
    useTimelineFilters.getState().statusToggled('todo');
    await openApp('#/timeline?show=overdue', 'Timeline');
    expect(await screen.findByRole('radio', { name: 'Year' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Overdue' })).toHaveAttribute('aria-pressed', 'true');
    await waitFor(() => expect(screen.getAllByRole('button', { name: /^Move / })).toHaveLength(5));
    // The other filters no longer hide any of them, and the address is the screen's own again.
    expect(useTimelineFilters.getState().hiddenStatuses).toEqual([]);
    expect(window.location.hash).toBe('#/timeline');
    // Turning the filter off goes back to the view the user chose.
    fireEvent.click(screen.getByRole('button', { name: 'Overdue' }));
    expect(await screen.findByRole('radio', { name: 'Board' })).toBeChecked();
  });

  it('reads the cards with their evidence: a runway worked out is done, not overdue, and not under Overdue', async () => {
    const plan = await db.plans.toCollection().first();
    if (!plan) throw new Error('no plan');
    await saveRunway(plan.id, {
      cash: 51000,
      expenses: { housing: 3000, food: 800, loanMinimums: 1200, insurance: 500, other: 500 },
      nothingLinedUp: false,
    });
    const { user } = await openApp('#/timeline', 'Timeline');
    await within(month(1)).findByText('8.5 months of runway');
    const runway = within(month(1)).getByRole('button', { name: 'Work out your runway' });
    expect(runway.parentElement).toHaveTextContent(/^Done .*:Work out your runway8.5 months/);
    const overdue = screen.getByRole('button', { name: 'Overdue' });
    await waitFor(() => expect(overdue).toHaveAccessibleDescription('4 cards'));
    await user.click(overdue);
    expect(cardTitles(month(1))).toEqual([
      'Name what you can’t live with, and what you need',
      'Rewrite your LinkedIn and CV for industry',
      'Start networking calls',
    ]);
    expect(screen.getAllByRole('button', { name: /^Move / })).toHaveLength(4);
  });

  it('moves a card to another month without dragging, and Undo puts it back', async () => {
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(
      await within(month(1)).findByRole('button', {
        name: 'Pick a month for Work out your runway',
      }),
    );
    const dialog = await screen.findByRole('dialog', { name: 'Move to a month' });
    // It says, on screen, which card moves and where it is now.
    expect(
      within(dialog).getByText(/^“Work out your runway” is in Month 1 \(\w{3} \d{4}\)\./),
    ).not.toHaveClass('visually-hidden');
    expect(dialog).toHaveAccessibleDescription(/^“Work out your runway” is in Month 1 /);
    expect(within(dialog).getByRole('button', { name: /^Month 1 · / })).toBeDisabled();
    await user.click(within(dialog).getByRole('button', { name: /^Month 6 · / }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    await waitFor(() =>
      expect(cardTitles(month(6))).toEqual([
        'Apply selectively, with referrals',
        'Work out your runway',
      ]),
    );
    // Focus is on the card it moved, in its new month, on the button the move started from.
    await waitFor(() =>
      expect(
        within(month(6)).getByRole('button', { name: 'Pick a month for Work out your runway' }),
      ).toHaveFocus(),
    );
    expect(within(month(6)).getByText('+5 mo')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cardTitles(month(1))).toContain('Work out your runway'));
  });

  it('Print plan lays out the year, the exit dates and the pipeline, then goes when printing is done', async () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Print plan' }));
    await waitFor(() => expect(print).toHaveBeenCalledTimes(1));
    const sheet = document.querySelector<HTMLElement>('[data-print-sheet]');
    if (!sheet) throw new Error('no print sheet');
    const paper = within(sheet);
    expect(paper.getByRole('heading', { name: 'The year' })).toBeInTheDocument();
    expect(paper.getByRole('heading', { name: 'Exit dates' })).toBeInTheDocument();
    expect(paper.getByRole('heading', { name: 'Pipeline' })).toBeInTheDocument();
    expect(paper.getAllByRole('heading', { name: /^Month \d+ · / })).toHaveLength(12);
    expect(paper.getByRole('heading', { name: /^Month 4 · .* · now/ })).toBeInTheDocument();
    expect(sheet).toHaveTextContent('Work out your runway OVERDUE');
    expect(paper.getByText('Notice period')).toBeInTheDocument();
    expect(paper.getAllByText('not entered yet')).toHaveLength(1);
    expect(sheet).toHaveTextContent('No opportunities yet.');
    fireEvent(window, new Event('afterprint'));
    await waitFor(() => expect(document.querySelector('[data-print-sheet]')).toBeNull());
  });

  it('Print plan says an exit date an older version stored looks wrong, instead of counting with it', async () => {
    vi.spyOn(window, 'print').mockImplementation(() => undefined);
    const plan = await db.plans.toCollection().first();
    if (!plan) throw new Error('no plan');
    await saveContract(plan.id, {
      noticeDays: 90,
      tailRequired: false,
      tailCost: null,
      nonCompeteNotes: '',
      currentAnnualPay: null,
    });
    await db.exitPlans.update(plan.id, { noticeGivenOn: '9999-12-31' });
    const { user } = await openApp('#/timeline', 'Timeline');
    await user.click(await screen.findByRole('button', { name: 'Print plan' }));
    await waitFor(() => expect(document.querySelector('[data-print-sheet]')).not.toBeNull());
    expect(document.querySelector('[data-print-sheet]')).toHaveTextContent(
      'Notice given on (Dec 31, 9999) looks wrong',
    );
    fireEvent(window, new Event('afterprint'));
  });
});
