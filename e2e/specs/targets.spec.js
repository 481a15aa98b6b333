// In person mode every interactive target is at least 64×64 CSS px, at every density and
// text size, dialogs included.
import { test, expect, PHONE } from '../support/fixtures.js';
import { smallTargets } from '../support/targets.js';

async function countTargets(page) {
  return page.locator('.pk-person button:visible').count();
}

for (const grid of [1, 2, 4, 6, 9, 12]) {
  test(`targets are at least 64 px with ${grid} per screen`, PHONE, async ({ app, page }) => {
    await app.createProfile({ name: 'Nil', grid, textSize: grid > 6 ? 'Extra large' : 'Normal' });
    await app.tryAs('Nil');
    expect(await countTargets(page)).toBeGreaterThanOrEqual(2);
    expect(await smallTargets(page)).toEqual([]);
  });
}

test('the unlock dialogs keep 64 px targets', PHONE, async ({ app, page }) => {
  await app.goto('#/facilitator/device');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('8642');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await app.createProfile({ name: 'Nil' });
  await app.tryAs('Nil');
  await app.holdLock();
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('dialog').getByLabel('PIN')).toBeVisible();
  expect(await smallTargets(page)).toEqual([]);
});
