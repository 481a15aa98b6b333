// The server side of team sync (issue #24, docs/sync/SERVER.md), without a page: a team
// made by scripts/couch-team on the CouchDB-protocol test server (tools/couch-server.mjs);
// its facilitator, a database admin and no server admin, adds a device, which reads and
// writes through the app's own origin (serve.mjs's /couch/), and takes it out again; who
// is not a member is refused; `remove` deletes the team. Refusals expect 401 or 403 where
// CouchDB 3 answers 403 and pouchdb-server 401 (an authenticated non-member).
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures.js';
import { startServer } from '../serve.mjs';
import {
  COUCH_URL, basic, couch, couchAdmin, couchTeam, createTeam, createUser, decodeSetupCode, removeTeam,
} from '../support/team-server.js';

const REFUSED = [401, 403];
const hex = (bytes) => randomBytes(bytes).toString('hex');
const userDoc = (name) => `/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`;

test('scripts/couch-team makes a team only its facilitator opens, and removes it', async () => {
  const team = await createTeam();
  expect(team.db).toMatch(/^pk-team-[0-9a-f]{16}$/);
  expect(team.user).toMatch(/^pk-fac-[0-9a-f]{16}$/);
  expect(team.password.length).toBeGreaterThanOrEqual(32);
  expect(decodeSetupCode(team.code)).toEqual({ s: '/couch/', d: team.db, u: team.user, p: team.password });
  // The password is no key of the team's: the code holds nothing else.
  expect(Object.keys(decodeSetupCode(team.code))).toEqual(['s', 'd', 'u', 'p']);

  const security = await couch(`/${team.db}/_security`);
  expect(security.body).toEqual({
    admins: { names: [team.user], roles: [] },
    members: { names: [team.user], roles: [] },
  });
  const facilitator = `${team.user}:${team.password}`;
  const session = await couch('/_session', { auth: facilitator });
  expect(session.body.userCtx).toEqual({ name: team.user, roles: [] });
  expect((await couch(`/${team.db}`, { auth: facilitator })).status).toBe(200);
  expect((await couch(`/${team.db}`, { auth: null })).status).toBe(401);
  // Another team's facilitator is a stranger here.
  const other = await createTeam();
  expect(REFUSED).toContain((await couch(`/${team.db}`, { auth: `${other.user}:${other.password}` })).status);

  const removed = await removeTeam(team.db);
  expect(removed).toEqual({ db: team.db, removedUsers: [team.user], keptUsers: [] });
  expect((await couch(`/${team.db}`)).status).toBe(404);
  expect((await couch(userDoc(team.user))).status).toBe(404);
  expect((await couch(`/${other.db}`, { auth: `${other.user}:${other.password}` })).status).toBe(200);
  await removeTeam(other.db);
});

test('the facilitator adds a device, which reads and writes through /couch/, and removes it at once', async ({ baseURL }) => {
  const team = await createTeam();
  const facilitator = `${team.user}:${team.password}`;
  const viaApp = (url, options = {}) => couch(url, { base: `${baseURL}/couch`, ...options });

  // The facilitator's device makes the new device's user, then lets it in (as the app will).
  const device = await createUser(`pk-dev-${hex(8)}`, { auth: facilitator });
  expect(REFUSED).toContain((await viaApp(`/${team.db}`, { auth: device.credentials })).status);
  const security = (await viaApp(`/${team.db}/_security`, { auth: facilitator })).body;
  security.members.names.push(device.name);
  expect((await viaApp(`/${team.db}/_security`, { method: 'PUT', body: security, auth: facilitator })).status).toBe(200);

  // The device writes a sealed record and reads it back; the reply keeps CouchDB's headers.
  const id = `r-${hex(32)}`;
  const record = { v: 1, k: hex(8), n: hex(12), c: randomBytes(64).toString('base64') };
  const written = await viaApp(`/${team.db}/${id}`, { method: 'PUT', body: record, auth: device.credentials });
  expect(written.status).toBe(201);
  expect(written.headers.get('etag')).toBe(`"${written.body.rev}"`);
  const read = await viaApp(`/${team.db}/${id}`, { auth: device.credentials });
  expect(read.status).toBe(200);
  expect(read.body).toEqual({ ...record, _id: id, _rev: written.body.rev });
  const direct = await couch(`/${team.db}/${id}`, { auth: device.credentials });
  expect(read.headers.get('etag')).toBeTruthy();
  expect(read.headers.get('etag')).toBe(direct.headers.get('etag'));
  // A member is no admin of the database: it cannot let others in.
  expect(REFUSED).toContain((await viaApp(`/${team.db}/_security`, { method: 'PUT', body: security, auth: device.credentials })).status);

  // Nobody else gets in: not anonymous, not a stranger, not a wrong password.
  const stranger = await createUser(`pk-dev-${hex(8)}`);
  for (const [who, auth, refusals] of [['anonymous', null, [401]], ['a stranger', stranger.credentials, REFUSED],
    ['a wrong password', `${device.name}:${hex(16)}`, [401]]]) {
    expect(refusals, `${who} reads`).toContain((await viaApp(`/${team.db}/${id}`, { auth })).status);
    expect(refusals, `${who} writes`).toContain((await viaApp(`/${team.db}/r-${hex(32)}`, { method: 'PUT', body: record, auth })).status);
  }

  // Taken out of the members, the device is refused at once; the facilitator still reads.
  security.members.names = security.members.names.filter((name) => name !== device.name);
  expect((await viaApp(`/${team.db}/_security`, { method: 'PUT', body: security, auth: facilitator })).status).toBe(200);
  expect(REFUSED).toContain((await viaApp(`/${team.db}/${id}`, { auth: device.credentials })).status);
  expect(REFUSED).toContain((await viaApp(`/${team.db}/${id}`, {
    method: 'PUT', body: { ...record, _rev: written.body.rev }, auth: device.credentials,
  })).status);
  expect((await viaApp(`/${team.db}/${id}`, { auth: facilitator })).status).toBe(200);
  await removeTeam(team.db);
});

test('/couch/ streams a live changes feed and a large body both ways', async ({ baseURL }) => {
  const team = await createTeam();
  const facilitator = `${team.user}:${team.password}`;
  const viaApp = (url, options = {}) => couch(url, { base: `${baseURL}/couch`, auth: facilitator, ...options });

  // A continuous feed opened before a write shows the write while it is still open: the
  // proxy passes the reply on as it comes, not when it ends.
  // Two quirks of pouchdb-server, not of the proxy: its since=now never shows a change (so
  // from the database's update_seq), and it gzips a continuous feed, holding it back until
  // the end, for a client that accepts gzip (so identity; PouchDB's live replication
  // polls with feed=longpoll, whose replies end).
  const since = (await viaApp(`/${team.db}`)).body.update_seq;
  const feed = new AbortController();
  const changes = await fetch(`${baseURL}/couch/${team.db}/_changes?feed=continuous&since=${since}&heartbeat=1000`, {
    headers: { authorization: basic(facilitator), 'accept-encoding': 'identity' },
    signal: feed.signal,
  });
  expect(changes.status).toBe(200);
  const id = `r-${hex(32)}`;
  expect((await viaApp(`/${team.db}/${id}`, { method: 'PUT', body: { v: 1 } })).status).toBe(201);
  const reader = changes.body.getReader();
  let seen = '';
  const decoder = new TextDecoder();
  while (!seen.includes(id)) {
    const { done, value } = await reader.read();
    if (done) break;
    seen += decoder.decode(value, { stream: true });
  }
  feed.abort();
  expect(seen).toContain(`"id":"${id}"`);

  // 8 MB up and down (a record with photos), the same bytes back.
  const big = { v: 1, c: randomBytes(6 * 1024 * 1024).toString('base64') };
  const bigId = `r-${hex(32)}`;
  expect((await viaApp(`/${team.db}/${bigId}`, { method: 'PUT', body: big })).status).toBe(201);
  const back = await viaApp(`/${team.db}/${bigId}`);
  expect(back.status).toBe(200);
  expect(back.body.c === big.c, 'the same ciphertext came back').toBe(true);
  await removeTeam(team.db);
});

test('/couch/ answers 502 in CouchDB\'s shape when no server is behind it', async () => {
  // A port nothing listens on: taken, then given back.
  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  const dir = mkdtempSync(path.join(tmpdir(), 'pictokit-empty-dist-'));
  const server = await startServer(dir, 0, { couch: `http://127.0.0.1:${port}` });
  try {
    const reply = await couch('/some-db', { base: `${server.url}/couch`, auth: couchAdmin() });
    expect(reply.status).toBe(502);
    expect(reply.body.error).toBe('bad_gateway');
    expect(reply.body.reason).toContain(`127.0.0.1:${port}`);
  } finally {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

test('scripts/couch-team says what went wrong, with its exit code', async () => {
  const wrongAdmin = await couchTeam(['create', '--server', COUCH_URL], { admin: `pictokit-admin:${hex(8)}` });
  expect(wrongAdmin.code).toBe(3);
  expect(wrongAdmin.stderr).toContain('refused the admin');
  expect(wrongAdmin.stderr).toContain('401');

  const probe = http.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  const unreachable = await couchTeam(['create', '--server', `http://127.0.0.1:${port}`]);
  expect(unreachable.code).toBe(2);
  expect(unreachable.stderr).toContain(`cannot reach the CouchDB server at http://127.0.0.1:${port}/`);

  const notATeam = await couchTeam(['remove', '--server', COUCH_URL, '--db', '_users']);
  expect(notATeam.code).toBe(1);
  expect((await couch('/_users')).status).toBe(200);

  const missing = await couchTeam(['remove', '--server', COUCH_URL, '--db', `pk-team-${hex(8)}`]);
  expect(missing.code).toBe(4);
  expect(missing.stderr).toContain('there is no database');

  const noAdmin = await couchTeam(['create', '--server', COUCH_URL], { admin: '' });
  expect(noAdmin.code).toBe(1);
  expect(noAdmin.stderr).toContain('--admin');

  // The human output names the team and prints its code on a line of its own.
  const made = await couchTeam(['create', '--server', COUCH_URL, '--app-url', 'https://couch.example.org/']);
  expect(made.code).toBe(0);
  const code = made.stdout.split('\n').map((line) => line.trim()).find((line) => line.startsWith('pictokit-team:1:'));
  const decoded = decodeSetupCode(code);
  expect(decoded.s).toBe('https://couch.example.org/');
  expect(made.stdout).toContain(decoded.d);
  expect((await couch(`/${decoded.d}`, { auth: `${decoded.u}:${decoded.p}` })).status).toBe(200);
  await removeTeam(decoded.d);
});
