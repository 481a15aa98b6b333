// The change history of a workshop (issue #7): every facilitator change to a profile is
// kept with when and in which session; the person can see it and reject it, undone step
// by step, offline, and kept after a reload. The person's own doing is not a change.
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';

test.use({ allowedConsoleErrors: [/ServiceWorker|service worker|Failed to fetch|ERR_INTERNET_DISCONNECTED/i] });

/** Opens a profile's editor from the list of profiles, changes it, and saves. */
async function editProfile(app, page, name, change) {
  await page.getByRole('button', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  await app.fillEditor(change);
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
}

/** The rows of the change history on screen, as their texts. */
function changeRows(page) {
  return page.getByRole('list').filter({ has: page.locator('.pk-change') }).getByRole('listitem');
}

test('a facilitator change is undone from the history, step by step, offline and after a reload', async ({ app, page, context }) => {
  await app.createProfile({ name: 'Laia', grid: 4 });
  await app.waitForOffline();
  await context.setOffline(true);
  await page.reload();
  await app.loaded();

  // A session is started; the changes made in it are kept under its name.
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await expect(page.getByRole('heading', { name: 'Workshop with Laia', level: 1 })).toBeVisible();
  await expect(page.getByText('No changes yet.')).toBeVisible();
  await page.getByRole('textbox', { name: 'Name of the session (optional)' }).fill('Autumn workshop');
  await page.getByRole('button', { name: 'Start a session' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Session going on: Autumn workshop' })).toBeVisible();
  await expectAccessible(page, 'the workshop home');

  await page.getByRole('button', { name: 'Profiles' }).click();
  await editProfile(app, page, 'Laia', { theme: 'High contrast' });
  await editProfile(app, page, 'Laia', { grid: 9 });
  await expect(page.getByText('English · 9 per screen · High contrast')).toBeVisible();

  // The person's own use is not a change: trying her screen writes her recent pictograms.
  await app.tryAs('Laia');
  await app.holdLock();
  await app.unlock();
  await app.backToProfiles();

  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: 'See all the changes' }).click();
  await expect(page.getByRole('heading', { name: 'Changes for Laia', level: 1 })).toBeVisible();
  const rows = changeRows(page);
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(0)).toContainText('How many pictures Laia sees at once changed');
  await expect(rows.nth(0)).toContainText('Autumn workshop');
  await expect(rows.nth(0)).toContainText('Before: 4 per screen · Now: 9 per screen');
  await expect(rows.nth(1)).toContainText('The colours of the screen of Laia changed');
  await expect(rows.nth(1)).toContainText('Before: Warm · Now: High contrast');
  // Step by step: only the newest change of the profile can be undone now.
  await expect(page.getByRole('button', { name: /^Undo: / })).toHaveCount(1);
  await expectAccessible(page, 'the change history');

  await page.getByRole('button', { name: 'Undo: How many pictures Laia sees at once changed' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: How many pictures Laia sees at once changed' })).toBeVisible();
  await expect(rows.nth(0)).toContainText('Undone');
  await expect(page.getByRole('button', { name: 'Undo: The colours of the screen of Laia changed' })).toBeVisible();

  // Kept after a reload, still offline: the undo and what it put back.
  await page.reload();
  await app.loaded();
  await expect(rows.nth(0)).toContainText('Undone');
  await page.getByRole('button', { name: 'Undo: The colours of the screen of Laia changed' }).click();
  await expect(page.getByRole('button', { name: /^Undo: / })).toHaveCount(0);
  await expectAccessible(page, 'the change history, all undone');
  await page.getByRole('button', { name: 'Back to the workshop with Laia' }).click();
  await page.getByRole('button', { name: 'End the session' }).click();
  await expect(page.getByRole('button', { name: 'Start a session' })).toBeVisible();

  await page.reload();
  await app.loaded();
  await page.getByRole('button', { name: 'Profiles' }).click();
  await expect(page.getByText('English · 4 per screen · Warm')).toBeVisible();
  await app.tryAs('Laia');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-theme', 'default');
  await expect(page.locator('.pk-grid')).toHaveClass(/pk-grid--4/);
});

test('a shopping list made by the facilitator is undone from the workshop: the list is gone', async ({ app, page }) => {
  await app.createProfile({ name: 'Pau', components: { Shopping: true } });
  await page.getByRole('button', { name: 'Shopping of Pau' }).click();
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Market');
  await page.getByRole('button', { name: 'Make the list' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Market');

  await app.goto('#/facilitator');
  await page.getByRole('button', { name: 'Workshop with Pau' }).click();
  await expect(changeRows(page).first()).toContainText('The list Market was made');
  await page.getByRole('button', { name: 'Undo: The list Market was made' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Undone: The list Market was made' })).toBeVisible();

  await app.goto('#/facilitator');
  await page.getByRole('button', { name: 'Shopping of Pau' }).click();
  await expect(page.getByRole('button', { name: /Market/ })).toHaveCount(0);
});

test('the history speaks the facilitator’s language', async ({ app, page }) => {
  await app.createProfile({ name: 'Ona' });
  await editProfile(app, page, 'Ona', { theme: 'Dark' });
  await app.goto('#/facilitator/device');
  await page.getByRole('radio', { name: 'Català' }).check();
  await page.getByRole('button', { name: 'Perfils' }).click();
  await page.getByRole('button', { name: 'Taller amb Ona' }).click();
  await expect(page.getByRole('heading', { name: 'Taller amb Ona', level: 1 })).toBeVisible();
  await page.getByRole('button', { name: 'Desfés: Ona: han canviat els colors de la pantalla' }).click();
  await expect(page.getByText('Desfet', { exact: true })).toBeVisible();

  await app.goto('#/facilitator/device');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByRole('button', { name: 'Perfiles' }).click();
  await page.getByRole('button', { name: 'Taller con Ona' }).click();
  await expect(page.getByText('Deshecho', { exact: true })).toBeVisible();
  await expect(page.getByText('Han cambiado los colores de la pantalla de Ona')).toBeVisible();
});

// Issue #21: the history, read together with the person, was English text only. Each
// change now shows the picture of what changed (the activity's own, or one for its kind)
// and its kind and words in the person's language.
test('each change shows the picture of what changed and the words in the person’s language', async ({ app, page }) => {
  await app.createProfile({ name: 'Laia', language: 'Català' });
  await editProfile(app, page, 'Laia', { theme: 'Dark' });
  await app.addActivity('Laia', 'toothbrush', 'Rentar les dents');
  const activityPicture = await page.locator('.pk-sched-row img').first().getAttribute('src');

  await app.goto('#/facilitator');
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: 'See all the changes' }).click();
  const rows = changeRows(page);
  await expect(rows).toHaveCount(2);
  // The new activity: its own picture, under "El meu dia".
  const day = rows.nth(0).getByRole('figure', { name: 'El meu dia' });
  await expect(day).toBeVisible();
  await expect(day.locator('img')).toHaveAttribute('src', activityPicture);
  await expect(rows.nth(0)).toContainText("Laia: ha canviat l'agenda");
  // A setting: the picture of the screen's settings, and before and after in Catalan.
  const screen = rows.nth(1).getByRole('figure', { name: 'La meva pantalla' });
  await expect(screen).toBeVisible();
  await expect(rows.nth(1)).toContainText('Laia: han canviat els colors de la pantalla');
  await expect(rows.nth(1)).toContainText('The colours of the screen of Laia changed');
  for (const img of await page.locator('.pk-change__img').all()) {
    await expect.poll(() => img.evaluate((el) => el.complete && el.naturalWidth > 0)).toBe(true);
  }
  await expectAccessible(page, 'the change history with pictures');
});
