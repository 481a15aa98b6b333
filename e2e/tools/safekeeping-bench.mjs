// What the copy kept outside IndexedDB costs (issue #22), from a run anyone can repeat:
//   cd e2e && node tools/safekeeping-bench.mjs [runs=5]
// serves ../dist (build it first: bash scripts/build), stores a full person the way the
// app stores one — 300 downloaded pictograms, 20 own photos, a year of schedule (365
// activities), 3 assessments — and lets the app write its copy, `runs` times on a fresh
// browser profile each. Prints the copy's size and the time the app took to read every
// store and write the copy (the `ms` it records), median and range.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { startServer } from '../serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const runs = Number(process.argv[2] || 5);

/** A data URL of `bytes` bytes of a PNG/JPEG-looking payload (the copy does not decode it). */
function dataUrl(type, bytes) {
  const payload = randomBytes(bytes);
  if (type === 'image/png') payload.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  else payload.set([0xff, 0xd8, 0xff, 0xe0]);
  return `data:${type};base64,${payload.toString('base64')}`;
}

function person() {
  const id = 'p-bench';
  const records = { profiles: [], media: [], pictos: [], schedule: [], quality: [] };
  records.profiles.push([id, { schema: 1, id, name: 'Laia', created_ms: 1, language: 'ca' }]);
  const board = [];
  for (let n = 1; n <= 300; n += 1) {
    // A downloaded ARASAAC pictogram: a 500 px PNG of 6–14 KB.
    const media = `arasaac-${1000 + n}`;
    records.media.push([media, { schema: 1, id: media, kind: 'arasaac', data_url: dataUrl('image/png', 6000 + (n % 9) * 1000), names: { ca: `paraula ${n}` }, created_ms: n }]);
    board.push(`arasaac:${1000 + n}`);
  }
  for (let n = 1; n <= 20; n += 1) {
    // An own photo: the 512 px JPEG the app keeps, 35–60 KB.
    const media = `m-photo-${n}`;
    records.media.push([media, { schema: 1, id: media, kind: 'photo', data_url: dataUrl('image/jpeg', 35000 + n * 1200), names: { ca: `foto ${n}` }, created_ms: n }]);
    board.push(`photo:${media}`);
  }
  records.pictos.push([id, { schema: 1, recent: board.slice(0, 20), favourites: board.slice(0, 12), board, voices: {} }]);
  const activities = [];
  for (let day = 0; day < 365; day += 1) {
    activities.push({ id: `a-${day}`, name: `Activitat ${day}`, picto: board[day % board.length], date: `2027-${String(1 + Math.floor(day / 31) % 12).padStart(2, '0')}-${String(1 + (day % 28)).padStart(2, '0')}`, start: '10:00', minutes: 45, steps: [] });
  }
  records.schedule.push([id, { schema: 1, activities, routines: [], done: {} }]);
  for (let n = 1; n <= 3; n += 1) {
    const answers = {};
    for (let item = 1; item <= 69; item += 1) answers[`item-${item}`] = { value: 1 + (item % 4), note: item % 5 ? '' : 'Ho fa amb ajuda.' };
    records.quality.push([n === 1 ? id : `${id}:${n}`, { schema: 1, id: `as-${n}`, informants: [{ role: 'person', answers }, { role: 'family', answers }], plan: [] }]);
  }
  return records;
}

const server = await startServer(path.join(here, '../../dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });
const results = [];
try {
  const records = person();
  for (let run = 0; run < runs; run += 1) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/facilitator.html#/facilitator`);
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    // Stored as the app stores records (JSON text), with a generation newer than any copy.
    await page.evaluate((stores) => new Promise((resolve, reject) => {
      const open = indexedDB.open('pictokit');
      open.onsuccess = () => {
        const db = open.result;
        const transaction = db.transaction([...Object.keys(stores), 'device'], 'readwrite');
        for (const [name, pairs] of Object.entries(stores)) {
          for (const [key, value] of pairs) transaction.objectStore(name).put(JSON.stringify(value), key);
        }
        transaction.objectStore('device').put(JSON.stringify({ generation: 1000, at: Date.now() }), 'generation');
        transaction.oncomplete = () => { db.close(); resolve(); };
        transaction.onabort = () => reject(transaction.error);
      };
    }), records);
    // Opening again: the app finds its newest copy older than the database and copies.
    await page.reload();
    await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
    let copy = null;
    for (let wait = 0; !copy && wait < 600; wait += 1) {
      copy = await page.evaluate(async () => {
        const cache = await caches.open('pictokit-safekeeping');
        const response = await cache.match('/pictokit-safekeeping/copies');
        const copies = response ? await response.json() : [];
        return copies.find((c) => c.generation === 1000) || null;
      });
      if (!copy) await page.waitForTimeout(100);
    }
    if (!copy) throw new Error('the app wrote no copy within a minute');
    results.push(copy);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
const times = results.map((r) => r.ms).sort((a, b) => a - b);
const bytes = results[0].bytes;
console.log(`copy of a full person (300 pictograms, 20 photos, 365 activities, 3 assessments):`);
console.log(`  size: ${(bytes / 1024 / 1024).toFixed(2)} MB (${bytes} bytes of JSON text in Cache Storage; 3 copies kept)`);
console.log(`  read every store and write the copy: median ${times[Math.floor(times.length / 2)]} ms, range ${times[0]}–${times[times.length - 1]} ms over ${runs} runs`);
