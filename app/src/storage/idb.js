// Pictokit's IndexedDB access: one database, versioned object stores, JSON text values.
// The Rust side (storage/mod.rs) owns what goes in; this file only moves text in and
// out and names errors so the app can explain them in the person's language.

const DB_NAME = 'pictokit';
// Version of the database layout (object stores). Record versions live in each record.
const DB_VERSION = 6;
let dbPromise = null;

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
      resolve(db);
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

/** Writes one record; the text is stored as it is. */
export function put(storeName, key, jsonText) {
  return run(storeName, 'readwrite', (store) => {
    store.put(jsonText, key);
  });
}

/** Deletes one record. */
export function remove(storeName, key) {
  return run(storeName, 'readwrite', (store) => {
    store.delete(key);
  });
}

/** Asks the browser to keep the data even when space runs low; resolves to whether it will. */
export function persist() {
  if (!navigator.storage || !navigator.storage.persist) return Promise.resolve(false);
  return navigator.storage.persisted().then((already) => already || navigator.storage.persist()).catch(() => false);
}

/** Resolves once every write started before it is on disk (transactions on the same
 * stores run in order), so another page can read them. Never rejects. */
export function flush() {
  return database()
    .then(
      (db) =>
        new Promise((resolve) => {
          const transaction = db.transaction(Array.from(db.objectStoreNames), 'readwrite');
          transaction.oncomplete = () => resolve();
          transaction.onabort = () => resolve();
          transaction.onerror = () => resolve();
        }),
    )
    .catch(() => undefined);
}
