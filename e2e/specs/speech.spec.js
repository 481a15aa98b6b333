// Speech: every tile and button in person mode speaks its label in the profile's language,
// voice and rate; a second tap restarts instead of queueing; no voice breaks nothing.
import { test, expect } from '../support/fixtures.js';

test('tiles speak their label in the profile language and rate', async ({ app, page }) => {
  await app.createProfile({ name: 'Jordi', language: 'Català' });
  await page.getByRole('button', { name: 'Edit Jordi' }).click();
  await page.getByRole('slider', { name: 'Speaking speed' }).fill('80');
  await page.getByRole('button', { name: 'Save' }).click();
  await app.tryAs('Jordi');

  // A tile speaks, then opens its component: "My life" has nothing to ask yet, and says so.
  await page.getByRole('button', { name: 'La meva vida' }).click();
  await expect(page.getByRole('heading', { name: 'Ara no hi ha preguntes per a tu.' })).toBeVisible();
  await app.wayHome().click();
  await page.getByRole('button', { name: 'La compra' }).click();
  await expect(page.getByRole('heading', { name: 'Compra', level: 2 })).toBeVisible();
  const said = await app.utterances();
  expect(said.map((u) => [u.text, u.lang])).toEqual([
    ['La meva vida', 'ca'],
    ['Ara no hi ha preguntes per a tu.', 'ca'],
    ['Inici', 'ca'],
    ['La compra', 'ca'],
  ]);
  expect(said[0].rate).toBeCloseTo(0.8);
  // Each tap cancels what was being said first: a restart, never a queue.
  expect(await page.evaluate(() => window.__speechCancels)).toBeGreaterThanOrEqual(2);
});

test('paging buttons speak too', async ({ app, page }) => {
  await app.createProfile({ name: 'Ona', language: 'Español', grid: 1 });
  await app.tryAs('Ona');
  await expect(app.personTiles().filter({ hasText: 'La compra' })).toBeVisible();
  await page.getByRole('button', { name: 'Más' }).click();
  await expect(page.getByRole('button', { name: 'Mi vida' })).toBeVisible();
  await page.getByRole('button', { name: 'Mi vida' }).click();
  await expect(page.getByRole('heading', { name: 'Ahora no hay preguntas para ti.' })).toBeVisible();
  const said = (await app.utterances()).map((u) => u.text);
  expect(said).toEqual(['Más', 'Mi vida', 'Ahora no hay preguntas para ti.']);
});

test('speech off says nothing', async ({ app, page }) => {
  await app.createProfile({ name: 'Biel', speech: false });
  await app.tryAs('Biel');
  await page.getByRole('button', { name: 'Shopping' }).click();
  expect(await app.utterances()).toEqual([]);
});

test('with no voices the app works and the facilitator sees why it is silent', async ({ app, page }) => {
  // Debian's Chromium without speech-dispatcher has no voices at all.
  expect(await page.evaluate(() => speechSynthesis.getVoices().length)).toBe(0);
  await app.createProfile({ name: 'Aina', language: 'Català' });
  await page.getByRole('button', { name: 'Edit Aina' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'This browser has no voice for Català' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await app.tryAs('Aina');
  await page.getByRole('button', { name: 'La compra' }).click();
  expect((await app.utterances()).map((u) => u.text)).toEqual(['La compra']);
  await expect(page.getByRole('heading', { name: 'Hola, Aina' })).toBeVisible();
});
