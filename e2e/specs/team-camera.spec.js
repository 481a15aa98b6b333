// Team sync (issue #24, point 2): a new device joins by scanning the code another device
// shows, with its camera — Chromium's fake camera playing a screenshot of that code, in a
// second browser with its own profile (the new device). Nothing is typed but its name.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { test, expect } from '../support/fixtures.js';
import { deviceWithCamera, pngLuma, y4m } from '../support/camera.js';
import { createTeam, removeTeam } from '../support/team-server.js';
import { COUCH_NOISE, sharePerson, teamSection } from '../support/team.js';

test.use({ allowedConsoleErrors: [COUCH_NOISE] });

test("a new device joins by scanning the other device's code with its camera", async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const team = await createTeam();
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-team-camera-'));
  try {
    const team1 = await sharePerson(app, page, team);
    await team1.getByRole('button', { name: 'Add a device' }).click();
    await team1.getByRole('textbox', { name: "This device's name" }).fill("Laia's tablet");
    await team1.getByRole('button', { name: 'Show the code' }).click();
    const qr = team1.getByRole('img', { name: 'Code to join the team' });
    await expect(qr).toBeVisible();
    await page.waitForFunction(() => [...document.images].every((img) => img.complete && img.naturalWidth > 0));
    const shot = await qr.screenshot();
    const video = path.join(dir, 'join.y4m');
    await writeFile(video, y4m(pngLuma(shot)));

    const tablet = await deviceWithCamera(testInfo, path.join(dir, 'tablet'), video);
    try {
      await tablet.app.goto('#/facilitator');
      const team2 = await teamSection(tablet.page);
      await team2.getByRole('button', { name: 'Join a team' }).click();
      await team2.getByRole('textbox', { name: "This device's name" }).fill("Laia's tablet");
      await team2.getByRole('button', { name: 'Scan the code with the camera' }).click();
      // The code read, the join starts by itself: the four digits appear on both screens.
      const digits = team2.locator('.pk-team__digits');
      await expect(digits).toHaveText(/^\d{4}$/, { timeout: 30_000 });
      await expect(team1.locator('.pk-team__digits')).toHaveText(await digits.textContent(), { timeout: 20_000 });
      await team1.getByRole('button', { name: 'Yes, the same: add it' }).click();
      await expect(team2.getByText("Joined. Laia's things arrived on this device.")).toBeVisible({ timeout: 30_000 });
      expect(tablet.problems.filter((problem) => !COUCH_NOISE.test(problem))).toEqual([]);
    } finally {
      await tablet.context.close();
    }
  } finally {
    await removeTeam(team.db).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
});
