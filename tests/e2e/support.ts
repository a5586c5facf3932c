import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';

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
