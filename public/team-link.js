// The link between this device and its team's CouchDB database (issue #24,
// docs/sync/DESIGN.md), loaded on demand when a profile has a team — never by the first
// screen. It keeps a local PouchDB database (IndexedDB, the `indexeddb` adapter: the
// default `idb` one hangs in WebKitGTK's automation session) replicated both ways with
// the team's database, and hands the caller every document that arrives. It knows nothing
// of what documents hold: the caller seals and opens them (transfer::team).
//
//   import { link } from './team-link.js';
//   const team = await link({ name, remote, user, password, onDocs, onState });
//
// name      the local database's name (one per team and device).
// remote    the team database's URL, absolute or relative to the page ('/couch/pk-team-abc').
// user, password   this device's CouchDB user; sent as Basic auth, never in the URL. The
//           device never creates the database (skip_setup): a server admin does.
// onDocs(docs)   called with the documents that arrived from the server into the local
//           database, each as stored ({_id, _rev, ...}); a deleted one as {_id, _rev,
//           _deleted: true}. A document whose current revision this device wrote itself
//           is left out. A document in conflict comes as all its leaves, the winner first
//           with `_conflicts` (the others' revs): merge them and call resolve(). May return
//           a promise: the batch counts as handled when it settles, so a device that stops
//           before is given the same documents again (handle them idempotently).
// onState({state, waiting, status})   called whenever it changes:
//           'up-to-date'  nothing of this device waits and the server answered;
//           'waiting'     `waiting` changes not yet on the server (0: not in touch yet);
//           'offline'     the browser is offline, or the server cannot be reached (no
//                         answer, or 502/503/504 from the proxy in front of it);
//           'refused'     the server said no: `status` 401/403 = this device was removed
//                         or its password is wrong, 413 = too large, or another status.
//           `waiting` is given in every state.
//
// The object returned:
//   put(docs)        stores documents ({_id, ...}; any _rev is ignored: the current one
//                    is taken). A document that changed here while the caller had not yet
//                    been given the change that arrived is not written over it but beside
//                    it, as a conflict, so that both come back through onDocs to be merged.
//   resolve(id, merged, loserRevs)   writes `merged` ({_id, ...}, or null to keep the
//                    winner as it is) as the document's next version, as put() does, and
//                    deletes the leaves `loserRevs` (the winner's `_conflicts`). Write
//                    nothing when the merge equals the winner: two devices resolving the
//                    same conflict at once with new versions make a new conflict.
//   get(id)          the local document (with `_conflicts` if any) or null.
//   leaves(id)       the document as onDocs gives it: the winner (with `_conflicts`), then
//                    every other leaf; [] when there is none. For a conflict the caller
//                    left for later (onDocs counts a batch as handled when it settles).
//   pending()        how many documents changed here are not yet known on the server
//                    (counted locally, so it works offline).
//   syncNow()        one push then one pull, resolved when both are done and what arrived
//                    has been handed to onDocs; rejects if the server cannot be reached or
//                    refuses (the state says which).
//   close()          stops replication and closes the database; destroy() also deletes it.
//
// One link per local database at a time in a browser (a Web Lock): link() in a second tab
// throws an error with `code: 'elsewhere'` until the first closes.
//
// Replication: two live `PouchDB.replicate` (push and pull) rather than one `sync`, so that
// each direction's state is its own (pending changes are a push matter) and a refusal or a
// restart of one is visible as such; `sync` is the same two replications behind one
// emitter. Both retry with a back-off capped at a minute, and restart at once when the
// browser says it is online again. A 401/403 stops them (PouchDB does not retry those):
// link again with other credentials. The service worker leaves /couch/ to the network.
//
// Bookkeeping, in the local document `_local/pictokit-team-link`:
//   seen    the local changes feed's sequence up to which documents were handed to onDocs;
//   pushed  the sequence up to which every change of this device is on the server
//           (checked with _revs_diff after each push round, not inferred);
//   mine    id → rev this device wrote, until both seen and pushed are past it.
// A device stopped between writing a document and noting it in `mine` is given its own
// document back once (harmless: the caller finds the same version).

/* global PouchDB */

const ADAPTER = 'indexeddb';
const BOOK = '_local/pictokit-team-link';
const BATCH = 100;

let loading = null;

/** PouchDB and its indexeddb adapter, loaded once by script tags (the CSP allows 'self'). */
function pouch() {
  if (!loading) {
    const script = (file) => new Promise((resolve, reject) => {
      const tag = document.createElement('script');
      tag.src = new URL(file, document.baseURI).href;
      tag.onload = resolve;
      tag.onerror = () => reject(new Error(`team-link: could not load ${file}`));
      document.head.append(tag);
    });
    loading = script('pouchdb/pouchdb.min.js')
      .then(() => script('pouchdb/pouchdb.indexeddb.min.js'))
      .then(() => PouchDB)
      .catch((error) => {
        loading = null;
        throw error;
      });
  }
  return loading;
}

/** fetch for PouchDB. An error answered in HTML or text (a reverse proxy's 413 or 502)
 * becomes JSON, so that PouchDB reports its status instead of a parse error. An answer
 * that arrives once `isClosed()` becomes an error: PouchDB does not check that a
 * cancelled replication is over before it reads its checkpoint from the local database,
 * which by then may be closing (an error in the console) or deleted. */
function fetchFor(isClosed) {
  const closedError = () => Object.assign(new Error('team-link: closed'), { name: 'closed' });
  return async (url, options) => {
    if (isClosed()) throw closedError();
    let response;
    try {
      response = await fetch(url, options);
    } catch (error) {
      // Offline, or no answer: the replications retry and say so (state 'offline'). Marked,
      // so that where PouchDB leaves the refusal unhandled (its info() of the server, as
      // a replication starts offline) it is not a page error (quietLinkRejections).
      if (error && typeof error === 'object') error.teamLink = true;
      throw error;
    }
    const text = await response.text();
    if (isClosed()) throw closedError();
    const json = response.ok || (response.headers.get('content-type') || '').includes('json');
    const body = [204, 205, 304].includes(response.status) ? null
      : json ? text : JSON.stringify({ error: `http_${response.status}`, reason: response.statusText });
    return new Response(body, { status: response.status, statusText: response.statusText, headers: json ? response.headers : { 'content-type': 'application/json' } });
  };
}

/** What a replication error means for the facilitator. */
function classify(error) {
  const status = error && (error.status || (error.name === 'too_large' ? 413 : 0));
  if (!status || status === 502 || status === 503 || status === 504) return { state: 'offline' };
  return { state: 'refused', status };
}

/** Waits before retrying: 1 s, doubling up to a minute, ±25 % so devices spread out. */
function backOff(delay) {
  const next = Math.min(60_000, Math.max(1_000, delay * 2));
  return Math.round(next * (0.75 + Math.random() / 2));
}

/** A random revision hash (32 hex digits), for a version written beside another. */
function randomHash() {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** A document as the caller gives it, without the fields PouchDB owns. */
function body(doc) {
  const { _rev, _conflicts, _revisions, ...rest } = doc;
  return rest;
}

/** Holds the Web Lock of the local database `name` until `release()`; false if another
 * tab of this browser holds it (two links on one database would race on its bookkeeping). */
function hold(name) {
  return new Promise((resolve) => {
    navigator.locks.request(`pictokit-team-link:${name}`, { ifAvailable: true }, (lock) => {
      if (!lock) return resolve(false);
      return new Promise((release) => resolve(release));
    });
  });
}

/** Once per page: a promise that PouchDB leaves unhandled, refused with this module's own
 * "closed" (a request or a queued task of a link closed meanwhile, as a replication is
 * cancelled) or with a network failure of the link's own requests (offline: the
 * replications retry and say so), is not an error of the page. Nothing else is touched. */
let quieted = false;
function quietLinkRejections() {
  if (quieted) return;
  quieted = true;
  window.addEventListener('unhandledrejection', (event) => {
    const reason = event.reason;
    if (reason instanceof Error && (reason.message === 'team-link: closed' || reason.teamLink === true)) {
      event.preventDefault();
    }
  });
}

export async function link({ name, remote, user, password, onDocs = () => {}, onState = () => {} }) {
  quietLinkRejections();
  const Pouch = await pouch();
  const release = await hold(name);
  if (!release) throw Object.assign(new Error(`team-link: ${name} is linked in another tab`), { code: 'elsewhere' });
  const db = new Pouch(name, { adapter: ADAPTER });
  let closed = false;
  const server = new Pouch(new URL(remote, document.baseURI).href, {
    auth: { username: user, password },
    skip_setup: true,
    fetch: fetchFor(() => closed),
  });

  let book;
  try {
    book = await db.get(BOOK);
  } catch (error) {
    if (error.status !== 404) {
      release();
      throw error;
    }
    book = { _id: BOOK, seen: 0, pushed: 0, mine: {} };
  }

  // Every read-modify-write of the book and of documents goes through one queue.
  let queue = Promise.resolve();
  // Once closed, nothing queued touches the database again (an operation on a closed
  // PouchDB reopens it, and that connection then blocks deleting it).
  function locked(task) {
    const run = queue.then(() => {
      if (closed) throw new Error('team-link: closed');
      return task();
    });
    queue = run.catch(() => {});
    return run;
  }
  async function save() {
    const { rev } = await db.put(book);
    book._rev = rev;
  }

  // Revisions handed to onDocs whose batch is not yet counted as seen.
  const given = new Map();

  /** The changes since `since` of the documents `ids` (all when absent): each with its
   * winning rev, or with `leaves` every leaf's. */
  function changesSince(since, ids, leaves = false) {
    return db.changes({ since, ...(leaves ? { style: 'all_docs' } : {}), ...(ids ? { doc_ids: ids } : {}) });
  }

  /** Writes `doc` as the document's next version. If what is stored now came from the
   * server and the caller was not given it yet, the new version goes beside it (a
   * conflict, delivered with all its leaves) instead of replacing it unseen. */
  async function write(doc, unseen) {
    for (let attempt = 0; ; attempt += 1) {
      let current = null;
      try {
        current = await db.get(doc._id, { revs: true });
      } catch (error) {
        if (error.status !== 404) throw error;
      }
      try {
        if (current && unseen.has(doc._id)) {
          const { start, ids } = current._revisions;
          const hash = randomHash();
          const rev = `${start}-${hash}`;
          const beside = { ...doc, _rev: rev, _revisions: { start, ids: [hash, ...ids.slice(1)] } };
          await db.bulkDocs([beside], { new_edits: false });
          return rev;
        }
        const stored = await db.put(current ? { ...doc, _rev: current._rev } : doc);
        return stored.rev;
      } catch (error) {
        // The replicator wrote the document in between: read it again.
        if (error.status !== 409 || attempt >= 4) throw error;
        unseen.add(doc._id);
      }
    }
  }

  /** The ids among `ids` whose current version arrived and was not handed to onDocs. */
  async function unseenOf(ids) {
    const { results } = await changesSince(book.seen, ids);
    const unseen = new Set();
    for (const change of results) {
      const rev = change.changes[0].rev;
      if (rev !== book.mine[change.id] && !(given.get(change.id) || []).includes(rev)) unseen.add(change.id);
    }
    return unseen;
  }

  async function put(docs) {
    await locked(async () => {
      // One write per document: the last given for an id.
      const clean = [...new Map(docs.map((doc) => [doc._id, body(doc)])).values()];
      const unseen = await unseenOf(clean.map((doc) => doc._id));
      for (const doc of clean) book.mine[doc._id] = await write(doc, unseen);
      await save();
    });
    report();
  }

  async function resolve(id, merged, loserRevs = []) {
    await locked(async () => {
      let rev = null;
      if (merged) rev = await write({ ...body(merged), _id: id }, await unseenOf([id]));
      const losers = loserRevs.map((loser) => ({ _id: id, _rev: loser, _deleted: true }));
      const results = losers.length ? await db.bulkDocs(losers) : [];
      // A leaf already gone (deleted by another device's resolution) is no error.
      const failed = results.find((result) => result.error && result.status !== 409 && result.status !== 404);
      if (failed) throw Object.assign(new Error(failed.message || failed.reason), { status: failed.status });
      // The version this device settled on: its own, or the winner it kept.
      book.mine[id] = rev || (await db.get(id))._rev;
      await save();
    });
    report();
  }

  async function leaves(id) {
    return locked(async () => {
      let doc;
      try {
        doc = await db.get(id, { conflicts: true });
      } catch (error) {
        if (error.status === 404) return [];
        throw error;
      }
      return withLeaves(doc);
    });
  }

  /** `doc` (read with its `_conflicts`), then every other leaf of it. */
  async function withLeaves(doc) {
    const docs = [doc];
    const conflicts = doc._conflicts || [];
    if (conflicts.length) for (const leaf of await db.get(doc._id, { open_revs: conflicts })) if (leaf.ok) docs.push(leaf.ok);
    return docs;
  }

  async function get(id) {
    try {
      return await db.get(id, { conflicts: true });
    } catch (error) {
      if (error.status === 404) return null;
      throw error;
    }
  }

  /** Forgets the revisions this device wrote once both onDocs and the server are past them. */
  async function prune() {
    const { results } = await db.changes({ since: Math.min(book.seen, book.pushed) });
    const recent = new Set(results.map((change) => change.id));
    for (const id of Object.keys(book.mine)) if (!recent.has(id)) delete book.mine[id];
  }

  // An onDocs that threw leaves its batch to be given again with the next change.
  const warn = (error) => {
    if (!closed) console.warn('team-link: onDocs failed', error);
  };

  // Incoming: the local changes feed since `seen`, in batches, handed to onDocs.
  let draining = null;
  let again = false;
  function drain() {
    if (draining) {
      again = true;
      return draining;
    }
    draining = (async () => {
      do {
        again = false;
        let more = true;
        while (more && !closed) {
          const batch = await locked(async () => {
            const feed = await db.changes({ since: book.seen, limit: BATCH, include_docs: true, conflicts: true });
            const docs = [];
            for (const { doc } of feed.results) {
              const conflicts = doc._conflicts || [];
              if (!conflicts.length && book.mine[doc._id] === doc._rev) continue;
              docs.push(...(await withLeaves(doc)));
            }
            for (const doc of docs) given.set(doc._id, [...(given.get(doc._id) || []), doc._rev]);
            return { docs, last: feed.last_seq, more: feed.results.length === BATCH };
          });
          if (batch.docs.length) await onDocs(batch.docs);
          if (closed) return;
          await locked(async () => {
            book.seen = batch.last;
            for (const doc of batch.docs) given.delete(doc._id);
            await prune();
            await save();
          });
          more = batch.more;
        }
      } while (again && !closed);
    })().finally(() => {
      draining = null;
    });
    return draining;
  }
  const feed = db.changes({ live: true, since: 'now' }).on('change', () => {
    drain().catch(warn);
  });

  /** Moves `pushed` past every change of this device that the server has (_revs_diff). */
  async function confirm() {
    const { results, last } = await locked(async () => {
      const feedNow = await changesSince(book.pushed, null, true);
      return {
        last: feedNow.last_seq,
        results: feedNow.results.map((change) => ({
          seq: change.seq,
          id: change.id,
          rev: change.changes.some((leaf) => leaf.rev === book.mine[change.id]) ? book.mine[change.id] : null,
        })),
      };
    });
    const ours = results.filter((change) => change.rev);
    const missing = ours.length
      ? await server.revsDiff(Object.fromEntries(ours.map((change) => [change.id, [change.rev]])))
      : {};
    let upTo = last;
    for (let i = 0; i < results.length; i += 1) {
      if (results[i].rev && missing[results[i].id]) {
        upTo = i ? results[i - 1].seq : null;
        break;
      }
    }
    await locked(async () => {
      if (upTo !== null && upTo > book.pushed) {
        book.pushed = upTo;
        await prune();
        await save();
      }
    });
  }

  async function pending() {
    return locked(async () => {
      const mine = book.mine;
      if (!Object.keys(mine).length) return 0;
      const { results } = await changesSince(book.pushed, Object.keys(mine), true);
      return results.filter((change) => change.changes.some((leaf) => leaf.rev === mine[change.id])).length;
    });
  }

  // The state shown to the facilitator.
  const problems = { push: null, pull: null };
  let reached = false;
  let last = '';
  let reporting = Promise.resolve();
  function report() {
    reporting = reporting.then(async () => {
      if (closed) return;
      const waiting = await pending();
      const problem = [problems.push, problems.pull].find((p) => p && p.state === 'refused')
        || (!navigator.onLine && { state: 'offline' })
        || problems.push || problems.pull;
      const next = problem ? { ...problem, waiting }
        : { state: waiting || !reached ? 'waiting' : 'up-to-date', waiting };
      const key = JSON.stringify(next);
      if (key !== last) {
        last = key;
        onState(next);
      }
    }).catch((error) => {
      if (!closed) console.warn('team-link: state', error);
    });
    return reporting;
  }

  // Live replication, both ways.
  let live = [];
  function watch(replication, direction) {
    // A problem ends with a success ('change': a batch written; 'paused' with no error:
    // caught up), not when a retry starts, so a state does not flicker at every retry.
    return replication
      .on('change', () => {
        problems[direction] = null;
        report();
      })
      .on('paused', (error) => {
        problems[direction] = error ? classify(error) : null;
        if (!error) {
          reached = true;
          if (direction === 'push') confirm().then(report, () => {});
        }
        report();
      })
      .on('denied', (error) => {
        problems[direction] = { state: 'refused', status: (error && error.status) || 403 };
        report();
      })
      .on('error', (error) => {
        problems[direction] = classify(error);
        report();
      });
  }
  /** Cancels the live replications; resolves when they have ended (a replication waiting
   * to retry ends only when its timer fires: not waited for beyond 2 s). */
  function stopLive() {
    const ending = live;
    for (const replication of ending) replication.cancel();
    live = [];
    const ended = Promise.allSettled(ending.map((replication) => Promise.resolve(replication)));
    return Promise.race([ended, new Promise((done) => { setTimeout(done, 2_000); })]);
  }
  const refused = () => [problems.push, problems.pull].some((p) => p && p.state === 'refused');
  /** Starts the live replications, unless they run, a round of syncNow() does, or the
   * server refused this device (PouchDB does not retry a 401/403: link again). */
  function startLive() {
    if (closed || live.length || round || refused()) return;
    const liveOptions = { live: true, retry: true, back_off_function: backOff };
    live = [
      watch(Pouch.replicate(db, server, liveOptions), 'push'),
      watch(Pouch.replicate(server, db, liveOptions), 'pull'),
    ];
  }

  let round = null;
  function syncNow() {
    if (closed) return Promise.reject(new Error('team-link: closed'));
    if (!round) {
      round = (async () => {
        await stopLive();
        let direction = 'push';
        try {
          await Pouch.replicate(db, server, {});
          await confirm();
          problems.push = null;
          direction = 'pull';
          await Pouch.replicate(server, db, {});
          problems.pull = null;
          reached = true;
        } catch (error) {
          problems[direction] = classify(error);
          throw error;
        } finally {
          round = null;
          startLive();
          report();
        }
        // What arrived is handed over (an onDocs that throws rejects syncNow, not the state).
        await drain();
      })();
    }
    return round;
  }

  // Back online: try at once instead of waiting for the back-off.
  const online = () => {
    if (!round) stopLive().then(startLive);
    report();
  };
  const offline = () => report();
  window.addEventListener('online', online);
  window.addEventListener('offline', offline);

  /** Stops everything that uses the database and waits for what is under way. */
  async function stop() {
    closed = true;
    window.removeEventListener('online', online);
    window.removeEventListener('offline', offline);
    feed.cancel();
    await stopLive();
    await Promise.allSettled([queue, draining, round, reporting]);
    // An answer read just before the close finishes its step on the local database.
    await new Promise((done) => { setTimeout(done, 20); });
  }

  async function close() {
    if (closed) return;
    await stop();
    await db.close();
    release();
  }

  async function destroy() {
    if (!closed) await stop();
    await db.destroy();
    release();
  }

  startLive();
  report();
  drain().catch(warn);

  return { put, resolve, get, leaves, pending, syncNow, close, destroy };
}
