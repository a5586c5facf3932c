// Builds for the benchmark, each into its own folder under dist-bench/ (git-ignored):
//   prod/   the app as shipped (`vite build`), with a manifest: the first-load figure
//   app/    the app in bench mode (`--mode bench`): render counters and in-page controls
//   floor/  the library floor page, alone, so no chunk is shared with anything else
//   pages/  the control pages and the page that writes the benchmark's backup files
import { rm } from 'node:fs/promises';
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
    build: { outDir: `${out}/prod`, emptyOutDir: true, manifest: true },
  });
  await build({
    root,
    ...quiet,
    mode: 'bench',
    build: { outDir: `${out}/app`, emptyOutDir: true },
  });
  const pages = `${root}/tests/bench/pages`;
  const page = (name, base, outDir, inputs) =>
    build({
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
        rollupOptions: { input: Object.fromEntries(inputs.map((i) => [i, `${pages}/${i}.html`])) },
      },
    });
  await page('floor', '/floor/', `${out}/floor`, ['floor']);
  await page('pages', '/bench/', `${out}/pages`, ['control', 'seed']);
}
