// Team sync (issue #24), the hard cases, in Chromium: each test starts from Laia shared by
// the facilitator's laptop and the family's browser joined with a code and four digits
// (support/team.js), each device a browser context of its own on the app's origin, the
// server the test pouchdb-server behind serve.mjs's /couch/. What a device holds is read
// straight from its IndexedDB 'pictokit' (JSON text per record), as the app stores it.
//   1. offline edits on two devices converge: the same activity renamed on both takes one
//      name, the Team status going "Offline" and back; two activities added apart are both
//      kept (a schedule's entries are known by their activity's id: domain::sync::merge);
//      a conflict whose merging device went offline is merged by the other after a wait;
//   2. a third device (the person's tablet) gets an edit, shown on her day without a reload;
//   3. a device joined without the assessments never gets them, nor can open them;
//   4. a hostile server (junk, another team's key, a replayed revision, 20 MB) changes
//      nothing on a device;
//   5. a device closed mid-sync (a persistent profile, opened again) loses nothing.
import fs from 'node:fs';
import { chromium } from '@playwright/test';
import { test, expect } from '../support/fixtures.js';
import { Pictokit } from '../support/pictokit.js';
import { message } from '../support/messages.js';
import { createTeam, removeTeam, couch } from '../support/team-server.js';
import {
  COUCH_NOISE,
  device,
  joinDevice,
  records,
  sharePerson,
  storeText,
  teamConfigs,
  teamSection,
  teamStatus,
  watchProblems,
} from '../support/team.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';

// Offline, more console errors are expected there, and only there (the describe block):
// each request PouchDB retries (ERR_INTERNET_DISCONNECTED); pictures a screen shows that
// the service worker has not cached yet (ERR_FAILED: the app's, not sync's); and, back
// online, a 409 on a replication checkpoint (`_local/…`) — team-link.js restarts its live
// replications on 'online' after waiting at most 2 s for the old ones to end, so an old
// one still retrying and the new one can write the same checkpoint.
const OFFLINE_NOISE = /Failed to load resource: (the server responded with a status of 40[149]|net::ERR_INTERNET_DISCONNECTED|net::ERR_FAILED)/;
test.use({ allowedConsoleErrors: [COUCH_NOISE] });

// Every store whose records may travel, and the app's own ones beside them.
const ALL_STORES = ['profiles', 'pictos', 'media', 'shopping', 'schedule', 'workshop', 'quality', 'history', 'device', 'trash'];

/** The person's id on a device (from its team configuration). */
async function personId(page) {
  const [team] = await teamConfigs(page);
  return team.person;
}

/** One round of the device's sync layer now (team-sync.js's syncNow, as "Send now"): what
 * waits goes, and what the server has is taken in (handed to the layer) before it resolves. */
function syncNow(page) {
  return page.evaluate(async () => {
    const m = await import('/team-sync.js');
    const [team] = await m.teams();
    return m.syncNow(team.person);
  });
}

/** What a device's sync layer says: 'up-to-date', or its state and whether changes wait
 * ('offline, waiting true'). */
function layerState(page) {
  return page.evaluate(async () => {
    const [t] = await (await import('/team-sync.js')).teams();
    return t.state === 'up-to-date' ? t.state : `${t.state}, waiting ${t.waiting > 0}`;
  });
}

/** From any facilitator screen: a one-off activity for `person` (Pictokit.addActivity). */
async function addActivity(app, person, word, name) {
  await app.page.getByRole('button', { name: 'Profiles', exact: true }).click();
  await app.addActivity(person, word, name);
}

/** Renames an activity through the schedule editor (ends there). */
async function renameActivity(page, person, from, to) {
  await page.getByRole('button', { name: 'Profiles', exact: true }).click();
  await page.getByRole('button', { name: `Schedule of ${person}` }).click();
  await page.getByRole('button', { name: `Edit ${from}` }).click();
  const form = page.getByRole('region', { name: 'Activity' });
  await form.getByRole('textbox', { name: 'Name' }).fill(to);
  await form.getByRole('button', { name: 'Save the activity' }).click();
  await expect(form).toBeHidden();
}

/** The English names of the activities in a schedule record's JSON text (any depth). */
function activityNames(text) {
  const names = [];
  const walk = (value) => {
    if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object') {
      if (value.names && typeof value.names === 'object') names.push(...Object.values(value.names).filter((n) => typeof n === 'string'));
      Object.values(value).forEach(walk);
    }
  };
  walk(JSON.parse(text || 'null'));
  return names;
}

/** The team-status-* messages of the Team section (components/profiles/locales/en.ftl). */
const STATUS_MESSAGES = ['up-to-date', 'sending', 'offline', 'removed', 'too-large', 'refused'].map((id) => message('en', `team-status-${id}`));
const isTeamStatus = (text) => STATUS_MESSAGES.includes(text) || /^(1 change|\d+ changes) waiting$/.test(text);

/** A team, Laia shared from the laptop (`page`) and the family's browser joined. */
async function sharedWithFamily({ app, page, browser, baseURL }, { health = true } = {}) {
  const team = await createTeam();
  await sharePerson(app, page, team);
  const family = await device(browser, baseURL);
  await joinDevice(page, family, { health });
  return { team, family };
}

test.describe('offline', () => {
  test.use({ allowedConsoleErrors: [OFFLINE_NOISE] });
  // Once more on failure, as a margin on a busy machine. The "Failed to fetch" page error
  // these used to hit was PouchDB's info() of the server, left unhandled as a replication
  // starts offline (found by the page error's stack, support/team.js): team-link.js no
  // longer lets its own requests' network failures reach the page (6 of 6 runs without a
  // retry after).
  test.describe.configure({ retries: 1 });

  /** Laia shared, the family joined, both pages able to work offline (the service worker
   * controls each, and the pictures searched here are in its cache once shown online);
   * "Bus to the centre" (laptop) and "Breakfast" (family) on both, one after the other. */
  async function bothReadyOffline(fixtures) {
    const { app, page } = fixtures;
    const shared = await sharedWithFamily(fixtures);
    const { family } = shared;
    await app.waitForOffline();
    await family.app.waitForOffline();
    await addActivity(app, 'Laia', 'bus', 'Bus to the centre');
    await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Bus to the centre');
    await addActivity(family.app, 'Laia', 'bread', 'Breakfast');
    await expect.poll(() => storeText(page, 'schedule'), { timeout: 20_000 }).toContain('Breakfast');
    return shared;
  }

  /** The activities' names in a device's schedule records, sorted, joined by " | ". */
  async function activities(p) {
    const names = Object.values((await records(p, ['schedule'])).schedule || {}).flatMap(activityNames);
    return [...new Set(names.filter((n) => /^(Bus|Breakfast|Sandwich)/.test(n)))].sort().join(' | ');
  }

  test('offline renames of the same activity on two devices converge to one name, the status going Offline and back', async ({
    app,
    page,
    context,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const { team, family } = await bothReadyOffline({ app, page, browser, baseURL });
    try {
      await context.setOffline(true);
      await family.context.setOffline(true);
      const section = await teamSection(page);
      await expect(teamStatus(section)).toHaveText(message('en', 'team-status-offline'), { timeout: 10_000 });

      // Each renames the same activity differently, the family last.
      await renameActivity(page, 'Laia', 'Bus to the centre', 'Bus at nine');
      await renameActivity(family.page, 'Laia', 'Bus to the centre', 'Bus at ten');
      expect(await activities(page)).toBe('Breakfast | Bus at nine');
      expect(await activities(family.page)).toBe('Breakfast | Bus at ten');
      await teamSection(page);
      await expect(teamStatus(section)).toHaveText(message('en', 'team-status-offline'));

      await context.setOffline(false);
      await family.context.setOffline(false);
      // Both end with the same one name for it (the rename with the later stamp: the time
      // each device's layer sent it, which the test does not control), nothing else lost.
      const both = async () => `${await activities(page)} / ${await activities(family.page)}`;
      await expect.poll(both, { timeout: 30_000 }).toMatch(/^(Breakfast \| Bus at (nine|ten)) \/ \1$/);
      await expect(teamStatus(section)).toHaveText('Up to date', { timeout: 20_000 });
      await expect.poll(async () => JSON.stringify((await records(family.page, ['schedule'])).schedule), { timeout: 20_000 })
        .toBe(JSON.stringify((await records(page, ['schedule'])).schedule));
      expect(family.problems.filter((p) => !OFFLINE_NOISE.test(p))).toEqual([]);
    } finally {
      await family.context.close();
      await removeTeam(team.db).catch(() => {});
    }
  });

  // Found by this spec: a schedule's entries had no id of their own, so the merge took
  // the whole list as one value and an activity added apart was lost. They are known by
  // their activity's id now (domain::sync::merge::thing_id).
  test('offline additions on two devices are both kept', async ({ app, page, context, browser, baseURL }) => {
    test.setTimeout(90_000);
    const { team, family } = await bothReadyOffline({ app, page, browser, baseURL });
    try {
      await context.setOffline(true);
      await family.context.setOffline(true);
      await addActivity(app, 'Laia', 'bus', 'Bus home');
      await addActivity(family.app, 'Laia', 'bread', 'Sandwich');
      await context.setOffline(false);
      await family.context.setOffline(false);
      const expected = 'Breakfast | Bus home | Bus to the centre | Sandwich';
      await expect.poll(() => activities(page), { timeout: 20_000 }).toBe(expected);
      await expect.poll(() => activities(family.page), { timeout: 20_000 }).toBe(expected);
    } finally {
      await family.context.close();
      await removeTeam(team.db).catch(() => {});
    }
  });

  // A conflict is merged by one device, the first by id of those that wrote its versions;
  // the others take that merge (team-sync.js `waits`). Here that device sends its version
  // and goes offline before it can merge: the other must not wait for ever.
  test('a conflict whose merging device went away is merged by the other after a wait, and nothing is lost', async ({
    app,
    page,
    context,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const { team, family } = await bothReadyOffline({ app, page, browser, baseURL });
    try {
      const laptop = { app, page, context };
      const [laptopId, familyId] = [(await teamConfigs(page))[0].device.id, (await teamConfigs(family.page))[0].device.id];
      const [merger, other] = laptopId < familyId ? [laptop, family] : [family, laptop];
      await context.setOffline(true);
      await family.context.setOffline(true);
      // (Each adds a picture its own service worker keeps: bothReadyOffline.)
      await addActivity(app, 'Laia', 'bus', 'Bus home');
      await addActivity(family.app, 'Laia', 'bread', 'Sandwich');
      // Both layers have sealed their change (it waits); the merging device's version
      // reaches the server, then that device goes offline again.
      await expect.poll(() => layerState(merger.page), { timeout: 10_000 }).toBe('offline, waiting true');
      await expect.poll(() => layerState(other.page), { timeout: 10_000 }).toBe('offline, waiting true');
      await merger.context.setOffline(false);
      await expect.poll(() => layerState(merger.page), { timeout: 20_000 }).toBe('up-to-date');
      await merger.context.setOffline(true);
      // The other meets the conflict, waits for a merge that does not come, and merges it.
      await other.context.setOffline(false);
      const expected = 'Breakfast | Bus home | Bus to the centre | Sandwich';
      await expect.poll(() => activities(other.page), { timeout: 40_000 }).toBe(expected);
      await expect.poll(() => layerState(other.page), { timeout: 20_000 }).toBe('up-to-date');
      // Back online, the merging device takes that merge: both hold the same schedule.
      await merger.context.setOffline(false);
      await expect.poll(() => activities(merger.page), { timeout: 30_000 }).toBe(expected);
      await expect.poll(async () => JSON.stringify((await records(family.page, ['schedule'])).schedule), { timeout: 20_000 })
        .toBe(JSON.stringify((await records(page, ['schedule'])).schedule));
      expect(family.problems.filter((p) => !OFFLINE_NOISE.test(p))).toEqual([]);
    } finally {
      await family.context.close();
      await removeTeam(team.db).catch(() => {});
    }
  });

  test('a device closed mid-sync loses nothing: its offline edit reaches the team once it opens again', async ({
    app,
    page,
    baseURL,
  }, testInfo) => {
    test.setTimeout(90_000);
    const team = await createTeam();
    // The family's browser keeps its profile on disk, so it can be closed and opened again.
    const dir = testInfo.outputPath('family-profile');
    const open = async () => {
      const context = await chromium.launchPersistentContext(dir, {
        executablePath: '/usr/bin/chromium',
        args: CHROMIUM_ARGS,
        baseURL,
        locale: 'en-GB',
        viewport: { width: 1024, height: 768 },
        hasTouch: true,
      });
      const p = context.pages()[0] || (await context.newPage());
      return { context, page: p, app: new Pictokit(p), problems: watchProblems(p) };
    };
    let family = null;
    try {
      await sharePerson(app, page, team);
      family = await open();
      await joinDevice(page, family);
      await addActivity(app, 'Laia', 'bus', 'Bus to the centre');
      await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Bus to the centre');
      // Its pictures of swimming cached by the service worker (shown once online).
      await family.app.waitForOffline();
      await addActivity(family.app, 'Laia', 'swim', 'Swimming');
      await expect.poll(() => storeText(page, 'schedule'), { timeout: 20_000 }).toContain('Swimming');

      await family.context.setOffline(true);
      await addActivity(family.app, 'Laia', 'swim', 'Swimming lesson');
      // The layer has taken the edit in (its local database) while offline: it waits.
      await expect.poll(() => layerState(family.page), { timeout: 10_000 }).toBe('offline, waiting true');
      // Online again, and closed at once, while the layer starts to send.
      await family.context.setOffline(false);
      await family.context.close();
      const reachedBeforeClose = (await storeText(page, 'schedule')).includes('Swimming lesson');
      testInfo.annotations.push({ type: 'mid-sync', description: reachedBeforeClose ? 'the edit was on the laptop already when the family closed' : 'the edit had not reached the laptop when the family closed' });

      // Opened again: the layer starts with the page (register-sw.js) and sends what waits.
      family = await open();
      await family.app.goto('#/facilitator');
      expect(await storeText(family.page, 'schedule')).toContain('Swimming lesson');
      await expect.poll(() => storeText(page, 'schedule'), { timeout: 30_000 }).toContain('Swimming lesson');
      expect(await storeText(page, 'schedule')).toContain('Bus to the centre');
      const section = await teamSection(family.page);
      await expect(teamStatus(section)).toHaveText('Up to date', { timeout: 20_000 });
      // An edit on the laptop still arrives there: the restarted link is whole.
      await addActivity(app, 'Laia', 'bread', 'Lunch at the centre');
      await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Lunch at the centre');
      expect(await storeText(family.page, 'schedule')).toContain('Swimming lesson');
      expect(family.problems.filter((p) => !OFFLINE_NOISE.test(p))).toEqual([]);
    } finally {
      if (family) await family.context.close().catch(() => {});
      fs.rmSync(dir, { recursive: true, force: true });
      await removeTeam(team.db).catch(() => {});
    }
  });
});

test('three devices: an edit on the laptop reaches the family and the person\'s tablet, shown on her day without a reload', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { team, family } = await sharedWithFamily({ app, page, browser, baseURL });
  const tablet = await device(browser, baseURL);
  try {
    await joinDevice(page, tablet, { name: "Laia's tablet", health: false });
    // The tablet in person mode for Laia, on her day.
    await tablet.page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await tablet.app.tryAs('Laia');
    await tablet.page.getByRole('button', { name: 'My day' }).click();
    await expect(tablet.page.getByRole('heading', { name: 'Today', level: 2, exact: true })).toBeVisible();
    await expect(tablet.page.getByText('Bus to the centre')).toHaveCount(0);
    // A mark on this page: gone if it were loaded again.
    await tablet.page.evaluate(() => { window.__notReloaded = 1; });

    await addActivity(app, 'Laia', 'bus', 'Bus to the centre');
    await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Bus to the centre');
    await expect.poll(() => storeText(tablet.page, 'schedule'), { timeout: 20_000 }).toContain('Bus to the centre');
    await expect(tablet.page.locator('.pk-person').getByText('Bus to the centre').first()).toBeVisible({ timeout: 10_000 });
    // The same page: no reload happened.
    expect(await tablet.page.evaluate(() => window.__notReloaded)).toBe(1);
    expect(tablet.problems).toEqual([]);
    expect(family.problems).toEqual([]);
  } finally {
    await tablet.context.close();
    await family.context.close();
    await removeTeam(team.db).catch(() => {});
  }
});

test('a device joined without the assessments never gets them and cannot open them; one with them does', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const { team, family } = await sharedWithFamily({ app, page, browser, baseURL }, { health: false });
  const tablet = await device(browser, baseURL);
  try {
    await joinDevice(page, tablet, { name: "The psychologist's laptop", health: true });
    const [familyTeam] = await teamConfigs(family.page);
    expect(familyTeam.keys.health).toBeNull();
    expect(familyTeam.keys.team).not.toBeNull();

    // The laptop starts an assessment of Laia: a record in `quality`.
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await page.getByRole('button', { name: 'Quality of life of Laia' }).click();
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await expect(page.getByRole('heading', { name: /^Assessment of Laia/, level: 1 })).toBeVisible();
    const id = await personId(page);
    await expect.poll(async () => Object.keys((await records(page, ['quality'])).quality || {}), { timeout: 10_000 }).toContain(id);

    // The device with the assessments receives it…
    await expect.poll(async () => Object.keys((await records(tablet.page, ['quality'])).quality || {}), { timeout: 30_000 }).toContain(id);
    // …the family's, after a full round with the server, does not.
    await syncNow(family.page);
    expect((await records(family.page, ['quality'])).quality || {}).toEqual({});

    // The sealed assessment on the server: under the health key, which the family lacks.
    const [laptopTeam] = await teamConfigs(page);
    const dump = await couch(`/${team.db}/_all_docs?include_docs=true`);
    const sealed = dump.body.rows.map((row) => row.doc).filter((doc) => doc.k === laptopTeam.keys.health.id);
    expect(sealed.length).toBeGreaterThan(0);
    const { _rev, ...doc } = sealed[0];
    const openWith = (p, keys) =>
      p.evaluate(async ([k, d]) => {
        const m = await import('/pictokit-team.js');
        await m.default({ module_or_path: '/pictokit-team_bg.wasm' });
        try {
          const opened = JSON.parse(await m.open(k, d));
          return { ok: opened.store };
        } catch (error) {
          return { refused: error.message };
        }
      }, [JSON.stringify(keys), JSON.stringify(doc)]);
    expect(await openWith(family.page, familyTeam.keys)).toEqual({ refused: 'team-refused-no-key' });
    const [tabletTeam] = await teamConfigs(tablet.page);
    expect(await openWith(tablet.page, tabletTeam.keys)).toEqual({ ok: 'quality' });
    expect(family.problems).toEqual([]);
  } finally {
    await tablet.context.close();
    await family.context.close();
    await removeTeam(team.db).catch(() => {});
  }
});

test('a hostile server changes nothing on a device: junk, another team\'s key (put back), a replayed revision (put back), 20 MB', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const { team, family } = await sharedWithFamily({ app, page, browser, baseURL });
  try {
    const docs = async () => {
      const dump = await couch(`/${team.db}/_all_docs?include_docs=true`);
      return new Map(dump.body.rows.filter((row) => row.id.startsWith('r-')).map((row) => [row.id, row.doc]));
    };
    // Edit 1 and edit 2 of the schedule, each on the family's browser.
    await addActivity(app, 'Laia', 'bus', 'Bus to the centre');
    await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Bus to the centre');
    const afterOne = await docs();
    await addActivity(app, 'Laia', 'swim', 'Swimming');
    await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Swimming');
    const afterTwo = await docs();
    const [scheduleId] = [...afterTwo.keys()].filter((id) => afterOne.has(id) && afterOne.get(id).c !== afterTwo.get(id).c);
    expect(scheduleId, 'the schedule document changed between the two edits').toBeTruthy();

    // The family's browser in person mode: what the person sees.
    await family.page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await family.app.tryAs('Laia');
    await syncNow(family.page);
    const before = await records(family.page, ALL_STORES);
    const laptopBefore = await records(page, ALL_STORES);
    const put = async (doc) => {
      const reply = await couch(`/${team.db}/${doc._id}`, { method: 'PUT', body: doc });
      return reply.status;
    };
    const unchanged = async (what) => {
      await syncNow(family.page);
      await syncNow(page);
      expect(await records(family.page, ALL_STORES), `the family's records after ${what}`).toEqual(before);
      expect(await records(page, ALL_STORES), `the laptop's records after ${what}`).toEqual(laptopBefore);
      await expect(family.page.getByRole('alert')).toHaveCount(0);
      await expect(family.app.lockCorner()).toBeVisible();
    };
    const hex = (n) => [...Array(n)].map(() => Math.floor(Math.random() * 16).toString(16)).join('');
    // A server document opened on the family's browser with its team keys: its record's
    // value, or null when it does not open.
    const openOnFamily = async (doc) => family.page.evaluate(async ({ sealed, keys }) => {
      const m = await import('/pictokit-team.js');
      await m.default({ module_or_path: '/pictokit-team_bg.wasm' });
      const { _rev, _conflicts, ...plain } = sealed;
      try {
        return JSON.parse(await m.open(JSON.stringify(keys), JSON.stringify(plain))).kept.value;
      } catch {
        return null;
      }
    }, { sealed: doc, keys: (await teamConfigs(family.page))[0].keys });

    // (a) Not a sealed record.
    expect(await put({ _id: `r-${hex(64)}`, v: 1, k: 'x', n: 'bad', c: 'bad' })).toBe(201);
    await unchanged('a document that is not one');

    // (b) A record sealed under another team's keys, under the schedule's own id.
    const stranger = await family.page.evaluate(async () => {
      const db = await new Promise((resolve, reject) => {
        const request = indexedDB.open('pictokit-team');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const store = db.transaction('kept').objectStore('kept');
      const [keys, values] = await Promise.all(
        [store.getAllKeys(), store.getAll()].map((r) => new Promise((resolve) => { r.onsuccess = () => resolve(r.result); })),
      );
      db.close();
      const at = keys.findIndex((key) => key.split('\n')[1] === 'schedule');
      const [, storeName, key] = keys[at].split('\n');
      const m = await import('/pictokit-team.js');
      await m.default({ module_or_path: '/pictokit-team_bg.wasm' });
      return JSON.parse(await m.seal(await m.new_keys(), storeName, key, values[at]));
    });
    expect(await put({ ...stranger, _id: `r-${hex(64)}` })).toBe(201);
    const current = (await docs()).get(scheduleId);
    expect(await put({ ...stranger, _id: scheduleId, _rev: current._rev })).toBe(201);
    await unchanged("a record under another team's key");
    // …and the devices put the schedule back over it: one joining later gets the record,
    // not what the server wrote (sealed under the team's key again, and opened by it).
    await expect.poll(async () => (await docs()).get(scheduleId).k, { timeout: 20_000 }).toBe(afterTwo.get(scheduleId).k);

    // (c) A replay: edit 1's sealed body again, as the schedule's newest revision.
    const now = (await docs()).get(scheduleId);
    const { _rev: oldRev, ...oldBody } = afterOne.get(scheduleId);
    expect(oldRev).not.toBe(now._rev);
    expect(await put({ ...oldBody, _rev: now._rev })).toBe(201);
    await unchanged('a replayed older revision');
    expect(await storeText(family.page, 'schedule')).toContain('Swimming');
    // …and the devices put the newer version back over it: the server's current document
    // opens, with the team's key, to the schedule with both edits.
    await expect.poll(async () => JSON.stringify(await openOnFamily((await docs()).get(scheduleId))), { timeout: 20_000 })
      .toContain('Swimming');

    // (d) A document of about 20 MB (the envelope refuses more than 16 MB unopened).
    const huge = { _id: `r-${hex(64)}`, v: 1, k: afterTwo.get(scheduleId).k, n: afterTwo.get(scheduleId).n, c: 'A'.repeat(20 * 1024 * 1024) };
    const hugeStatus = await put(huge);
    test.info().annotations.push({ type: '20 MB document', description: `the server answered ${hugeStatus}` });
    await unchanged('a document of 20 MB');

    // Sync is not stuck behind them: an edit made after them still arrives.
    await addActivity(app, 'Laia', 'bread', 'Breakfast');
    await expect.poll(() => storeText(family.page, 'schedule'), { timeout: 20_000 }).toContain('Breakfast');
    await expect(family.page.getByRole('alert')).toHaveCount(0);

    // The facilitator's Team section says one of its messages, whatever it is.
    const section = await teamSection(page);
    const said = (await teamStatus(section).textContent()).trim();
    test.info().annotations.push({ type: 'laptop status', description: said });
    expect(isTeamStatus(said), `"${said}" is one of the team-status-* messages`).toBe(true);
    expect(family.problems).toEqual([]);
  } finally {
    await family.context.close();
    await removeTeam(team.db).catch(() => {});
  }
});
