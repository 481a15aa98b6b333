// Team sync (issue #24, point 8): the facilitator removes a lost device. The server refuses
// it at once, the team's keys are replaced — every record sealed again, the new keys given
// to the devices that stay, wrapped for each — and an edit made afterwards reaches the
// devices that stay and not the removed one.
import { test, expect } from '../support/fixtures.js';
import { Pictokit } from '../support/pictokit.js';
import { expectAccessible } from '../support/axe.js';
import { createTeam, removeTeam, couch, couchAdmin } from '../support/team-server.js';

const COUCH_NOISE = /Failed to load resource: the server responded with a status of 40[134]/;
test.use({ allowedConsoleErrors: [COUCH_NOISE] });

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
  return page.getByRole('region', { name: 'Team' });
}

/** Adds `joiner` to the team shared on `page` (the facilitator's section `team1`). */
async function addDevice(team1, joiner, name) {
  await team1.getByRole('button', { name: 'Add a device' }).click();
  await team1.getByRole('textbox', { name: "This device's name" }).fill(name);
  await team1.getByRole('button', { name: 'Show the code' }).click();
  const code = await team1.getByRole('textbox', { name: 'The code as text' }).inputValue();
  await joiner.app.goto('#/facilitator');
  const section = await teamSection(joiner.page);
  await section.getByRole('button', { name: 'Join a team' }).click();
  await section.getByRole('textbox', { name: 'Code from the other device' }).fill(code);
  await section.getByRole('textbox', { name: "This device's name" }).fill(name);
  await section.getByRole('button', { name: 'Join', exact: true }).click();
  const digits = (await section.locator('.pk-team__digits').textContent()).trim();
  await expect(team1.locator('.pk-team__digits')).toHaveText(digits, { timeout: 20_000 });
  await team1.getByRole('button', { name: 'Yes, the same: add it' }).click();
  await expect(team1.getByText('The device was added.')).toBeVisible({ timeout: 20_000 });
  await expect(section.getByText("Joined. Laia's things arrived on this device.")).toBeVisible({ timeout: 30_000 });
  await team1.getByRole('button', { name: 'Close' }).click();
  return section;
}

/** Every schedule record of a device's database, as text. */
const schedules = (page) =>
  page.evaluate(async () => {
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
    await app.createProfile({ name: 'Laia', language: 'English' });
    await page.getByRole('button', { name: 'Profiles', exact: true }).click();
    await app.addActivity('Laia', 'bus', 'Bus to the centre');
    const team1 = await teamSection(page);
    await team1.getByRole('button', { name: 'Share a person with their team' }).click();
    await team1.getByRole('radio', { name: 'Laia' }).check();
    await team1.getByRole('textbox', { name: 'Team setup code' }).fill(team.code);
    await team1.getByRole('textbox', { name: "This device's name" }).fill("The centre's laptop");
    await team1.getByRole('button', { name: 'Share', exact: true }).click();
    await expect(team1.getByRole('status').filter({ hasText: 'Up to date' })).toBeVisible({ timeout: 20_000 });

    const lostSection = await addDevice(team1, lost, 'The lost tablet');
    await addDevice(team1, stays, "Laia's tablet");
    await expect.poll(() => schedules(lost.page), { timeout: 30_000 }).toContain('Bus to the centre');
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
    await expect.poll(() => schedules(stays.page), { timeout: 30_000 }).toContain('Swimming');
    await lostSection.getByRole('button', { name: 'Send now' }).click();
    await expect(lostSection.getByText("The team's server refused this device")).toBeVisible({ timeout: 30_000 });
    expect(await schedules(lost.page)).not.toContain('Swimming');
    // What it had stays on it.
    expect(await schedules(lost.page)).toContain('Bus to the centre');
    expect(stays.problems).toEqual([]);
  } finally {
    await lost.context.close();
    await stays.context.close();
    await removeTeam(team.db).catch(() => {});
  }
});
