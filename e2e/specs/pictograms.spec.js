// The pictogram library: a facilitator finds pictograms in the person's language, adds
// several at once, takes a photo, records a familiar voice; the person uses them, offline too.
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';

/** Opens the picker on a new profile in `language`. */
async function pickerFor(app, page, name, language) {
  await app.createProfile({ name, language });
  await app.openBoard(name);
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await expect(app.picker()).toBeVisible();
  await expect(app.picker().getByRole('searchbox', { name: 'Search' })).toBeFocused();
}

for (const { language, query, first, also } of [
  { language: 'Català', query: 'poma', first: /^poma/, also: null },
  { language: 'Català', query: 'autobús', first: /^autobús$/, also: null },
  { language: 'Català', query: 'dents', first: /dent/, also: null },
  { language: 'Español', query: 'manzana', first: /^manzana/, also: null },
  { language: 'Español', query: 'autobus', first: /^autobús$/, also: null },
  { language: 'English', query: 'apple', first: /apple/, also: /^green apple$/ },
]) {
  test(`a facilitator finds "${query}" for a person who speaks ${language}`, async ({ app, page }) => {
    await pickerFor(app, page, 'Iu', language);
    await app.search(query);
    await expect(app.results().first()).toHaveAccessibleName(first);
    if (also) await expect(app.results().filter({ hasText: also })).toHaveCount(1);
  });
}

test('search in the person language first, then the others; nothing found says so', async ({ app, page }) => {
  await pickerFor(app, page, 'Nil', 'Català');
  // An English word still finds the Catalan pictogram, named in Catalan.
  await app.search('apple');
  await expect(app.results().first()).toHaveAccessibleName(/poma/);
  await app.picker().getByRole('searchbox', { name: 'Search' }).fill('zzqqxx');
  await expect(app.picker().getByRole('status').first()).toHaveText('Nothing found for "zzqqxx".');
  await expect(app.results()).toHaveCount(0);
});

test('several pictograms are added at once and the person uses them', PHONE, async ({ app, page }) => {
  await pickerFor(app, page, 'Pau', 'Català');
  const picker = app.picker();
  await app.search('poma');
  await app.results().first().click();
  // The preview: large beside the results on a tablet, a bar under them on a phone.
  await expect(picker.getByRole('complementary', { name: 'Chosen pictogram' })).toContainText('poma');
  await app.search('autobús');
  await app.results().first().click();
  await app.search('dents');
  await app.results().first().click();
  await expect(picker.getByText('3 chosen.')).toBeVisible();
  // Each tap said the name in the person's language.
  const said = await app.utterances();
  expect(said.map((u) => u.lang)).toEqual(['ca', 'ca', 'ca']);
  await picker.getByRole('button', { name: 'Add 3 pictograms' }).click();
  await expect(picker).toBeHidden();
  await expect(page.getByRole('status').filter({ hasText: '3 pictograms added.' })).toBeVisible();
  await expect(page.locator('.pk-board-row')).toHaveCount(3);

  // Recent pictograms come first the next time; a favourite is kept.
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await expect(picker.getByRole('button', { name: 'Recent' })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.results()).toHaveCount(3);
  await app.results().first().click();
  await picker.getByRole('button', { name: 'Favourite', exact: true }).click();
  await picker.getByRole('button', { name: 'Favourites' }).click();
  await expect(app.results()).toHaveCount(1);
  await picker.getByRole('button', { name: 'Cancel' }).click();

  // Categories let a facilitator browse without typing.
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await picker.getByRole('button', { name: 'Categories' }).click();
  // Each category shows a picture of its name (issue #21: Home showed chopsticks).
  for (const [category, code] of [['Home', '1F3E0'], ['Hygiene', '1F6BF'], ['Drinks', '1F964'], ['Clothes', '1F455'], ['Weather', '26C5']]) {
    await expect(picker.getByRole('button', { name: category, exact: true }).locator('img')).toHaveAttribute('src', new RegExp(`/${code}\\.svg$`));
  }
  await picker.getByRole('button', { name: 'Food' }).click();
  expect(await app.results().count()).toBeGreaterThan(50);
  await picker.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Pau');
  await page.getByRole('button', { name: 'Els meus pictogrames' }).click();
  // Three pictograms; the way home is in the header, as on every person screen.
  await expect(app.personTiles()).toHaveCount(3);
  await expect(app.wayHome()).toBeVisible();
  await page.getByRole('button', { name: /^autobús$/ }).click();
  const last = (await app.utterances()).at(-1);
  expect(last).toMatchObject({ text: 'autobús', lang: 'ca' });
  await app.wayHome().click();
  await expect(page.getByRole('button', { name: 'Els meus pictogrames' })).toBeVisible();
});

test('a photo taken with the camera becomes a pictogram named in each language', async ({ app, page }) => {
  await pickerFor(app, page, 'Martí', 'Català');
  const picker = app.picker();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await expect(picker.getByText('No own photos yet.')).toBeVisible();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.getByRole('button', { name: 'Use the camera' }).click();
  await picker.getByRole('button', { name: 'Take the photo' }).click();
  await expect(picker.getByRole('img', { name: 'The photo just taken' })).toBeVisible();
  await picker.getByRole('button', { name: 'Keep the photo' }).click();
  await expect(picker.getByRole('alert').filter({ hasText: 'Write a name' })).toBeVisible();
  await picker.getByRole('textbox', { name: 'Català' }).fill('La meva tassa');
  await picker.getByRole('textbox', { name: 'English' }).fill('My mug');
  await picker.getByRole('button', { name: 'Keep the photo' }).click();
  await expect(picker.getByText('One chosen.')).toBeVisible();
  await expect(app.results()).toHaveCount(1);
  // Found by its name, before the bundled pictograms.
  await app.search('tassa');
  await expect(app.results().first()).toHaveAccessibleName('La meva tassa');
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await expect(page.locator('.pk-board-row')).toHaveCount(1);
  const src = await page.locator('.pk-board-row__img').getAttribute('src');
  expect(src).toMatch(/^data:image\/jpeg;base64,/);
  const size = await page.locator('.pk-board-row__img').evaluate((img) => [img.naturalWidth, img.naturalHeight]);
  expect(size).toEqual([512, 512]);

  // A file that is not a picture is refused with a message.
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.locator('input[type=file]').setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') });
  await expect(picker.getByRole('alert').filter({ hasText: 'not a picture' })).toBeVisible();
});

test('a familiar voice is recorded, kept, and played in person mode instead of speech', async ({ app, page }) => {
  await pickerFor(app, page, 'Lia', 'Español');
  await app.search('manzana');
  await app.results().first().click();
  await app.picker().getByRole('button', { name: 'Add 1 pictogram' }).click();
  const name = (await page.locator('.pk-board-row__name').textContent()).trim();
  await page.getByRole('button', { name: `Record voice for ${name}` }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording…' })).toBeVisible();
  await page.waitForTimeout(1_200);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Listen', exact: true }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByRole('button', { name: `Play voice of ${name}` })).toBeVisible();
  expect((await app.sounds()).at(-1)).toMatch(/^data:audio\//);

  // The record is written right after the tap; let IndexedDB finish before reloading.
  await page.waitForTimeout(1_000);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('button', { name: `Play voice of ${name}` })).toBeVisible();
  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Lia');
  await page.getByRole('button', { name: 'Mis pictogramas' }).click();
  const before = (await app.utterances()).length;
  await page.evaluate(() => { window.__sounds = []; });
  await page.getByRole('button', { name }).click();
  await expect.poll(() => app.sounds()).toHaveLength(1);
  expect((await app.sounds())[0]).toMatch(/^data:audio\//);
  expect((await app.utterances()).slice(before).map((u) => u.text)).not.toContain(name);
});

test('a denied microphone or camera gets a calm message', async ({ app, page }) => {
  await page.addInitScript(() => {
    navigator.mediaDevices.getUserMedia = () => Promise.reject(new DOMException('no', 'NotAllowedError'));
  });
  await pickerFor(app, page, 'Joan', 'English');
  const picker = app.picker();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.getByRole('button', { name: 'Use the camera' }).click();
  await expect(picker.getByRole('alert')).toContainText('may not use the camera');
  await picker.getByRole('button', { name: 'Cancel' }).last().click();
  await app.search('apple');
  await app.results().first().click();
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await page.getByRole('button', { name: /^Record voice for/ }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'may not use the camera or the microphone' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^Record voice for/ })).toBeVisible();
});

test('chosen pictograms still show with the network off', async ({ app, page, context }) => {
  await pickerFor(app, page, 'Ona', 'Català');
  await app.search('poma');
  await app.results().first().click();
  await app.search('autobús');
  await app.results().first().click();
  await app.picker().getByRole('button', { name: 'Add 2 pictograms' }).click();
  await app.waitForOffline();
  // The pictures were fetched while choosing; give the worker a moment to store them.
  await page.waitForTimeout(500);
  await context.setOffline(true);
  await page.reload();
  await app.loaded();
  await page.getByRole('button', { name: 'Profiles' }).click();
  await app.tryAs('Ona');
  await page.getByRole('button', { name: 'Els meus pictogrames' }).click();
  const images = page.locator('.pk-person__main .pk-tile img');
  await expect(images).toHaveCount(2);
  await expect(page.getByRole('button', { name: /^autobús$/ })).toBeVisible();
  for (const image of await images.all()) {
    await expect.poll(() => image.evaluate((img) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
});

test('the picker and the pictogram screens have no accessibility violations', PHONE, async ({ app, page }) => {
  await pickerFor(app, page, 'Abril', 'Català');
  await app.search('poma');
  await app.results().first().click();
  await expectAccessible(page, 'picker with results');
  await app.picker().getByRole('button', { name: 'Categories' }).click();
  await expectAccessible(page, 'picker categories');
  await app.picker().getByRole('button', { name: 'Add 1 pictogram' }).click();
  await expectAccessible(page, 'board editor');
  // The person's board in every theme; the profile itself in High contrast, whose black
  // pictures only a profile really in that theme gets.
  await page.getByRole('button', { name: 'Profiles' }).click();
  await page.getByRole('button', { name: 'Edit Abril' }).click();
  await app.fillEditor({ theme: 'High contrast' });
  await page.getByRole('button', { name: 'Save' }).click();
  await app.tryAs('Abril');
  await page.getByRole('button', { name: 'Els meus pictogrames' }).click();
  await expect(app.personTiles()).toHaveCount(1);
  await expectAccessibleInEveryTheme(page, 'person board');
  await app.unlock('Desbloqueja');
});

test('the About screen credits every OpenMoji author, the names, the font and ARASAAC', async ({ app, page }) => {
  await app.goto('#/facilitator');
  await page.getByRole('button', { name: 'About' }).click();
  await expect(page.getByRole('heading', { name: 'About Pictokit', level: 1 })).toBeVisible();
  const openmoji = page.getByRole('region', { name: 'Pictograms: OpenMoji' });
  await expect(openmoji).toContainText('OpenMoji 17.0.0');
  await expect(openmoji).toContainText('CC BY-SA 4.0');
  const authors = openmoji.getByRole('listitem');
  expect(await authors.count()).toBeGreaterThan(50);
  // Every bundled pictogram is credited to its author.
  const counts = await authors.allTextContents();
  const total = counts.reduce((sum, line) => sum + (line.endsWith('one pictogram') ? 1 : Number(line.match(/(\d+) pictograms$/)[1])), 0);
  expect(total).toBeGreaterThanOrEqual(1500);
  await expect(page.getByRole('region', { name: 'Names and keywords: Unicode CLDR' })).toContainText('Unicode licence');
  await expect(page.getByRole('region', { name: 'Font: Atkinson Hyperlegible' })).toContainText('SIL Open Font License');
  await expect(page.getByRole('region', { name: 'ARASAAC pictograms' })).toContainText('Sergio Palao');
  await expectAccessible(page, 'about');
  // In the facilitator's language.
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  await page.getByRole('radio', { name: 'Català' }).check();
  await page.getByRole('button', { name: 'Quant a' }).click();
  await expect(page.getByRole('heading', { name: 'Quant a Pictokit', level: 1 })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Pictogrames: OpenMoji' })).toContainText('Dibuixats per');
});

test('a profile avatar is chosen with the same picker, before the profile is saved', async ({ app, page }) => {
  await app.goto('#/facilitator/new');
  await app.fillEditor({ name: 'Gala', language: 'Español' });
  await page.getByRole('button', { name: 'Choose a pictogram' }).click();
  const picker = app.picker();
  await expect(picker).toBeVisible();
  // Not saved yet: nothing to remember, so no recent or favourites; searched in Spanish.
  await expect(picker.getByRole('button', { name: 'Recent' })).toHaveCount(0);
  await app.search('gato');
  await expect(app.results().first()).toHaveAccessibleName(/gato/);
  await app.results().first().click();
  await picker.getByRole('button', { name: 'Add 1 pictogram' }).click();
  await expect(picker).toBeHidden();
  const chosen = page.getByRole('radio', { name: 'Pictogram chosen for Gala' });
  await expect(chosen).toBeChecked();
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Gala', level: 2 })).toBeVisible();
  await expect(page.locator('.pk-profile-row__avatar')).toHaveAttribute('src', /pictograms\/openmoji\/color\/[0-9A-F-]+\.svg$/);
  await page.reload();
  await app.loaded();
  await page.getByRole('button', { name: 'Edit Gala' }).click();
  await expect(page.getByRole('radio', { name: 'Pictogram chosen for Gala' })).toBeChecked();
});
