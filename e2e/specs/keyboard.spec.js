// Keyboard only: every control is reachable with Tab and shows a visible focus ring.
import { test, expect } from '../support/fixtures.js';

/** Tabs through the page and describes each stop and whether its focus ring shows. */
async function tabThrough(page, stops) {
  const seen = [];
  for (let i = 0; i < stops; i += 1) {
    await page.keyboard.press('Tab');
    seen.push(
      await page.evaluate(() => {
        const element = document.activeElement;
        const ringOf = (node) => {
          if (!node) return 0;
          const style = getComputedStyle(node);
          return style.outlineStyle === 'none' ? 0 : parseFloat(style.outlineWidth);
        };
        const ring = Math.max(ringOf(element), ringOf(element.closest('label')));
        const name = element.getAttribute('aria-label') || element.closest('label')?.textContent?.trim() || element.textContent.trim() || element.tagName;
        return { name: name.slice(0, 80), ring, tag: element.tagName };
      }),
    );
  }
  return seen;
}

test('the facilitator reaches every control of the editor with a visible focus', async ({ app, page }) => {
  await app.goto();
  const stops = await tabThrough(page, 2);
  expect(stops.map((s) => s.name)).toEqual(['FacilitatorProfiles and settings', 'Create the first profile']);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
  const editor = await tabThrough(page, 30);
  // BODY is where focus rests between the end of the page and its start again.
  const missingRing = editor.filter((stop) => stop.tag !== 'BODY' && stop.ring < 2);
  expect(missingRing, 'every stop shows a focus ring of at least 2 px').toEqual([]);
  const names = editor.map((stop) => stop.name);
  for (const expected of ['Profiles', 'This device', 'Back to start', 'Use a photo', 'Listen', 'Reduce motion']) {
    expect(names.some((name) => name.includes(expected)), `${expected} is reachable`).toBe(true);
  }
});

test('a person using a keyboard or a switch interface can use every tile', async ({ app, page }) => {
  await app.createProfile({ name: 'Roc', language: 'Català' });
  await page.getByRole('button', { name: 'Back to start' }).click();
  await page.getByRole('button', { name: 'Obre la pantalla de Roc' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Hola, Roc' })).toBeVisible();
  const stops = await tabThrough(page, 4);
  expect(stops.map((s) => s.name)).toEqual([
    'Professional: mantén premut 3 segons per desbloquejar',
    'La compra',
    'La meva vida',
    'El meu dia',
  ]);
  expect(stops.every((stop) => stop.ring >= 2)).toBe(true);
  // Back one stop to the questionnaire: Enter opens it (on the facilitator's page, which
  // says there is nothing to answer yet).
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ara no hi ha preguntes per a tu.' })).toBeVisible();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Ara no hi ha preguntes per a tu.');
});
