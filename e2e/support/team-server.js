// The team sync specs' way to the CouchDB-protocol test server (tools/couch-server.mjs,
// started by playwright.config.js, which puts its port and server admin in the
// environment): a new team made by scripts/couch-team as an organisation makes one, its
// setup code decoded, and direct calls to the server as its admin or as any user.
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { couchPort } from '../tools/couch-server.mjs';

const run = promisify(execFile);
const COUCH_TEAM = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../scripts/couch-team');

/** The test server, straight (the app reaches it through serve.mjs's /couch/). */
export const COUCH_URL = `http://127.0.0.1:${couchPort()}`;

/** The server admin, "name:password" (playwright.config.js makes one per run). */
export function couchAdmin() {
  const admin = process.env.PICTOKIT_COUCH_ADMIN;
  if (!admin) throw new Error('PICTOKIT_COUCH_ADMIN is not set: run the specs through playwright.config.js');
  return admin;
}

/** The Authorization header of "name:password". */
export const basic = (credentials) => `Basic ${Buffer.from(credentials).toString('base64')}`;

/** Runs scripts/couch-team with `args` against the test server as its admin (given in the
 * environment, as an organisation may). Resolves to { code, stdout, stderr }, code being
 * the exit code; never rejects on a failing exit. */
export async function couchTeam(args, { admin } = {}) {
  // An empty admin ('') is a test of the script without one: only a missing one defaults.
  admin ??= couchAdmin();
  try {
    const { stdout, stderr } = await run(process.execPath, [COUCH_TEAM, ...args], {
      env: { ...process.env, PICTOKIT_COUCH_ADMIN: admin },
      timeout: 30_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

/** A new team on the test server: { db, user, password, code }, made by
 * `scripts/couch-team create --json`. Another server (webdriver/run.mjs's own) is given
 * as { server, admin }: its address and its admin "name:password". */
export async function createTeam({ server = COUCH_URL, admin } = {}) {
  const result = await couchTeam(['create', '--server', server, '--json'], { admin });
  if (result.code !== 0) throw new Error(`scripts/couch-team create failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** Removes a team made by createTeam() (its database and users), on the same server. */
export async function removeTeam(db, { server = COUCH_URL, admin } = {}) {
  const result = await couchTeam(['remove', '--server', server, '--db', db, '--json'], { admin });
  if (result.code !== 0) throw new Error(`scripts/couch-team remove failed (${result.code}): ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** What a team setup code holds: { s: the app's address of the server, d: database,
 * u: user, p: password }. Throws on anything that is not one. */
export function decodeSetupCode(code) {
  const match = /^pictokit-team:1:([A-Za-z0-9_-]+)$/.exec(code);
  if (!match) throw new Error(`not a team setup code: ${code}`);
  return JSON.parse(Buffer.from(match[1], 'base64url').toString('utf8'));
}

/**
 * Calls the test server: `path` (encoded, from the server's root) with `method` and a JSON
 * `body`, as `auth` ("name:password"; the server admin by default, null for nobody),
 * directly or through `base` (the app's way: `${baseURL}/couch`). Resolves to
 * { status, body, headers }, body parsed when it is JSON. Each call stands alone (no
 * cookie kept), so one identity never lends its session to the next.
 */
export async function couch(path, { method = 'GET', body, auth = couchAdmin(), base = COUCH_URL } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      accept: 'application/json',
      ...(auth ? { authorization: basic(auth) } : {}),
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  let parsed = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // Not JSON: kept as text.
  }
  return { status: response.status, body: parsed, headers: response.headers };
}

/** Creates a user as `auth` (any user may create one without roles, as a facilitator's
 * device does for a new device): { name, password, credentials: "name:password" }. */
export async function createUser(name, { auth = couchAdmin() } = {}) {
  const password = randomBytes(24).toString('base64url');
  const reply = await couch(`/_users/${encodeURIComponent(`org.couchdb.user:${name}`)}`, {
    method: 'PUT',
    body: { _id: `org.couchdb.user:${name}`, name, type: 'user', roles: [], password },
    auth,
  });
  if (reply.status !== 201 && reply.status !== 202) {
    throw new Error(`could not create the user ${name}: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return { name, password, credentials: `${name}:${password}` };
}
