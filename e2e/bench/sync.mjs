// Benchmark of team sync (issue #24, "Figures"): not a test, a run anyone repeats with
// `scripts/bench-sync` (or `node e2e/bench/sync.mjs [--quick] [--only 1,2,3] [--no-write]`
// after a build in ../dist). It prints a table and writes it, with the machine it ran on,
// into docs/sync/BENCH.md.
//
//   1. A new device receives a full person: 300 ARASAAC pictograms, 20 own photos (JPEG
//      made by a canvas, about 150 KB each), a year of schedule (365 activities), 3
//      assessments. The person is made through the facilitator's screens, the bulk written
//      into the laptop's IndexedDB as the app stores records (JSON text), the page reloaded,
//      the person shared through the Team section with a setup code of scripts/couch-team.
//      A second browser context joins with the code and the four digits; measured from the
//      facilitator's "Yes, the same: add it" to the new device holding every record
//      (IndexedDB polled), split into admission (the keys unwrapped and the team saved on
//      the new device) and transfer.
//   2. Five devices (the two of 1 and three more joined the same way), all offline; each
//      makes 200 edits by IndexedDB writes (its own shopping list grows item by item, and it
//      renames activities of the shared schedule, then one activity every device renames),
//      then all go online at once: measured until every device holds the same records,
//      and the edits that are missing anywhere are counted.
//   3. Scale, node only: one pouchdb-server in memory with 1,000 team databases and 3,000
//      device users (CouchDB's HTTP API, as scripts/couch-team and the facilitator's device
//      make them), its memory (RSS from /proc), then a round of changes: every device of N
//      teams sends one sealed-size document and receives its teammates' with PouchDB's
//      own replication (node, memory adapter), and the same round for devices that hold a
//      live longpoll changes feed.
//
// --quick: 60 pictograms, 4 photos, 60 days, 40 edits per device, 100 teams (a round over
// 50), meant for under two minutes (3.9 minutes measured on two cores under a load
// average of 16 from other work). The full run's replication round covers 200 of the 1,000 teams
// (the node driver shares the machine's cores with the server); the live round all 3,000
// devices. Each part reports what it saw even when a target is missed; nothing here fails
// the way a test does (the exit code is 0 unless the bench itself broke).
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { chromium } from 'playwright-core';
import { expect } from '@playwright/test';
import { startServer } from '../serve.mjs';
import { startCouch } from '../tools/couch-server.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { Pictokit } from '../support/pictokit.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const args = process.argv.slice(2);
const QUICK = args.includes('--quick');
const WRITE = !args.includes('--no-write');
const onlyAt = args.indexOf('--only');
const TRACE = process.env.PICTOKIT_TRACE || '';
const ONLY = onlyAt >= 0 ? new Set(args[onlyAt + 1].split(',').map(Number)) : new Set([1, 2, 3]);
const SIZE = QUICK
  ? { arasaac: 60, photos: 4, days: 60, assessments: 3, edits: 40, devices: 5, teams: 100, roundTeams: 50 }
  : { arasaac: 300, photos: 20, days: 365, assessments: 3, edits: 200, devices: 5, teams: 1000, roundTeams: 200 };
const BOARD_MAX = 240; // domain::picto::MAX_BOARD: the rest of the pictograms are used elsewhere
const PHOTO_BYTES = 150_000;
// PouchDB's checkpoint lookup (404), a refusal (401), and any request while offline.
const NOISE = /Failed to load resource: (the server responded with a status of 40[14]|net::ERR_INTERNET_DISCONNECTED)/;
const run = promisify(execFile);
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const now = () => performance.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const log = (...what) => console.error('[bench-sync]', ...what);

// ---- The machine -----------------------------------------------------------------------

function machine() {
  const cpuinfo = fs.readFileSync('/proc/cpuinfo', 'utf8');
  const model = (/^model name\s*:\s*(.*)$/m.exec(cpuinfo) || [])[1] || os.cpus()[0]?.model || 'unknown';
  const meminfo = fs.readFileSync('/proc/meminfo', 'utf8');
  const kb = (name) => Number((new RegExp(`^${name}:\\s*(\\d+)`, 'm').exec(meminfo) || [])[1] || 0);
  let commit = 'unknown';
  try {
    commit = execFileSyncText('git', ['-C', root, 'rev-parse', '--short', 'HEAD']);
    if (execFileSyncText('git', ['-C', root, 'status', '--porcelain', '--untracked-files=no'])) commit += ' (with uncommitted changes)';
  } catch {
    // Not a checkout: said as unknown.
  }
  return {
    cpu: model,
    cores: os.cpus().length,
    ram: `${(kb('MemTotal') / 1024 / 1024).toFixed(1)} GB (${(kb('MemAvailable') / 1024 / 1024).toFixed(1)} GB available at the start)`,
    load: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' '),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit,
    node: process.version,
  };
}

function execFileSyncText(cmd, argv) {
  return String(execFileSync(cmd, argv, { stdio: ['ignore', 'pipe', 'ignore'] })).trim();
}

/** Resident memory of a process, in bytes (VmRSS of /proc/<pid>/status). */
function rss(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/^VmRSS:\s*(\d+)\s*kB/m.exec(status)[1]) * 1024;
}

// ---- The server and a team -------------------------------------------------------------

async function createTeam(couch) {
  const { stdout } = await run(process.execPath, [path.join(root, 'scripts/couch-team'), 'create', '--server', couch.url, '--json'], {
    env: { ...process.env, PICTOKIT_COUCH_ADMIN: couch.admin },
    timeout: 30_000,
  });
  return JSON.parse(stdout);
}

// ---- Devices: browser contexts ---------------------------------------------------------

async function device(browser, baseURL, label) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 }, locale: 'en-GB', timezoneId: 'Europe/Madrid' });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`${label}: page error: ${error.message}`));
  page.on('console', (message) => {
    if (TRACE && message.text().startsWith('[trace]')) fs.appendFileSync(TRACE, `${label} ${message.text()}\n`);
    if (message.type() === 'error' && !NOISE.test(message.text())) problems.push(`${label}: ${message.text().slice(0, 300)}`);
  });
  return { label, context, page, app: new Pictokit(page), problems };
}

async function teamSection(page) {
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  const section = page.getByRole('region', { name: 'Team' });
  await expect(section).toBeVisible();
  return section;
}

/** In the page: the app's records of a person, as { "store\nkey": text } (media: ids only
 * unless `media`), and whether the team layer has saved a team here. Never creates a
 * database that is not there yet (the layer creates 'pictokit-team' with its stores). */
function readRecords(page, person, { media = false } = {}) {
  return page.evaluate(async ({ person, media }) => {
    const open = (name) => new Promise((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const done = (request) => new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const names = (await indexedDB.databases()).map((d) => d.name);
    let teams = 0;
    if (names.includes('pictokit-team')) {
      const db = await open('pictokit-team');
      if (db.objectStoreNames.contains('teams')) teams = await done(db.transaction('teams').objectStore('teams').count());
      db.close();
    }
    const out = {};
    if (names.includes('pictokit')) {
      const db = await open('pictokit');
      const stores = ['profiles', 'pictos', 'shopping', 'schedule', 'quality', 'workshop', 'media'].filter((s) => db.objectStoreNames.contains(s));
      const tx = db.transaction(stores);
      for (const store of stores) {
        const s = tx.objectStore(store);
        if (store === 'media') {
          for (const key of await done(s.getAllKeys())) out[`media\n${key}`] = media ? await done(s.get(key)) : true;
        } else if (store === 'workshop') {
          for (const key of await done(s.getAllKeys())) {
            if (typeof key === 'string' && key.endsWith(`:${person}`)) out[`workshop\n${key}`] = await done(s.get(key));
          }
        } else {
          const text = await done(s.get(person));
          if (text !== undefined) out[`${store}\n${person}`] = text;
        }
      }
      db.close();
    }
    return { teams, records: out };
  }, { person, media });
}

/** Where two versions of a record differ, in a few words (top-level fields; list lengths). */
function difference(a, b) {
  let x;
  let y;
  try {
    x = JSON.parse(a);
    y = JSON.parse(b);
  } catch {
    return `${a === undefined ? 'absent' : 'text'} / ${b === undefined ? 'absent' : 'text'}`;
  }
  if (!x || !y || typeof x !== 'object' || typeof y !== 'object') return `${JSON.stringify(x).slice(0, 80)} / ${JSON.stringify(y).slice(0, 80)}`;
  const fields = [...new Set([...Object.keys(x), ...Object.keys(y)])].filter((k) => JSON.stringify(x[k]) !== JSON.stringify(y[k]));
  const size = (v) => (Array.isArray(v) ? `${v.length} long` : v === undefined ? 'absent' : JSON.stringify(v).slice(0, 60));
  return fields.map((k) => `${k}: ${size(x[k])} / ${size(y[k])}`).join('; ');
}

/** A record in a form two devices can compare: keys sorted, this device's own voice out. */
function canonical(store, text) {
  if (typeof text !== 'string') return text;
  let value;
  try {
    value = JSON.parse(text);
  } catch {
    return text;
  }
  if (store === 'profiles' && value) {
    if (value.speech) delete value.speech.voice;
    if (value.settings && value.settings.speech) delete value.settings.speech.voice;
  }
  const sort = (v) => (Array.isArray(v) ? v.map(sort) : v && typeof v === 'object'
    ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort(v[k])])) : v);
  return JSON.stringify(sort(value));
}

// ---- The person -----------------------------------------------------------------------

/** Own photos: JPEG data URLs of about PHOTO_BYTES bytes made by a canvas (noise over
 * shapes, the quality searched until the size fits), in the page. */
function makePhotos(page, count) {
  return page.evaluate(async ({ count, target }) => {
    const canvas = document.createElement('canvas');
    canvas.width = 512;
    canvas.height = 512;
    const g = canvas.getContext('2d');
    const photos = [];
    for (let n = 0; n < count; n += 1) {
      g.fillStyle = `hsl(${(n * 47) % 360} 60% 60%)`;
      g.fillRect(0, 0, 512, 512);
      for (let s = 0; s < 40; s += 1) {
        g.fillStyle = `hsl(${(n * 13 + s * 29) % 360} 70% ${30 + (s % 5) * 10}%)`;
        g.beginPath();
        g.arc((s * 97 + n * 31) % 512, (s * 61 + n * 17) % 512, 20 + (s % 7) * 12, 0, Math.PI * 2);
        g.fill();
      }
      const image = g.getImageData(0, 0, 512, 512);
      for (let i = 0; i < image.data.length; i += 4) {
        const noise = (Math.random() - 0.5) * 60;
        image.data[i] += noise;
        image.data[i + 1] += noise;
        image.data[i + 2] += noise;
      }
      g.putImageData(image, 0, 0);
      let low = 0.3;
      let high = 0.98;
      let best = canvas.toDataURL('image/jpeg', 0.8);
      for (let step = 0; step < 7; step += 1) {
        const q = (low + high) / 2;
        const url = canvas.toDataURL('image/jpeg', q);
        best = url;
        if (url.length * 0.75 > target) high = q;
        else low = q;
      }
      photos.push(best);
    }
    return photos;
  }, { count, target: PHOTO_BYTES });
}

/** A downloaded ARASAAC picture: a 500 px PNG of 6–14 KB (random bytes behind a PNG
 * signature, as the safekeeping bench does; nothing decodes it on the way). */
function arasaacPng(n) {
  const payload = randomBytes(6000 + (n % 9) * 1000);
  payload.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return `data:image/png;base64,${payload.toString('base64')}`;
}

const pad = (n) => String(n).padStart(2, '0');

/** The person's records beside the profile the screens made: { store: [[key, value]] }. */
function personRecords(person, photos, template) {
  const created = Date.now();
  const media = [];
  const refs = [];
  for (let n = 1; n <= SIZE.arasaac; n += 1) {
    const id = 2000 + n;
    media.push([`arasaac-${id}`, { schema: 1, id: `arasaac-${id}`, kind: 'arasaac', data_url: arasaacPng(n), names: { en: `word ${n}`, ca: `paraula ${n}` }, attribution: 'Sergio Palao / ARASAAC (CC BY-NC-SA 4.0)', created_ms: created }]);
    refs.push(`arasaac:${id}`);
  }
  photos.forEach((data, i) => {
    const id = `m-photo-${i + 1}`;
    media.push([id, { schema: 1, id, kind: 'photo', data_url: data, names: { en: `My photo ${i + 1}` }, created_ms: created }]);
    refs.unshift(`photo:${id}`);
  });
  const board = refs.slice(0, BOARD_MAX);
  const rest = refs.slice(BOARD_MAX);
  const pictos = { schema: 1, recent: board.slice(0, 20), favourites: board.slice(0, 12), board, voices: {} };
  // A year of schedule, one activity a day, in the stored shape of an activity the
  // screens made (template), each day's picture one of the person's pictograms.
  const schedule = JSON.parse(JSON.stringify(template.schedule));
  const model = schedule.entries[0];
  schedule.entries = [];
  const start = new Date(Date.UTC(2027, 0, 1));
  for (let day = 0; day < SIZE.days; day += 1) {
    const entry = JSON.parse(JSON.stringify(model));
    const date = new Date(start.getTime() + day * 86_400_000);
    entry.activity.id = `a-bench-${day}`;
    entry.activity.names = { en: `Activity ${day + 1}` };
    entry.activity.picto = rest.length ? rest[day % rest.length] : refs[day % refs.length];
    entry.activity.start = `${pad(8 + (day % 10))}:00:00`;
    entry.activity.minutes = 45;
    entry.repeat = { type: 'once', date: `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` };
    if ('position' in entry) entry.position = day;
    schedule.entries.push(entry);
  }
  const shopping = {
    schema: 1,
    catalogue: [],
    lists: [{ id: 'l-week', name: 'Week', budget: 3000, created_ms: created, items: refs.slice(0, 12).map((picto, i) => ({ id: `w-${i}`, name: `Product ${i + 1}`, picto, price: 80 + i * 15, quantity: 1, state: 'to-buy' })) }],
    money_photos: {},
    strategy: 'exact',
    view: 'one-by-one',
    wallet: { n10: 1, c50: 3 },
  };
  const items = ['ew', 'ir', 'mw', 'pd', 'pw', 'sd', 'si', 'ri'].flatMap((d) => [1, 2, 3, 4, 5].map((i) => `${d}-${i}`));
  const assessments = [];
  for (let a = 1; a <= SIZE.assessments; a += 1) {
    const team = [
      { id: 'i-1', name: 'Laia', role: 'person' },
      { id: 'i-2', name: 'Her mother', role: 'family' },
      { id: 'i-3', name: 'The centre\'s psychologist', role: 'professional' },
    ];
    const responses = {};
    for (const informant of team) {
      responses[informant.id] = {
        answers: Object.fromEntries(items.map((item, i) => [item, i % 11 === 0 ? 'dont-know' : 1 + ((i + a) % 4)])),
        important: ['self-determination', 'social-inclusion'],
        position: items.length,
        finished: true,
        updated: `2027-0${a}-15`,
      };
    }
    assessments.push({
      id: `as-${a}`,
      instrument_id: 'pictokit-qol',
      instrument_version: '1.0.0',
      created: `2027-0${a}-01`,
      team,
      responses,
      plan: { goals: [{ id: 'g-1', words: 'Go to the market on her own', domain: 'self-determination', picto: refs[0], supports: 'A list with pictures', who_helps: 'Her mother', review: `2027-0${a + 3}-01`, schedule_entries: [] }], agreed_by: ['i-1', 'i-2'], agreed_on: `2027-0${a}-20` },
    });
  }
  return {
    media,
    pictos: [[person, pictos]],
    schedule: [[person, schedule]],
    shopping: [[person, shopping]],
    quality: [[person, { schema: 1, assessments }]],
  };
}

/** Writes records into the page's 'pictokit' database as the app stores them. */
function putRecords(page, stores) {
  return page.evaluate((stores) => new Promise((resolve, reject) => {
    const open = indexedDB.open('pictokit');
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(Object.keys(stores), 'readwrite');
      for (const [name, pairs] of Object.entries(stores)) {
        for (const [key, value] of pairs) tx.objectStore(name).put(JSON.stringify(value), key);
      }
      tx.oncomplete = () => { db.close(); resolve(); };
      tx.onabort = () => reject(tx.error);
    };
    open.onerror = () => reject(open.error);
  }), stores);
}

/** The facilitator adds `dev` to the person's team: the code shown, typed on the new
 * device, the four digits compared. Returns the moment "Yes, the same" was pressed. */
async function addDevice(laptopSection, dev, name) {
  await laptopSection.getByRole('button', { name: 'Add a device' }).click();
  await laptopSection.getByRole('textbox', { name: "This device's name" }).fill(name);
  await laptopSection.getByRole('button', { name: 'Show the code' }).click();
  const code = await laptopSection.getByRole('textbox', { name: 'The code as text' }).inputValue();
  await dev.app.goto('#/facilitator');
  const section = await teamSection(dev.page);
  await section.getByRole('button', { name: 'Join a team' }).click();
  await section.getByRole('textbox', { name: 'Code from the other device' }).fill(code);
  await section.getByRole('textbox', { name: "This device's name" }).fill(name);
  await section.getByRole('button', { name: 'Join', exact: true }).click();
  const digits = section.locator('.pk-team__digits');
  await expect(digits).toHaveText(/^\s*\d{4}\s*$/, { timeout: 20_000 });
  const shown = (await digits.textContent()).trim();
  await expect(laptopSection.locator('.pk-team__digits')).toHaveText(shown, { timeout: 20_000 });
  const confirmed = now();
  await laptopSection.getByRole('button', { name: 'Yes, the same: add it' }).click();
  return { confirmed, section };
}

// ---- Part 1 ---------------------------------------------------------------------------

async function partOne(env) {
  const { browser, server, couch } = env;
  const laptop = await device(browser, server.url, 'laptop');
  env.devices = [laptop];
  await laptop.app.createProfile({ name: 'Laia', language: 'English' });
  // One activity through the screens: the stored shape the year of schedule copies.
  await laptop.app.addActivity('Laia', 'bus', 'Bus to the centre');
  await laptop.app.goto('#/facilitator');
  const person = await laptop.page.evaluate(() => new Promise((resolve) => {
    const open = indexedDB.open('pictokit');
    open.onsuccess = () => {
      const r = open.result.transaction('profiles').objectStore('profiles').getAllKeys();
      r.onsuccess = () => { open.result.close(); resolve(r.result[0]); };
    };
  }));
  env.person = person;
  const made = await readRecords(laptop.page, person);
  const template = { schedule: JSON.parse(made.records[`schedule\n${person}`]) };
  log(`person ${person}; making ${SIZE.photos} photos and ${SIZE.arasaac} pictograms`);
  const photos = await makePhotos(laptop.page, SIZE.photos);
  const stores = personRecords(person, photos, template);
  await putRecords(laptop.page, stores);
  await laptop.page.reload();
  await laptop.app.loaded();

  const onLaptop = await readRecords(laptop.page, person, { media: true });
  const expected = Object.keys(onLaptop.records);
  const bytes = Object.values(onLaptop.records).reduce((sum, text) => sum + (typeof text === 'string' ? text.length : 0), 0);
  const photoBytes = photos.reduce((sum, p) => sum + Math.round((p.length - p.indexOf(',') - 1) * 0.75), 0);

  // Shared with the team: the first upload of the whole person, from the laptop.
  const team = await createTeam(couch);
  env.team = team;
  const section = await teamSection(laptop.page);
  env.laptopSection = section;
  await section.getByRole('button', { name: 'Share a person with their team' }).click();
  await section.getByRole('radio', { name: 'Laia' }).check();
  await section.getByRole('textbox', { name: 'Team setup code' }).fill(team.code);
  await section.getByRole('textbox', { name: "This device's name" }).fill("The centre's laptop");
  const shareStart = now();
  await section.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible({ timeout: 180_000 });
  const upload = now() - shareStart;
  const close = section.getByRole('button', { name: 'Close' });
  if (await close.isVisible()) await close.click();

  // The new device.
  const tablet = await device(browser, server.url, 'tablet');
  env.devices.push(tablet);
  const { confirmed, section: tabletSection } = await addDevice(section, tablet, "Laia's tablet");
  let admitted = null;
  let complete = null;
  let said = null;
  const joinedText = tabletSection.getByText("Joined. Laia's things arrived on this device.");
  const limit = confirmed + 120_000;
  while (now() < limit) {
    const seen = await readRecords(tablet.page, person);
    const t = now();
    if (admitted === null && seen.teams > 0) admitted = t;
    if (said === null && (await joinedText.isVisible())) said = t;
    if (expected.every((key) => key in seen.records)) {
      complete = t;
      if (admitted === null) admitted = t;
      break;
    }
    await sleep(100);
  }
  if (said === null) {
    await joinedText.waitFor({ timeout: 30_000 }).catch(() => {});
    if (await joinedText.isVisible()) said = now();
  }
  // Every record equal, read whole on both (not timed).
  const [onTablet, laptopNow] = await Promise.all([readRecords(tablet.page, person, { media: true }), readRecords(laptop.page, person, { media: true })]);
  const differ = [...new Set([...expected, ...Object.keys(laptopNow.records)])].filter((key) => {
    const store = key.split('\n')[0];
    return canonical(store, laptopNow.records[key]) !== canonical(store, onTablet.records[key]);
  });
  // What changed on the laptop itself since the records were written (the app's own writes).
  const changedOnLaptop = [...new Set([...expected, ...Object.keys(laptopNow.records)])]
    .filter((key) => canonical(key.split('\n')[0], onLaptop.records[key]) !== canonical(key.split('\n')[0], laptopNow.records[key]))
    .map((key) => `${key.replace('\n', '/')} (${difference(onLaptop.records[key], laptopNow.records[key])})`);
  await expect(section.getByText('The device was added.')).toBeVisible({ timeout: 30_000 });
  await section.getByRole('button', { name: 'Close' }).click();
  const dump = await fetch(`${couch.url}/${team.db}`, { headers: { authorization: `Basic ${Buffer.from(couch.admin).toString('base64')}` } }).then((r) => r.json());
  return {
    person,
    records: expected.length,
    bytes,
    photoBytes,
    upload,
    admission: admitted === null ? null : admitted - confirmed,
    transfer: complete === null || admitted === null ? null : complete - admitted,
    total: complete === null ? null : complete - confirmed,
    said: said === null ? null : said - confirmed,
    missing: complete === null ? expected.filter((key) => !(key in onTablet.records)).length : 0,
    differ: differ.map((k) => `${k.replace('\n', '/')} (laptop / new device: ${difference(laptopNow.records[k], onTablet.records[k])})`),
    changedOnLaptop,
    serverDocs: dump.doc_count,
    serverBytes: dump.data_size || dump.sizes?.external || null,
  };
}

// ---- Part 2 ---------------------------------------------------------------------------

/** In the page: `edits` edits of the person's records, each its own read-modify-write
 * transaction as the app makes one: every `renameEvery`-th renames an activity of the
 * shared schedule (`renames`, this device's share of them), the others add an item to
 * this device's own shopping list; the last renames the activity every device renames. */
function makeEdits(page, { person, tag, edits, renames, clash }) {
  return page.evaluate(async ({ person, tag, edits, renames, clash }) => {
    const db = await new Promise((resolve, reject) => {
      const r = indexedDB.open('pictokit');
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    const edit = (store, change) => new Promise((resolve, reject) => {
      const tx = db.transaction(store, 'readwrite');
      const s = tx.objectStore(store);
      const get = s.get(person);
      get.onsuccess = () => {
        const value = JSON.parse(get.result);
        change(value);
        s.put(JSON.stringify(value), person);
      };
      tx.oncomplete = resolve;
      tx.onabort = () => reject(tx.error);
    });
    const items = [];
    const renamed = [];
    const every = Math.max(1, Math.floor((edits - 1) / Math.max(1, renames.length)));
    let r = 0;
    for (let n = 0; n < edits - 1; n += 1) {
      if (n % every === every - 1 && r < renames.length) {
        const id = renames[r];
        const name = `${id} renamed by ${tag}`;
        r += 1;
        await edit('schedule', (s) => {
          const entry = s.entries.find((e) => e.activity.id === id);
          entry.activity.names = { ...entry.activity.names, en: name };
        });
        renamed.push([id, name]);
      } else {
        const id = `${tag}-i${n}`;
        await edit('shopping', (s) => {
          let list = s.lists.find((l) => l.id === `l-${tag}`);
          if (!list) {
            list = { id: `l-${tag}`, name: `List of ${tag}`, budget: null, created_ms: Date.now(), items: [] };
            s.lists.push(list);
          }
          list.items.push({ id, name: `Item ${n} of ${tag}`, picto: 'om:1F34E', price: 100 + n, quantity: 1, state: 'to-buy' });
        });
        items.push(id);
      }
      // The app's edits come one by one: the layer looks every 1.5 s meanwhile.
      if (n % 20 === 19) await new Promise((resolve) => setTimeout(resolve, 150));
    }
    const clashName = `${clash} renamed by ${tag} (every device renames it)`;
    await edit('schedule', (s) => {
      const entry = s.entries.find((e) => e.activity.id === clash);
      entry.activity.names = { ...entry.activity.names, en: clashName };
    });
    db.close();
    return { items, renamed, clashName };
  }, { person, tag, edits, renames, clash });
}

async function partTwo(env) {
  const { browser, server, person } = env;
  const section = env.laptopSection;
  const joins = [];
  while (env.devices.length < SIZE.devices) {
    const n = env.devices.length + 1;
    const dev = await device(browser, server.url, `device ${n}`);
    env.devices.push(dev);
    const t0 = now();
    const { section: s } = await addDevice(section, dev, `Device ${n}`);
    await expect(s.getByText("Joined. Laia's things arrived on this device.")).toBeVisible({ timeout: 120_000 });
    await expect(section.getByText('The device was added.')).toBeVisible({ timeout: 30_000 });
    await section.getByRole('button', { name: 'Close' }).click();
    joins.push(now() - t0);
  }
  // Every device holds the person before the edits.
  const before = await readRecords(env.devices[0].page, person);
  const schedule = JSON.parse(before.records[`schedule\n${person}`]);
  const ids = schedule.entries.map((e) => e.activity.id).filter((id) => id.startsWith('a-bench-'));
  const clash = ids[ids.length - 1];
  const perDevice = Math.floor(SIZE.edits / 5);
  for (const dev of env.devices) {
    const until = now() + 120_000;
    while (now() < until) {
      const seen = await readRecords(dev.page, person);
      if (canonical('schedule', seen.records[`schedule\n${person}`]) === canonical('schedule', before.records[`schedule\n${person}`])) break;
      await sleep(250);
    }
  }

  for (const dev of env.devices) await dev.context.setOffline(true);
  await sleep(500);
  const editStart = now();
  const made = await Promise.all(env.devices.map((dev, d) => makeEdits(dev.page, {
    person,
    tag: `d${d + 1}`,
    edits: SIZE.edits,
    renames: ids.slice(d * perDevice, (d + 1) * perDevice).slice(0, Math.max(1, Math.floor(SIZE.edits / 5) - 1)),
    clash,
  })));
  const editing = now() - editStart;
  // Two looks of the layer (1.5 s each) while still offline: the changes wait sealed.
  await sleep(3_500);
  const online = now();
  await Promise.all(env.devices.map((dev) => dev.context.setOffline(false)));
  const keys = [`profiles\n${person}`, `pictos\n${person}`, `shopping\n${person}`, `schedule\n${person}`, `quality\n${person}`];
  let equalAt = null;
  let last = null;
  const limit = online + (QUICK ? 60_000 : 120_000);
  const formsOf = (all) => all.map((seen) => keys.map((k) => canonical(k.split('\n')[0], seen.records[k])).join('\n')
    + `\nmedia ${Object.keys(seen.records).filter((k) => k.startsWith('media\n')).length}`);
  while (now() < limit) {
    const all = await Promise.all(env.devices.map((dev) => readRecords(dev.page, person)));
    const t = now();
    last = all;
    const forms = formsOf(all);
    if (forms.every((f) => f === forms[0])) {
      // Equal: still equal a moment later (a later round would change them all again)?
      await sleep(3_000);
      const again = formsOf(await Promise.all(env.devices.map((dev) => readRecords(dev.page, person))));
      if (again.every((f) => f === forms[0])) {
        equalAt = t;
        break;
      }
    }
    // Once a second: reading five devices' records (the schedule and the history are the
    // big ones) and comparing them takes the same two cores the devices merge on.
    await sleep(1_000);
  }
  // What is missing anywhere.
  let lostItems = 0;
  let lostRenames = 0;
  const lostBy = {};
  const shopping = last.map((seen) => JSON.parse(seen.records[`shopping\n${person}`]));
  const schedules = last.map((seen) => JSON.parse(seen.records[`schedule\n${person}`]));
  for (const [d, m] of made.entries()) {
    for (const id of m.items) {
      const lost = shopping.some((s) => !s.lists.some((l) => l.items.some((i) => i.id === id)));
      lostItems += lost ? 1 : 0;
      if (lost) lostBy[env.devices[d].label] = (lostBy[env.devices[d].label] || 0) + 1;
    }
    for (const [id, name] of m.renamed) {
      lostRenames += schedules.filter((s) => {
        const entry = s.entries.find((e) => e.activity.id === id);
        return !entry || entry.activity.names.en !== name;
      }).length > 0 ? 1 : 0;
    }
  }
  const clashNames = schedules.map((s) => s.entries.find((e) => e.activity.id === clash)?.activity.names.en);
  const clashOk = clashNames.every((n) => n === clashNames[0]) && made.some((m) => m.clashName === clashNames[0]);
  const entriesCount = schedules.map((s) => s.entries.length);
  const itemsCount = shopping.map((s) => s.lists.reduce((sum, l) => sum + l.items.length, 0));
  const equalDevices = (() => {
    const forms = formsOf(last);
    return forms.filter((f) => f === forms[0]).length;
  })();
  // Whether the team's database still changes at the end (devices still merging).
  const seq = async () => {
    const info = await fetch(`${env.couch.url}/${env.team.db}`, { headers: { authorization: `Basic ${Buffer.from(env.couch.admin).toString('base64')}` } }).then((r) => r.json());
    return Number(String(info.update_seq).split('-')[0]);
  };
  const seqAtEnd = await seq();
  await sleep(10_000);
  const stillWriting = (await seq()) - seqAtEnd;
  // Where a device differs from the first at the end, and what its layer says.
  const apart = [];
  for (const [d, seen] of last.entries()) {
    const differs = keys.filter((k) => canonical(k.split('\n')[0], seen.records[k]) !== canonical(k.split('\n')[0], last[0].records[k]));
    if (!differs.length) continue;
    const status = await env.devices[d].page.evaluate(async () => {
      const sync = await import(new URL('team-sync.js', document.baseURI).href);
      return sync.teams();
    }).catch((error) => String(error));
    apart.push(`${env.devices[d].label}: ${differs.map((k) => `${k.split('\n')[0]} (${difference(last[0].records[k], seen.records[k])})`).join('; ')}; its layer: ${JSON.stringify(status)}`);
  }
  return {
    joins,
    devices: env.devices.length,
    edits: SIZE.edits,
    itemsPerDevice: made[0].items.length,
    renamesPerDevice: made[0].renamed.length,
    editing,
    converge: equalAt === null ? null : equalAt - online,
    lostItems,
    lostBy,
    lostRenames,
    expectedItems: made.reduce((s, m) => s + m.items.length, 0),
    expectedRenames: made.reduce((s, m) => s + m.renamed.length, 0),
    clashOk,
    clashNames: [...new Set(clashNames)],
    entriesCount,
    itemsCount,
    equalDevices,
    apart,
    stillWriting,
  };
}

// ---- Part 3 ---------------------------------------------------------------------------

/** Runs `tasks` (functions returning promises) with at most `width` at once. */
async function pool(tasks, width) {
  const results = new Array(tasks.length);
  let next = 0;
  await Promise.all(Array.from({ length: Math.min(width, tasks.length) }, async () => {
    while (next < tasks.length) {
      const i = next;
      next += 1;
      results[i] = await tasks[i]();
    }
  }));
  return results;
}

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

async function partThree() {
  const require = createRequire(path.join(here, '../package.json'));
  const PouchDB = createRequire(path.join(root, 'package.json'))('pouchdb');
  PouchDB.plugin(require('pouchdb-adapter-memory'));
  const couch = await startCouch({ port: 0 });
  try {
    const auth = (credentials) => `Basic ${Buffer.from(credentials).toString('base64')}`;
    const admin = auth(couch.admin);
    const call = async (method, p, body, as = admin) => {
      const response = await fetch(`${couch.url}${p}`, {
        method,
        headers: { authorization: as, 'content-type': 'application/json', accept: 'application/json' },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok) throw new Error(`${method} ${p}: ${response.status} ${text.slice(0, 200)}`);
      return JSON.parse(text);
    };
    const idle = rss(couch.pid);
    const teams = [];
    const t0 = now();
    await pool(Array.from({ length: SIZE.teams }, (_, t) => async () => {
      const db = `pk-team-${randomBytes(8).toString('hex')}`;
      await call('PUT', `/${db}`);
      const devices = [];
      for (let d = 0; d < 3; d += 1) {
        const name = `pk-dev-${randomBytes(8).toString('hex')}`;
        const password = randomBytes(24).toString('hex');
        await call('PUT', `/_users/org.couchdb.user:${name}`, { _id: `org.couchdb.user:${name}`, name, type: 'user', roles: [], password });
        devices.push({ name, password });
      }
      await call('PUT', `/${db}/_security`, { admins: { names: [], roles: [] }, members: { names: devices.map((d) => d.name), roles: [] } });
      teams[t] = { db, devices };
    }), 16);
    const setup = now() - t0;
    const afterSetup = rss(couch.pid);
    log(`part 3: ${SIZE.teams} teams, ${SIZE.teams * 3} users in ${secs(setup)}; RSS ${mb(afterSetup)}`);

    // A sealed document of the size of a typical record (a schedule change, ~2 KB of
    // ciphertext in base64), as transfer::team writes it.
    const sealed = (id) => ({ _id: id, v: 1, k: 'k-bench', n: randomBytes(12).toString('base64'), c: randomBytes(1500).toString('base64') });
    const round = SIZE.roundTeams;
    const locals = [];
    for (let t = 0; t < round; t += 1) {
      for (let d = 0; d < 3; d += 1) {
        const { name, password } = teams[t].devices[d];
        locals.push({
          team: t,
          local: new PouchDB(`bench-${t}-${d}`, { adapter: 'memory' }),
          remote: new PouchDB(`${couch.url}/${teams[t].db}`, { auth: { username: name, password }, skip_setup: true }),
        });
      }
    }
    const replicateRound = async (label, write) => {
      const started = now();
      const latencies = [];
      // Each device writes one document and pushes it; then each pulls its teammates'.
      await pool(locals.map((dev) => async () => {
        if (write) await dev.local.put(sealed(`r-${randomBytes(32).toString('hex')}`));
        const s = now();
        await dev.local.replicate.to(dev.remote);
        latencies.push(now() - s);
      }), 48);
      const pushed = now();
      await pool(locals.map((dev) => async () => {
        const s = now();
        await dev.local.replicate.from(dev.remote);
        latencies.push(now() - s);
      }), 48);
      const done = now();
      log(`part 3: ${label}: push ${secs(pushed - started)}, pull ${secs(done - pushed)}`);
      return { push: pushed - started, pull: done - pushed, total: done - started, p50: percentile(latencies, 50), p95: percentile(latencies, 95), rss: rss(couch.pid) };
    };
    // The first round also writes each device's replication checkpoints.
    const first = await replicateRound('first round', true);
    const second = await replicateRound('second round', true);
    // Every device of the round now holds its teammates' documents.
    const counts = await Promise.all(locals.slice(0, 30).map((dev) => dev.local.info().then((i) => i.doc_count)));

    // Live devices: each holds a longpoll changes feed, as PouchDB's live pull does; a
    // document written in every team wakes its three devices.
    const liveTeams = teams.length;
    const seqs = await pool(teams.map((team) => () => call('GET', `/${team.db}`).then((i) => i.update_seq)), 32);
    const openAt = now();
    const woken = [];
    const controllers = [];
    const feeds = [];
    for (let t = 0; t < liveTeams; t += 1) {
      for (let d = 0; d < 3; d += 1) {
        const { name, password } = teams[t].devices[d];
        const controller = new AbortController();
        controllers.push(controller);
        feeds.push(fetch(`${couch.url}/${teams[t].db}/_changes?feed=longpoll&since=${encodeURIComponent(seqs[t])}&timeout=120000`, {
          headers: { authorization: auth(`${name}:${password}`), accept: 'application/json', 'accept-encoding': 'identity' },
          signal: controller.signal,
        }).then((r) => r.json()).then((body) => { woken.push(now()); return body.results.length; }).catch(() => 0));
      }
    }
    // Until the server answers its root at once again: every feed is registered.
    let settled = null;
    for (const until = now() + 120_000; now() < until;) {
      const s = now();
      await fetch(`${couch.url}/`).then((r) => r.text());
      if (now() - s < 50) {
        settled = now() - openAt;
        break;
      }
      await sleep(200);
    }
    await sleep(1_000);
    const holding = rss(couch.pid);
    const wrote = now();
    await pool(teams.map((team, t) => () => call('PUT', `/${team.db}/${sealed(`r-live-${t}`)._id}`, sealed(`r-live-${t}`))), 32);
    const writing = now() - wrote;
    const got = await Promise.race([Promise.all(feeds), sleep(120_000).then(() => null)]);
    for (const c of controllers) c.abort();
    const live = {
      feeds: feeds.length,
      settled,
      rss: holding,
      writing,
      all: woken.length ? Math.max(...woken) - wrote : null,
      p50: woken.length ? percentile(woken.map((w) => w - wrote), 50) : null,
      woken: got ? got.filter((n) => n > 0).length : woken.length,
      teams: liveTeams,
    };
    for (const dev of locals) await dev.local.destroy().catch(() => {});
    const peak = /^VmHWM:\s*(\d+)/m.exec(fs.readFileSync(`/proc/${couch.pid}/status`, 'utf8'));
    return { teams: SIZE.teams, users: SIZE.teams * 3, round, setup, idle, afterSetup, first, second, counts, live, peak: peak ? Number(peak[1]) * 1024 : null };
  } finally {
    await couch.stop();
  }
}

// ---- The table --------------------------------------------------------------------------

function report(m, one, two, three) {
  const L = [];
  const ok = (value, target) => (value === null ? 'not reached' : value <= target ? 'yes' : 'no');
  L.push(`Run ${m.date}, commit ${m.commit}${QUICK ? ', **--quick** (a smaller person and fewer edits and teams)' : ''}.`);
  L.push(`Machine: ${m.cpu}, ${m.cores} cores, ${m.ram} RAM, load ${m.load} at the start; Node ${m.node}; ${m.browser}; pouchdb-server 4.2.0 in memory on loopback, the app's release build served by e2e/serve.mjs with /couch/ passed on.`);
  L.push('');
  if (one) {
    L.push(`### 1. A new device receives a full person`);
    L.push('');
    L.push(`${one.records} records: the profile, ${SIZE.arasaac} ARASAAC pictograms, ${SIZE.photos} photos (${mb(one.photoBytes)} of JPEG), ${SIZE.days} days of schedule, ${SIZE.assessments} assessments, a shopping list; ${mb(one.bytes)} of JSON text in IndexedDB; ${one.serverDocs} sealed documents on the server.`);
    L.push('');
    L.push('| What | Time | Target |');
    L.push('|---|---:|---|');
    L.push(`| The laptop shares the person (first upload, "Share" → "Up to date") | ${secs(one.upload)} | – |`);
    L.push(`| Admission: "Yes, the same: add it" → keys unwrapped, team saved on the new device | ${one.admission === null ? '–' : secs(one.admission)} | – |`);
    L.push(`| Transfer: admitted → every record in the new device's IndexedDB | ${one.transfer === null ? '–' : secs(one.transfer)} | – |`);
    L.push(`| **Total: digits confirmed → the new device holds every record** | **${one.total === null ? 'not reached in 120 s' : secs(one.total)}** | ≤ 10 s: ${ok(one.total, 10_000)} |`);
    L.push(`| The new device says "Joined. Laia's things arrived" | ${one.said === null ? '–' : secs(one.said)} | – |`);
    L.push(`| Records missing / different on the new device | ${one.missing} / ${one.differ.length}${one.differ.length ? ` (${one.differ.slice(0, 5).join(', ').replace(/\|/g, '\\|')})` : ''} | 0 / 0 |`);
    if (one.changedOnLaptop.length) L.push(`| Changed on the laptop by the app itself after the bulk was written | ${one.changedOnLaptop.slice(0, 5).join(', ').replace(/\|/g, '\\|')} | – |`);
    L.push('');
  }
  if (two) {
    L.push(`### 2. ${two.devices} devices × ${two.edits} offline edits, reconnect`);
    L.push('');
    L.push(`Each device, offline: ${two.itemsPerDevice} items added to its own shopping list, ${two.renamesPerDevice} activities of the shared schedule renamed (each device its own), and 1 activity every device renames (one value must win everywhere) — ${two.edits} IndexedDB transactions each, made in ${secs(two.editing)} on all devices at once; then all online together.`);
    L.push('');
    L.push('| What | Figure | Target |');
    L.push('|---|---:|---|');
    L.push(`| Joining devices 3–${two.devices} (code → "Joined", each) | ${two.joins.map(secs).join(', ')} | – |`);
    L.push(`| **Online → every device holds the same records** (first seen equal, still equal 3 s later) | **${two.converge === null ? 'not reached' : secs(two.converge)}** | ≤ 30 s: ${ok(two.converge, 30_000)} |`);
    L.push(`| Devices equal to the first at the end | ${two.equalDevices} of ${two.devices}${two.apart.length ? ` (${two.apart.join(' / ').replace(/\|/g, '\\|').slice(0, 600)})` : ''} | all |`);
    L.push(`| Writes to the team's database in the 10 s after the end (still merging?) | ${two.stillWriting} | 0 |`);
    L.push(`| **Items lost** (added on one device, missing on any) | **${two.lostItems} of ${two.expectedItems}**${two.lostItems ? ` (${Object.entries(two.lostBy).map(([k, v]) => `${k}: ${v}`).join(', ')})` : ''} | 0 |`);
    L.push(`| **Renames lost** (one device's rename of its own activity, missing on any) | **${two.lostRenames} of ${two.expectedRenames}** | 0 |`);
    L.push(`| The activity every device renamed: one value everywhere | ${two.clashOk ? 'yes' : `no (${two.clashNames.length} values)`} | yes |`);
    L.push(`| Activities / shopping items per device at the end | ${[...new Set(two.entriesCount)].join(', ')} / ${[...new Set(two.itemsCount)].join(', ')} | ${SIZE.days} / ${12 + two.expectedItems} |`);
    L.push('');
  }
  if (three) {
    L.push(`### 3. Scale: one pouchdb-server, ${three.teams} teams × 3 devices`);
    L.push('');
    L.push(`${three.teams} team databases, ${three.users} device users and each database's _security made through the HTTP API (16 at a time); a round over ${three.round} teams driven from node (PouchDB 9 replication, memory adapter, 48 replications at a time): each device writes one sealed document (~2 KB) and pushes, then every device pulls its teammates'.`);
    L.push('');
    L.push('| What | Figure |');
    L.push('|---|---:|');
    L.push(`| Server RSS, empty | ${mb(three.idle)} |`);
    L.push(`| Making ${three.teams} databases + ${three.users} users + _security | ${secs(three.setup)} |`);
    L.push(`| Server RSS with them | ${mb(three.afterSetup)} |`);
    L.push(`| First round (${three.round * 3} pushes, then ${three.round * 3} pulls; checkpoints written) | ${secs(three.first.total)} (push ${secs(three.first.push)}, pull ${secs(three.first.pull)}); one replication p50 ${three.first.p50.toFixed(0)} ms, p95 ${three.first.p95.toFixed(0)} ms |`);
    L.push(`| Second round | ${secs(three.second.total)} (push ${secs(three.second.push)}, pull ${secs(three.second.pull)}); p50 ${three.second.p50.toFixed(0)} ms, p95 ${three.second.p95.toFixed(0)} ms |`);
    L.push(`| Server RSS after the rounds | ${mb(three.second.rss)} |`);
    L.push(`| Live: ${three.live.feeds} longpoll feeds opened (one per device, Basic auth each) → the server answers at once again | ${three.live.settled === null ? 'not within 120 s' : secs(three.live.settled)} |`);
    L.push(`| Live: server RSS with the ${three.live.feeds} feeds held open | ${mb(three.live.rss)} |`);
    L.push(`| Live: one write in each of ${three.live.teams} teams (${secs(three.live.writing)} to write) → every feed woken | ${three.live.all === null ? 'not reached' : secs(three.live.all)} (p50 ${three.live.p50 === null ? '–' : `${three.live.p50.toFixed(0)} ms`}), ${three.live.woken} of ${three.live.feeds} woken |`);
    L.push(`| Server peak RSS (VmHWM) | ${three.peak ? mb(three.peak) : '–'} |`);
    L.push('');
  }
  return L.join('\n');
}

// ---- Main ----------------------------------------------------------------------------------

const m = machine();
const env = {};
let one = null;
let two = null;
let three = null;
let failure = null;
const dist = path.join(root, 'dist');
if (!fs.existsSync(path.join(dist, 'facilitator.html'))) throw new Error(`no build in ${dist}: run scripts/build first`);
if (ONLY.has(1) || ONLY.has(2)) {
  env.couch = await startCouch({ port: 0 });
  env.server = await startServer(dist, Number(process.env.PICTOKIT_BENCH_PORT || 0), { couch: env.couch.url });
  env.browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  m.browser = `Chromium ${env.browser.version()}`;
  env.couch.died.then((why) => log(why));
  try {
    log('part 1: a new device receives a full person');
    one = await partOne(env);
    log('part 1:', JSON.stringify(one));
    if (ONLY.has(2)) {
      log('part 2: 5 devices, offline edits');
      two = await partTwo(env);
      log('part 2:', JSON.stringify(two));
    }
  } catch (error) {
    failure = error;
    log('failed:', error.stack || error);
  } finally {
    const problems = (env.devices || []).flatMap((d) => d.problems);
    if (problems.length) log(`console errors (${problems.length}):\n  ${[...new Set(problems)].slice(0, 20).join('\n  ')}`);
    await env.browser.close();
    await env.server.close();
    await env.couch.stop();
  }
} else {
  m.browser = 'no browser (part 3 only)';
}
if (!failure && ONLY.has(3)) {
  log('part 3: scale');
  try {
    three = await partThree();
  } catch (error) {
    failure = error;
    log('part 3 failed:', error.stack || error);
  }
}
const table = report(m, one, two, three);
console.log(table);
if (WRITE && !failure) {
  const file = path.join(root, 'docs/sync/BENCH.md');
  const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
  const begin = QUICK ? '<!-- bench-sync --quick: begin -->' : '<!-- bench-sync: begin -->';
  const end = QUICK ? '<!-- bench-sync --quick: end -->' : '<!-- bench-sync: end -->';
  const block = `${begin}\n${table}\n${end}`;
  const at = text.indexOf(begin);
  const updated = at >= 0 && text.indexOf(end) > at
    ? text.slice(0, at) + block + text.slice(text.indexOf(end) + end.length)
    : `${text.trimEnd()}\n\n${block}\n`;
  fs.writeFileSync(file, updated);
  log(`wrote ${path.relative(process.cwd(), file)}`);
}
if (failure) process.exitCode = 1;
