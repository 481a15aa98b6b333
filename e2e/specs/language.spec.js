// Languages: a profile's language changes the whole person mode at once, without reload;
// the device language changes the facilitator's screens.
import { test, expect } from '../support/fixtures.js';

test("switching a profile's language changes person mode without reload", async ({ app, page }) => {
  await app.createProfile({ name: 'Laia', language: 'English' });
  await page.getByRole('button', { name: "Preview Laia's screen" }).click();
  await expect(page.locator('.pk-preview-frame').getByRole('heading', { name: 'Hello, Laia' })).toBeVisible();
  await page.evaluate(() => { window.__sameDocument = true; });

  await page.getByRole('button', { name: 'Edit settings' }).click();
  await app.fillEditor({ language: 'Español' });
  await page.getByRole('button', { name: 'Save' }).click();
  await app.tryAs('Laia');
  await expect(page.getByRole('heading', { name: 'Hola, Laia' })).toBeVisible();
  await expect(app.personTiles()).toHaveText(['La compra', 'Mi vida', 'Mi día']);
  await expect(app.lockCorner()).toHaveAccessibleName('Profesional: mantén pulsado 3 segundos para desbloquear');
  expect(await page.evaluate(() => window.__sameDocument), 'no reload happened').toBe(true);
});

test('the device language changes every facilitator screen at once', async ({ app, page }) => {
  await app.goto('#/facilitator/device');
  await page.getByRole('radio', { name: 'Català' }).check();
  await expect(page.getByRole('heading', { name: 'Aquest dispositiu', level: 1 })).toBeVisible();
  await expect(page.getByText('Mode professional')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'ca');
  await page.getByRole('button', { name: 'Perfils' }).click();
  await expect(page.getByRole('button', { name: 'Perfil nou' })).toBeVisible();
  // Kept after reload.
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('button', { name: 'Perfil nou' })).toBeVisible();
  await page.getByRole('button', { name: 'Aquest dispositiu' }).click();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(page.getByRole('heading', { name: 'Este dispositivo', level: 1 })).toBeVisible();
});
