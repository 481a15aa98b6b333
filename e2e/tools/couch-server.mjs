// The CouchDB-protocol server of the team sync tests (issue #24): npm's pouchdb-server 4.2.0
// (pinned in ../package.json), in memory, on 127.0.0.1 only, with one server admin. It
// enforces `_users` and a database's `_security` as CouchDB 3 does; production runs Apache
// CouchDB 3 (docs/sync/SERVER.md), of which this is a test double for the protocol.
//
//   node tools/couch-server.mjs [PORT]
//       for Playwright's webServer (playwright.config.js): port PORT, else
//       PICTOKIT_COUCH_PORT, else 5985; the admin "name:password" from PICTOKIT_COUCH_ADMIN,
//       else pictokit-admin with a random password. Stops the server and removes its folder
//       on SIGTERM or SIGINT.
//   import { startCouch } from '../tools/couch-server.mjs'
//       for the other runners (webdriver/run.mjs): resolves to { url, port, admin, pid, stop, died }.
//
// Its configuration and log live in a folder of its own in the system's temporary folder
// (the data only in memory), never in the working tree; stop() removes the folder. CORS
// stays off, as in the recommended deployment: the app reaches it through e2e/serve.mjs's
// /couch/ on its own origin.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const DEFAULT_COUCH_PORT = 5985;
export const COUCH_ADMIN_NAME = 'pictokit-admin';

/** A server admin "name:password" with a password of its own. */
export function randomAdmin() {
  return `${COUCH_ADMIN_NAME}:${randomBytes(16).toString('hex')}`;
}

/** The port of the environment's server (PICTOKIT_COUCH_PORT), or the default. */
export function couchPort() {
  return Number(process.env.PICTOKIT_COUCH_PORT || DEFAULT_COUCH_PORT);
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A port nothing listens on now (pouchdb-server cannot say which one it took for 0). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Whether the server on `url` is the one with this `uuid` (not another on the same port)
 * and admits `admin` as a server admin. */
async function ready(url, uuid, admin) {
  try {
    const root = await (await fetch(url)).json();
    if (root.uuid !== uuid) return false;
    const session = await fetch(`${url}/_session`, {
      headers: { authorization: `Basic ${Buffer.from(admin).toString('base64')}` },
    });
    return session.ok && (await session.json()).userCtx.roles.includes('_admin');
  } catch {
    return false;
  }
}

/**
 * Starts pouchdb-server in memory on 127.0.0.1:`port` with the server admin `admin`
 * ("name:password"). Resolves once it answers as that admin, to
 * { url, port, admin, pid, stop, died }: stop() ends it by its PID and removes its folder;
 * died resolves to a message if it ends by itself. Rejects, with what the server said,
 * when it exits before it answers (a port in use, for one). Port 0 takes a free one: a
 * runner beside Playwright's (webdriver/run.mjs) then serves the build with
 * startServer(dist, 0, { couch: url }) of serve.mjs.
 */
export async function startCouch({ port: wanted = couchPort(), admin = randomAdmin(), timeoutMs = 20_000 } = {}) {
  const port = wanted || await freePort();
  const colon = admin.indexOf(':');
  if (colon < 1) throw new Error('the admin must be "name:password"');
  // Found when started, so that importing couchPort() (serve.mjs) does not need the package.
  const bin = path.join(path.dirname(createRequire(import.meta.url).resolve('pouchdb-server/package.json')), 'bin/pouchdb-server');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pictokit-couch-'));
  // Its own uuid tells this server from anything else answering on the port.
  const uuid = randomBytes(16).toString('hex');
  const config = path.join(dir, 'config.json');
  fs.writeFileSync(config, JSON.stringify({
    // pouchdb-server hashes the password into this file when it starts.
    admins: { [admin.slice(0, colon)]: admin.slice(colon + 1) },
    couchdb: { uuid },
    httpd: { enable_cors: false },
    log: { file: path.join(dir, 'log.txt') },
  }));
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [
    bin, '--host', '127.0.0.1', '--port', String(port), '--in-memory',
    '--no-stdout-logs', '--config', config, '--dir', dir,
  ], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr.on('data', (chunk) => { said = (said + chunk).slice(-4000); });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  let gone = false;
  let stopping = false;
  exited.then(() => { gone = true; });
  // Resolves to what the server said when it ends without stop(): pouchdb-server exits on
  // some refusals (an unauthorised feed=continuous throws an unhandled 401), and then every
  // later request of every spec fails.
  const died = exited.then((code) => (stopping ? new Promise(() => {}) : `pouchdb-server on ${url} exited (${code}): ${said.trim() || 'no message'}`));

  // A runner that exits without stop() still takes the server and its folder along.
  const onExit = () => {
    if (!gone) child.kill('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);
  const stop = async () => {
    stopping = true;
    process.removeListener('exit', onExit);
    if (!gone) {
      child.kill('SIGTERM');
      if (await Promise.race([exited.then(() => true), sleep(5_000).then(() => false)]) === false) {
        child.kill('SIGKILL');
        await exited;
      }
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const until = Date.now() + timeoutMs;
  while (!(await ready(url, uuid, admin))) {
    if (gone || Date.now() > until) {
      await stop();
      const why = gone ? `it exited: ${said.trim().split('\n')[0] || 'no message'}` : `nothing answered in ${timeoutMs} ms`;
      throw new Error(`pouchdb-server did not start on ${url}: ${why}`);
    }
    await sleep(100);
  }
  return { url, port, admin, pid: child.pid, stop, died };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const port = Number(process.argv[2] || couchPort());
  const couch = await startCouch({ port, admin: process.env.PICTOKIT_COUCH_ADMIN || randomAdmin() });
  console.log(`pouchdb-server on ${couch.url} (in memory), server admin ${couch.admin.split(':')[0]}`);
  couch.died.then((why) => {
    console.error(why);
    process.exit(1);
  });
  for (const signal of ['SIGTERM', 'SIGINT']) {
    process.once(signal, async () => {
      await couch.stop();
      process.exit(0);
    });
  }
}
