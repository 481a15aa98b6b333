// Team sync specs' shared steps (issue #24): a person shared with a team from the
// facilitator's laptop, and more devices joined with a code and four digits; each device
// its own browser context, reading what it stores straight from its IndexedDB.
import { expect } from '@playwright/test';
import { Pictokit } from './pictokit.js';
import { pageError } from './fixtures.js';

// PouchDB asks for a replication checkpoint that is not there yet (404), and a refused
// request shows as a console error: those, and only those, are expected.
// (One pattern: `test.use` reads a list of two as [value, options].)
export const COUCH_NOISE = /Failed to load resource: the server responded with a status of 40[14]/;

/** Collects a page's errors (page errors, console errors but COUCH_NOISE) into `problems`. */
export function watchProblems(page, problems = []) {
  page.on('pageerror', (error) => problems.push(pageError(error)));
  page.on('console', (message) => {
    if (message.type() === 'error' && !COUCH_NOISE.test(message.text())) problems.push(message.text());
  });
  return problems;
}

/** Another device: a new browser context with the fixture's checks. */
export async function device(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  const problems = watchProblems(page);
  return { context, page, app: new Pictokit(page), problems };
}

/** Opens "This device" and its "Team" section. */
export async function teamSection(page) {
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  const section = page.getByRole('region', { name: 'Team' });
  await expect(section).toBeVisible();
  return section;
}

/** The status line of the Team section (one person shared). */
export function teamStatus(section) {
  return section.locator('[role="status"][data-team-state]');
}

/** On the facilitator's laptop (`app` on `page`): makes `person` and shares them with the
 * team `team` (createTeam() of team-server.js) from This device's Team section, or
 * (`from: 'profile'`) from the person's own profile, "Share with Laia's team"; ends on
 * that Team section, up to date. */
export async function sharePerson(app, page, team, { person = 'Laia', deviceName = "The centre's laptop", from = 'device' } = {}) {
  await app.createProfile({ name: person, language: 'English' });
  let section;
  if (from === 'profile') {
    await page.getByRole('button', { name: `Edit ${person}` }).click();
    section = page.getByRole('region', { name: 'Team' });
    await section.getByRole('button', { name: `Share with ${person}'s team` }).click();
    // The person is the profile's: no choice to make.
    await expect(section.getByRole('radio')).toHaveCount(0);
    await expect(section.getByRole('heading', { name: `Share with ${person}'s team` })).toBeVisible();
  } else {
    section = await teamSection(page);
    await section.getByRole('button', { name: 'Share a person with their team' }).click();
    await section.getByRole('radio', { name: person }).check();
  }
  await section.getByRole('textbox', { name: 'Team setup code' }).fill(team.code);
  await section.getByRole('textbox', { name: "This device's name" }).fill(deviceName);
  await section.getByRole('button', { name: 'Share', exact: true }).click();
  await expect(section.getByText(`${person} is shared with their team`)).toBeVisible();
  await expect(section.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible({ timeout: 20_000 });
  return section;
}

/**
 * Joins `joining` (a device(): its page on any screen) to the team of the person shared on
 * `page` (the laptop, on its Team section): a code made there "with the assessments" or
 * not (`health`), typed on the new device, the four digits compared and accepted. Ends
 * with the new device showing what arrived. `onCode(page)` and `onDigits(page)` run while
 * the laptop shows the code and the digits (team.spec.js checks those screens there).
 */
export async function joinDevice(page, joining, { person = 'Laia', name = "The family's browser", health = true, onCode, onDigits } = {}) {
  const team1 = await teamSection(page);
  await team1.getByRole('button', { name: 'Add a device' }).click();
  await team1.getByRole('textbox', { name: "This device's name" }).fill(name);
  await team1.getByRole('checkbox', { name: 'With the assessments' }).setChecked(health);
  await team1.getByRole('button', { name: 'Show the code' }).click();
  await expect(team1.getByRole('img', { name: 'Code to join the team' })).toBeVisible();
  const code = await team1.getByRole('textbox', { name: 'The code as text' }).inputValue();
  expect(code).toMatch(/^pictokit-join:1:/);
  if (onCode) await onCode(page);

  if (!joining.page.url().includes('facilitator.html')) await joining.app.goto('#/facilitator');
  const team2 = await teamSection(joining.page);
  await team2.getByRole('button', { name: 'Join a team' }).click();
  await team2.getByRole('textbox', { name: 'Code from the other device' }).fill(code);
  await team2.getByRole('textbox', { name: "This device's name" }).fill(name);
  await team2.getByRole('button', { name: 'Join', exact: true }).click();
  const shown = (await team2.locator('.pk-team__digits').textContent()).trim();
  expect(shown).toMatch(/^\d{4}$/);
  await expect(team1.locator('.pk-team__digits')).toHaveText(shown, { timeout: 20_000 });
  if (onDigits) await onDigits(page);
  await team1.getByRole('button', { name: 'Yes, the same: add it' }).click();
  await expect(team1.getByText('The device was added.')).toBeVisible({ timeout: 20_000 });
  await expect(team2.getByText(`Joined. ${person}'s things arrived on this device.`)).toBeVisible({ timeout: 30_000 });
  return { code, digits: shown, section: team2 };
}

/** The records of `stores` in a page's database 'pictokit': { store: { key: JSON text } }. */
export function records(page, stores) {
  return page.evaluate(async (names) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pictokit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const out = {};
    try {
      for (const name of names) {
        if (!db.objectStoreNames.contains(name)) continue;
        out[name] = await new Promise((resolve, reject) => {
          const store = db.transaction(name).objectStore(name);
          const keys = store.getAllKeys();
          const values = store.getAll();
          values.onsuccess = () => resolve(Object.fromEntries(keys.result.map((key, i) => [String(key), values.result[i]])));
          values.onerror = () => reject(values.error);
        });
      }
    } finally {
      db.close();
    }
    return out;
  }, stores);
}

/** Every record of a store, as one text (what a `toContain` looks through). */
export async function storeText(page, store) {
  const all = (await records(page, [store]))[store] || {};
  return Object.values(all).join('\n');
}

/** The page's team configurations (database 'pictokit-team', store 'teams'). */
export function teamConfigs(page) {
  return page.evaluate(async () => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pictokit-team');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    try {
      return await new Promise((resolve, reject) => {
        const request = db.transaction('teams').objectStore('teams').getAll();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
    } finally {
      db.close();
    }
  });
}
