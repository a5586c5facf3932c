// Starts `node src/server/relay.js` as its own process (the way `npm run relay` does) and stops it
// by its PID. Used by the sync tests' global setup, the restart test and the sync bench.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Under Vitest's jsdom environment import.meta.url is not a file URL: the repository is the cwd.
const ROOT = existsSync(join(process.cwd(), 'src/server/relay.js'))
  ? process.cwd()
  : fileURLToPath(new URL('../..', import.meta.url));

export function tempDataDir(prefix = 'pivotboard-relay-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * @param {{ port?: number, dataDir?: string, dist?: string }} options
 */
export function startRelayProcess({ port = 0, dataDir = tempDataDir(), dist } = {}) {
  const child = spawn(process.execPath, ['src/server/relay.js'], {
    cwd: ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      ...(dist ? { DIST: dist } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => fail(new Error(`The relay did not start:\n${output}`)), 20_000);
    function fail(error) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(error);
    }
    child.once('exit', (code) => fail(new Error(`The relay exited (${code}):\n${output}`)));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const url = /ready at (http:\/\/\S+)/.exec(output)?.[1];
      if (!url) return;
      clearTimeout(timer);
      child.removeAllListeners('exit');
      resolve({
        url,
        port: Number(new URL(url).port),
        pid: child.pid,
        dataDir,
        stop: (signal = 'SIGTERM') =>
          new Promise((done) => {
            if (child.exitCode !== null) return done(undefined);
            child.once('exit', () => done(undefined));
            process.kill(child.pid, signal);
          }),
      });
    });
  });
}
