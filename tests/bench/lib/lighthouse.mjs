// Budget 6: Lighthouse (its default mobile preset: a slow 4G network and a 4× slower CPU,
// simulated) on a first visit to a URL, in its own fresh Chromium profile.
//
// Lighthouse is installed on demand, pinned, into node_modules/.cache/ (git-ignored, kept between
// runs) rather than as a devDependency: it is ~100 packages that every `npm ci` in CI would
// fetch, for a figure only the bench reads. It runs as an async child process: the page is
// served from this Node process, which a synchronous child would block.
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { promisify } from 'node:util';

export const LIGHTHOUSE_VERSION = '12.8.2';

async function install(root) {
  const dir = `${root}/node_modules/.cache/pivotboard-bench/lighthouse-${LIGHTHOUSE_VERSION}`;
  const cli = `${dir}/node_modules/lighthouse/cli/index.js`;
  if (!existsSync(cli)) {
    await mkdir(dir, { recursive: true });
    await promisify(execFile)(
      'npm',
      [
        'install',
        '--prefix',
        dir,
        '--no-save',
        '--no-package-lock',
        '--no-audit',
        '--no-fund',
        '--ignore-scripts',
        `lighthouse@${LIGHTHOUSE_VERSION}`,
      ],
      { cwd: dir, maxBuffer: 16 * 1024 * 1024 },
    );
  }
  return cli;
}

function run(cli, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.stdout.resume();
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code}: ${err.slice(-2000)}`)),
    );
  });
}

/**
 * One Lighthouse run of `url`: its performance score, largest contentful paint and total blocking
 * time (ms), and the first contentful paint and speed index for context.
 */
export async function lighthouse(root, url, { chromiumPath, chromiumArgs, out }) {
  const cli = await install(root);
  await rm(out, { force: true });
  const flags = ['--headless=new', ...chromiumArgs].join(' ');
  await run(
    cli,
    [
      url,
      '--only-categories=performance',
      '--output=json',
      `--output-path=${out}`,
      `--chrome-flags=${flags}`,
      '--quiet',
    ],
    { ...process.env, CHROME_PATH: chromiumPath },
  );
  const report = JSON.parse(await readFile(out, 'utf8'));
  const audit = (id) => report.audits[id]?.numericValue ?? NaN;
  return {
    score: report.categories.performance.score,
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    fcp: audit('first-contentful-paint'),
    speedIndex: audit('speed-index'),
    lcpElement:
      report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node
        ?.snippet ?? null,
  };
}
