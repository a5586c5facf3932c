import { AxeBuilder } from '@axe-core/playwright';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';

export const monthRegion = (page: Page, n: number) =>
  page.getByRole('region', { name: new RegExp(`^Month ${n} · `) });

/** Press a card's handle with the mouse and move it a little, so the drag starts; returns the handle's box. */
export async function liftCard(page: Page, handle: Locator) {
  await handle.scrollIntoViewIfNeeded();
  const from = await handle.boundingBox();
  if (!from) throw new Error('handle not visible');
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2 + 8, from.y + from.height / 2 + 8, { steps: 3 });
  return from;
}

/** Drag by mouse from a handle to the middle of a target, in small steps like a person. */
export async function dragTo(
  page: Page,
  handle: Locator,
  target: Locator,
  options: { steps?: number; offsetY?: number } = {},
) {
  await liftCard(page, handle);
  const point = async () => {
    const to = await target.boundingBox();
    if (!to) throw new Error('target not visible');
    return {
      x: to.x + to.width / 2,
      y: options.offsetY === undefined ? to.y + to.height / 2 : to.y + options.offsetY,
    };
  };
  const aim = await point();
  await page.mouse.move(aim.x, aim.y, { steps: options.steps ?? 15 });
  // Like a person, aim again before letting go: a handle near the screen's edge starts dnd-kit's
  // auto-scroll, which can move the target while the pointer travels (the drop then landed one
  // place short in about one run in five).
  const frames = () =>
    page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
  await frames();
  const final = await point();
  await page.mouse.move(final.x, final.y + 2, { steps: 2 });
  await frames();
  await page.mouse.up();
}

/**
 * Make the page's own IndexedDB `add` or `put` calls throw `error` while switched on (init scripts
 * run in the page, not in workers). Call before the page loads; returns the switch.
 */
export async function failingWrites(
  page: Page,
  method: 'add' | 'put',
  error: { name: string; message: string },
): Promise<(on: boolean) => Promise<void>> {
  await page.addInitScript(
    ({ method, name, message }) => {
      const proto = IDBObjectStore.prototype as unknown as Record<
        string,
        (...args: unknown[]) => unknown
      >;
      const original = proto[method];
      if (!original) return;
      proto[method] = function (this: IDBObjectStore, ...args: unknown[]) {
        if ((window as { failWrites?: boolean }).failWrites) throw new DOMException(message, name);
        return original.apply(this, args);
      };
    },
    { method, ...error },
  );
  return (on) =>
    page.evaluate((value) => void ((window as { failWrites?: boolean }).failWrites = value), on);
}

/** An axe scan with no violations (WCAG 2.x A and AA). */
export async function expectNoAxeViolations(page: Page, include?: string) {
  let builder = new AxeBuilder({ page }).withTags([
    'wcag2a',
    'wcag2aa',
    'wcag21a',
    'wcag21aa',
    'wcag22aa',
  ]);
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  const summary = violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary).toEqual([]);
}

/** True when the page scrolls sideways (a layout wider than the screen). */
export async function scrollsSideways(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/**
 * The words inside `root` that the layout split across two lines (a break inside a word). A word
 * cut with an ellipsis is on one line, so it is not counted.
 */
export async function wordsSplitAcrossLines(root: Locator): Promise<string[]> {
  return root.evaluate((el) => {
    const split: string[] = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (const word of (node.textContent ?? '').matchAll(/\S+/g)) {
        const range = document.createRange();
        range.setStart(node, word.index);
        range.setEnd(node, word.index + word[0].length);
        const lines = new Set(
          [...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)),
        );
        if (lines.size > 1) split.push(word[0]);
      }
    }
    return split;
  });
}

/** How many pages a PDF from `page.pdf()` has. */
export function pdfPages(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** Add an opportunity through its dialog (role type: payer; Closed ones were rejected). */
export async function addOpportunity(page: Page, company: string, title: string, stage = 'Target') {
  await page.getByRole('button', { name: 'Add opportunity' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add opportunity' });
  await dialog.getByLabel('Company', { exact: true }).fill(company);
  await dialog.getByLabel('Title', { exact: true }).fill(title);
  await dialog.getByLabel('Role type').selectOption({ label: 'Payer / insurance' });
  await dialog.getByLabel('Stage').selectOption({ label: stage });
  if (stage === 'Closed') await dialog.getByRole('radio', { name: /Rejected/ }).check();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
}

/** A finger on a touch screen (Chromium's touch events through CDP). */
export async function finger(page: Page, context: BrowserContext) {
  const cdp = await context.newCDPSession(page);
  return (type: 'touchStart' | 'touchMove' | 'touchEnd', x = 0, y = 0) =>
    cdp.send('Input.dispatchTouchEvent', {
      type,
      touchPoints: type === 'touchEnd' ? [] : [{ x, y }],
    });
}

/**
 * Hold a card's handle (the long-press), then drag it onto `target`'s middle and let go. The
 * handle is first scrolled to 200 px from the top, away from the edges where the board scrolls.
 */
export async function longPressDrag(
  page: Page,
  context: BrowserContext,
  handle: Locator,
  target: Locator,
  pickedUp: string,
) {
  const touch = await finger(page, context);
  await expect(handle).toBeVisible();
  const top = await handle.boundingBox();
  if (!top) throw new Error('no handle');
  await page.evaluate((y) => window.scrollBy(0, y - 200), top.y);
  const start = await handle.boundingBox();
  const to = await target.boundingBox();
  if (!start || !to) throw new Error('not visible');
  const sx = start.x + start.width / 2;
  const sy = start.y + start.height / 2;
  await touch('touchStart', sx, sy);
  await page.waitForTimeout(400); // the long-press
  await expect(page.getByTestId('announcer')).toContainText(`Picked up “${pickedUp}”`);
  const ty = to.y + to.height / 2;
  for (let i = 1; i <= 10; i++) await touch('touchMove', sx, sy + ((ty - sy) * i) / 10);
  await touch('touchEnd');
}

/** The pipeline's eight stages as the Opportunities board names them, in order. */
export const PIPELINE_STAGES = [
  'Target',
  'Applied',
  'Interviewing',
  'Final round',
  'Verbal offer',
  'Written offer',
  'Accepted',
  'Closed',
] as const;

/** Move a year-view card with its "Pick a month" button and the dialog. */
export async function pickMonth(page: Page, from: number, title: string, to: number) {
  await monthRegion(page, from)
    .getByRole('button', { name: `Pick a month for ${title}` })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Move to a month' });
  await dialog.getByRole('button', { name: new RegExp(`^Month ${to} · `) }).click();
  await expect(dialog).toBeHidden();
  await expect(
    monthRegion(page, to).getByRole('button', { name: `Move ${title}`, exact: true }),
  ).toBeAttached();
}
