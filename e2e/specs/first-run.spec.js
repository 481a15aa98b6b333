// Journey 1: a facilitator creates a profile (Catalan, 4 pictograms, speech on) and hands
// the tablet over in the person's locked mode.
import { test, expect, PHONE } from '../support/fixtures.js';

test('first run invites the facilitator to create a profile', async ({ app, page }) => {
  await app.goto();
  await expect(page.getByRole('heading', { name: 'Welcome to Pictokit' })).toBeVisible();
  await page.getByRole('button', { name: 'Create the first profile' }).click();
  await expect(page.getByText('Facilitator mode')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
});

test('first run → create a profile → the person mode in Catalan', PHONE, async ({ app, page }) => {
  await app.goto();
  await page.getByRole('button', { name: 'Create the first profile' }).click();
  await app.fillEditor({ name: 'Núria', language: 'Català', grid: 4, speech: true });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Núria', level: 2 })).toBeVisible();
  await expect(page.getByText('Català · 4 per screen · Warm')).toBeVisible();

  // The start screen now shows her card; tapping it opens her locked screen.
  await page.getByRole('button', { name: 'Back to start' }).click();
  // The people choose on it: with only Núria, it asks in her language (issue #21).
  await expect(page.getByRole('heading', { name: 'Qui fa servir Pictokit?' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Qui fa servir Pictokit?' })).toHaveAttribute('lang', 'ca');
  await page.getByRole('button', { name: 'Obre la pantalla de Núria' }).click();

  await expect(page.getByRole('heading', { name: 'Hola, Núria' })).toBeVisible();
  await expect(app.personTiles()).toHaveText(['La compra', 'La meva vida', 'El meu dia']);
  await expect(page.locator('.pk-person')).toHaveAttribute('lang', 'ca');
  // No way to facilitator screens but the lock corner.
  await expect(page.getByText('Facilitator mode')).toHaveCount(0);
  await expect(page.getByRole('button', { name: /Facilitator$/ })).toHaveCount(0);
});

test('duplicate and edit keep every setting', async ({ app, page }) => {
  await app.createProfile({ name: 'Pau', language: 'Español', grid: 6, theme: 'Dark' });
  await page.getByRole('button', { name: 'Duplicate Pau' }).click();
  await expect(page.getByRole('heading', { name: 'Pau (copy)', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Pau (copy)' }).click();
  await expect(page.getByRole('radio', { name: 'Español' })).toBeChecked();
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  await app.fillEditor({ name: 'Pere' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Pere', level: 2 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Pau', level: 2 })).toBeVisible();
});

test('an empty name is refused with a clear message', async ({ app, page }) => {
  await app.goto('#/facilitator/new');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Please check the marked fields.' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Write a name.')).toBeVisible();
});
