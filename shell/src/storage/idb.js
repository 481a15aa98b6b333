// Pictokit's IndexedDB access: one database, versioned object stores, JSON text values.
// The Rust side (storage/mod.rs) owns what goes in; this file only moves text in and
// out and names errors so the app can explain them in the person's language.

const DB_NAME = 'pictokit';
// Version of the database layout (object stores). Record versions live in each record.
const DB_VERSION = 6;
let dbPromise = null;
// The database's generation: raised by every committed batch, in the `device` store.
const GENERATION_KEY = 'generation';

function classify(error) {
  const name = (error && error.name) || '';
  if (name === 'QuotaExceededError') return 'quota';
  if (name === 'VersionError') return 'too-new';
  if (['SecurityError', 'InvalidStateError', 'UnknownError', 'NotAllowedError', 'NotFoundError'].includes(name)) {
    return 'blocked';
  }
  return 'generic';
}

function failure(error) {
  return { kind: classify(error), message: String((error && error.message) || error) };
}

function database() {
  if (dbPromise) return dbPromise;
  dbPromise = new Promise((resolve, reject) => {
    let request;
    try {
      if (!self.indexedDB) throw Object.assign(new Error('IndexedDB is not available'), { name: 'SecurityError' });
      request = self.indexedDB.open(DB_NAME, DB_VERSION);
    } catch (error) {
      reject(failure(error));
      return;
    }
    request.onupgradeneeded = (event) => {
      const db = request.result;
      // Each step creates what its version added; a new version adds a step below.
      if (event.oldVersion < 1) {
        db.createObjectStore('profiles');
        db.createObjectStore('trash');
        db.createObjectStore('device');
      }
      if (event.oldVersion < 2) {
        // Each profile's pictograms (recent, favourites, board, voices), and photos,
        // recordings and downloaded pictograms.
        db.createObjectStore('pictos');
        db.createObjectStore('media');
      }
      if (event.oldVersion < 3) {
        // Each profile's shopping lists, catalogue, wallet and way of paying.
        db.createObjectStore('shopping');
      }
      if (event.oldVersion < 4) {
        // Each profile's schedule: activities, routines, settings and progress.
        db.createObjectStore('schedule');
      }
      if (event.oldVersion < 5) {
        // Quality-of-life assessments by profile id, imported questionnaires
        // ("instrument:…") and answers brought from another device ("away:…").
        db.createObjectStore('quality');
      }
      if (event.oldVersion < 6) {
        // Co-design workshops: each profile's change history ("history:…"), sorting
        // mats and their sessions ("sorting:…") and choice boards ("choices:…").
        db.createObjectStore('workshop');
      }
    };
    request.onsuccess = () => {
      const db = request.result;
      // A newer Pictokit in another tab wants to upgrade: let it.
      db.onversionchange = () => db.close();
      try {
        const read = db.transaction('device', 'readonly').objectStore('device').get(GENERATION_KEY);
        read.onsuccess = () => {
          storedGeneration = generationOf(read.result);
          resolve(db);
        };
        read.onerror = () => resolve(db);
      } catch (_) {
        resolve(db);
      }
    };
    request.onerror = () => reject(failure(request.error));
  });
  dbPromise.catch(() => {
    dbPromise = null;
  });
  return dbPromise;
}

function run(storeName, mode, work) {
  return database().then(
    (db) =>
      new Promise((resolve, reject) => {
        let transaction;
        try {
          transaction = db.transaction(storeName, mode);
        } catch (error) {
          reject(failure(error));
          return;
        }
        let result;
        transaction.oncomplete = () => resolve(result);
        transaction.onabort = () => reject(failure(transaction.error));
        transaction.onerror = () => reject(failure(transaction.error));
        try {
          work(transaction.objectStore(storeName), (value) => {
            result = value;
          });
        } catch (error) {
          try {
            transaction.abort();
          } catch (_) {
            /* already finished */
          }
          reject(failure(error));
        }
      }),
  );
}

/** Opens (and if needed creates or upgrades) the database. */
export function open() {
  return database().then(() => undefined);
}

/** Every record of a store as [key, jsonText] pairs. */
export function getAll(storeName) {
  return run(storeName, 'readonly', (store, done) => {
    const keysRequest = store.getAllKeys();
    const valuesRequest = store.getAll();
    valuesRequest.onsuccess = () => {
      const keys = keysRequest.result;
      done(valuesRequest.result.map((value, index) => [String(keys[index]), value]));
    };
  });
}

// ---- Writes: one transaction per user action -------------------------------------------
//
// Every put and remove made in one turn of the event loop (one tap, one finished import)
// joins one batch, committed in one readwrite transaction with strict durability (its
// `complete` comes only once it is on disk): all of a user action's records or none.
// Each batch also raises the database's generation (`device/generation`), so a database
// that comes back older or empty after a crash is noticed (see "Safekeeping" below).

let pending = null;
let lastDone = Promise.resolve();
// The generation of the last batch stored (read when the database opens).
let storedGeneration = 0;

function queue(storeName, key, jsonText) {
  if (!pending) {
    const batch = { ops: [], stores: new Set(['device']) };
    batch.done = new Promise((resolve, reject) => {
      batch.resolve = resolve;
      batch.reject = reject;
    });
    pending = batch;
    lastDone = batch.done;
    // After every write of this turn has joined: the app's tasks all run in the microtask
    // that called this, so the batch commits in the next one.
    queueMicrotask(() => commit(batch));
  }
  pending.ops.push([storeName, key, jsonText]);
  pending.stores.add(storeName);
  return pending.done;
}

function commit(batch) {
  if (pending === batch) pending = null;
  database()
    .then((db) => {
      let transaction;
      try {
        transaction = db.transaction(Array.from(batch.stores), 'readwrite', { durability: 'strict' });
      } catch (error) {
        batch.reject(failure(error));
        return;
      }
      // Known since opening (see `database`); every batch goes through the `device`
      // store, so batches commit one after another and the count only rises.
      const generation = storedGeneration + 1;
      storedGeneration = generation;
      transaction.oncomplete = () => {
        batch.resolve();
        committed(generation);
      };
      transaction.onabort = () => {
        storedGeneration = generation - 1;
        batch.reject(failure(transaction.error));
      };
      try {
        for (const [storeName, key, jsonText] of batch.ops) {
          const store = transaction.objectStore(storeName);
          if (jsonText === null) store.delete(key);
          else store.put(jsonText, key);
        }
        transaction.objectStore('device').put(JSON.stringify({ generation, at: Date.now() }), GENERATION_KEY);
        // Everything is asked for: commit now rather than when the requests come back.
        if (transaction.commit) transaction.commit();
      } catch (error) {
        try {
          transaction.abort();
        } catch (_) {
          /* already finished */
        }
        batch.reject(failure(error));
      }
    })
    .catch((error) => batch.reject(error && error.kind ? error : failure(error)));
}

/** Writes one record; the text is stored as it is. Resolves when its batch is stored. */
export function put(storeName, key, jsonText) {
  return queue(storeName, key, jsonText);
}

/** Deletes one record. Resolves when its batch is stored. */
export function remove(storeName, key) {
  return queue(storeName, key, null);
}

/** Resolves when every write asked for so far is stored; rejects as its batch did. Waits
 * one task first, so the writes of the same action that the app has yet to hand over
 * (they run as microtasks after the caller) have joined their batch. */
export function saved() {
  return new Promise((resolve) => setTimeout(resolve, 0)).then(() => (pending ? pending.done : lastDone));
}

/** The page's one request to keep the data (see persist). */
let persisting = null;
/** How long persist() waits for the browser's answer before saying "not yet". */
const PERSIST_WAIT_MS = 1_000;

/** Asks the browser to keep the data even when space runs low; resolves to whether it will.
 * Firefox asks the person, and its promise stays pending until they answer (in a
 * WebDriver session, never): the state's load() awaits this, and a reload after records
 * arrived behind the screens' back (a device joining a team) hung there. So it asks once
 * per page and answers false after a second, until the browser says yes. */
export function persist() {
  if (!navigator.storage || !navigator.storage.persist) return Promise.resolve(false);
  persisting ||= navigator.storage.persisted().then((already) => already || navigator.storage.persist()).catch(() => false);
  return Promise.race([persisting, new Promise((resolve) => { setTimeout(() => resolve(false), PERSIST_WAIT_MS); })]);
}

/** Resolves once every write started before it is on disk, so another page can read
 * them. Never rejects. */
export function flush() {
  return saved().then(
    () => undefined,
    () => undefined,
  );
}

// ---- Safekeeping: noticing a reset, and a rolling copy outside IndexedDB -----------------
//
// A browser that finds its IndexedDB damaged after a crash deletes it and starts empty.
// Cache Storage is kept apart from IndexedDB (and works in every engine Pictokit runs
// on), so Pictokit keeps there:
//   - a marker: the generation of the last batch it saw stored, written after each commit;
//   - copies: every record of every store as of one generation, written once changes
//     have settled, the newest few kept.
// On opening, a database whose generation is below the marker's came back empty or
// older: the marker and the copies then stay as they are (nothing newer overwrites them)
// until the facilitator brings a copy back or chooses to go on without it.

const SAFE_CACHE = 'pictokit-safekeeping';
const MARKER_URL = '/pictokit-safekeeping/marker';
const INDEX_URL = '/pictokit-safekeeping/copies';
const COPY_PREFIX = '/pictokit-safekeeping/copy-';
const COPIES_KEPT = 3;
const SETTLE_MS = 1000;

let safety = { marker: null, reset: false, copies: [] };
let markerChain = Promise.resolve();
let copyTimer = null;
let copyChain = Promise.resolve();

function generationOf(text) {
  try {
    const value = typeof text === 'string' ? JSON.parse(text) : null;
    const generation = value && Number(value.generation);
    return Number.isSafeInteger(generation) && generation > 0 ? generation : 0;
  } catch (_) {
    return 0;
  }
}

function safeCache() {
  if (!self.caches) return Promise.reject(new Error('no Cache Storage'));
  return self.caches.open(SAFE_CACHE);
}

function readJson(cache, url) {
  return cache
    .match(url)
    .then((response) => (response ? response.json() : null))
    .catch(() => null);
}

function jsonResponse(text) {
  return new Response(text, { headers: { 'content-type': 'application/json' } });
}

function writeJson(cache, url, value) {
  return cache.put(url, jsonResponse(JSON.stringify(value)));
}

function validCopies(list) {
  return Array.isArray(list)
    ? list.filter((copy) => copy && Number.isSafeInteger(copy.generation) && Number.isFinite(copy.at))
    : [];
}

function committed(generation) {
  if (safety.reset) return;
  markerChain = markerChain
    .then(() => safeCache())
    .then((cache) => {
      if (safety.reset || (safety.marker && safety.marker.generation >= generation)) return undefined;
      safety.marker = { generation, at: Date.now() };
      return writeJson(cache, MARKER_URL, safety.marker);
    })
    .catch(() => undefined);
  scheduleCopy(SETTLE_MS);
}

function scheduleCopy(delay) {
  if (copyTimer) clearTimeout(copyTimer);
  copyTimer = setTimeout(() => {
    copyTimer = null;
    copyChain = copyChain.then(writeCopy).catch(() => undefined);
  }, delay);
}

/** Every record of every store, read in one transaction: { generation, stores }. */
function snapshot(db) {
  return new Promise((resolve, reject) => {
    const names = Array.from(db.objectStoreNames);
    const transaction = db.transaction(names, 'readonly');
    const stores = {};
    let generation = 0;
    for (const name of names) {
      const store = transaction.objectStore(name);
      const keys = store.getAllKeys();
      const values = store.getAll();
      values.onsuccess = () => {
        const pairs = [];
        values.result.forEach((value, index) => {
          const key = String(keys.result[index]);
          if (name === 'device' && key === GENERATION_KEY) generation = generationOf(value);
          else if (typeof value === 'string') pairs.push([key, value]);
        });
        stores[name] = pairs;
      };
    }
    transaction.oncomplete = () => resolve({ generation, stores });
    transaction.onabort = () => reject(failure(transaction.error));
  });
}

function peopleOf(stores) {
  return (stores.profiles || []).length;
}

async function writeCopy() {
  if (safety.reset) return;
  const db = await database();
  const started = performance.now();
  const { generation, stores } = await snapshot(db);
  if (safety.reset || generation === 0) return;
  if (safety.copies.some((copy) => copy.generation === generation)) return;
  const at = Date.now();
  const text = JSON.stringify({ format: 'pictokit-safekeeping', version: 1, generation, at, stores });
  const cache = await safeCache();
  await cache.put(COPY_PREFIX + generation, jsonResponse(text));
  const copies = [{ generation, at, people: peopleOf(stores), bytes: text.length, ms: 0 }, ...safety.copies]
    .sort((a, b) => b.generation - a.generation);
  const kept = copies.slice(0, COPIES_KEPT);
  kept[0].ms = Math.round(performance.now() - started);
  await writeJson(cache, INDEX_URL, kept);
  for (const old of copies.slice(COPIES_KEPT)) await cache.delete(COPY_PREFIX + old.generation);
  safety.copies = kept;
}

/** Compares the database with the marker kept outside it; call once after `open`.
 * Resolves to { reset, lostGeneration, lostAt, copies: [{ generation, at, people, bytes }] }. */
export async function checkSafety() {
  // Opening the database read its generation (see `database`).
  await database();
  const generation = storedGeneration;
  let marker = null;
  let copies = [];
  try {
    const cache = await safeCache();
    marker = await readJson(cache, MARKER_URL);
    copies = validCopies(await readJson(cache, INDEX_URL));
  } catch (_) {
    /* no Cache Storage: nothing to compare with */
  }
  const markerGeneration = marker ? generationOf(JSON.stringify(marker)) : 0;
  safety.marker = markerGeneration ? { generation: markerGeneration, at: Number(marker.at) || 0 } : null;
  safety.copies = copies;
  safety.reset = markerGeneration > generation;
  if (!safety.reset && generation > 0 && !copies.some((copy) => copy.generation >= generation)) {
    // Changes made since the last copy (the app was closed before they settled).
    scheduleCopy(300);
  }
  return {
    reset: safety.reset,
    lostGeneration: markerGeneration,
    lostAt: safety.marker ? safety.marker.at : 0,
    copies: copies.map(({ generation: g, at, people, bytes }) => ({ generation: g, at, people, bytes })),
  };
}

/** The text of a kept copy, for the app to check and bring back; null when it is gone. */
export async function copyText(generation) {
  try {
    const cache = await safeCache();
    const response = await cache.match(COPY_PREFIX + generation);
    return response ? await response.text() : null;
  } catch (_) {
    return null;
  }
}

/** Ends a reset: after a copy was brought back or the facilitator chose to go on without.
 * The generation moves past the lost one, so the marker follows the database again and
 * the copies kept stay older than the next ones. */
export async function resolveReset() {
  const db = await database();
  const generation = Math.max(storedGeneration, safety.marker ? safety.marker.generation : 0) + 1;
  storedGeneration = generation;
  await new Promise((resolve, reject) => {
    const transaction = db.transaction('device', 'readwrite', { durability: 'strict' });
    transaction.objectStore('device').put(JSON.stringify({ generation, at: Date.now() }), GENERATION_KEY);
    transaction.oncomplete = () => resolve();
    transaction.onabort = () => reject(failure(transaction.error));
  });
  safety.reset = false;
  safety.marker = null;
  committed(generation);
  scheduleCopy(0);
  await markerChain;
}
