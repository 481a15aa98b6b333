// Reading a file cannot hold the tab's memory (issue #22): every hostile file of the
// corpora (e2e/fixtures/hostile/ at "Open a profile file", e2e/fixtures/obf/hostile/ at
// "Open a board file"), and big ones made here in a temporary folder (a zip of 50,000
// entries, a 60 MB JSON, a board of 280,000 buttons, a questionnaire file of a million
// numbers), is read in a Web Worker that
// is ended after it; the page's own WebAssembly memory (it never shrinks) is measured
// before and after each file and must stay within 20 % of where it was before the first.
// The figures are printed and attached to the test.
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { test, expect } from '../support/fixtures.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const HOSTILE = path.join(here, '../fixtures/hostile');
const OBF_HOSTILE = path.join(here, '../fixtures/obf/hostile');
const MB = 1024 * 1024;

/** Runs in the page before the app: keeps the page's WebAssembly memory (trunk's loader
 * hands its exports over in "TrunkApplicationStarted") and counts the workers started and
 * ended, and how long the last one lived. */
function watch() {
  window.__readers = { started: 0, ended: 0, since: 0, ms: 0 };
  addEventListener('TrunkApplicationStarted', (event) => {
    window.__wasmMemory = event.detail.wasm.memory;
  });
  const Original = window.Worker;
  window.Worker = class extends Original {
    constructor(...args) {
      super(...args);
      window.__readers.started += 1;
      window.__readers.since = performance.now();
    }
  };
  const terminate = Original.prototype.terminate;
  Original.prototype.terminate = function counted() {
    window.__readers.ended += 1;
    window.__readers.ms = Math.round(performance.now() - window.__readers.since);
    return terminate.call(this);
  };
}

/** The messages of the transfer and quality parts in English, by id (single-line ones). */
async function messages() {
  const text = ['files/locales', 'questionnaire/locales/quality']
    .map((part) => readFileSync(path.join(here, `../../components/${part}/en.ftl`), 'utf8'))
    .join('\n');
  return Object.fromEntries(
    text.split('\n').map((line) => line.match(/^([a-z0-9-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
}

/** The page's WebAssembly memory, in bytes. */
function wasmBytes(page) {
  return page.evaluate(() => window.__wasmMemory.buffer.byteLength);
}

/** The page's JavaScript heap after a garbage collection, in bytes (for the figures). */
async function jsHeapBytes(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

const mb = (bytes) => (bytes / MB).toFixed(1);

/** The three big files, made in `dir`. */
async function bigFiles(dir) {
  // A zip of 50,000 (empty) entries: its directory alone is megabytes to parse.
  const entries = {};
  for (let i = 0; i < 50_000; i += 1) entries[`e/${String(i).padStart(5, '0')}.txt`] = new Uint8Array(0);
  const zip = path.join(dir, 'fifty-thousand-entries.zip');
  await writeFile(zip, zipSync(entries, { level: 0 }));
  // A 60 MB JSON: one long string in a board-looking object.
  const json = path.join(dir, 'sixty-megabytes.json');
  const head = '{"format":"open-board-0.1","id":"x","buttons":[],"name":"';
  await writeFile(json, Buffer.concat([Buffer.from(head), Buffer.alloc(60 * MB, 'a'), Buffer.from('"}')]));
  // A board of 280,000 buttons, under the 8 MB a board may have: read whole and parsed.
  const buttons = Array.from({ length: 280_000 }, (_, i) => `{"id":${i}}`).join(',');
  const board = path.join(dir, 'many-buttons.obf');
  await writeFile(board, `{"format":"open-board-0.1","id":"big","buttons":[${buttons}],"grid":{"rows":1,"columns":1,"order":[[0]]}}`);
  // A questionnaire file just under its 2 MB: a million numbers, all parsed before the
  // loader finds it is no questionnaire.
  const numbers = Array.from({ length: 1_000_000 }, () => '0').join(',');
  const instrument = path.join(dir, 'million-numbers.json');
  await writeFile(instrument, `{"format":"pictokit-instrument","x":[${numbers}]}`);
  return { zip, json, board, instrument };
}

test('no file read holds the page\'s memory: it stays within 20 % after every hostile file', async ({ app, page }, testInfo) => {
  test.setTimeout(300_000);
  const en = await messages();
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-memory-'));
  try {
    const big = await bigFiles(dir);
    expect((await readFile(big.board)).length).toBeLessThan(8 * MB);
    const profiles = Object.entries(JSON.parse(await readFile(path.join(HOSTILE, 'index.json'), 'utf8')))
      .map(([name, id]) => ({ file: path.join(HOSTILE, name), name, id }));
    profiles.push({ file: big.zip, name: 'fifty-thousand-entries.zip (made here)', id: 'bundle-error-too-large' });
    profiles.push({ file: big.json, name: 'sixty-megabytes.json (made here)', id: 'bundle-error-not-zip' });
    const boards = Object.entries(JSON.parse(await readFile(path.join(OBF_HOSTILE, 'index.json'), 'utf8')))
      .filter(([, { expect: id }]) => id !== 'ok')
      .map(([name, { expect: id }]) => ({ file: path.join(OBF_HOSTILE, name), name, id }));
    boards.push({ file: big.zip, name: 'fifty-thousand-entries.zip (made here)', id: 'obf-error-too-many' });
    boards.push({ file: big.json, name: 'sixty-megabytes.json (made here)', id: 'obf-error-too-big' });
    boards.push({ file: big.board, name: 'many-buttons.obf, 280,000 buttons (made here)', id: 'obf-error-too-many' });
    const questionnaires = [
      { file: big.instrument, name: 'million-numbers.json (made here)', id: 'ql-import-refused' },
      { file: big.json, name: 'sixty-megabytes.json (made here)', id: 'ql-import-refused' },
    ];

    await page.addInitScript(watch);
    const cdp = await page.context().newCDPSession(page);
    await app.createProfile({ name: 'Aina' });
    const rows = [];

    /** Opens each file at `control` and checks the memory after it against `baseline`. */
    const openAll = async (where, control, files) => {
      await page.waitForTimeout(300);
      const baseline = await wasmBytes(page);
      for (const { file, name, id } of files) {
        const before = await wasmBytes(page);
        const { ended } = await page.evaluate(() => window.__readers);
        await control.setInputFiles(file);
        await expect.poll(() => page.evaluate(() => window.__readers.ended), name).toBe(ended + 1);
        await expect(page.getByRole('alert').filter({ hasText: en[id] }), name).toBeVisible();
        const { ms } = await page.evaluate(() => window.__readers);
        const after = await wasmBytes(page);
        const heap = await jsHeapBytes(cdp);
        rows.push({ where, name, before, after, heap, ms });
        expect(after, `${name}: ${mb(before)} → ${mb(after)} MB (baseline ${mb(baseline)} MB)`).toBeLessThanOrEqual(baseline * 1.2);
      }
      const { started, ended } = await page.evaluate(() => window.__readers);
      expect(ended, 'every worker was ended').toBe(started);
    };

    await openAll('profile', page.getByLabel('Open a profile file'), profiles);
    await app.openBoard('Aina');
    await openAll('board', page.getByLabel('Open a board file (.obf, .obz)'), boards);
    await app.backToProfiles();
    await page.getByRole('button', { name: 'Quality of life of Aina' }).click();
    await expect(page.getByRole('heading', { name: 'Quality of life: Aina', level: 1 })).toBeVisible();
    await openAll('quality', page.getByLabel('Import a questionnaire file'), questionnaires);

    const lines = rows.map(({ where, name, before, after, heap, ms }) =>
      `${where.padEnd(7)} ${name.padEnd(48)} wasm ${mb(before).padStart(5)} → ${mb(after).padStart(5)} MB   js heap after GC ${mb(heap).padStart(5)} MB   worker lived ${String(ms).padStart(4)} ms`);
    const report = ['page memory before → after each file', ...lines].join('\n');
    console.log(report);
    await testInfo.attach('memory.txt', { body: report, contentType: 'text/plain' });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
