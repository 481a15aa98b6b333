// ARASAAC online, against the fake server the test command starts (tools/fake-arasaac.mjs):
// off until the facilitator turns it on; results joined to the bundled ones; chosen and
// whole-category downloads kept for offline use; a slow, failing or garbled server never
// blocks the bundled search. Every request for another host is refused: no test reaches
// the internet.
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { FAKE_ARASAAC_PORT } from '../playwright.config.js';

const FAKE = `http://127.0.0.1:${FAKE_ARASAAC_PORT}`;

// The fake server's 404 and 500 answers show in the console as failed loads.
test.use({ allowedConsoleErrors: [/Failed to load resource/] });

/**
 * Sends api.arasaac.org to the fake server and refuses any other host. Returns what was
 * asked; `asked.offline = true` answers as a device without a connection (the browser's
 * offline mode does not stop routed requests).
 */
async function routeArasaac(context) {
  const asked = [];
  asked.offline = false;
  await context.route(
    (url) => url.hostname !== '127.0.0.1' && url.hostname !== 'localhost',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== 'api.arasaac.org') {
        await route.abort('blockedbyclient');
        return;
      }
      asked.push(url.pathname + url.search);
      if (asked.offline) {
        await route.abort('internetdisconnected');
        return;
      }
      try {
        const response = await route.fetch({ url: FAKE + url.pathname + url.search, timeout: 30_000 });
        await route.fulfill({ response });
      } catch {
        // The app gave up first (its timeout), or the network is off in the test.
        await route.abort('failed').catch(() => {});
      }
    },
  );
  return asked;
}

async function turnOnArasaac(app, page) {
  await app.goto('#/facilitator/device');
  await page.getByRole('checkbox', { name: 'Search ARASAAC online' }).check();
  await expect(page.getByRole('group', { name: 'How ARASAAC pictures look' })).toBeVisible();
}

/** Opens the picker on a new Catalan profile. */
async function pickerFor(app, page, name) {
  await app.createProfile({ name, language: 'Català' });
  await app.openBoard(name);
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await expect(app.picker()).toBeVisible();
}

/** The status line of the ARASAAC search. */
function online(app) {
  return app.picker().locator('.pk-picker__online').getByRole('status');
}

test('ARASAAC stays off until the facilitator turns it on, and says its licence', async ({ app, page, context }) => {
  const asked = await routeArasaac(context);
  await pickerFor(app, page, 'Iu');
  await app.search('poma');
  await expect(app.results().filter({ hasText: 'ARASAAC' })).toHaveCount(0);
  await expect(app.picker().getByRole('button', { name: 'ARASAAC' })).toHaveCount(0);
  await page.waitForTimeout(600);
  expect([...asked], 'nothing was asked of ARASAAC').toEqual([]);
  await app.picker().getByRole('button', { name: 'Cancel' }).click();

  await app.goto('#/facilitator/device');
  const section = page.getByRole('region', { name: 'ARASAAC pictograms online' });
  await expect(section).toContainText('Sergio Palao');
  await expect(section).toContainText('Government of Aragón');
  await expect(section).toContainText('CC BY-NC-SA 4.0');
  await expect(section).toContainText('non-commercial');
  const toggle = page.getByRole('checkbox', { name: 'Search ARASAAC online' });
  await expect(toggle).not.toBeChecked();
  await toggle.check();
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('checkbox', { name: 'Search ARASAAC online' })).toBeChecked();
});

test('ARASAAC results join the bundled ones, and chosen ones work offline', async ({ app, page, context }) => {
  const asked = await routeArasaac(context);
  await turnOnArasaac(app, page);
  await pickerFor(app, page, 'Pau');
  const picker = app.picker();
  await app.search('poma');
  await expect(online(app)).toHaveText('ARASAAC: one more pictogram.');
  // Bundled first, then ARASAAC's, marked in words.
  await expect(app.results().first()).toHaveAccessibleName(/^poma/);
  await expect(app.results().first()).not.toHaveAccessibleName(/ARASAAC/);
  const fromArasaac = app.results().filter({ hasText: 'ARASAAC' });
  await expect(fromArasaac).toHaveCount(1);
  await expect(fromArasaac).toHaveAccessibleName('poma ARASAAC');
  await app.results().first().click();
  await fromArasaac.click();
  await expect(picker.getByRole('complementary', { name: 'Chosen pictogram' })).toContainText('Sergio Palao');
  await picker.getByRole('button', { name: 'Add 2 pictograms' }).click();
  await expect(picker).toBeHidden();
  await expect(page.locator('.pk-board-row')).toHaveCount(2);

  // With the network off: the kept ARASAAC pictogram is still found and shown.
  await app.waitForOffline();
  await page.waitForTimeout(500);
  await context.setOffline(true);
  asked.offline = true;
  await page.reload();
  await app.loaded();
  await expect(page.locator('.pk-board-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await app.search('poma');
  await expect(online(app)).toHaveText(/No internet connection.*still work/);
  await expect(app.results().filter({ hasText: 'ARASAAC' })).toHaveCount(1);
  await picker.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Pau');
  await page.getByRole('button', { name: 'Els meus pictogrames' }).click();
  const images = page.locator('.pk-person__main .pk-tile img');
  await expect(images).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^poma$/ })).toBeVisible();
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  await expect(page.getByRole('button', { name: /^poma$/ }).locator('img')).toHaveAttribute('src', /^data:image\/png/);
});

for (const { word, message, slow } of [
  { word: 'tren', message: /taking too long.*still work/, slow: true },
  { word: 'gat', message: /not answering properly.*still work/ },
  { word: 'gos', message: /could not be read.*still work/ },
  { word: 'zzqqxx', message: 'ARASAAC has nothing for "zzqqxx".' },
]) {
  test(`ARASAAC ${slow ? 'too slow' : 'answering badly'} for "${word}" never blocks the bundled search`, async ({ app, page, context }) => {
    if (slow) test.slow();
    await routeArasaac(context);
    await turnOnArasaac(app, page);
    await pickerFor(app, page, 'Ona');
    await app.search(word);
    if (word !== 'zzqqxx') {
      // The bundled results are there while ARASAAC is still thinking.
      await expect(app.results().first()).toBeVisible();
      if (slow) await expect(online(app)).toHaveText('Searching ARASAAC…');
    }
    await expect(online(app)).toHaveText(message, { timeout: 20_000 });
    await expect(app.results().filter({ hasText: 'ARASAAC' })).toHaveCount(0);
    if (word !== 'zzqqxx') await expect(app.results().first()).toBeVisible();
    // The next search works as before.
    await app.search('poma');
    await expect(online(app)).toHaveText('ARASAAC: one more pictogram.');
  });
}

test('a whole category is kept for offline use, with a progress bar that can be stopped', async ({ app, page, context }) => {
  await routeArasaac(context);
  await turnOnArasaac(app, page);
  await pickerFor(app, page, 'Mar');
  const picker = app.picker();
  // Searching a category's name gives the whole category (as ARASAAC does).
  await app.search('fruita');
  await expect(online(app)).toHaveText('ARASAAC: 4 more pictograms.');
  await picker.getByRole('button', { name: 'Keep all 4 on the device' }).click();
  await expect(picker.getByText('4 ARASAAC pictograms kept for offline use.')).toBeVisible();
  await picker.getByRole('button', { name: 'ARASAAC', exact: true }).click();
  await expect(app.results()).toHaveCount(4);

  await app.search('roba');
  await expect(online(app)).toHaveText('ARASAAC: 12 more pictograms.');
  await picker.getByRole('button', { name: 'Keep all 12 on the device' }).click();
  const bar = picker.getByRole('progressbar', { name: 'Downloading ARASAAC pictograms' });
  await expect(bar).toBeVisible();
  await expect(bar).toHaveAttribute('max', '12');
  await expect(picker.getByText(/^[1-9]\d* of 12$/)).toBeVisible();
  await picker.getByRole('button', { name: 'Stop' }).click();
  const stopped = picker.getByText(/^Stopped\. \d+ kept; the rest can be downloaded later\.$/);
  await expect(stopped).toBeVisible();
  const kept = Number((await stopped.textContent()).match(/\d+/)[0]);
  expect(kept).toBeGreaterThan(0);
  expect(kept).toBeLessThan(12);
  await picker.getByRole('button', { name: 'ARASAAC', exact: true }).click();
  await expect(app.results()).toHaveCount(4 + kept);
  await picker.getByRole('button', { name: 'Cancel' }).click();

  // The device screen counts what is kept, after a reload too.
  await app.goto('#/facilitator/device');
  await expect(page.getByText(`${4 + kept} ARASAAC pictograms are kept on this device.`)).toBeVisible();
});

test('ARASAAC pictures follow the chosen look; a picture that fails gets a message', async ({ app, page, context }) => {
  const asked = await routeArasaac(context);
  await turnOnArasaac(app, page);
  await page.getByRole('checkbox', { name: 'In colour' }).uncheck();
  await page.getByRole('combobox', { name: 'Skin colour of people' }).selectOption({ label: 'Dark' });
  await page.getByRole('combobox', { name: 'Hair colour of people' }).selectOption({ label: 'Red' });
  await pickerFor(app, page, 'Lia');
  const picker = app.picker();
  await app.search('pera');
  const pear = app.results().filter({ hasText: 'ARASAAC' });
  await expect(pear).toHaveCount(1);
  await expect(pear.locator('img')).toHaveAttribute('src', /\/api\/pictograms\/40003\?plural=false&color=false&resolution=500&skin=black&hair=red$/);

  await app.search('dibuix trencat');
  await app.results().filter({ hasText: 'ARASAAC' }).click();
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await expect(picker.getByRole('alert').filter({ hasText: 'could not be downloaded' })).toBeVisible();
  await expect(picker).toBeVisible();
  await expect(picker.getByText('Nothing chosen yet.')).toBeVisible();
  expect(asked.some((path) => path.startsWith('/api/pictograms/40030?'))).toBe(true);
});

test('the ARASAAC screens have no accessibility violations', async ({ app, page, context }) => {
  await routeArasaac(context);
  await turnOnArasaac(app, page);
  await expectAccessible(page, 'device screen with ARASAAC on');
  await pickerFor(app, page, 'Abril');
  await app.search('roba');
  await expect(online(app)).toHaveText('ARASAAC: 12 more pictograms.');
  await app.results().filter({ hasText: 'ARASAAC' }).first().click();
  await expectAccessible(page, 'picker with ARASAAC results');
  await app.picker().getByRole('button', { name: 'Keep all 12 on the device' }).click();
  await expect(app.picker().getByRole('progressbar')).toBeVisible();
  await expectAccessible(page, 'picker keeping a category');
  await app.picker().getByRole('button', { name: 'Stop' }).click();
  await expect(app.picker().getByText(/^Stopped\./)).toBeVisible();
  await expectAccessible(page, 'picker after keeping');
});
