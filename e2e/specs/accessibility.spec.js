// axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any screen, in any theme.
import { test, expect, PHONE, onPhoneInTheme } from '../support/fixtures.js';
import { expectAccessible, violations } from '../support/axe.js';

const THEMES = [
  ['Warm', 'default'],
  ['High contrast', 'high-contrast'],
  ['Dark', 'dark'],
  ['Calm', 'calm'],
];

test('axe really flags problems (negative control)', async ({ app, page }) => {
  await app.goto();
  await page.evaluate(() => {
    const button = document.createElement('button');
    document.body.append(button);
  });
  const found = await violations(page);
  expect(found.map((v) => v.id)).toContain('button-name');
});

test('start, welcome and facilitator screens', PHONE, async ({ app, page }) => {
  await app.goto();
  await expectAccessible(page, 'first-run welcome');
  await page.getByRole('button', { name: 'Create the first profile' }).click();
  // The editor is on the facilitator's page: the first page forwards there.
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
  await expectAccessible(page, 'new profile editor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Write a name.')).toBeVisible();
  await expectAccessible(page, 'editor with errors');
  await app.fillEditor({ name: 'Abril' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expectAccessible(page, 'profiles with a toast');
  await page.getByRole('button', { name: 'Delete Abril' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'delete confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expectAccessible(page, 'recently deleted and undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  await expectAccessible(page, 'device settings');
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('heading', { name: 'Who is using Pictokit?' })).toBeVisible();
  await expectAccessible(page, 'start screen with a person');
});

for (const [themeName, themeValue] of THEMES) {
  test(`person mode and preview in the ${themeName} theme`, onPhoneInTheme(themeName), async ({ app, page }) => {
    await app.createProfile({ name: 'Emma', theme: themeName, textSize: 'Extra large', grid: 2 });
    await page.getByRole('button', { name: "Preview Emma's screen" }).click();
    await expect(page.locator('.pk-person')).toHaveAttribute('data-theme', themeValue);
    await expectAccessible(page, `preview, ${themeName}`);
    await page.getByRole('button', { name: 'Lock this device for Emma' }).click();
    await expect(page.getByRole('heading', { name: 'Hello, Emma' })).toBeVisible();
    await expectAccessible(page, `person home, ${themeName}`);
    await app.holdLock();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, `unlock confirmation, ${themeName}`);
  });
}

test('the PIN step of the unlock', PHONE, async ({ app, page }) => {
  await app.goto('#/facilitator/device');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1357');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await app.createProfile({ name: 'Leo', theme: 'Dark' });
  await app.tryAs('Leo');
  await app.unlock();
  await page.getByRole('dialog').getByLabel('PIN').fill('0000');
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'PIN step with an error');
});
