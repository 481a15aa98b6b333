// Team sync (issue #24, point 8): the facilitator removes a lost device. The server refuses
// it at once, the team's keys are replaced — every record sealed again, the new keys given
// to the devices that stay, wrapped for each — and an edit made afterwards reaches the
// devices that stay and not the removed one.
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { createTeam, removeTeam, couch, couchAdmin } from '../support/team-server.js';
import { device, joinDevice, sharePerson, storeText } from '../support/team.js';

// The removed device is answered 403 as well as 401.
const COUCH_NOISE = /Failed to load resource: the server responded with a status of 40[134]/;
test.use({ allowedConsoleErrors: [COUCH_NOISE] });

test('a removed device is refused at once, the others get new keys, and what follows reaches only them', async ({
  app,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(150_000);
  const team = await createTeam();
  const lost = await device(browser, baseURL);
  const stays = await device(browser, baseURL);
  try {
    const team1 = await sharePerson(app, page, team);
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await app.addActivity('Laia', 'bus', 'Bus to the centre');
    const { section: lostSection } = await joinDevice(page, lost, { name: 'The lost tablet' });
    await joinDevice(page, stays, { name: "Laia's tablet" });
    await expect.poll(() => storeText(lost.page, 'schedule'), { timeout: 30_000 }).toContain('Bus to the centre');
    const keyBefore = (await couch(`/${team.db}/_all_docs?include_docs=true`, { auth: couchAdmin() })).body.rows
      .map((row) => row.doc)
      .find((doc) => doc._id.startsWith('r-')).k;

    // The facilitator removes the lost tablet, after being asked once more.
    await team1.getByRole('button', { name: 'Devices', exact: true }).click();
    const devices = team1.getByRole('group', { name: "Devices in Laia's team" });
    await expect(devices.getByText("The centre's laptop (this device)")).toBeVisible();
    await devices.getByRole('button', { name: 'Remove The lost tablet' }).click();
    const ask = team1.getByRole('alertdialog');
    await expect(ask).toContainText('Remove The lost tablet from the team?');
    await expectAccessible(page, 'the team asking before it removes a device');
    await ask.getByRole('button', { name: 'Remove', exact: true }).click();
    await expect(team1.getByText('The lost tablet was removed. The team has new keys.')).toBeVisible({ timeout: 20_000 });
    await expect(devices.getByRole('button', { name: 'Remove The lost tablet' })).toHaveCount(0);

    // Everything on the server is sealed again with a key the lost tablet never had.
    await expect
      .poll(
        async () => {
          const rows = (await couch(`/${team.db}/_all_docs?include_docs=true`, { auth: couchAdmin() })).body.rows;
          return rows.filter((row) => row.id.startsWith('r-')).every((row) => row.doc.k !== keyBefore);
        },
        { timeout: 30_000 },
      )
      .toBe(true);

    // An edit afterwards reaches the tablet that stays, never the lost one, which is told
    // it was removed (its facilitator's screen; the person never sees it).
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await app.addActivity('Laia', 'swim', 'Swimming');
    await expect.poll(() => storeText(stays.page, 'schedule'), { timeout: 30_000 }).toContain('Swimming');
    await lostSection.getByRole('button', { name: 'Send now' }).click();
    await expect(lostSection.getByText("The team's server refused this device")).toBeVisible({ timeout: 30_000 });
    expect(await storeText(lost.page, 'schedule')).not.toContain('Swimming');
    // What it had stays on it.
    expect(await storeText(lost.page, 'schedule')).toContain('Bus to the centre');
    expect(stays.problems).toEqual([]);
  } finally {
    await lost.context.close();
    await stays.context.close();
    await removeTeam(team.db).catch(() => {});
  }
});
