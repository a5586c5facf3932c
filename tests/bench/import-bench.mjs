// Rough import benchmark: builds tests/bench/import.html, serves it, runs it in Chromium a few
// times and prints the numbers. `node tests/bench/import-bench.mjs [records] [runs]`
import { build, preview } from 'vite';
import { chromium } from 'playwright-core';

const records = Number(process.argv[2] ?? 10_000);
const runs = Number(process.argv[3] ?? 3);
const root = new URL('../..', import.meta.url).pathname;

await build({ root, logLevel: 'warn', configFile: false, build: { outDir: 'dist-bench', emptyOutDir: true, rollupOptions: { input: 'tests/bench/import.html' } } });
const server = await preview({ root, configFile: false, build: { outDir: 'dist-bench' }, preview: { port: 4299, host: '127.0.0.1', strictPort: true } });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
});
try {
  for (let i = 0; i < runs; i++) {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`http://127.0.0.1:4299/tests/bench/import.html?n=${records}${process.env.DEBUG ? '&debug' : ''}`);
    await page.waitForFunction(() => 'benchResult' in globalThis, null, { timeout: 120_000 });
    console.log(JSON.stringify(await page.evaluate(() => globalThis.benchResult)));
    await page.context().close();
  }
} finally {
  await browser.close();
  await new Promise((resolve) => server.httpServer.close(resolve));
}
