// A hard kill right after a write never loses what was stored before it (issue #22):
// 40 cycles of edit → SIGKILL of the whole browser 0–5 ms later → reopen, each checking
// every profile stored in an earlier cycle (support/kill-loop.mjs). The seed is printed;
// PICTOKIT_KILL_SEED repeats a run, PICTOKIT_KILL_CYCLES changes its length. The figures
// over 200 cycles come from tools/kill-loop.mjs, not from here.
import { test, expect } from '@playwright/test';
import { killLoop } from '../support/kill-loop.mjs';

test('40 hard kills right after a write lose nothing stored before', async ({ baseURL }) => {
  const cycles = Number(process.env.PICTOKIT_KILL_CYCLES || 40);
  const seed = Number(process.env.PICTOKIT_KILL_SEED || Date.now() % 1_000_000);
  test.setTimeout(cycles * 15_000 + 60_000);
  console.log(`kill loop: ${cycles} cycles, seed ${seed} (PICTOKIT_KILL_SEED=${seed} repeats it)`);
  const counts = await killLoop({ cycles, seed, url: baseURL, log: (line) => console.log(line) });
  console.log(`kill loop: ${JSON.stringify(counts)}`);
  expect(counts.missing).toEqual([]);
  // Every time the database came back empty or older, the copy brought it back.
  expect(counts.restored).toBe(counts.wipes);
  // The loop really stored something in every cycle, and checked it in every later one.
  expect(counts.kept).toBeGreaterThanOrEqual(cycles);
});
