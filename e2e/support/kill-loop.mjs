// The kill loop of issue #22: edit → SIGKILL of the whole browser 0–5 ms later (a dead
// battery, a crashed tablet) → reopen, over and over, on one browser profile on disk.
//
// Each cycle opens the facilitator's screens in Debian's Chromium (a real process with a
// --user-data-dir, driven over the DevTools protocol), and checks that every profile seen
// stored in an earlier cycle is there: either never lost, or lost with the database
// (Chromium deletes an IndexedDB it finds damaged) and brought back by the copy Pictokit
// keeps outside it, after the facilitator was told. Then it makes a profile and waits until
// it is stored and in that copy (from then on it must never be lost), makes another and
// kills the browser's process group 0–5 ms after the tap on Save. A profile saved that
// close to the kill may be gone on reopening: that is counted (`lostEdits`), not a failure.
//
// Used by specs/kill.spec.js (a bounded run in the test command) and by
// tools/kill-loop.mjs (200 cycles for the figures). The seed is printed; the same seed
// gives the same delays.
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import { safekeeping } from './safekeeping.mjs';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--remote-debugging-port=0',
];

/** A small seeded generator (mulberry32): the same seed, the same delays. */
function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Starts Chromium on a profile directory; resolves to { browser, kill } once connected. */
async function launch(dir) {
  const child = spawn('/usr/bin/chromium', [...ARGS, `--user-data-dir=${dir}`, 'about:blank'], {
    detached: true,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const endpoint = await new Promise((resolve, reject) => {
    let text = '';
    const timer = setTimeout(() => reject(new Error(`Chromium did not start: ${text.slice(-400)}`)), 30_000);
    child.stderr.on('data', (chunk) => {
      text += chunk;
      const found = text.match(/DevTools listening on (ws:\/\/\S+)/);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]);
      }
    });
    child.once('exit', () => reject(new Error(`Chromium exited: ${text.slice(-400)}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const kill = async () => {
    try {
      process.kill(-child.pid, 'SIGKILL');
    } catch (_) {
      /* already gone */
    }
    await exited;
  };
  return { browser, kill, stderr: child.stderr };
}

async function listed(page) {
  return page.locator('.pk-profile-list').getByRole('heading', { level: 2 }).allTextContents();
}

async function loaded(page) {
  await page.locator('.pk-facilitator').first().waitFor({ timeout: 30_000 });
  await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor({ timeout: 30_000 });
}

/** Whether the newest copy kept outside IndexedDB holds everything stored now. */
async function caughtUp(page) {
  const { generation, copies } = await safekeeping(page);
  return generation === 0 || (copies.length > 0 && copies[0].generation === generation);
}

/** Makes a profile through the editor and waits for the list. */
async function save(page, url, name) {
  await page.goto(`${url}/facilitator.html#/facilitator/new`);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name, level: 2, exact: true }).waitFor();
}

/** Whether a profile of that name is in the database. */
function stored(page, name) {
  return page.evaluate((wanted) => new Promise((resolve) => {
    const request = indexedDB.open('pictokit');
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const db = request.result;
      const all = db.transaction('profiles').objectStore('profiles').getAll();
      all.onsuccess = () => {
        db.close();
        resolve(all.result.some((text) => JSON.parse(text).name === wanted));
      };
    };
  }), name);
}

/**
 * Runs the loop. `url` is the served build's origin. Resolves to the counts:
 * { cycles, seed, wipes, restored, lostEdits, missing: [{ cycle, name }], msPerCycle }.
 */
export async function killLoop({ cycles, seed, url, log = () => {} }) {
  const next = random(seed);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'pictokit-kill-'));
  const counts = { cycles, seed, wipes: 0, restored: 0, lostEdits: 0, survived: 0, missing: [], msPerCycle: 0 };
  const kept = [];
  let lastEdit = null;
  const started = Date.now();
  try {
    for (let cycle = 0; cycle <= cycles; cycle += 1) {
      const { browser, kill } = await launch(dir);
      try {
        const context = browser.contexts()[0];
        const page = context.pages()[0] || (await context.newPage());
        await page.goto(`${url}/facilitator.html#/facilitator`);
        await loaded(page);
        const notice = page.getByRole('region', { name: 'What was saved on this device went back' });
        if (await notice.isVisible()) {
          counts.wipes += 1;
          const bring = notice.getByRole('button', { name: /^Bring back what was here on / });
          if (await bring.count()) {
            await bring.click();
            await notice.waitFor({ state: 'detached', timeout: 30_000 });
            counts.restored += 1;
          }
          log(`cycle ${cycle}: the database came back older or empty; told, ${counts.restored} brought back`);
        }
        let names = await listed(page);
        if (kept.length && names.length === 0) {
          // The list may still be drawing after a restore.
          await page.waitForTimeout(500);
          names = await listed(page);
        }
        for (const name of kept) {
          if (!names.includes(name)) counts.missing.push({ cycle, name });
        }
        if (lastEdit) {
          if (names.includes(lastEdit)) {
            kept.push(lastEdit);
            counts.survived += 1;
          } else counts.lostEdits += 1;
        }
        if (cycle === cycles) break;

        // An edit that is stored before the next one: from now on it must never be lost.
        await save(page, url, `A${cycle}`);
        for (let wait = 0; !(await stored(page, `A${cycle}`)) && wait < 100; wait += 1) await page.waitForTimeout(50);
        for (let wait = 0; !(await caughtUp(page)) && wait < 100; wait += 1) await page.waitForTimeout(100);
        kept.push(`A${cycle}`);

        // The edit the kill follows 0–5 ms after the tap.
        lastEdit = `K${cycle}`;
        await page.goto(`${url}/facilitator.html#/facilitator/new`);
        await page.getByRole('textbox', { name: 'Name' }).fill(lastEdit);
        const delay = next() * 5;
        await page.getByRole('button', { name: 'Save' }).evaluate((button) => button.click());
        await new Promise((resolve) => setTimeout(resolve, delay));
      } finally {
        await kill();
        await browser.close().catch(() => {});
      }
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  counts.msPerCycle = Math.round((Date.now() - started) / (cycles + 1));
  counts.kept = kept.length;
  return counts;
}
