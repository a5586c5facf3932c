/**
 * Card renders per move, counted: a figure that does not depend on the machine, so it gates
 * `npm test` (times stay in `npm run bench`). The card body (MilestoneCard) is wrapped in a
 * counter with the same memo comparison, so a render the real card would skip is not counted.
 */
import { fireEvent, within } from '@testing-library/react';
import type { FunctionComponent } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as BoardCardModule from '../../src/features/timeline/MilestoneCard';
import type { MilestoneCardProps } from '../../src/features/timeline/MilestoneCard';
import type * as YearCardModule from '../../src/features/timeline/YearCard';
import type { YearCardProps } from '../../src/features/timeline/YearCard';
import { db } from '../../src/db/database';
import { useFeedback } from '../../src/state/feedback';
import { useTimelineFilters } from '../../src/state/timelineFilters';
import { countWrites, resetDatabase } from '../support/db';
import { openApp, screen, waitFor } from '../support/render';

const counter = vi.hoisted(() => ({ byId: new Map<string, number>() }));

/** The real card body, memoised the same way, counting its renders by card id. */
const counting = vi.hoisted(() => async <P extends { id: string }>(real: unknown) => {
  const { createElement, memo } = await import('react');
  const card = real as {
    type: FunctionComponent<P>;
    compare: ((a: P, b: P) => boolean) | null;
  };
  return memo(function Counted(props: P) {
    counter.byId.set(props.id, (counter.byId.get(props.id) ?? 0) + 1);
    return createElement(card.type, props);
  }, card.compare ?? undefined);
});

vi.mock('../../src/features/timeline/MilestoneCard', async (importOriginal) => {
  const actual = await importOriginal<typeof BoardCardModule>();
  return { ...actual, MilestoneCard: await counting<MilestoneCardProps>(actual.MilestoneCard) };
});
vi.mock('../../src/features/timeline/YearCard', async (importOriginal) => {
  const actual = await importOriginal<typeof YearCardModule>();
  return { ...actual, YearCard: await counting<YearCardProps>(actual.YearCard) };
});

const month = (n: number) => screen.getByRole('region', { name: new RegExp(`^Month ${n} · `) });
const announcer = () => screen.getByTestId('announcer');

/** Card renders since the last call, by card id. */
function rendersSince(): Map<string, number> {
  const seen = new Map(counter.byId);
  counter.byId.clear();
  return seen;
}
const total = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/** Open the Timeline in a view: the year (the default) or the board, as remembered. */
async function openTimeline(view: 'Year' | 'Board') {
  if (view === 'Board') await db.settings.put({ key: 'timelineView', value: 'board' });
  const opened = await openApp('#/timeline', 'Timeline');
  expect(await screen.findByRole('radio', { name: view })).toBeChecked();
  return opened;
}

describe.each(['Year', 'Board'] as const)(
  'card renders and rows written per move (%s view)',
  (view) => {
    let writes: Awaited<ReturnType<typeof countWrites>>;
    beforeEach(async () => {
      await resetDatabase();
      writes = await countWrites();
      useFeedback.setState({ toast: null, history: [] });
      useTimelineFilters.getState().cleared();
      counter.byId.clear();
      written = 0;
    });
    afterEach(() => writes.stop());

    /** Rows written since the last call. */
    let written = 0;
    const rowsWritten = () => {
      const n = writes.total() - written;
      written = writes.total();
      return n;
    };

    it('a keyboard move renders only the moved card, at most once per key', async () => {
      const { user } = await openTimeline(view);
      const handle = await within(month(1)).findByRole('button', {
        name: 'Move Work out your runway',
      });
      const id = handle.closest<HTMLElement>('[data-board-item]')?.dataset.boardItem;
      expect(id).toBeTruthy();
      // Every card rendered to show the board; the cards tied to evidence once more when it
      // arrives, after the board (issue 15). Counted from then on.
      await within(month(1)).findByText('No runway worked out yet');
      const cards = document.querySelectorAll('[data-board-item]').length;
      expect(cards).toBeGreaterThan(10);
      const shown = rendersSince();
      expect(shown.size).toBeGreaterThanOrEqual(cards);
      expect(Math.max(...shown.values())).toBeLessThanOrEqual(2);

      handle.focus();
      await user.keyboard(' ');
      await waitFor(() =>
        expect(announcer()).toHaveTextContent('Picked up “Work out your runway”'),
      );
      const atPickUp = rendersSince();
      expect([...atPickUp], JSON.stringify([...atPickUp])).toEqual([]);

      const steps: [string, string][] = [
        ['{ArrowRight}', 'Month 2, position 2 of 2.'],
        ['{ArrowUp}', 'Month 2, position 1 of 2.'],
        ['{ArrowRight}', 'Month 3, position 1 of 1.'],
        ['{ArrowLeft}', 'Month 2, position 1 of 2.'],
      ];
      for (const [key, where] of steps) {
        await user.keyboard(key);
        await waitFor(() => expect(announcer()).toHaveTextContent(where));
        const seen = rendersSince();
        expect(total(seen)).toBeLessThanOrEqual(1);
        expect([...seen.keys()].every((k) => k === id)).toBe(true);
      }

      rowsWritten();
      await user.keyboard(' ');
      await waitFor(() => expect(announcer()).toHaveTextContent('Moved “Work out your runway”'));
      expect(rowsWritten()).toBe(1);
      // The stored move comes back through the live query: the moved card shows its slip mark
      // (one render); no other card renders.
      await waitFor(() => expect(within(month(2)).getByText('+1 mo')).toBeInTheDocument());
      const after = rendersSince();
      expect(total(after)).toBeLessThanOrEqual(2);
      expect([...after.keys()].every((k) => k === id)).toBe(true);
    });

    it('a mouse drag across months renders no card while it moves, and only the moved one on the drop', async () => {
      layOutBoard();
      await openTimeline(view);
      const handle = await within(month(1)).findByRole('button', {
        name: 'Move Work out your runway',
      });
      const id = handle.closest<HTMLElement>('[data-board-item]')?.dataset.boardItem;
      await within(month(1)).findByText('No runway worked out yet'); // the evidence is in
      const start = handle.getBoundingClientRect();
      const x0 = start.left + 5;
      const y0 = start.top + 5;
      rendersSince();

      fireEvent.mouseDown(handle, { button: 0, clientX: x0, clientY: y0 });
      // Six months to the right, with a wave so the drop line also moves within the columns.
      const perMove: Map<string, number>[] = [];
      for (let i = 1; i <= 30; i++) {
        const y = y0 + Math.round(Math.sin((i / 30) * Math.PI * 2) * 150);
        fireEvent.mouseMove(document, { clientX: x0 + i * 60, clientY: y });
        await new Promise((r) => setTimeout(r, 0));
        perMove.push(rendersSince());
      }
      await waitFor(() =>
        expect(announcer()).toHaveTextContent('Picked up “Work out your runway”'),
      );
      // The drop line shows where it lands. The first move lifts the card: its copy under the
      // pointer renders once; no card renders on any other move.
      expect(document.querySelector('[class*="dropLine"]')).not.toBeNull();
      const [lift, ...rest] = perMove;
      expect(lift && [...lift]).toEqual([[id, 1]]);
      expect(rest.map(total)).toEqual(rest.map(() => 0));

      rowsWritten();
      fireEvent.mouseUp(document, { button: 0, clientX: x0 + 1800, clientY: y0 });
      await waitFor(() =>
        expect(announcer()).toHaveTextContent('Moved “Work out your runway” to Month 7'),
      );
      await waitFor(() => expect(within(month(7)).getByText('+6 mo')).toBeInTheDocument());
      expect(rowsWritten()).toBe(1);
      const after = rendersSince();
      expect(total(after)).toBeLessThanOrEqual(2);
      expect([...after.keys()].every((k) => k === id)).toBe(true);
    });

    it('a card let go over no month lands in the month the board shows, not back where it was', async () => {
      layOutBoard();
      await openTimeline(view);
      const handle = await within(month(1)).findByRole('button', {
        name: 'Move Work out your runway',
      });
      await within(month(1)).findByText('No runway worked out yet');
      const start = handle.getBoundingClientRect();
      const x0 = start.left + 5;
      const y0 = start.top + 5;
      fireEvent.mouseDown(handle, { button: 0, clientX: x0, clientY: y0 });
      // Into Month 3, then down past the foot of every month (as when the page scrolled under a
      // card held at the screen's edge): Month 3 stays framed.
      for (let i = 1; i <= 10; i++) {
        fireEvent.mouseMove(document, { clientX: x0 + i * 60, clientY: y0 });
        await new Promise((r) => setTimeout(r, 0));
      }
      await waitFor(() =>
        expect(announcer()).toHaveTextContent('Picked up “Work out your runway”'),
      );
      fireEvent.mouseMove(document, { clientX: x0 + 600, clientY: 5000 });
      await new Promise((r) => setTimeout(r, 0));
      fireEvent.mouseUp(document, { button: 0, clientX: x0 + 600, clientY: 5000 });
      await waitFor(() =>
        expect(announcer()).toHaveTextContent('Moved “Work out your runway” to Month 3'),
      );
      await waitFor(() => expect(within(month(3)).getByText('+2 mo')).toBeInTheDocument());
    });
  },
);

/**
 * jsdom lays nothing out: give the board a geometry (months 300 px apart, cards 100 px tall)
 * so dnd-kit's collision detection and the drop line work as in a browser.
 */
function layOutBoard() {
  const box = (left: number, top: number, width: number, height: number) =>
    DOMRect.fromRect({ x: left, y: top, width, height });
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const column = this.closest('[data-board-column]');
    if (!column) return box(0, 0, 10_000, 10_000);
    const columns = [...document.querySelectorAll('[data-board-column]')];
    const left = columns.indexOf(column) * 300;
    const card = this.closest('[data-board-item]');
    if (!card) return box(left, 0, 280, 3000);
    const top = 100 + [...column.querySelectorAll('[data-board-item]')].indexOf(card) * 100;
    return this === card ? box(left, top, 280, 90) : box(left, top, 40, 40);
  });
}
