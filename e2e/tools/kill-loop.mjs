// The kill loop's figures (issue #22), from a run anyone can repeat:
//   cd e2e && node tools/kill-loop.mjs [cycles=200] [seed]
// serves ../dist (build it first: bash scripts/build) on a free port, runs the loop of
// support/kill-loop.mjs and prints the counts: how often the database came back empty or
// older, how often the copy brought it back, edits lost within 5 ms of a kill, and any
// profile stored before a cycle that was missing after it (must be none).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';
import { killLoop } from '../support/kill-loop.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cycles = Number(process.argv[2] || 200);
const seed = Number(process.argv[3] || Date.now() % 1_000_000);
const server = await startServer(path.join(here, '../../dist'));
console.log(`kill loop: ${cycles} cycles, seed ${seed}, on ${server.url}`);
try {
  const counts = await killLoop({ cycles, seed, url: server.url, log: (line) => console.log(line) });
  console.log(JSON.stringify(counts, null, 2));
  process.exitCode = counts.missing.length ? 1 : 0;
} finally {
  await server.close();
}
