// Seven interface languages (issue #26): a person's home, the day, the questionnaire and
// the till in each of them, with what is spoken recorded in it; a person in Basque on a
// device in Galician; a language never used online still shows offline (precached).
// The words expected come from the app's own Fluent files (support/messages.js).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, PHONE } from '../support/fixtures.js';
import { Pictokit } from '../support/pictokit.js';
import { expectAccessible } from '../support/axe.js';
import { LANGUAGES, message } from '../support/messages.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.join(here, '../fixtures/sample-profile.zip');
const INSTRUMENT = JSON.parse(fs.readFileSync(path.join(here, '../../domain/instruments/pictokit-qol.json'), 'utf8'));

/** €1.20 as each language writes it (domain::money::format_euros). */
function euros(tag, text) {
  return tag === 'en' ? `€${text.replace(',', '.')}` : `${text}\u00a0€`;
}

/** Adds the sample profile (Núria: a list with bread, a wallet, breakfast on weekdays)
 * from its file, and sets its language; ends on the list of profiles. */
async function addNuria(app, page, language) {
  await app.goto('#/facilitator');
  await page.getByLabel('Open a profile file').setInputFiles(SAMPLE);
  await page.getByRole('region', { name: 'What the file holds' }).getByRole('button', { name: 'Add Núria' }).click();
  await expect(page.getByRole('heading', { name: 'Núria', level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Edit Núria' }).click();
  await app.fillEditor({ language });
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
}

/** Checks the screen; with PICTOKIT_SHOTS=<folder> also keeps its picture
 * (`<project>-<language>-<screen>.png`). */
async function look(page, tag, screen) {
  await expectAccessible(page, `${screen} in ${tag}`);
  if (process.env.PICTOKIT_SHOTS) {
    await page.screenshot({ path: path.join(process.env.PICTOKIT_SHOTS, `${test.info().project.name}-${tag}-${screen.replace(/\W+/g, '-')}.png`) });
  }
}

/** A tap in person mode, a moment after the one before (closer taps count as a hard
 * double tap). */
async function tap(page, locator) {
  await page.clock.runFor(1000);
  await locator.click();
}

// French and Basque have the longest words: their screens are checked on the phone too.
const LONGEST = ['fr', 'eu'];

for (const { tag, name } of LANGUAGES) {
  test(`the person's home, the questionnaire, the day and the till in ${name}`, LONGEST.includes(tag) ? PHONE : {}, async ({ app, page }) => {
    const t = (id, args) => message(tag, id, args);
    // A Tuesday, a quarter of an hour before breakfast.
    await page.clock.install({ time: new Date('2026-11-24T07:45:00+01:00') });
    await addNuria(app, page, name);

    // The questionnaire: the first sentence, read aloud in the person's language.
    await page.getByRole('button', { name: 'Quality of life of Núria' }).click();
    await page.getByRole('button', { name: 'Start a new assessment' }).click();
    await page.getByRole('button', { name: 'Núria answers in person mode' }).click();
    const person = page.locator('.pk-person');
    await expect(person).toHaveAttribute('lang', tag);
    const first = INSTRUMENT.items[0].text.self[tag];
    await expect(page.getByRole('button', { name: first })).toBeVisible();
    await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain(first);
    await look(page, tag, 'a question');

    // Home: the greeting, the tiles and the lock corner in the person's language.
    const home = page.locator('.pk-person__header').getByRole('button', { name: t('board-person-home'), exact: true });
    await tap(page, home);
    await expect(page.getByRole('heading', { name: t('person-greeting', { name: 'Núria' }) })).toBeVisible();
    await expect(app.personTiles()).toHaveText([t('board-person-title'), t('component-shopping'), t('component-questionnaire'), t('component-schedule')]);
    await expect(page.getByRole('button', { name: t('lock-hold-label') })).toBeVisible();
    await look(page, tag, 'the home');

    // The day: today's date in words of this language (the browser's Intl), breakfast next.
    await tap(page, page.getByRole('button', { name: t('component-schedule'), exact: true }));
    await expect(page.getByRole('heading', { name: t('day-today'), level: 2 })).toBeVisible();
    const tuesday = new Intl.DateTimeFormat(tag, { weekday: 'long', timeZone: 'Europe/Madrid' }).format(new Date('2026-11-24T12:00:00Z'));
    await expect(page.locator('.pk-person__main')).toContainText(new RegExp(tuesday, 'i'));
    await expect(page.getByRole('region', { name: t('day-next') }).getByRole('button', { name: /08:00/ })).toBeVisible();
    await look(page, tag, 'the day');

    // The till: the price in this language's way of writing money.
    await tap(page, home);
    await tap(page, page.getByRole('button', { name: t('component-shopping'), exact: true }));
    await tap(page, page.getByRole('button', { name: 'Setmana' }));
    await expect(page.getByRole('button', { name: /^Pa\b/ })).toBeVisible();
    await tap(page, page.getByRole('button', { name: t('shop-put-in'), exact: true }));
    await tap(page, page.getByRole('button', { name: t('shop-to-till'), exact: true }));
    await expect(page.getByRole('button', { name: t('till-total', { amount: euros(tag, '1,20') }) })).toBeVisible();
    await look(page, tag, 'the till');
    await tap(page, page.getByRole('button', { name: t('till-paid'), exact: true }));

    // Everything said to the person was said in their language.
    const said = await app.utterances();
    expect(said.length).toBeGreaterThan(3);
    expect(said.filter((u) => u.lang !== tag), 'spoken in another language').toEqual([]);
  });
}

test('a person in Basque on a device in Galician: each where it belongs, and no other', async ({ app, page }) => {
  await addNuria(app, page, 'Euskara');
  await app.goto('#/facilitator/device');
  await page.getByRole('radio', { name: 'Galego' }).check();
  await expect(page.getByRole('heading', { name: message('gl', 'device-title'), level: 1 })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'gl');
  await page.getByRole('navigation').getByRole('button', { name: message('gl', 'fac-profiles-title'), exact: true }).click();
  await expect(page.getByRole('heading', { name: message('gl', 'fac-profiles-title'), level: 1 })).toBeVisible();
  // No word of the facilitator's screens left in English.
  await expect(page.getByText('Profiles', { exact: true })).toHaveCount(0);

  await page.getByRole('button', { name: message('gl', 'fac-try-name', { name: 'Núria' }) }).click();
  await expect(page.locator('.pk-person')).toHaveAttribute('lang', 'eu');
  await expect(page.getByRole('heading', { name: message('eu', 'person-greeting', { name: 'Núria' }) })).toBeVisible();
  await expect(app.personTiles()).toHaveText([
    message('eu', 'board-person-title'),
    message('eu', 'component-shopping'),
    message('eu', 'component-questionnaire'),
    message('eu', 'component-schedule'),
  ]);
  await expect(page.getByRole('button', { name: message('eu', 'lock-hold-label') })).toBeVisible();

  // Unlocked: the facilitator is back in Galician.
  await app.unlock(message('eu', 'unlock-confirm-yes'));
  await expect(page.getByText(message('gl', 'facilitator-banner'))).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'gl');
});

test.describe(() => {
  test.use({ allowedConsoleErrors: [/ServiceWorker|service worker|Failed to fetch|ERR_INTERNET_DISCONNECTED/i] });

  test('offline, a language never used online shows: every language is precached', async ({ app, page, context }) => {
    await app.createProfile({ name: 'Inès' });
    await app.waitForOffline();
    await context.setOffline(true);
    await page.reload();
    await app.loaded();
    await page.getByRole('button', { name: 'Edit Inès' }).click();
    await app.fillEditor({ language: 'Français' });
    await page.getByRole('button', { name: 'Save' }).click();
    await app.tryAs('Inès');
    await expect(page.getByRole('heading', { name: message('fr', 'person-greeting', { name: 'Inès' }) })).toBeVisible();
    // The first page too (it fetches only its own, smaller file of messages).
    const other = await context.newPage();
    await other.goto('/');
    await new Pictokit(other).loaded();
    await expect(other.getByRole('heading', { name: message('fr', 'person-greeting', { name: 'Inès' }) })).toBeVisible();
    await other.close();
  });
});
