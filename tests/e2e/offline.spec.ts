import { expect, test } from '@playwright/test';

test('after the first visit the app opens and saves offline', async ({ page, context }) => {
  await page.goto('/#/timeline');
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();
  // The service worker has installed (and so cached every file) once it is active.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Timeline' })).toBeVisible();

  await page.getByRole('button', { name: 'Add milestone to Month 1', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Add milestone' });
  await dialog.getByLabel('Title').fill('Written on the train, offline');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();

  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  await page.reload();
  await page.goto('/#/timeline');
  await expect(
    page.getByRole('button', { name: 'Written on the train, offline', exact: true }),
  ).toBeVisible();
  await context.setOffline(false);
});

test('the app is installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBeTruthy();
  const manifest = (await (await request.get(href ?? '')).json()) as {
    name: string;
    display: string;
    icons: { sizes: string; src: string }[];
  };
  expect(manifest).toMatchObject({ name: 'Pivotboard', display: 'standalone' });
  expect(manifest.icons.map((i) => i.sizes)).toEqual(
    expect.arrayContaining(['192x192', '512x512']),
  );
  for (const icon of manifest.icons)
    expect((await request.get(icon.src)).ok(), icon.src).toBe(true);
});
