// Builds for the benchmark, each into its own folder under dist-bench/ (git-ignored):
//   app/    the app as shipped (`vite build`): nothing in it knows it is measured
//   floor/  the library floor page, alone, so no chunk is shared with anything else
//   pages/  the peer board, the plain-list control and the page that writes the backup files
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
    build: { outDir: `${out}/app`, emptyOutDir: true, manifest: true },
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
  await page('pages', '/bench/', `${out}/pages`, ['peer', 'control', 'seed']);
}
