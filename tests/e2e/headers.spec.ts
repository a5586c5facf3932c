import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// What serves the app for real (npm run preview, npm run relay: src/server/) sends the policy as
// a header, compresses text and keeps hashed assets a year.

test('every response carries the policy as a header, with frame-ancestors; the worker too', async ({
  page,
}) => {
  const missing: string[] = [];
  page.on('response', (response) => {
    if (!response.headers()['content-security-policy']?.includes("frame-ancestors 'none'"))
      missing.push(response.url());
  });
  await page.goto('/#/settings');
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeVisible();
  expect(missing).toEqual([]);

  const worker = readdirSync('dist/assets').find((name) => /^backupWorker-.*\.js$/.test(name));
  expect(worker).toBeDefined();
  const reply = await page.request.get(`/assets/${worker}`);
  expect(reply.headers()['content-security-policy']).toContain("script-src 'self'");
  expect(reply.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('another page cannot show the app in a frame', async ({ page, baseURL }) => {
  const refused = page.waitForEvent('console', (m) =>
    /frame-ancestors|Refused to frame/i.test(m.text()),
  );
  await page.setContent(`<iframe title="framed" src="${baseURL}/"></iframe>`);
  await refused;
  const framed = page.frames().find((f) => f.url().startsWith(baseURL ?? ''));
  expect(
    (await framed
      ?.locator('#root')
      .count()
      .catch(() => 0)) ?? 0,
  ).toBe(0);
});

test('scripts come compressed, the page is checked again each time', async ({ page }) => {
  const seen = new Map<string, Record<string, string>>();
  page.on('response', (response) => seen.set(new URL(response.url()).pathname, response.headers()));
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(seen.get('/')?.['cache-control']).toBe('no-cache');
  const scripts = [...seen].filter(([path]) => /^\/assets\/.*\.js$/.test(path));
  expect(scripts.some(([, headers]) => headers['content-encoding'] === 'br')).toBe(true);
  for (const [, headers] of scripts) {
    // Tiny files go as they are: compressing them would cost more than it saves.
    if (Number(headers['content-length']) >= 512)
      expect(headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(headers['cache-control']).toBe('public, max-age=31536000, immutable');
  }
});
