// Team sync (issue #24): keeps the records of a person this device shares with a team
// equal to the team's, through the team's CouchDB database, end to end encrypted.
//
// Loaded only on a device that shares a person (or is joining a team): never by the first
// screen. The app's own database ('pictokit') stays the one truth the screens read; this
// layer reads it to find what changed here, and writes into it what arrived. Decisions and
// sealing are in Rust (crate team/, its WebAssembly `pictokit-team`): which records of a
// person travel, under which key, what an arriving version does (domain::sync::record),
// AES-256-GCM under the team's keys (WebCrypto). Moving documents is PouchDB's
// (public/team-link.js): the server only ever holds sealed documents under ids it cannot
// relate to a person.
//
// This device's own state is in its own database, 'pictokit-team': per person the team's
// configuration (server, database, this device's id, name and credentials, the team's
// keys), and per record what was last exchanged with the team (`kept`).
//
// API (the facilitator's screens, components/profiles/src/team.js):
//   start(person, setupCode, deviceName)   this device starts a team for a person
//   invite(person, {name, health})         a code for a new device, and its admission
//   join(code)                              this device joins a team from a code
//   status(person) / onStatus(cb)           per person: up-to-date, waiting n, offline, refused
//   syncNow(person)                         one round now (the screens' "Send now", tests)
//   teams()                                 the people this device shares, with status

const APP_DB = 'pictokit';
const TEAM_DB = 'pictokit-team';
// The stores whose records travel (domain::sync::travels); quality only with the health key.
const STORES = ['profiles', 'pictos', 'shopping', 'schedule', 'workshop', 'quality'];
// How often a person's records are looked at for changes made here (ms).
const LOOK_EVERY = 1500;
// Every how many looks a look forgets what it saw and reads everything again.
const FULL_LOOK = 40;
// A conflict (versions written apart on several devices) is merged by one device: the
// first, by id, of those that wrote its versions. The others wait for its merge this long
// (ms) after the last versions arrived, then merge it themselves (that device may be gone).
const WAIT_FOR_MERGER = 10_000;
// That device first gathers the versions still on their way for this long (ms) after it
// met the conflict: merging each as it came, it sent a merge per version, and a device
// that was the first only among the writers it had seen so far merged too early.
const GATHER = 2_000;

let wasm = null;
let linkModule = null;

/** The WebAssembly of crate team/ (its ES-module glue), loaded once. */
function engine() {
  if (!wasm) {
    wasm = import(new URL('pictokit-team.js', document.baseURI).href).then(async (m) => {
      await m.default({ module_or_path: new URL('pictokit-team_bg.wasm', document.baseURI).href });
      return m;
    });
  }
  return wasm;
}

function pouch() {
  if (!linkModule) linkModule = import(new URL('team-link.js', document.baseURI).href);
  return linkModule;
}

// ---- IndexedDB, both databases -------------------------------------------------------

function request(req) {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

let teamDb = null;
function openTeamDb() {
  if (!teamDb) {
    const req = indexedDB.open(TEAM_DB, 1);
    req.onupgradeneeded = () => {
      req.result.createObjectStore('teams');
      req.result.createObjectStore('kept');
    };
    teamDb = request(req);
  }
  return teamDb;
}

let appDb = null;
function openAppDb() {
  if (!appDb) {
    appDb = request(indexedDB.open(APP_DB)).then((db) => {
      // The app upgrades its database: let it, and open again next time.
      db.onversionchange = () => {
        db.close();
        appDb = null;
      };
      return db;
    });
  }
  return appDb;
}

async function get(dbPromise, store, key) {
  const db = await dbPromise;
  return request(db.transaction(store).objectStore(store).get(key));
}

async function getAllKeys(dbPromise, store) {
  const db = await dbPromise;
  return request(db.transaction(store).objectStore(store).getAllKeys());
}

async function putIn(dbPromise, store, key, value) {
  const db = await dbPromise;
  const tx = db.transaction(store, 'readwrite');
  if (value === undefined) tx.objectStore(store).delete(key);
  else tx.objectStore(store).put(value, key);
  return new Promise((resolve, reject) => {
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/** A record of the app's database as JSON text ('' when there is none). The app keeps
 * records as JSON text (shell/src/storage). */
async function appRecord(store, key) {
  const text = await get(openAppDb(), store, key);
  return typeof text === 'string' ? text : '';
}

const keptKey = (team, store, key) => `${team.db}\n${store}\n${key}`;

async function kept(team, store, key) {
  return (await get(openTeamDb(), 'kept', keptKey(team, store, key))) || '';
}

// ---- Running teams -------------------------------------------------------------------

/** person id → { team, link, state, timer, busy } */
const running = new Map();
const listeners = new Set();

/** person id → the state of its run, once started. */
const states = new Map();

function tell(person) {
  for (const listener of listeners) listener(person, states.get(person) || null);
  window.dispatchEvent(new CustomEvent('pictokit-team-status', { detail: { person } }));
}

/** Every key of `store` with its value, in one transaction. */
async function entries(store) {
  const db = await openAppDb();
  const tx = db.transaction(store);
  const [keys, values] = await Promise.all([request(tx.objectStore(store).getAllKeys()), request(tx.objectStore(store).getAll())]);
  return keys.map((key, i) => [key, values[i]]);
}

/**
 * What may have changed here since the last look, as [store, key, text] (text '' when the
 * record is not here): the person's records whose text is not the one last looked at, the
 * media they name that were never looked at, and records exchanged before that are gone.
 *
 * A look reads the texts (cheap) and asks the engine only about those that changed: on two
 * cores, five devices each parsing a whole person every 1.5 s left no time to sync (the
 * bench's five devices took 80 s to settle). `run.seen` holds, per 'store\nkey', the text
 * for which nothing was left to send; what arrives is taken out of it (`receive`). Every
 * FULL_LOOK-th look forgets it and looks at everything, media included (a picture saved
 * again under its id).
 */
async function changedHere(run, m) {
  const { team } = run;
  run.looks = (run.looks || 0) + 1;
  if (!run.seen || run.looks % FULL_LOOK === 0) {
    run.seen = new Map();
    run.media = null;
  }
  const { seen } = run;
  const changed = [];
  const present = new Set();
  const texts = [];
  for (const store of STORES) {
    if (store === 'quality' && !team.keys.health) continue;
    for (const [key, value] of await entries(store)) {
      if (typeof key !== 'string' || !m.of_person(store, key, team.person)) continue;
      const text = typeof value === 'string' ? value : '';
      const full = `${store}\n${key}`;
      present.add(full);
      if (text) texts.push(text);
      if (seen.get(full) === text) continue;
      changed.push([store, key, text]);
    }
  }
  const known = (await getAllKeys(openAppDb(), 'media')).filter((key) => typeof key === 'string');
  if (changed.length || !run.media || known.length !== run.mediaKnown) {
    // The media the person's records name: again when a record changed, or media came or
    // went (a picture saved after the record that names it) — a look at every text in the
    // engine each time is what this avoids.
    run.media = JSON.parse(m.media_used(`[${texts.join(',')}]`, JSON.stringify(known)));
    run.mediaKnown = known.length;
  }
  // Media first: a device receiving the person gets the pictures before the records that
  // name them (the facilitator's page drops a reference to a picture it does not have).
  const media = [];
  for (const id of run.media) {
    const full = `media\n${id}`;
    if (seen.has(full)) continue;
    const text = await appRecord('media', id);
    // Gone here since: a media deletion never travels.
    if (text) media.push(['media', id, text]);
  }
  // Records exchanged before that are gone here: a deletion (never for media, which may
  // still be another person's).
  const prefix = `${team.db}\n`;
  for (const full of await getAllKeys(openTeamDb(), 'kept')) {
    if (typeof full !== 'string' || !full.startsWith(prefix)) continue;
    const [store, key] = full.slice(prefix.length).split('\n');
    const here = `${store}\n${key}`;
    if (store === 'media' || present.has(here) || seen.get(here) === '') continue;
    changed.push([store, key, '']);
  }
  return [...media, ...changed];
}

/** Sends what changed here since it was last exchanged. */
async function sendChanges(run) {
  const m = await engine();
  const { team } = run;
  const keysText = JSON.stringify(team.keys);
  const docs = [];
  const keptNow = [];
  const looked = [];
  const changed = await changedHere(run, m);
  // A record whose conflict waits for another device's merge is merged here first when it
  // changed here (with this change) or waited long enough; a merged record is looked at
  // again next time (the text read above is older than the merge).
  const merged = await dueMerges(run, m, new Map(changed.map(([store, key, text]) => [`${store}\n${key}`, text])));
  for (const [store, key, text] of changed) {
    if (merged.has(`${store}\n${key}`)) continue;
    looked.push([`${store}\n${key}`, text]);
    const next = m.departing(store, await kept(team, store, key), text, team.device.id, Date.now());
    if (!next) continue;
    const doc = JSON.parse(await m.seal(keysText, store, key, next));
    if (run.ids) run.ids.set(doc._id, [store, key]);
    docs.push(doc);
    keptNow.push([keptKey(team, store, key), next]);
  }
  if (docs.length) {
    await run.link.put(docs);
    for (const [key, value] of keptNow) await putIn(openTeamDb(), 'kept', key, value);
  }
  // Nothing left to send for these texts (sent, or the same as exchanged).
  for (const [full, text] of looked) run.seen.set(full, text);
  return docs.length;
}

/** The record ([store, key]) whose server id is `id`, among those this device exchanged
 * with the team, or null. The ids are worked out once per run (an HMAC each). */
async function recordOfId(run, m, id) {
  if (!run.ids) {
    const ids = new Map();
    const keysText = JSON.stringify(run.team.keys);
    const prefix = `${run.team.db}\n`;
    for (const full of await getAllKeys(openTeamDb(), 'kept')) {
      if (typeof full !== 'string' || !full.startsWith(prefix)) continue;
      const [store, key] = full.slice(prefix.length).split('\n');
      ids.set(await m.doc_id(keysText, store, key), [store, key]);
    }
    run.ids = ids;
  }
  return run.ids.get(id) || null;
}

/** This device's version of the record a document it cannot open stands for, sealed
 * again, so that a device joining later gets the record and not what was written over
 * it; null when it has none (a health record on a device without that key: left alone). */
async function healing(run, m, id, keysText) {
  if (typeof id !== 'string' || !id.startsWith('r-')) return null;
  const where = await recordOfId(run, m, id);
  if (!where) return null;
  const keptText = await kept(run.team, where[0], where[1]);
  if (!keptText || (where[0] === 'quality' && !run.team.keys.health)) return null;
  return JSON.parse(await m.seal(keysText, where[0], where[1], keptText));
}

/** Whether the version `a` (a version vector: device → count) holds every change of `b`. */
function holds(a, b) {
  if (!a || typeof a !== 'object' || !b || typeof b !== 'object') return false;
  return Object.entries(b).every(([device, count]) => Number(a[device] || 0) >= Number(count));
}

/**
 * Whether this device leaves the conflict `id` (its leaves, opened, as `receive` has them)
 * to another device to merge, and waits for that merge.
 *
 * Every device that meets a conflict could merge it, but five devices merging the same
 * leaves at once send five merges, each a version of its own, which conflict again: the
 * bench's five devices took several such rounds to settle. So the first device, by id,
 * among those that wrote the leaves merges it, and the others take its merge when it
 * comes (a version after theirs, taken whole). Nothing is lost while they wait: every leaf
 * stays on the server and here, and nothing is deleted. The merger itself waits GATHER ms
 * for the versions still on their way. A device merges at once when the record changed
 * here since it was sent (that change is on this device only), and when `force` names the
 * conflict (the wait is over: `dueMerges`).
 */
async function waits(run, m, id, leaves, force) {
  if (!leaves.length || (force && force.has(id))) return false;
  const { store, key } = leaves[0];
  if (!m.of_person(store, key, run.team.person) && store !== 'media') return false;
  const writers = leaves.map((leaf) => leaf.kept && leaf.kept.stamp && leaf.kept.stamp.device).filter((device) => typeof device === 'string');
  const me = run.team.device.id;
  if (!writers.length) return false;
  if (await unsent(run, m, store, key, (await appRecord(store, key)) || '')) return false;
  // This device merges it, after gathering what is still on its way (due GATHER ms after
  // it first met the conflict as its merger); another device does: the wait runs from the
  // last versions that arrived (while the merger works, its versions keep arriving).
  const merger = writers.reduce((first, device) => (device < first ? device : first)) === me;
  const before = run.waiting.get(id);
  const since = !merger ? Date.now() : before && before.merger ? before.since : Date.now() - WAIT_FOR_MERGER + GATHER;
  run.waiting.set(id, { store, key, since, merger });
  run.waitingChanged = true;
  return true;
}

/** Whether the record's text here (`text`) holds a change not sent to the team yet. */
async function unsent(run, m, store, key, text) {
  return Boolean(m.departing(store, await kept(run.team, store, key), text, run.team.device.id, Date.now()));
}

/** The key under which a team's waiting conflicts are kept (beside the records' `kept`,
 * outside their prefix). */
const waitingKey = (team) => `waiting\n${team.db}`;

/** Keeps the conflicts this device waits on, so that a reload still merges them if their
 * merger never comes. */
async function keepWaiting(run) {
  if (!run.waitingChanged) return;
  run.waitingChanged = false;
  const list = [...run.waiting].map(([id, { store, key }]) => [id, store, key]);
  await putIn(openTeamDb(), 'kept', waitingKey(run.team), list.length ? JSON.stringify(list) : undefined);
}

/** Merges here the conflicts whose merger did not come in time, and those whose record
 * changed here meanwhile (`texts`: 'store\nkey' → text here, of the records a look found
 * changed); returns the records merged ('store\nkey'): what the look read of them is
 * older than the merge now stored (a change here went with the merge). */
async function dueMerges(run, m, texts) {
  if (!run.waiting.size) return new Set();
  const now = Date.now();
  const due = new Set();
  const merged = new Set();
  for (const [id, { store, key, since }] of run.waiting) {
    const record = `${store}\n${key}`;
    const changed = texts.has(record) && (await unsent(run, m, store, key, texts.get(record)));
    if (changed || now - since >= WAIT_FOR_MERGER) {
      due.add(id);
      merged.add(record);
    }
  }
  for (const id of due) {
    const leaves = await run.link.leaves(id);
    // Resolved meanwhile and handed over already, or gone: nothing to wait for.
    if (run.waiting.delete(id)) run.waitingChanged = true;
    if (leaves.length) await receive(run, leaves, due);
  }
  await keepWaiting(run);
  return merged;
}

/** Takes in documents that arrived from the team; `force`: ids of conflicts to merge here
 * now, whoever else could (`waits`). */
async function receive(run, docs, force = null) {
  const m = await engine();
  const { team } = run;
  let changed = 0;
  const replies = new Map();
  // A document in conflict (two devices pushed apart) comes as all its leaves, the winner
  // first with `_conflicts`: each leaf is taken in as any version is (versions decide, not
  // CouchDB's winner), then the result is written on the winner and the other leaves go.
  const conflicts = new Map();
  const conflicted = new Map();
  for (const doc of docs) {
    if (Array.isArray(doc._conflicts) && doc._conflicts.length) conflicts.set(doc._id, doc._conflicts);
  }
  // New keys first (a device was removed): the documents beside them are sealed with them.
  for (const doc of docs) {
    if (doc._id === `k-${team.device.user}` && typeof doc.wrapped === 'string' && team.device.private) {
      await takeNewKeys(run, m, doc);
    }
  }
  const keysText = JSON.stringify(team.keys);
  const arrived = [];
  for (const doc of docs) {
    if (typeof doc._id !== 'string' || !doc._id.startsWith('r-') || doc._deleted) continue;
    let opened;
    try {
      const { _rev, _conflicts, _revisions, ...plain } = doc;
      opened = JSON.parse(await m.open(keysText, JSON.stringify(plain)));
    } catch (refusal) {
      // Not for this device (the health key it was never given) or not a record of this
      // team: nothing here touched. Standing where a record of this device is (a hostile
      // or broken server wrote over it), this device's version goes up again.
      run.refused = String(refusal && refusal.message ? refusal.message : refusal);
      // Not a document of a newer Pictokit, which this one would put an older version over.
      if (!doc._conflicts && !run.refused.includes('team-refused-too-new')) {
        const again = await healing(run, m, doc._id, keysText);
        if (again) replies.set(doc._id, again);
      }
      continue;
    }
    if (run.ids) run.ids.set(doc._id, [opened.store, opened.key]);
    arrived.push({ doc, ...opened });
  }
  // A conflict another device merges: left as it is here, for now (`waits`).
  const waiting = new Set();
  for (const id of conflicts.keys()) {
    if (await waits(run, m, id, arrived.filter((leaf) => leaf.doc._id === id), force)) waiting.add(id);
  }
  for (const { doc, store, key, kept: theirs } of arrived) {
    if (waiting.has(doc._id)) continue;
    if (run.waiting.delete(doc._id)) run.waitingChanged = true;
    if (conflicts.has(doc._id)) {
      const seen = conflicted.get(doc._id) || { store, key, winner: null };
      if (doc._conflicts) {
        seen.winner = theirs.version;
        seen.winnerValue = JSON.stringify(theirs.value === undefined ? null : theirs.value);
      }
      conflicted.set(doc._id, seen);
    }
    if (!m.of_person(store, key, team.person) && store !== 'media') continue;
    const here = await appRecord(store, key);
    const keptText = await kept(team, store, key);
    const outcome = JSON.parse(m.arrive(store, keptText, here, JSON.stringify(theirs), team.device.id, Date.now()));
    if (outcome.action === 'ignore') {
      // An older version than this device's, with another value, standing as the server's
      // current document (a replayed revision: a device sends a newer one only on top of
      // it): this device's version goes up again over it, so that a device joining later
      // does not get the old value.
      const mine = keptText ? JSON.parse(keptText) : null;
      if (!conflicts.has(doc._id) && mine && holds(mine.version, theirs.version) && !holds(theirs.version, mine.version)
        && JSON.stringify(mine.value === undefined ? null : mine.value) !== JSON.stringify(theirs.value === undefined ? null : theirs.value)) {
        replies.set(doc._id, JSON.parse(await m.seal(keysText, store, key, keptText)));
      }
      continue;
    }
    await putIn(openAppDb(), store, key, outcome.value === null ? undefined : JSON.stringify(outcome.value));
    // Looked at again next time (the engine finds it the same as exchanged).
    if (run.seen) run.seen.delete(`${store}\n${key}`);
    await putIn(openTeamDb(), 'kept', keptKey(team, store, key), JSON.stringify(outcome.kept));
    changed += 1;
    if (Array.isArray(outcome.notes) && outcome.notes.length) {
      // What the merge replaced goes into the person's change history, where the
      // facilitator sees it and can bring it back (domain::sync::noted).
      let name = '';
      try {
        name = JSON.parse(await appRecord('profiles', team.person)).name || '';
      } catch {
        name = '';
      }
      const historyKey = `history:${team.person}`;
      const history = m.noted(await appRecord('workshop', historyKey), store, key, JSON.stringify(outcome.value), JSON.stringify(outcome.notes), name, Date.now());
      if (history) await putIn(openAppDb(), 'workshop', historyKey, history);
    }
    if (outcome.action === 'merge') {
      replies.set(doc._id, JSON.parse(await m.seal(keysText, store, key, JSON.stringify(outcome.kept))));
    }
  }
  for (const [id, losers] of conflicts) {
    if (waiting.has(id)) continue;
    let merged = replies.get(id) || null;
    const seen = conflicted.get(id);
    if (!merged && seen) {
      // The winner's version lacks something this device holds (a loser was newer, or
      // this device merged it without sending): it goes up as the document's next
      // version, so a device that joins later gets it.
      const nowText = await kept(team, seen.store, seen.key);
      const now = nowText ? JSON.parse(nowText) : null;
      // (The same value under another version: nothing a device joining later would miss.)
      if (now && !holds(seen.winner, now.version) && JSON.stringify(now.value === undefined ? null : now.value) !== seen.winnerValue) {
        merged = JSON.parse(await m.seal(keysText, seen.store, seen.key, nowText));
      }
    }
    await run.link.resolve(id, merged, losers);
    replies.delete(id);
  }
  if (replies.size) await run.link.put([...replies.values()]);
  await keepWaiting(run);
  if (changed) {
    run.arrived += changed;
    announce(run);
  }
  return changed;
}

/** Tells the screens to read the app's database again (shell: state.reload()) at once:
 * the app writes whole records from what it read, so until it has read what arrived, an
 * edit on screen would carry the old value back. (Pictures are sent before the records
 * that name them, so a pull brings them first: the facilitator's page drops a reference to
 * a picture it does not have, and that would travel.) */
function announce(run) {
  window.dispatchEvent(new CustomEvent('pictokit-team-arrived', { detail: { person: run.team.person, count: run.arrived } }));
}

function run(team) {
  // Both the page's start (register-sw.js) and the facilitator's screen start teams: one
  // run per person, set before anything is awaited.
  if (!running.has(team.person)) {
    running.set(
      team.person,
      begin(team).catch((error) => {
        // Not started (another tab has this team's link, storage refused): tried again
        // the next time a page or the screen asks.
        running.delete(team.person);
        states.set(team.person, { state: 'refused', status: 0, error: String(error) });
        tell(team.person);
        throw error;
      }),
    );
  }
  return running.get(team.person);
}

async function begin(team) {
  const { link } = await pouch();
  const entry = { team, link: null, state: { state: 'waiting', waiting: 0 }, timer: 0, busy: Promise.resolve(), arrived: 0, waiting: new Map(), waitingChanged: false };
  // Conflicts this device waited on when it stopped: the wait starts again.
  try {
    for (const [id, store, key] of JSON.parse((await get(openTeamDb(), 'kept', waitingKey(team))) || '[]')) {
      entry.waiting.set(id, { store, key, since: Date.now() });
    }
  } catch {
    entry.waiting.clear();
  }
  // One change at a time per team: documents in, changes out.
  const serially = (work) => {
    entry.busy = entry.busy.then(work).catch((error) => {
      entry.state = { state: 'refused', status: 0, error: String(error) };
      states.set(team.person, entry.state);
      tell(team.person);
    });
    return entry.busy;
  };
  entry.serially = serially;
  entry.link = await link({
    name: `pictokit-team-${team.db}`,
    remote: new URL(`${team.server.replace(/\/?$/, '/')}${team.db}`, document.baseURI).href,
    user: team.device.user,
    password: team.device.password,
    onDocs: (docs) => serially(() => receive(entry, docs)),
    onState: (state) => {
      entry.state = state;
      states.set(team.person, state);
      tell(team.person);
    },
  });
  const look = () => {
    entry.timer = setTimeout(() => serially(() => sendChanges(entry)).finally(look), LOOK_EVERY);
  };
  await serially(() => sendChanges(entry));
  look();
  return entry;
}

/** Starts every team this device has (each page calls this once). */
export async function startAll() {
  const db = await openTeamDb();
  const teams = await request(db.transaction('teams').objectStore('teams').getAll());
  for (const team of teams) await run(team).catch(() => {});
  return teams.length;
}

export function onStatus(listener) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Per person this device shares: `{person, name, device, state, waiting, status}`. */
export async function teams() {
  const db = await openTeamDb();
  const all = await request(db.transaction('teams').objectStore('teams').getAll());
  return all.map((team) => ({
    person: team.person,
    device: team.device.name,
    facilitator: Boolean(team.admin),
    health: Boolean(team.keys.health),
    ...(states.get(team.person) || { state: 'waiting', waiting: 0 }),
  }));
}

/** One round now: changes here out, the team's in. Resolves when done. */
export async function syncNow(person) {
  if (!running.has(person)) return false;
  const entry = await running.get(person);
  await entry.serially(() => sendChanges(entry));
  await entry.link.syncNow();
  await entry.busy;
  return true;
}

// ---- Removing a device --------------------------------------------------------------

/** The keys of `keys` as `old` ones: kept to open what was sealed with them, never to seal. */
function retired(keys) {
  const old = [...(keys.old || [])];
  if (keys.team) old.push({ ...keys.team, kind: 'team' });
  if (keys.health) old.push({ ...keys.health, kind: 'health' });
  return old;
}

/** New keys for this device, wrapped for it by the device that removed another. */
async function takeNewKeys(run, m, doc) {
  const { team } = run;
  let given;
  try {
    given = JSON.parse(await m.unwrap(team.device.private, doc.wrapped, `rotate:${team.device.user}`));
  } catch {
    return;
  }
  if (!given || !given.team || given.team.id === team.keys.team.id) return;
  team.keys = { ...given, ids: team.keys.ids, old: retired(team.keys) };
  await saveTeam(team);
}

/** The devices this device added to `person`'s team (and itself): `{user, name, self}`. */
export async function devices(person) {
  const entry = running.has(person) ? await running.get(person) : null;
  if (!entry || !entry.team.admin) return [];
  return (entry.team.devices || []).map(({ user, name, self }) => ({ user, name, self: Boolean(self) }));
}

/**
 * Removes a device from `person`'s team: it is taken out of the database's members (the
 * server refuses it at once), and the team's keys are replaced — everything is sealed
 * again with the new ones, which the other devices receive wrapped for their own keys.
 */
export async function remove(person, user) {
  const entry = running.has(person) ? await running.get(person) : null;
  if (!entry || !entry.team.admin) throw new Error('team-invite-not-here');
  const { team } = entry;
  await removeMember(team, user).catch((error) => {
    throw new Error(error.status ? 'team-setup-refused' : 'team-server-unreachable');
  });
  team.devices = (team.devices || []).filter((device) => device.user !== user);
  const m = await engine();
  const fresh = JSON.parse(await m.new_keys());
  team.keys = { team: fresh.team, health: team.keys.health ? fresh.health : null, ids: team.keys.ids, old: retired(team.keys) };
  await saveTeam(team);
  await entry.serially(async () => {
    const keysText = JSON.stringify(team.keys);
    const docs = [];
    // Every record as last exchanged, sealed again with the new keys (the same versions:
    // nothing to merge anywhere).
    const prefix = `${team.db}\n`;
    for (const full of await getAllKeys(openTeamDb(), 'kept')) {
      if (typeof full !== 'string' || !full.startsWith(prefix)) continue;
      const [store, key] = full.slice(prefix.length).split('\n');
      const keptText = await get(openTeamDb(), 'kept', full);
      if (!keptText || (store === 'quality' && !team.keys.health)) continue;
      docs.push(JSON.parse(await m.seal(keysText, store, key, keptText)));
    }
    // The new keys first: a device takes them before the documents sealed with them.
    const wrapped = [];
    for (const device of team.devices) {
      if (device.self || typeof device.public !== 'string') continue;
      const keys = device.health ? { team: team.keys.team, health: team.keys.health } : { team: team.keys.team, health: null };
      wrapped.push({ _id: `k-${device.user}`, wrapped: await m.wrap_for(device.public, JSON.stringify(keys), `rotate:${device.user}`) });
    }
    if (wrapped.length) await entry.link.put(wrapped);
    if (docs.length) await entry.link.put(docs);
  });
  return true;
}

// ---- The team's server: users and members (CouchDB's HTTP API) -------------------------

function basic(user, password) {
  return `Basic ${btoa(unescape(encodeURIComponent(`${user}:${password}`)))}`;
}

async function couch(team, path, { method = 'GET', body, as = team.admin } = {}) {
  const url = new URL(`${team.server.replace(/\/?$/, '/')}${path}`, document.baseURI).href;
  const response = await fetch(url, {
    method,
    headers: { Authorization: basic(as.user, as.password), 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    credentials: 'omit',
  });
  const text = await response.text();
  let json = null;
  try {
    json = JSON.parse(text);
  } catch {
    json = null;
  }
  if (!response.ok) {
    const error = new Error(`team-server-${response.status}`);
    error.status = response.status;
    throw error;
  }
  return json;
}

function randomHex(bytes) {
  const a = crypto.getRandomValues(new Uint8Array(bytes));
  return [...a].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A new user of the team's database (a device, or a joining device for a few minutes). */
async function addMember(team, prefix) {
  const user = `${prefix}-${randomHex(8)}`;
  const password = randomHex(24);
  await couch(team, `_users/org.couchdb.user:${user}`, {
    method: 'PUT',
    body: { _id: `org.couchdb.user:${user}`, name: user, type: 'user', roles: [], password },
  });
  const security = (await couch(team, `${team.db}/_security`)) || {};
  const members = security.members || { names: [], roles: [] };
  members.names = [...new Set([...(members.names || []), user])];
  await couch(team, `${team.db}/_security`, { method: 'PUT', body: { ...security, members } });
  return { user, password };
}

async function removeMember(team, user) {
  const security = (await couch(team, `${team.db}/_security`)) || {};
  const members = security.members || { names: [], roles: [] };
  members.names = (members.names || []).filter((name) => name !== user);
  await couch(team, `${team.db}/_security`, { method: 'PUT', body: { ...security, members } });
}

function decodeCode(code, prefix) {
  const text = String(code || '').trim();
  if (!text.startsWith(prefix)) return null;
  try {
    const b64 = text.slice(prefix.length).replace(/-/g, '+').replace(/_/g, '/');
    const json = JSON.parse(decodeURIComponent(escape(atob(b64))));
    return json && typeof json === 'object' ? json : null;
  } catch {
    return null;
  }
}

function encodeCode(prefix, value) {
  const b64 = btoa(unescape(encodeURIComponent(JSON.stringify(value))));
  return prefix + b64.replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

async function saveTeam(team) {
  await putIn(openTeamDb(), 'teams', team.person, team);
  try {
    localStorage.setItem('pictokit-team', '1');
  } catch {
    // Storage blocked: the facilitator's page still starts the layer.
  }
}

/**
 * Starts a team for `person` on this device from the team setup code that
 * scripts/couch-team printed. Throws an Error whose message is a Fluent message id.
 */
export async function start(person, setupCode, deviceName) {
  const setup = decodeCode(setupCode, 'pictokit-team:1:');
  if (!setup || typeof setup.d !== 'string' || typeof setup.u !== 'string' || typeof setup.p !== 'string') {
    throw new Error('team-setup-code-wrong');
  }
  const m = await engine();
  const team = {
    person,
    server: typeof setup.s === 'string' && setup.s ? setup.s : '/couch/',
    db: setup.d,
    admin: { user: setup.u, password: setup.p },
    keys: JSON.parse(await m.new_keys()),
    device: { id: `d-${randomHex(8)}`, name: String(deviceName).slice(0, 60) },
  };
  try {
    const creds = await addMember(team, 'pk-dev');
    team.device.user = creds.user;
    team.device.password = creds.password;
    // The devices this one added (and itself): to remove one, and to give the others new
    // keys when one is removed.
    team.devices = [{ user: creds.user, name: team.device.name, self: true }];
  } catch (error) {
    throw new Error(error.status === 401 || error.status === 403 ? 'team-setup-refused' : 'team-server-unreachable');
  }
  await saveTeam(team);
  await run(team);
  return true;
}

const JOIN_PREFIX = 'pictokit-join:1:';
const JOIN_MINUTES = 10;

/**
 * Invites a new device to `person`'s team: a temporary user and a join document on the
 * server, and the code the new device scans or types. `admitted` resolves once the
 * facilitator confirmed the comparison code and the new device received the keys.
 */
export async function invite(person, { name, health }) {
  const entry = running.has(person) ? await running.get(person) : null;
  if (!entry || !entry.team.admin) throw new Error('team-invite-not-here');
  const { team } = entry;
  const joinId = `j-${randomHex(16)}`;
  const temp = await addMember(team, 'pk-join');
  const expires = Date.now() + JOIN_MINUTES * 60_000;
  await couch(team, `${team.db}/${joinId}`, { method: 'PUT', body: { name: String(name).slice(0, 60), health: Boolean(health), expires } });
  // `x` travels only in the code, never to the server: the four digits both screens show
  // depend on it, so a server cannot make a key of its own that shows the same digits.
  const secret = randomHex(16);
  const code = encodeCode(JOIN_PREFIX, { s: team.server, d: team.db, u: temp.user, p: temp.password, j: joinId, x: secret });
  const cancel = async () => {
    await removeMember(team, temp.user).catch(() => {});
    for (const id of [joinId, `${joinId}-k`]) {
      const doc = await couch(team, `${team.db}/${id}`).catch(() => null);
      if (doc) await couch(team, `${team.db}/${id}?rev=${doc._rev}`, { method: 'DELETE' }).catch(() => {});
    }
  };
  /** Waits for the new device's public key; resolves with the code both screens show. */
  const arrived = async (signal) => {
    const m = await engine();
    for (;;) {
      if (signal && signal.aborted) throw new Error('team-join-cancelled');
      if (Date.now() > expires) throw new Error('team-join-expired');
      const offer = await couch(team, `${team.db}/${joinId}-k`).catch(() => null);
      if (offer && typeof offer.public === 'string') {
        // The new device's key is written once (its first revision): a key written over
        // it — by someone with a photo of the code — is refused, never shown.
        if (!String(offer._rev).startsWith('1-')) throw new Error('team-join-used');
        return { comparison: await m.comparison_code(`${joinId}:${secret}`, offer.public), device: offer.device, doc: offer };
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  };
  /** The facilitator saw the same code on both screens: the new device gets its own user
   * and the keys, wrapped for its public key; the temporary user is taken out. */
  const admit = async (offer) => {
    const m = await engine();
    const creds = await addMember(team, 'pk-dev');
    const given = JSON.stringify({
      keys: health ? team.keys : { ...team.keys, health: null },
      user: creds.user,
      password: creds.password,
      person,
    });
    const wrapped = await m.wrap_for(offer.public, given, joinId);
    team.devices = [...(team.devices || []), { user: creds.user, name: String(offer.device || '').slice(0, 60), public: offer.public, health: Boolean(health) }];
    await saveTeam(team);
    const join = await couch(team, `${team.db}/${joinId}`);
    await couch(team, `${team.db}/${joinId}`, { method: 'PUT', body: { ...join, wrapped } });
    // The new device reads them with the temporary user, then deletes the join document:
    // then (or when the code expires) the temporary user is taken out.
    while (Date.now() < expires) {
      const still = await couch(team, `${team.db}/${joinId}`).catch((error) => (error.status === 404 ? null : join));
      if (!still) break;
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
    await cancel();
    return true;
  };
  return { code, expires, arrived, admit, cancel };
}

/**
 * Joins this device to a team from the code an enrolled device shows. `comparison` is the
 * code to compare with the other screen; `admitted()` resolves once the keys arrived and
 * this device started to receive the person's records.
 */
export async function join(code, deviceName) {
  const given = decodeCode(code, JOIN_PREFIX);
  if (!given || typeof given.d !== 'string' || typeof given.j !== 'string') throw new Error('team-join-code-wrong');
  const m = await engine();
  const temp = { user: given.u, password: given.p };
  const probe = { server: given.s || '/couch/', db: given.d, admin: temp };
  let doc;
  try {
    doc = await couch(probe, `${given.d}/${given.j}`);
  } catch (error) {
    throw new Error(error.status === 401 || error.status === 403 || error.status === 404 ? 'team-join-used' : 'team-server-unreachable');
  }
  if (!doc || Date.now() > Number(doc.expires) || typeof given.x !== 'string') throw new Error('team-join-used');
  const pair = await m.device_keys();
  const id = `d-${randomHex(8)}`;
  try {
    // Created, never updated: a second device with the same code gets a conflict (409).
    await couch(probe, `${given.d}/${given.j}-k`, {
      method: 'PUT',
      body: { public: pair.public, device: String(deviceName).slice(0, 60) },
    });
  } catch (error) {
    throw new Error(error.status === 409 || error.status === 401 || error.status === 403 ? 'team-join-used' : 'team-server-unreachable');
  }
  const comparison = await m.comparison_code(`${given.j}:${given.x}`, pair.public);
  const admitted = async () => {
    for (;;) {
      if (Date.now() > Number(doc.expires)) throw new Error('team-join-expired');
      let now;
      try {
        now = await couch(probe, `${given.d}/${given.j}`);
      } catch (error) {
        // The temporary user is taken out once the keys are written: read with them.
        if (error.status !== 401 && error.status !== 403) throw new Error('team-server-unreachable');
        now = null;
      }
      if (now && typeof now.wrapped === 'string') {
        const secret = JSON.parse(await m.unwrap(pair.private, now.wrapped, given.j));
        const team = {
          person: secret.person,
          server: probe.server,
          db: given.d,
          admin: null,
          keys: secret.keys,
          // The key pair stays: when a device is removed, the team's new keys come wrapped
          // for it (a document `k-<this device's user>`). The private key cannot be read out.
          device: { id, name: String(deviceName).slice(0, 60), user: secret.user, password: secret.password, private: pair.private, public: pair.public },
        };
        // Used once: gone from the server.
        const mine = { ...probe, admin: { user: secret.user, password: secret.password } };
        await couch(mine, `${given.d}/${given.j}?rev=${now._rev}`, { method: 'DELETE' }).catch(() => {});
        const offer = await couch(mine, `${given.d}/${given.j}-k`).catch(() => null);
        if (offer) await couch(mine, `${given.d}/${given.j}-k?rev=${offer._rev}`, { method: 'DELETE' }).catch(() => {});
        await saveTeam(team);
        const entry = await run(team);
        await entry.link.syncNow();
        await entry.busy;
        return { person: team.person, arrived: entry.arrived };
      }
      await new Promise((resolve) => setTimeout(resolve, 700));
    }
  };
  return { comparison, admitted };
}
