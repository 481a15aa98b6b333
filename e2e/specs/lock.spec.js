// The lock: person mode resists back navigation, Escape, shortcuts and stray taps, and
// opens only with the deliberate gesture (hold 3 s, then confirm; a PIN where set).
import { test, expect } from '../support/fixtures.js';

test.beforeEach(async ({ app }) => {
  await app.createProfile({ name: 'Marta' });
  await app.tryAs('Marta');
});

test('back navigation, Escape and shortcuts keep the person in person mode', async ({ app, page }) => {
  const home = page.getByRole('heading', { name: 'Hello, Marta' });
  for (let i = 0; i < 3; i += 1) {
    await page.goBack().catch(() => {});
    await expect(home).toBeVisible();
  }
  await page.keyboard.press('Escape');
  await page.keyboard.press('Alt+ArrowLeft');
  await page.keyboard.press('Backspace');
  await expect(home).toBeVisible();
  expect(page.url()).toContain('#/person/');
  // Typing another route into the address bar leads back to the person.
  await page.goto('/#/facilitator');
  await app.loaded();
  await expect(home).toBeVisible();
  await expect(page.getByText('Facilitator mode')).toHaveCount(0);
});

test('stray taps and short presses on the corner do nothing', async ({ app, page }) => {
  await app.lockCorner().tap();
  await app.lockCorner().click();
  await app.holdLock(1_500);
  await app.lockCorner().dblclick();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hello, Marta' })).toBeVisible();
  // The long-press menu is suppressed.
  const menuAllowed = await page.evaluate(() => {
    const event = new MouseEvent('contextmenu', { bubbles: true, cancelable: true });
    return document.querySelector('.pk-tile').dispatchEvent(event);
  });
  expect(menuAllowed).toBe(false);
});

test('hold, then "Stay here", keeps the lock', async ({ app, page }) => {
  await app.holdLock();
  const dialog = page.getByRole('dialog', { name: "Leave Marta's screen?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Stay here' }).click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Hello, Marta' })).toBeVisible();
});

test('hold and confirm unlocks into facilitator mode, and it stays unlocked on reload', async ({ app, page }) => {
  await app.unlock();
  await expect(page.getByText('Facilitator mode')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
  await page.reload();
  await app.loaded();
  await expect(page.getByText('Facilitator mode')).toBeVisible();
});

test('unlocking returns to the facilitator screen the device was locked from', async ({ app, page }) => {
  await app.unlock();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
  // The list says what locking does before the facilitator has to guess it.
  await expect(page.getByText('To hand this device to a person, lock it for them')).toBeVisible();
  await page.getByRole('button', { name: "Preview Marta's screen" }).click();
  await expect(page.getByRole('heading', { name: "Marta's screen", level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Lock this device for Marta' }).click();
  await expect(page.getByRole('heading', { name: 'Hello, Marta' })).toBeVisible();
  await page.reload();
  await app.loaded();
  await app.unlock();
  await expect(page.getByRole('heading', { name: "Marta's screen", level: 1 })).toBeVisible();
  // The way back is used once: the next unlock from the person's own screen goes home.
  await page.getByRole('button', { name: 'Profiles' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
});

test('a reload keeps person mode locked', async ({ app, page }) => {
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('heading', { name: 'Hello, Marta' })).toBeVisible();
  await expect(app.lockCorner()).toBeVisible();
});

test('the keyboard can hold the corner too (Enter held for 3 seconds)', async ({ app, page }) => {
  await app.lockCorner().focus();
  await page.keyboard.down('Enter');
  await page.waitForTimeout(3_400);
  await page.keyboard.up('Enter');
  await expect(page.getByRole('dialog', { name: "Leave Marta's screen?" })).toBeVisible();
});

test('with a device PIN the gesture asks for it, and a wrong one is refused', async ({ app, page }) => {
  await app.unlock();
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  await page.getByLabel('New PIN (4 to 8 digits)').fill('12');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByText('Use 4 to 8 digits.')).toBeVisible();
  await page.getByLabel('New PIN (4 to 8 digits)').fill('2468');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await expect(page.getByText('PIN saved.')).toBeVisible();
  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Marta');

  await app.unlock();
  const dialog = page.getByRole('dialog', { name: 'Facilitator PIN' });
  await dialog.getByLabel('PIN').fill('1111');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('That PIN is not right. Try again.');
  await expect(page.getByText('Facilitator mode')).toHaveCount(0);
  await dialog.getByLabel('PIN').fill('2468');
  await dialog.getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByText('Facilitator mode')).toBeVisible();
});
