// Where the Timeline's first-load JavaScript comes from: builds the app with source maps into
// dist-bench/sources/, takes the same chunks as figure 1 of `npm run bench` (the entry, the
// Timeline screen and what they import), and shares each
// chunk's gzip size out among the sources its bytes map to. Prints KB per package or file.
//
//   node tests/bench/first-load-sources.mjs [how many lines, default 40]
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import sourceMap from 'source-map-js';

const ROOT = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const OUT = `${ROOT}/dist-bench/sources`;
const LINES = Number(process.argv[2] ?? 40);

await build({
  root: ROOT,
  logLevel: 'warn',
  build: { outDir: OUT, emptyOutDir: true, manifest: true, sourcemap: true },
});
const manifest = JSON.parse(await readFile(`${OUT}/.vite/manifest.json`, 'utf8'));
// As figure 1: the service worker's registration loads after the page's load event.
const entries = Object.keys(manifest).filter(
  (k) => k === 'index.html' || k.endsWith('src/features/timeline/TimelineScreen.tsx'),
);
const files = new Set();
const walk = (key) => {
  const chunk = manifest[key];
  if (!chunk || files.has(chunk.file)) return;
  files.add(chunk.file);
  (chunk.imports ?? []).forEach(walk);
};
entries.forEach(walk);

/** A package (node_modules/<name> or <@scope/name>) or a path under src/. */
const owner = (source) => {
  const pkg = source.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const src = source.match(/\/src\/(.*)$/);
  return src ? `src/${src[1]}` : source;
};

const shares = new Map();
const add = (key, kb) => shares.set(key, (shares.get(key) ?? 0) + kb);
let total = 0;
for (const file of [...files].filter((f) => f.endsWith('.js'))) {
  const code = await readFile(`${OUT}/${file}`, 'utf8');
  const gz = gzipSync(code).length / 1024;
  total += gz;
  let map;
  try {
    map = JSON.parse(await readFile(`${OUT}/${file}.map`, 'utf8'));
  } catch {
    add(`(no source map) ${file}`, gz);
    continue;
  }
  const lines = code.split('\n');
  const chars = new Map();
  let last = null;
  new sourceMap.SourceMapConsumer(map).eachMapping((m) => {
    if (last) {
      const end =
        m.generatedLine === last.generatedLine
          ? m.generatedColumn
          : lines[last.generatedLine - 1].length;
      const key = owner(last.source ?? '(unmapped)');
      chars.set(key, (chars.get(key) ?? 0) + end - last.generatedColumn);
    }
    last = m;
  });
  for (const [key, n] of chars) add(key, (n * gz) / code.length);
}

const ours = [...shares].filter(([k]) => k.startsWith('src/')).reduce((n, [, kb]) => n + kb, 0);
console.log(
  `First-load JS for the Timeline: ${total.toFixed(1)} KB gzip, of which src/ about ${ours.toFixed(1)} KB`,
);
for (const [key, kb] of [...shares].sort((a, b) => b[1] - a[1]).slice(0, LINES))
  console.log(`${kb.toFixed(1).padStart(7)} KB  ${key}`);
