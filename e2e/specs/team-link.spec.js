// public/team-link.js (issue #24): the link between a device and its team's database,
// in real Chromium against a real CouchDB-protocol server (pouchdb-server, which the e2e
// static server proxies under /couch/). Two browser contexts are two devices on the
// built app's origin; each test makes its own team database and device users as the
// server admin (PICTOKIT_COUCH_ADMIN="user:password"), as scripts/couch-team and the
// facilitator's device would.
import { randomUUID } from 'node:crypto';
import { test, expect } from '../support/fixtures.js';

// PouchDB asks for replication checkpoints that do not exist yet (404), a refused device
// is answered 401, and a request made offline fails: the browser logs each as an error.
// (One pattern: test.use takes a two-element array as [value, options].)
const ALLOWED = [
  /^Failed to load resource: (the server responded with a status of (404 \(Not Found\)|401 \(Unauthorized\))|net::ERR_INTERNET_DISCONNECTED)$/,
];
test.use({ allowedConsoleErrors: ALLOWED });

const ADMIN = process.env.PICTOKIT_COUCH_ADMIN;

/** A request to the server as its admin, through the app's own origin. */
async function couch(baseURL, method, path, body) {
  const response = await fetch(`${baseURL}/couch/${path}`, {
    method,
    headers: { authorization: `Basic ${Buffer.from(ADMIN).toString('base64')}`, 'content-type': 'application/json' },
    body: body && JSON.stringify(body),
  });
  expect(response.ok, `${method} /couch/${path} answered ${response.status}`).toBe(true);
  return response.json();
}

/** A team database with `count` device users as its members. */
async function makeTeam(baseURL, count) {
  expect(ADMIN, 'PICTOKIT_COUCH_ADMIN holds the test server admin as "user:password"').toMatch(/^[^:]+:/);
  const tag = randomUUID().slice(0, 8);
  const database = `pk-team-${tag}`;
  await couch(baseURL, 'PUT', database);
  const devices = [];
  for (let i = 0; i < count; i += 1) {
    const user = `device-${tag}-${i}`;
    const password = randomUUID();
    await couch(baseURL, 'PUT', `_users/org.couchdb.user:${user}`, { name: user, password, roles: [], type: 'user' });
    devices.push({ remote: `/couch/${database}`, user, password });
  }
  await couch(baseURL, 'PUT', `${database}/_security`, {
    admins: { names: [], roles: [] },
    members: { names: devices.map((device) => device.user), roles: [] },
  });
  return devices;
}

/** A second device: its own browser context (its own IndexedDB), checked for console
 * errors as the fixture checks the first. */
async function secondDevice(browser, testInfo) {
  const use = testInfo.project.use;
  const context = await browser.newContext({
    baseURL: use.baseURL, viewport: use.viewport, hasTouch: use.hasTouch, isMobile: use.isMobile, locale: 'en-GB',
  });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !ALLOWED.some((pattern) => pattern.test(message.text()))) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return { page, context, problems };
}

/** Opens the app's page `path` on `page` (under its own CSP) and links it to the team as `device`; what arrives is kept in
 * window.__docs, every state in window.__states, the link in window.__team. onDocs
 * returns when window.__hold (a promise, if set) settles: a slow caller. */
async function link(page, device, name, path = '/index.html') {
  await page.goto(path);
  await page.evaluate(async ({ device, name }) => {
    const { link } = await import('/team-link.js');
    window.__docs = [];
    window.__states = [];
    window.__team = await link({
      name,
      ...device,
      onDocs: async (docs) => {
        window.__docs.push(...docs);
        await window.__hold;
      },
      onState: (state) => { window.__states.push(state); },
    });
  }, { device, name });
}

const lastState = (page) => page.evaluate(() => window.__states.at(-1));
const arrived = (page, id) => page.evaluate((id) => window.__docs.filter((doc) => doc._id === id), id);
const call = (page, method, ...args) => page.evaluate(
  ([method, args]) => window.__team[method](...args),
  [method, args],
);

test('a document put on one device arrives on the other, and not back on the first', async ({ page, browser, baseURL }, testInfo) => {
  const [a, b] = await makeTeam(baseURL, 2);
  const other = await secondDevice(browser, testInfo);
  await link(page, a, 'team-a');
  await link(other.page, b, 'team-b');

  await call(page, 'put', [{ _id: 'r-1', c: 'sealed one' }]);
  expect(await call(page, 'get', 'r-1')).toMatchObject({ _id: 'r-1', c: 'sealed one' });
  await call(page, 'syncNow');
  expect(await call(page, 'pending')).toBe(0);
  await expect.poll(() => lastState(page)).toEqual({ state: 'up-to-date', waiting: 0 });

  // B pulls it by its live replication, without being asked.
  await expect.poll(() => arrived(other.page, 'r-1')).toEqual([expect.objectContaining({ c: 'sealed one' })]);
  expect(await call(other.page, 'get', 'r-1')).toMatchObject({ c: 'sealed one' });

  // A second version from B arrives on A; A's own first version never did.
  await call(other.page, 'put', [{ _id: 'r-1', c: 'sealed two' }]);
  await call(other.page, 'syncNow');
  await call(page, 'syncNow');
  expect((await arrived(page, 'r-1')).map((doc) => doc.c)).toEqual(['sealed two']);

  // One link per local database at a time (another tab would race on its bookkeeping).
  const twice = await page.evaluate(async (device) => {
    const { link } = await import('/team-link.js');
    return link({ name: 'team-a', ...device }).then(() => 'linked', (error) => error.code);
  }, a);
  expect(twice).toBe('elsewhere');

  await call(page, 'destroy');
  await call(other.page, 'destroy');
  expect(other.problems, 'the second device logged no errors').toEqual([]);
  await other.context.close();
});

test('changes made offline wait, counted, and go when the device is back online', async ({ page, browser, baseURL }, testInfo) => {
  const [a, b] = await makeTeam(baseURL, 2);
  const other = await secondDevice(browser, testInfo);
  await link(page, a, 'team-a');
  await link(other.page, b, 'team-b');
  await expect.poll(() => lastState(page)).toEqual({ state: 'up-to-date', waiting: 0 });

  await page.context().setOffline(true);
  await expect.poll(() => lastState(page)).toMatchObject({ state: 'offline' });
  await call(page, 'put', [{ _id: 'r-1', c: 'one' }, { _id: 'r-2', c: 'two' }]);
  await call(page, 'put', [{ _id: 'r-1', c: 'one again' }]);
  expect(await call(page, 'pending')).toBe(2);
  await expect.poll(() => lastState(page)).toEqual({ state: 'offline', waiting: 2 });
  await expect(call(page, 'syncNow')).rejects.toThrow();
  await expect.poll(() => lastState(page)).toEqual({ state: 'offline', waiting: 2 });

  await page.context().setOffline(false);
  await expect.poll(() => lastState(page), { timeout: 20_000 }).toEqual({ state: 'up-to-date', waiting: 0 });
  expect(await call(page, 'pending')).toBe(0);
  await expect.poll(async () => (await other.page.evaluate(() => window.__docs.map((doc) => doc.c))).sort())
    .toEqual(['one again', 'two']);

  await call(page, 'destroy');
  await call(other.page, 'destroy');
  expect(other.problems, 'the second device logged no errors').toEqual([]);
  await other.context.close();
});

test('edits of one document on two offline devices come as leaves; resolving leaves one on both', async ({ page, browser, baseURL }, testInfo) => {
  const [a, b] = await makeTeam(baseURL, 2);
  const other = await secondDevice(browser, testInfo);
  await link(page, a, 'team-a');
  await link(other.page, b, 'team-b');
  await call(page, 'put', [{ _id: 'r-1', c: 'base' }]);
  await call(page, 'syncNow');
  await call(other.page, 'syncNow');
  expect(await arrived(other.page, 'r-1')).toHaveLength(1);

  await page.context().setOffline(true);
  await other.context.setOffline(true);
  await call(page, 'put', [{ _id: 'r-1', c: 'edited on A' }]);
  await call(other.page, 'put', [{ _id: 'r-1', c: 'edited on B' }]);
  await page.context().setOffline(false);
  await other.context.setOffline(false);
  await call(page, 'syncNow');
  await call(other.page, 'syncNow');
  await call(page, 'syncNow');

  // Each device is given both leaves, the winner first with the other's rev in _conflicts.
  for (const device of [page, other.page]) {
    const docs = await arrived(device, 'r-1');
    const leaves = docs.slice(-2);
    expect(leaves[0]._conflicts).toEqual([leaves[1]._rev]);
    expect(leaves.map((doc) => doc.c).sort()).toEqual(['edited on A', 'edited on B']);
    expect((await call(device, 'get', 'r-1'))._conflicts).toEqual([leaves[1]._rev]);
  }

  // A merges them; B receives the merge as one version.
  const [winner] = (await arrived(page, 'r-1')).slice(-2);
  await call(page, 'resolve', 'r-1', { _id: 'r-1', c: 'edited on A and B' }, winner._conflicts);
  await call(page, 'syncNow');
  await call(other.page, 'syncNow');
  const onA = await call(page, 'get', 'r-1');
  const onB = await call(other.page, 'get', 'r-1');
  expect(onA).toEqual({ _id: 'r-1', _rev: onA._rev, c: 'edited on A and B' });
  expect(onB).toEqual(onA);
  expect((await arrived(other.page, 'r-1')).at(-1)).toEqual(onA);
  expect(await call(page, 'pending')).toBe(0);

  await call(page, 'destroy');
  await call(other.page, 'destroy');
  expect(other.problems, 'the second device logged no errors').toEqual([]);
  await other.context.close();
});

test('a version that arrived but was not yet handed over is not written over: it becomes a conflict', async ({ page, browser, baseURL }, testInfo) => {
  const [a, b] = await makeTeam(baseURL, 2);
  const other = await secondDevice(browser, testInfo);
  await link(page, a, 'team-a');
  await link(other.page, b, 'team-b');
  await call(page, 'put', [{ _id: 'r-1', c: 'first' }]);
  await call(page, 'syncNow');
  await expect.poll(() => arrived(other.page, 'r-1')).toHaveLength(1);

  // B's caller is busy with r-0 while A's next version of r-1 lands in B's database.
  await other.page.evaluate(() => {
    window.__hold = new Promise((resolve) => { window.__release = resolve; });
  });
  await call(page, 'put', [{ _id: 'r-0', c: 'keeps B busy' }]);
  await call(page, 'syncNow');
  await expect.poll(() => arrived(other.page, 'r-0')).toHaveLength(1);
  await call(page, 'put', [{ _id: 'r-1', c: 'second, from A' }]);
  await call(page, 'syncNow');
  await expect.poll(async () => (await call(other.page, 'get', 'r-1')).c).toBe('second, from A');
  expect(await arrived(other.page, 'r-1')).toHaveLength(1);

  // B's edit, made from what B had been given, goes beside A's version, not over it.
  await call(other.page, 'put', [{ _id: 'r-1', c: 'edited on B' }]);
  expect((await call(other.page, 'get', 'r-1'))._conflicts).toHaveLength(1);
  await other.page.evaluate(() => window.__release());
  await expect.poll(async () => (await arrived(other.page, 'r-1')).slice(1).map((doc) => doc.c).sort())
    .toEqual(['edited on B', 'second, from A']);

  await call(page, 'destroy');
  await call(other.page, 'destroy');
  expect(other.problems, 'the second device logged no errors').toEqual([]);
  await other.context.close();
});

test('a device with a wrong password is refused with 401 (on the facilitator\'s page)', async ({ page, baseURL }) => {
  const [a] = await makeTeam(baseURL, 1);
  await link(page, { ...a, password: 'not its password' }, 'team-a', '/facilitator.html#/facilitator');
  await expect.poll(() => lastState(page)).toEqual({ state: 'refused', status: 401, waiting: 0 });
  await call(page, 'put', [{ _id: 'r-1', c: 'kept here' }]);
  await expect.poll(() => lastState(page)).toEqual({ state: 'refused', status: 401, waiting: 1 });
  await expect(call(page, 'syncNow')).rejects.toThrow();
  expect(await call(page, 'get', 'r-1')).toMatchObject({ c: 'kept here' });
  await call(page, 'destroy');
});
