// Team sync (issue #24), end to end in Chromium: the facilitator's laptop shares Laia with
// her team's server (a setup code from scripts/couch-team), adds the family's browser with
// a code and four digits compared on both screens, and an edit on one arrives on the
// other — both ways — while the server holds only ciphertext. Each device is its own
// browser context (its own IndexedDB, its own PouchDB), both on the app's origin; the
// server is the test pouchdb-server behind serve.mjs's /couch/.
import { test, expect } from '../support/fixtures.js';
import { expectAccessibleInEveryTheme } from '../support/axe.js';
import { createTeam, removeTeam, couch, couchAdmin } from '../support/team-server.js';
import { COUCH_NOISE, device, joinDevice, sharePerson, storeText } from '../support/team.js';

// PouchDB's expected console noise (support/team.js): that, and only that.
test.use({ allowedConsoleErrors: [COUCH_NOISE] });

test('a team shares a person: a new device joins with a code and four digits, and edits travel both ways, sealed', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const team = await createTeam();
  try {
    // The facilitator's laptop: Laia, shared with her team from her profile.
    const onProfile = await sharePerson(app, page, team, { from: 'profile' });
    await expect(onProfile.getByRole('button', { name: "Share with Laia's team" })).toHaveCount(0);
    await expectAccessibleInEveryTheme(page, "Laia's profile, shared with her team");

    // A code for the family's browser, without the assessments; the family's browser
    // joins: both screens show the same four digits.
    const family = await device(browser, baseURL);
    try {
      await joinDevice(page, family, {
        health: false,
        onCode: (p) => expectAccessibleInEveryTheme(p, 'the team section showing a code to join'),
        onDigits: (p) => expectAccessibleInEveryTheme(p, 'the team section comparing four digits'),
      });

      // Laia is on the family's browser now, with her settings.
      await family.page.getByRole('button', { name: 'Profiles', exact: true }).click();
      await expect(family.page.getByRole('button', { name: "Preview Laia's screen" })).toBeVisible();

      // An edit on the laptop arrives in the family's browser, and one made there comes
      // back — each read straight from the device's database (what the app stores).
      const schedules = (p) => storeText(p, 'schedule');
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
