// Vitest global setup for the sync tests: the real relay (`node src/server/relay.js`, i.e.
// @y/websocket-server with its LevelDB storage) on 127.0.0.1, a free port, its storage in a
// temporary folder; stopped by its PID at the end.
import type { TestProject } from 'vitest/node';
import { startRelayProcess } from './relayProcess.mjs';

import type {} from '../sync/provided';

export default async function setup(project: TestProject) {
  const relay = await startRelayProcess();
  project.provide('relayUrl', relay.url);
  project.provide('relayDataDir', relay.dataDir);
  return () => relay.stop();
}
