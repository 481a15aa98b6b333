// Moving a profile to another device (issue #8): a facilitator saves a profile with its
// own photo and voice recording to a file in one browser, and opens it in another browser
// with its own user-data-dir. The preview says what comes before anything changes; a
// profile that is already there is replaced only after a confirmation. Every broken or
// hostile file of e2e/fixtures/hostile/ is refused with its message, and nothing stored
// changes.
import { chromium } from '@playwright/test';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { Pictokit } from '../support/pictokit.js';
import { CHROMIUM_ARGS } from '../playwright.config.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const HOSTILE = path.join(here, '../fixtures/hostile');

/** The messages of a Fluent file of the transfer part, by id (single-line ones). */
async function messages(lang) {
  const text = await readFile(path.join(here, `../../components/files/locales/${lang}.ftl`), 'utf8');
  return Object.fromEntries(
    text.split('\n').map((line) => line.match(/^([a-z0-9-]+) = (.+)$/)).filter(Boolean).map((m) => [m[1], m[2]]),
  );
}

/** Everything stored in IndexedDB, store by store, as sorted [key, value] pairs. */
function stored(page) {
  return page.evaluate(() => new Promise((resolve) => {
    const request = indexedDB.open('pictokit');
    request.onerror = () => resolve(null);
    request.onsuccess = async () => {
      const db = request.result;
      const all = {};
      for (const name of [...db.objectStoreNames].sort()) {
        all[name] = await new Promise((done) => {
          const out = [];
          const cursor = db.transaction(name).objectStore(name).openCursor();
          cursor.onsuccess = () => {
            const at = cursor.result;
            if (!at) return done(out);
            out.push([String(at.key), at.value]);
            at.continue();
          };
          cursor.onerror = () => done(null);
        });
      }
      db.close();
      resolve(all);
    };
  }));
}

/** A person with a photo taken with the (fake) camera and a voice recorded with the
 * (fake) microphone on their board, a shopping list and a schedule. */
async function personWithPhotoAndVoice(app, page, name) {
  await app.createProfile({ name, language: 'Català' });
  await app.openBoard(name);
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  const picker = app.picker();
  await picker.getByRole('button', { name: 'Own photos' }).click();
  await picker.getByRole('button', { name: 'New photo' }).click();
  await picker.getByRole('button', { name: 'Use the camera' }).click();
  await picker.getByRole('button', { name: 'Take the photo' }).click();
  await picker.getByRole('textbox', { name: 'Català' }).fill('La meva tassa');
  await picker.getByRole('button', { name: 'Keep the photo' }).click();
  await expect(picker.getByText('One chosen.')).toBeVisible();
  await app.search('poma');
  await app.results().first().click();
  await picker.getByRole('button', { name: 'Add 2 pictograms' }).click();
  await expect(page.locator('.pk-board-row')).toHaveCount(2);
  await page.getByRole('button', { name: 'Record voice for La meva tassa' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Recording…' })).toBeVisible();
  await page.waitForTimeout(1_200);
  await page.getByRole('button', { name: 'Stop' }).click();
  await page.getByRole('button', { name: 'Keep' }).click();
  await expect(page.getByRole('button', { name: 'Play voice of La meva tassa' })).toBeVisible();
  // Writes follow the taps; let IndexedDB finish.
  await page.waitForTimeout(800);
}

/** What the board shows: each picture's address and name, and the voices. */
async function board(page) {
  const rows = page.locator('.pk-board-row');
  await expect(rows).toHaveCount(2);
  // A row says "(no name)" until the pictogram index (loaded on first use) names it.
  await expect(page.locator('.pk-board-row__name').filter({ hasText: '(no name)' })).toHaveCount(0);
  return {
    pictures: await page.locator('.pk-board-row__img').evaluateAll((imgs) => imgs.map((img) => img.getAttribute('src'))),
    names: (await page.locator('.pk-board-row__name').allTextContents()).map((t) => t.trim()),
    voice: await page.getByRole('button', { name: 'Play voice of La meva tassa' }).count(),
  };
}

/** Saves the profile of `name` to a file; the file's path. */
async function saveToFile(page, name, dir) {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Save ${name}'s profile to a file` }).click(),
  ]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return { file, suggested: download.suggestedFilename() };
}

/** Another browser with its own user-data-dir, at this project's viewport, checked for
 * page errors and CSP violations like the main one. */
async function otherDevice(testInfo, dir) {
  const { viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale } = testInfo.project.use;
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    viewport, hasTouch, isMobile, deviceScaleFactor, baseURL, locale,
  });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => { if (message.type() === 'error') problems.push(message.text()); });
  return { context, page, problems };
}

test('a profile saved to a file opens on another device with its photo and voice, after a preview', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-transfer-'));
  const other = await otherDevice(testInfo, path.join(dir, 'other-profile'));
  try {
    await personWithPhotoAndVoice(app, page, 'Núria');
    const before = await board(page);
    await page.getByRole('button', { name: 'Profiles' }).click();
    const { file, suggested } = await saveToFile(page, 'Núria', dir);
    expect(suggested).toMatch(/^pictokit-núria-\d{4}-\d{2}-\d{2}\.zip$/);
    await expect(page.getByRole('status').filter({ hasText: 'Assessments are not in it' })).toBeVisible();

    // The other device: nobody there yet.
    const device = new Pictokit(other.page);
    await device.goto('#/facilitator');
    await expect(other.page.getByText('No profiles on this device yet.')).toBeVisible();
    await other.page.getByLabel('Open a profile file').setInputFiles(file);
    const preview = other.page.getByRole('region', { name: 'What the file holds' });
    await expect(preview).toBeVisible();
    await expect(preview.getByText('Núria is not on this device yet: the profile will be added.')).toBeVisible();
    for (const line of ['2 pictograms on the board', '1 own photo', '1 voice recording']) {
      await expect(preview.getByRole('listitem').filter({ hasText: line })).toHaveCount(1);
    }
    await expect(preview.getByText(/^Saved on /)).toBeVisible();
    await expectAccessible(other.page, 'the preview of a profile file');
    // Nothing is stored before the choice.
    expect((await stored(other.page)).profiles).toEqual([]);
    await preview.getByRole('button', { name: 'Add Núria' }).click();
    await expect(other.page.getByRole('status').filter({ hasText: "Núria's profile is on this device now." })).toBeVisible();
    await expect(other.page.getByRole('heading', { name: 'Núria', level: 2 })).toBeVisible();

    // The same photo, byte for byte, the same names, and the voice; after a reload too.
    await other.page.waitForTimeout(500);
    await other.page.reload();
    await device.loaded();
    await device.openBoard('Núria');
    expect(await board(other.page)).toEqual(before);
    await other.page.getByRole('button', { name: 'Profiles' }).click();
    await device.tryAs('Núria');
    await other.page.getByRole('button', { name: 'Els meus pictogrames' }).click();
    await other.page.evaluate(() => { window.__heard = []; const play = HTMLMediaElement.prototype.play; HTMLMediaElement.prototype.play = function p() { window.__heard.push(this.src.slice(0, 20)); return play.call(this); }; });
    await other.page.getByRole('button', { name: 'La meva tassa' }).click();
    await expect.poll(() => other.page.evaluate(() => window.__heard)).toEqual(['data:audio/webm;base']);
    // The recording's bytes are the ones recorded on the first device.
    const voices = async (p) => (await stored(p)).media
      .map(([, text]) => JSON.parse(text)).filter((m) => m.kind === 'voice').map((m) => m.data_url.split(',')[1]);
    expect(await voices(other.page)).toEqual(await voices(page));
    expect((await voices(page))[0].length).toBeGreaterThan(1000);
    expect(other.problems).toEqual([]);
  } finally {
    await other.context.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('a profile that is already here is replaced only after a confirmation, or kept twice', async ({ app, page }) => {
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-transfer-'));
  try {
    await app.createProfile({ name: 'Pol', language: 'Español' });
    const { file } = await saveToFile(page, 'Pol', dir);
    // Renamed here after the file was made.
    await page.getByRole('button', { name: 'Edit Pol' }).click();
    await app.fillEditor({ name: 'Pol Vidal' });
    await page.getByRole('button', { name: 'Save' }).click();
    await expect(page.getByRole('heading', { name: 'Pol Vidal', level: 2 })).toBeVisible();

    await page.getByLabel('Open a profile file').setInputFiles(file);
    const preview = page.getByRole('region', { name: 'What the file holds' });
    await expect(preview.getByText('This device already has this profile, as Pol Vidal. Replace it with the file, or keep both.')).toBeVisible();
    await expectAccessible(page, 'the preview of a profile that is already here');
    await preview.getByRole('button', { name: 'Replace Pol Vidal' }).click();
    const dialog = page.getByRole('dialog', { name: "Replace Pol Vidal's profile?" });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Keep what is here' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Pol Vidal', level: 2 })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pol', level: 2, exact: true })).toHaveCount(0);

    await preview.getByRole('button', { name: 'Replace Pol Vidal' }).click();
    await dialog.getByRole('button', { name: 'Replace', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Pol', level: 2, exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Pol Vidal', level: 2 })).toHaveCount(0);

    await page.getByLabel('Open a profile file').setInputFiles(file);
    await preview.getByRole('button', { name: 'Keep both' }).click();
    await expect(page.getByRole('heading', { name: 'Pol', level: 2, exact: true })).toHaveCount(2);
    await page.waitForTimeout(500);
    await page.reload();
    await app.loaded();
    await expect(page.getByRole('heading', { name: 'Pol', level: 2, exact: true })).toHaveCount(2);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test('every broken or hostile file is refused with its message, and nothing stored changes', async ({ app, page }) => {
  test.setTimeout(120_000);
  const index = JSON.parse(await readFile(path.join(HOSTILE, 'index.json'), 'utf8'));
  expect(Object.keys(index).length).toBeGreaterThanOrEqual(20);
  const en = await messages('en');
  await app.createProfile({ name: 'Aina' });
  await page.waitForTimeout(500);
  const before = await stored(page);
  const chooser = page.getByLabel('Open a profile file');
  const alert = page.getByRole('alert');
  for (const [name, message] of Object.entries(index)) {
    await chooser.setInputFiles(path.join(HOSTILE, name));
    await expect(alert, name).toHaveText(en[message]);
    await expect(page.getByRole('region', { name: 'What the file holds' })).toHaveCount(0);
  }
  await expectAccessible(page, 'a refused profile file');
  expect(await stored(page)).toEqual(before);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('heading', { level: 2, name: 'Aina' })).toBeVisible();
  await expect(page.locator('.pk-profile-row')).toHaveCount(1);
});

for (const [locale, lang, button] of [['ca-ES', 'ca', 'Obre un fitxer de perfil'], ['es-ES', 'es', 'Abrir un archivo de perfil']]) {
  test.describe(`in ${lang}`, () => {
    test.use({ locale });
    test(`a refused file is explained in ${lang}`, async ({ app, page }) => {
      const words = await messages(lang);
      await app.goto('#/facilitator');
      await page.getByLabel(button).setInputFiles(path.join(HOSTILE, 'path-traversal.zip'));
      await expect(page.getByRole('alert')).toHaveText(words['bundle-error-unsafe-name']);
      await page.getByLabel(button).setInputFiles(path.join(HOSTILE, 'svg-with-script.zip'));
      await expect(page.getByRole('alert')).toHaveText(words['bundle-error-media']);
    });
  });
}

test('assessments travel encrypted: the right passphrase opens them elsewhere, a wrong one changes nothing', async ({ app, page }, testInfo) => {
  test.setTimeout(120_000);
  const dir = await mkdtemp(path.join(tmpdir(), 'pictokit-sealed-'));
  const other = await otherDevice(testInfo, path.join(dir, 'other-profile'));
  try {
    await app.createProfile({ name: 'Laia' });
    await page.getByRole('button', { name: 'Quality of life of Laia' }).click();
    const section = page.getByRole('region', { name: 'Move assessments to another device, encrypted' });
    await section.getByLabel('Passphrase (at least 8 characters)').fill('correct horse');
    await section.getByRole('button', { name: 'Save the assessments, encrypted' }).click();
    await expect(section.getByRole('alert')).toHaveText('Laia has no assessments to save yet.');
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.getByRole('textbox', { name: 'Name of who answers' }).fill('Marta Puig');
    await page.getByRole('radio', { name: 'Family', exact: true }).check();
    await page.getByRole('button', { name: 'Add to the team' }).click();
    await expect(page.getByRole('heading', { name: 'Marta Puig', level: 3 })).toBeVisible();
    await page.getByRole('button', { name: 'All assessments' }).click();

    await section.getByLabel('Passphrase (at least 8 characters)').fill('short');
    await section.getByRole('button', { name: 'Save the assessments, encrypted' }).click();
    await expect(section.getByRole('alert')).toHaveText('The passphrase needs at least 8 characters.');
    await section.getByLabel('Passphrase (at least 8 characters)').fill('correct horse');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section.getByRole('button', { name: 'Save the assessments, encrypted' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^pictokit-assessments-laia-\d{4}-\d{2}-\d{2}\.json$/);
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    await expect(section.getByRole('status')).toContainText('are saved, encrypted');
    await expectAccessible(page, 'the assessments with the encrypted export');
    // Nothing readable in the file: only the envelope.
    const text = await readFile(file, 'utf8');
    expect(text).not.toContain('Marta');
    const envelope = JSON.parse(text);
    expect(envelope).toMatchObject({ format: 'pictokit-sealed', version: 1, content: 'assessments', kdf: { name: 'PBKDF2', hash: 'SHA-256' }, cipher: { name: 'AES-GCM' } });
    expect(envelope.kdf.iterations).toBeGreaterThanOrEqual(600_000);
    expect(Buffer.from(envelope.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(envelope.cipher.iv, 'base64')).toHaveLength(12);
    const tampered = path.join(dir, 'tampered.json');
    const data = Buffer.from(envelope.data, 'base64');
    data[5] ^= 1;
    await writeFile(tampered, JSON.stringify({ ...envelope, data: data.toString('base64') }));

    // Another device, with Laia's profile but none of her assessments.
    const device = new Pictokit(other.page);
    await device.createProfile({ name: 'Laia' });
    await other.page.getByRole('button', { name: 'Quality of life of Laia' }).click();
    const there = other.page.getByRole('region', { name: 'Move assessments to another device, encrypted' });
    const before = await stored(other.page);
    await there.getByLabel('Open an encrypted file').setInputFiles(path.join(here, '../fixtures/sample-profile.zip'));
    await expect(there.getByRole('alert')).toHaveText('This is not an encrypted Pictokit file. Nothing was changed.');
    await there.getByLabel('Open an encrypted file').setInputFiles(file);
    await expect(there.getByRole('status')).toContainText('The file is ready');
    await there.getByLabel('Passphrase (at least 8 characters)').fill('correct horse!');
    await there.getByRole('button', { name: 'Open it with this passphrase' }).click();
    await expect(there.getByRole('alert')).toHaveText('This passphrase does not open the file, or the file was changed. Check the passphrase and try again. Nothing was changed.');
    await expectAccessible(other.page, 'a wrong passphrase');
    await there.getByLabel('Open an encrypted file').setInputFiles(tampered);
    await there.getByLabel('Passphrase (at least 8 characters)').fill('correct horse');
    await there.getByRole('button', { name: 'Open it with this passphrase' }).click();
    await expect(there.getByRole('alert')).toContainText('This passphrase does not open the file, or the file was changed.');
    expect(await stored(other.page)).toEqual(before);
    await expect(other.page.getByText('No assessment yet.')).toBeVisible();

    await there.getByLabel('Open an encrypted file').setInputFiles(file);
    await there.getByRole('button', { name: 'Open it with this passphrase' }).click();
    await expect(there.getByRole('status')).toHaveText('1 assessment added.');
    await other.page.getByRole('button', { name: /^Open the assessment of/ }).click();
    await expect(other.page.getByRole('heading', { name: 'Marta Puig', level: 3 })).toBeVisible();
    await other.page.getByRole('button', { name: 'All assessments' }).click();
    await there.getByLabel('Open an encrypted file').setInputFiles(file);
    await there.getByLabel('Passphrase (at least 8 characters)').fill('correct horse');
    await there.getByRole('button', { name: 'Open it with this passphrase' }).click();
    await expect(there.getByRole('status')).toHaveText('Nothing new in the file. 1 assessment was already here and stays as it is.');
    expect(other.problems).toEqual([]);
  } finally {
    await other.context.close();
    await rm(dir, { recursive: true, force: true });
  }
});
