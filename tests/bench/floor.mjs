// Prints the library floor's first-load JavaScript (gzip bytes) as JSON, building the floor page
// into the folder given (tests/e2e/firstLoad.spec.ts runs it: Node cannot import .mjs from there).
//
//   node tests/bench/floor.mjs <out dir>
import { floorBytes } from './lib/build.mjs';

const root = new URL('../..', import.meta.url).pathname.replace(/\/$/, '');
const out = process.argv[2];
if (!out) throw new Error('Usage: node tests/bench/floor.mjs <out dir>');
console.log(JSON.stringify({ bytes: await floorBytes(root, out) }));
