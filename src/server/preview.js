/**
 * `npm run preview`: serves the built app (`dist/`) as a real host would, with the headers of
 * headers.js and compression (static.js). No sync here: that is `npm run relay`.
 *
 *   HOST (127.0.0.1)   PORT (4173), or --port N   DIST (./dist)
 */
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createStaticHandler } from './static.js';

const args = process.argv.slice(2);
const flag = args.indexOf('--port');
const port = Number(flag >= 0 ? args[flag + 1] : (process.env.PORT ?? 4173));
const host = process.env.HOST || '127.0.0.1';
const root = resolve(process.env.DIST || 'dist');
if (!existsSync(join(root, 'index.html'))) {
  console.error(`No built app in ${root}: run npm run build first.`);
  process.exit(1);
}

const serve = createStaticHandler(root);
const server = createServer((req, res) => {
  serve(req, res).catch(() => {
    if (!res.headersSent) res.writeHead(500);
    res.end();
  });
});
server.listen(port, host, () => console.log(`Pivotboard preview at http://${host}:${port}`));
process.once('SIGTERM', () => server.close(() => process.exit(0)));
process.once('SIGINT', () => server.close(() => process.exit(0)));
