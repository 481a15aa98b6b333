// Team sync (issue #24), end to end in Chromium: the facilitator's laptop shares Laia with
// her team's server (a setup code from scripts/couch-team), adds the family's browser with
// a code and four digits compared on both screens, and an edit on one arrives on the
// other — both ways — while the server holds only ciphertext. Each device is its own
// browser context (its own IndexedDB, its own PouchDB), both on the app's origin; the
// server is the test pouchdb-server behind serve.mjs's /couch/.
import { test, expect } from '../support/fixtures.js';
import { Pictokit } from '../support/pictokit.js';
import { expectAccessibleInEveryTheme } from '../support/axe.js';
import { createTeam, removeTeam, couch, couchAdmin } from '../support/team-server.js';

// PouchDB asks for a replication checkpoint that is not there yet (404), and a refused
// request shows as a console error: those, and only those, are expected.
// (One pattern: `test.use` reads a list of two as [value, options].)
const COUCH_NOISE = /Failed to load resource: the server responded with a status of 40[14]/;
test.use({ allowedConsoleErrors: [COUCH_NOISE] });

/** A second device: a new browser context with the fixture's checks. */
async function device(browser, baseURL) {
  const context = await browser.newContext({ baseURL, viewport: { width: 1024, height: 768 }, hasTouch: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !COUCH_NOISE.test(message.text())) problems.push(message.text());
  });
  return { context, page, app: new Pictokit(page), problems };
}

async function teamSection(page) {
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  const section = page.getByRole('region', { name: 'Team' });
  await expect(section).toBeVisible();
  return section;
}

test('a team shares a person: a new device joins with a code and four digits, and edits travel both ways, sealed', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const team = await createTeam();
  try {
    // The facilitator's laptop: Laia, shared with her team.
    await app.createProfile({ name: 'Laia', language: 'English' });
    let team1 = await teamSection(page);
    await team1.getByRole('button', { name: 'Share a person with their team' }).click();
    await team1.getByRole('radio', { name: 'Laia' }).check();
    await team1.getByRole('textbox', { name: 'Team setup code' }).fill(team.code);
    await team1.getByRole('textbox', { name: "This device's name" }).fill("The centre's laptop");
    await team1.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(team1.getByText('Laia is shared with their team')).toBeVisible();
    await expect(team1.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible({ timeout: 20_000 });

    // A code for the family's browser, without the assessments.
    await team1.getByRole('button', { name: 'Add a device' }).click();
    await team1.getByRole('textbox', { name: "This device's name" }).fill("The family's browser");
    await team1.getByRole('checkbox', { name: 'With the assessments' }).uncheck();
    await team1.getByRole('button', { name: 'Show the code' }).click();
    await expect(team1.getByRole('img', { name: 'Code to join the team' })).toBeVisible();
    const code = await team1.getByRole('textbox', { name: 'The code as text' }).inputValue();
    expect(code).toMatch(/^pictokit-join:1:/);
    await expectAccessibleInEveryTheme(page, 'the team section showing a code to join');

    // The family's browser joins: both screens show the same four digits.
    const family = await device(browser, baseURL);
    try {
      await family.app.goto('#/facilitator');
      const team2 = await teamSection(family.page);
      await team2.getByRole('button', { name: 'Join a team' }).click();
      await team2.getByRole('textbox', { name: 'Code from the other device' }).fill(code);
      await team2.getByRole('textbox', { name: "This device's name" }).fill("The family's browser");
      await team2.getByRole('button', { name: 'Join', exact: true }).click();
      const shown = (await team2.locator('.pk-team__digits').textContent()).trim();
      expect(shown).toMatch(/^\d{4}$/);
      await expect(team1.locator('.pk-team__digits')).toHaveText(shown, { timeout: 20_000 });
      await expectAccessibleInEveryTheme(page, 'the team section comparing four digits');
      await team1.getByRole('button', { name: 'Yes, the same: add it' }).click();
      await expect(team1.getByText('The device was added.')).toBeVisible({ timeout: 20_000 });
      await expect(team2.getByText("Joined. Laia's things arrived on this device.")).toBeVisible({ timeout: 30_000 });

      // Laia is on the family's browser now, with her settings.
      await family.page.getByRole('button', { name: 'Profiles', exact: true }).click();
      await expect(family.page.getByRole('button', { name: "Preview Laia's screen" })).toBeVisible();

      // An edit on the laptop arrives in the family's browser, and one made there comes
      // back — each read straight from the device's database (what the app stores).
      const schedules = (p) =>
        p.evaluate(async () => {
          const db = await new Promise((resolve, reject) => {
            const request = indexedDB.open('pictokit');
            request.onsuccess = () => resolve(request.result);
            request.onerror = () => reject(request.error);
          });
          const all = await new Promise((resolve) => {
            const request = db.transaction('schedule').objectStore('schedule').getAll();
            request.onsuccess = () => resolve(request.result);
          });
          db.close();
          return all.join('\n');
        });
      await page.getByRole('button', { name: 'Profiles', exact: true }).click();
      await app.addActivity('Laia', 'bus', 'Bus to the centre');
      await expect.poll(() => schedules(family.page), { timeout: 30_000 }).toContain('Bus to the centre');
      await family.app.addActivity('Laia', 'swim', 'Swimming');
      await expect.poll(() => schedules(page), { timeout: 30_000 }).toContain('Swimming');
      expect(await schedules(page)).toContain('Bus to the centre');

      // The server holds no name, no activity: only sealed documents.
      const dump = await couch(`/${team.db}/_all_docs?include_docs=true`, { auth: couchAdmin() });
      expect(dump.status).toBe(200);
      const text = JSON.stringify(dump.body);
      expect(text).toContain('"r-');
      for (const word of ['Laia', 'Bus to the centre', 'Swimming', "The centre's laptop"]) {
        expect(text, `the server's dump holds "${word}"`).not.toContain(word);
      }
      expect(family.problems).toEqual([]);
    } finally {
      await family.context.close();
    }
  } finally {
    await removeTeam(team.db).catch(() => {});
  }
});
