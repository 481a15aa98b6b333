// Nobody gets lost, the facilitator's side (issue #21): what was just saved is in view,
// a profile's card reads as one line of words above its buttons, nothing covers a
// screen's heading, dialogs fit a phone, and each form speaks the facilitator's language
// with its own words.
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';

test('a saved profile is shown and focused, wherever it lands in the list', PHONE, async ({ app, page }) => {
  for (const name of ['Abril', 'Biel', 'Carla']) await app.createProfile({ name });
  const row = page.locator('.pk-profile-row').filter({ has: page.getByRole('heading', { name: 'Carla', level: 2 }) });
  await expect(row).toBeInViewport({ ratio: 0.5 });
  await expect(row).toBeFocused();
  // Editing the first profile brings it back into view, not the top of the list.
  await page.getByRole('button', { name: 'Edit Abril' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Abril Soler');
  await page.getByRole('button', { name: 'Save' }).click();
  const edited = page.locator('.pk-profile-row').filter({ has: page.getByRole('heading', { name: 'Abril Soler', level: 2 }) });
  await expect(edited).toBeInViewport({ ratio: 0.5 });
  await expectAccessible(page, 'the profiles, one just saved');
});

test("a profile's summary is a line above its buttons, not a column beside them", PHONE, async ({ app, page }) => {
  await app.createProfile({ name: 'Laia', components: { Shopping: true, 'My life': true, 'My day': true } });
  const row = page.locator('.pk-profile-row').first();
  const summary = await row.locator('.pk-profile-row__summary').boundingBox();
  const actions = await row.locator('.pk-profile-row__actions').boundingBox();
  const card = await row.boundingBox();
  // The words take the card's width (less the avatar) and the buttons come below them.
  expect(summary.width).toBeGreaterThan((card.width - 120) * 0.6);
  expect(actions.y).toBeGreaterThanOrEqual(summary.y + summary.height - 1);
  expect(summary.height).toBeLessThan(80);
});

test('the facilitator banner scrolls away: it never covers a heading', PHONE, async ({ app, page }) => {
  for (const name of ['Dani', 'Eva', 'Fran', 'Gina']) await app.createProfile({ name });
  const banner = page.locator('.pk-fac-banner');
  const height = (await banner.boundingBox()).height;
  await page.evaluate(() => window.scrollTo(0, 400));
  const after = await banner.boundingBox();
  expect(after.y + after.height).toBeLessThanOrEqual(height - 399);
  // A heading scrolled to the top is whole, not under a bar.
  await page.getByRole('heading', { name: 'Gina', level: 2 }).evaluate((h) => h.scrollIntoView({ block: 'start' }));
  const heading = await page.getByRole('heading', { name: 'Gina', level: 2 }).boundingBox();
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('h2')?.textContent, {
    x: heading.x + 4, y: heading.y + 4,
  });
  expect(hit).toBe('Gina');
});

test('the budget keypad fits the screen and its Done is in view', PHONE, async ({ app, page }) => {
  await app.createProfile({ name: 'Iker', components: { Shopping: true } });
  await page.getByRole('button', { name: 'Shopping of Iker' }).click();
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Dissabte');
  await page.getByRole('button', { name: 'Make the list' }).click();
  await page.getByRole('button', { name: 'Type the budget' }).click();
  const dialog = page.getByRole('dialog');
  for (const name of ['Done', 'Cancel', 'No budget', '7']) {
    await expect(dialog.getByRole('button', { name, exact: true })).toBeInViewport({ ratio: 1 });
  }
  await expectAccessible(page, 'the budget keypad');
});

test('the activity form speaks the facilitator language, and names the other languages', async ({ app, page }) => {
  await app.createProfile({ name: 'Pau', language: 'Català', components: { 'My day': true } });
  await page.getByRole('button', { name: 'Schedule of Pau' }).click();
  await page.getByRole('button', { name: 'Add an activity' }).click();
  await app.pick(['bus']);
  const form = page.getByRole('region', { name: 'Activity' });
  // An English screen says its dates in English, whatever the person's language.
  await expect(form.getByText(/^Only on (Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)/)).toBeVisible();
  await expect(form.getByText(/dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge/)).toHaveCount(0);
  // Closed, it is a control that says it opens, not a heading with nothing under it.
  const others = form.getByRole('button', { name: 'Names in other languages', expanded: false });
  await expect(others).toBeVisible();
  await others.click();
  await expect(form.getByRole('button', { name: 'Names in other languages', expanded: true })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name in Español' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name in English' })).toBeVisible();
  await expect(form.getByRole('textbox', { name: 'Name in Català' })).toHaveCount(0);
  await expectAccessible(page, 'the activity form');
});
