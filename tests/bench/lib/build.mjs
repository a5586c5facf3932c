// Builds for the benchmark, each into its own folder under dist-bench/ (git-ignored):
//   app/    the app as shipped (`vite build`): nothing in it knows it is measured
//   floor/  the library floor page, alone, so no chunk is shared with anything else
//   pages/  the peer board, the plain-list control and the page that writes the backup files
import { readFile, rm } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build } from 'vite';

const quiet = { logLevel: 'warn' };

/** The app's build target, so the floor is minified the same way. */
const TARGET = 'es2022';

export async function buildAll(root, out) {
  await rm(out, { recursive: true, force: true });
  await build({
    root,
    ...quiet,
    mode: 'production',
    // BENCH_SOURCEMAP=1: with source maps, which profile-start.mjs --cpu reads (the code is the same).
    build: {
      outDir: `${out}/app`,
      emptyOutDir: true,
      manifest: true,
      ...(process.env.BENCH_SOURCEMAP ? { sourcemap: true } : {}),
    },
  });
  await buildPages(root, '/floor/', `${out}/floor`, ['floor']);
  await buildPages(root, '/bench/', `${out}/pages`, ['peer', 'control', 'seed']);
}

/** Build pages of tests/bench/pages/ (their names, without .html) into `outDir`, served at `base`. */
export function buildPages(root, base, outDir, inputs) {
  const pages = `${root}/tests/bench/pages`;
  return build({
    root: pages,
    ...quiet,
    configFile: false,
    envDir: false,
    publicDir: false,
    plugins: [react()],
    base,
    build: {
      outDir,
      emptyOutDir: true,
      manifest: true,
      target: TARGET,
      // As the app's build (vite.config.ts): no module-preload polyfill.
      modulePreload: { polyfill: false },
      rollupOptions: { input: Object.fromEntries(inputs.map((i) => [i, `${pages}/${i}.html`])) },
    },
  });
}

/**
 * The library floor for first-load JavaScript: the floor page's scripts, gzip bytes (what the
 * page loads: it imports nothing lazily). Built into `outDir`.
 */
export async function floorBytes(root, outDir) {
  await buildPages(root, '/floor/', outDir, ['floor']);
  const manifest = JSON.parse(await readFile(`${outDir}/.vite/manifest.json`, 'utf8'));
  const files = new Set();
  const walk = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    (chunk.imports ?? []).forEach(walk);
  };
  walk('floor.html');
  let bytes = 0;
  for (const file of files) bytes += gzipSync(await readFile(`${outDir}/${file}`)).length;
  return bytes;
}
