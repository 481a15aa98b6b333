// The sorting mat (issue #7): the facilitator makes a mat of four cards on three places;
// the person sorts them one by one in person mode (undo, a reload in the middle), the
// results picture shows; a second sorting, offline, is compared card by card; the results
// print. Every screen passes axe in every theme; person mode's targets are 64 px or more;
// the places speak the person's language.
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';
import { smallTargets } from '../support/targets.js';

test.use({ allowedConsoleErrors: [/ServiceWorker|service worker|Failed to fetch|ERR_INTERNET_DISCONNECTED/i] });

const TOPIC = 'Activities of the week';
/** The cards: what is searched in the picker, and the word the facilitator gives it. */
const CARDS = [
  ['books', 'Reading'],
  ['bus', 'Bus trip'],
  ['soccer ball', 'Football'],
  ['bread', 'Baking'],
];
const LIKE = 'I like it';
const UNSURE = 'I am not sure';
const DISLIKE = "I don't like it";

/** Chooses pictograms in the picker (several at once). */
async function pick(app, words) {
  for (const word of words) {
    await app.search(word);
    await app.results().first().click();
  }
  await app.picker().getByRole('button', { name: words.length === 1 ? 'Add 1 pictogram' : `Add ${words.length} pictograms` }).click();
  await expect(app.picker()).toBeHidden();
}

/** Opens a person's workshop from the list of profiles. */
async function openWorkshop(app, page, name) {
  await app.goto('#/facilitator');
  await page.getByRole('button', { name: `Workshop with ${name}` }).click();
  await expect(page.getByRole('heading', { name: `Workshop with ${name}`, level: 1 })).toBeVisible();
}

/** Makes the mat from the workshop's home; ends on the mat's screen. `check` runs on the
 * filled editor before saving. */
async function makeMat(app, page, name, cards = CARDS, check = async () => {}) {
  await page.getByRole('button', { name: 'New sorting mat' }).click();
  await expect(page.getByRole('heading', { name: `New sorting mat for ${name}`, level: 1 })).toBeVisible();
  // Saving an empty mat says what is missing, in words.
  await page.getByRole('button', { name: 'Save the mat' }).click();
  await expect(page.getByRole('alert')).toContainText('Write a title for the topic.');
  await expect(page.getByRole('alert')).toContainText('Add at least 2 cards.');
  await page.getByRole('textbox', { name: 'Topic' }).fill(TOPIC);
  await expect(page.getByRole('radio', { name: /^Three places/ })).toBeChecked();
  await page.getByRole('button', { name: 'Add cards' }).click();
  await pick(app, cards.map(([word]) => word));
  for (const [index, [, label]] of cards.entries()) {
    if (label) await page.getByRole('textbox', { name: `Word of card ${index + 1}` }).fill(label);
  }
  await check();
  await page.getByRole('button', { name: 'Save the mat' }).click();
  await expect(page.getByRole('heading', { name: `Sorting mat: ${TOPIC}`, level: 1 })).toBeVisible();
}

/** The person puts the card on the screen on a place. */
async function place(page, card, where) {
  await expect(page.getByRole('button', { name: card, exact: true })).toBeVisible();
  await calm(page);
  await page.getByRole('button', { name: where, exact: true }).click();
}

/** A tap this soon after the last is taken as the same hard tap (700 ms): wait past it. */
async function calm(page) {
  await page.waitForTimeout(750);
}

/** Back to the mat's screen from person mode. */
async function backToMat(app, page, name) {
  await app.unlock();
  await app.backToProfiles();
  await openWorkshop(app, page, name);
  await page.getByRole('button', { name: `Open the mat ${TOPIC}` }).click();
  await expect(page.getByRole('heading', { name: `Sorting mat: ${TOPIC}`, level: 1 })).toBeVisible();
}

/** The row of a card in the comparison. */
function changeOf(page, card) {
  return page.getByRole('list', { name: 'Card by card' }).getByRole('listitem').filter({ hasText: card });
}

async function shot(page, testInfo, name) {
  await page.screenshot({ path: `/tmp/sort-${testInfo.project.name}-${name}.png`, fullPage: true });
}

test('a mat is made, sorted twice (once offline) and the two sortings compared and printed', async ({ app, page, context }, testInfo) => {
  test.slow();
  await app.createProfile({ name: 'Bea' });
  await openWorkshop(app, page, 'Bea');
  await expect(page.getByText('No sorting mat yet.')).toBeVisible();
  await makeMat(app, page, 'Bea', CARDS, () => shot(page, testInfo, 'editor'));
  await expect(page.getByText('4 cards · Three places')).toBeVisible();
  await expect(page.getByText('Not sorted yet.')).toBeVisible();

  // First sorting: a wrong tap is taken back, a reload in the middle keeps every card.
  await page.getByRole('button', { name: 'Sort with Bea' }).click();
  await expect(app.lockCorner()).toBeVisible();
  await expect(page.getByText('Card 1 of 4')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Undo' })).toHaveCount(0);
  await shot(page, testInfo, 'turn');
  await page.getByRole('button', { name: 'Reading', exact: true }).click();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('Reading');
  // A hard double tap on a place puts one card there, not two.
  await calm(page);
  await page.getByRole('button', { name: LIKE, exact: true }).dblclick();
  await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain(LIKE);
  await expect(page.getByText('Card 2 of 4')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Bus trip', exact: true })).toBeVisible();
  await place(page, 'Bus trip', DISLIKE);
  await expect(page.getByText('Card 3 of 4')).toBeVisible();
  await calm(page);
  // A hard double tap on Undo takes back one card, not two.
  await page.getByRole('button', { name: 'Undo' }).dblclick();
  await expect(page.getByText('Card 2 of 4')).toBeVisible();
  await place(page, 'Bus trip', UNSURE);
  await place(page, 'Football', DISLIKE);
  await expect(page.getByText('Card 4 of 4')).toBeVisible();
  await page.reload();
  await app.loaded();
  await expect(page.getByText('Card 4 of 4')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Baking', exact: true })).toBeVisible();
  await place(page, 'Baking', LIKE);
  await expect(page.getByRole('status').filter({ hasText: 'Done! All the cards are in their place.' })).toBeVisible();
  await expect(page.getByRole('region', { name: LIKE })).toContainText('Reading');
  await expect(page.getByRole('region', { name: LIKE })).toContainText('Baking');
  await expect(page.getByRole('region', { name: UNSURE })).toContainText('Bus trip');
  await expect(page.getByRole('region', { name: DISLIKE })).toContainText('Football');
  await shot(page, testInfo, 'done');

  // The facilitator sees the results picture.
  await backToMat(app, page, 'Bea');
  const first = page.getByRole('article', { name: /^Sorting \d/ });
  await expect(first).toHaveCount(1);
  await expect(first).toContainText('All 4 cards placed.');
  await expect(first.getByRole('region', { name: LIKE })).toContainText('Reading');
  await expect(page.getByRole('heading', { name: 'Compare with an earlier sorting' })).toHaveCount(0);

  // Second sorting with the network off.
  await app.waitForOffline();
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Sort with Bea' }).click();
  await expect(page.getByText('Card 1 of 4')).toBeVisible();
  await place(page, 'Reading', UNSURE);
  await place(page, 'Bus trip', LIKE);
  await place(page, 'Football', DISLIKE);
  await place(page, 'Baking', LIKE);
  await expect(page.getByRole('region', { name: UNSURE })).toContainText('Reading');
  await backToMat(app, page, 'Bea');
  await expect(page.getByRole('article', { name: /^Sorting \d/ })).toHaveCount(2);

  // The comparison: the newest against the one before, card by card.
  const check = async () => {
    await expect(page.getByRole('heading', { name: 'Compare with an earlier sorting' })).toBeVisible();
    await expect(changeOf(page, 'Reading')).toContainText('Likes it less now');
    await expect(changeOf(page, 'Reading')).toContainText(`Before:${LIKE}`);
    await expect(changeOf(page, 'Reading')).toContainText(`Now:${UNSURE}`);
    await expect(changeOf(page, 'Bus trip')).toContainText('Likes it more now');
    await expect(changeOf(page, 'Football')).toContainText('The same');
    await expect(changeOf(page, 'Baking')).toContainText('The same');
    await expect(page.getByRole('status').filter({ hasText: 'Likes it more now: 1 · Likes it less now: 1 · The same: 2' })).toBeVisible();
  };
  await check();
  // Choosing the sessions the other way round turns the changes round.
  const dates = await page.getByRole('combobox', { name: 'Earlier sorting' }).locator('option').allTextContents();
  await page.getByRole('combobox', { name: 'Earlier sorting' }).selectOption({ index: 0 });
  await page.getByRole('combobox', { name: 'Later sorting' }).selectOption({ index: 1 });
  expect(dates).toHaveLength(2);
  await expect(changeOf(page, 'Reading')).toContainText('Likes it more now');
  await expect(changeOf(page, 'Bus trip')).toContainText('Likes it less now');
  await page.getByRole('combobox', { name: 'Earlier sorting' }).selectOption({ index: 1 });
  await page.getByRole('combobox', { name: 'Later sorting' }).selectOption({ index: 0 });
  await check();
  await shot(page, testInfo, 'mat');
  await page.getByRole('heading', { name: 'Compare with an earlier sorting' }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: `/tmp/sort-${testInfo.project.name}-compare.png` });
  await page.getByRole('list', { name: 'Card by card' }).screenshot({ path: `/tmp/sort-${testInfo.project.name}-changes.png` });

  // Everything is kept after a reload (still offline).
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('article', { name: /^Sorting \d/ })).toHaveCount(2);
  await check();
  await openWorkshop(app, page, 'Bea');
  await expect(page.getByText('4 cards · Three places · sorted 2 times')).toBeVisible();
  await context.setOffline(false);

  // Print the newest sorting: every card on the sheet, and a PDF.
  await page.getByRole('button', { name: `Open the mat ${TOPIC}` }).click();
  await page.getByRole('button', { name: /^Print sorting / }).first().click();
  await expect(page.getByRole('heading', { name: new RegExp(`^Bea: ${TOPIC}`), level: 1 })).toBeVisible();
  const cards = page.locator('.pk-print-card');
  await expect(cards).toHaveCount(4);
  for (const [, label] of CARDS) await expect(cards.filter({ hasText: label })).toHaveCount(1);
  await expect(page.locator('.pk-print-sorting__place').filter({ hasText: UNSURE })).toContainText('Reading');
  await page.setViewportSize({ width: 794, height: 1123 });
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print', exact: true })).toBeHidden();
  const pictures = page.locator('.pk-print-card__img');
  await expect.poll(() => pictures.evaluateAll((imgs) => imgs.every((img) => img.complete && img.naturalWidth > 0))).toBe(true);
  for (const width of await pictures.evaluateAll((imgs) => imgs.map((img) => img.getBoundingClientRect().width))) {
    expect(width).toBeGreaterThanOrEqual(100);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.length).toBeGreaterThan(10_000);
  await testInfo.attach('sorting.pdf', { body: pdf, contentType: 'application/pdf' });
  await page.emulateMedia({ media: 'screen' });
  if (testInfo.project.name === 'tablet') await page.screenshot({ path: '/tmp/sort-print.png', fullPage: true });
});

test('a sorting or a mat that is not there shows a calm message', async ({ app, page }) => {
  await app.createProfile({ name: 'Pol' });
  await openWorkshop(app, page, 'Pol');
  await makeMat(app, page, 'Pol', CARDS.slice(0, 2));
  const matAddress = page.url();
  await page.getByRole('button', { name: 'Sort with Pol' }).click();
  await expect(page.getByText('Card 1 of 2')).toBeVisible();
  // The session is gone from the stored record (a backup restored on this device from
  // before it was started): after a reload, a calm message instead of the cards.
  const profileId = page.url().match(/#\/person\/([^/]+)\//)[1];
  await page.evaluate(async (key) => {
    const db = await new Promise((resolve, reject) => {
      const request = indexedDB.open('pictokit');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const store = () => db.transaction('workshop', 'readwrite').objectStore('workshop');
    const text = await new Promise((resolve) => { store().get(key).onsuccess = (event) => resolve(event.target.result); });
    const record = JSON.parse(text);
    record.sessions = [];
    await new Promise((resolve) => { store().put(JSON.stringify(record), key).onsuccess = resolve; });
    db.close();
  }, `sorting:${profileId}`);
  await page.reload();
  await app.loaded();
  await expect(page.getByRole('status').filter({ hasText: 'There is nothing to sort here now.' })).toBeVisible();
  await expect(app.lockCorner()).toBeVisible();
  await app.unlock();
  await app.backToProfiles();
  await openWorkshop(app, page, 'Pol');
  await page.getByRole('button', { name: `Open the mat ${TOPIC}` }).click();
  await page.getByRole('button', { name: 'Delete the mat' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Delete', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Workshop with Pol', level: 1 })).toBeVisible();
  await expect(page.getByText('No sorting mat yet.')).toBeVisible();
  await page.goto(matAddress);
  await app.loaded();
  await expect(page.getByText('This sorting mat is not here any more. Maybe it was deleted.')).toBeVisible();
});

for (const [language, words] of [
  ['Català', { places: ["M'agrada", "No ho tinc clar", "No m'agrada"], progress: 'Targeta 1 de 2', bus: 'autobús' }],
  ['Español', { places: ['Me gusta', 'No lo tengo claro', 'No me gusta'], progress: 'Tarjeta 1 de 2', bus: 'autobús' }],
]) {
  test(`the person sorts in ${language}`, async ({ app, page }) => {
    await app.createProfile({ name: 'Joan', language });
    await openWorkshop(app, page, 'Joan');
    // The cards keep the library's word in the person's language.
    await makeMat(app, page, 'Joan', [['autobús', ''], ['pizza', '']], async () => {
      await expect(page.getByRole('textbox', { name: 'Word of card 1' })).toHaveValue(words.bus);
    });
    await page.getByRole('button', { name: 'Sort with Joan' }).click();
    await expect(page.getByText(words.progress)).toBeVisible();
    await expect(page.getByRole('button', { name: words.bus, exact: true })).toBeVisible();
    for (const word of words.places) await expect(page.getByRole('button', { name: word, exact: true })).toBeVisible();
    await page.getByRole('button', { name: words.places[0], exact: true }).click();
    await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain(words.places[0]);
  });
}

test('the sorting screens pass axe in every theme', PHONE, async ({ app, page }) => {
  // axe on every screen in each of the four themes, at three widths: 45–60 s on two idle
  // cores, more beside the other engines' journeys.
  test.setTimeout(150_000);
  test.slow();
  await app.createProfile({ name: 'Iu', theme: 'Dark' });
  await openWorkshop(app, page, 'Iu');
  await makeMat(app, page, 'Iu', CARDS.slice(0, 3), async () => {
    await expectAccessibleInEveryTheme(page, 'the mat editor');
  });
  for (const [round, places] of [[1, [LIKE, UNSURE, DISLIKE]], [2, [UNSURE, UNSURE, LIKE]]]) {
    await page.getByRole('button', { name: 'Sort with Iu' }).click();
    await expect(page.getByText('Card 1 of 3')).toBeVisible();
    await place(page, 'Reading', places[0]);
    if (round === 1) {
      await expectAccessibleInEveryTheme(page, 'the person sorting');
      expect(await smallTargets(page, '.pk-person')).toEqual([]);
    }
    await place(page, 'Bus trip', places[1]);
    await place(page, 'Football', places[2]);
    await expect(page.getByRole('region', { name: places[2] })).toContainText('Football');
    if (round === 1) {
      await expectAccessibleInEveryTheme(page, "the person's results");
      expect(await smallTargets(page, '.pk-person')).toEqual([]);
    }
    await backToMat(app, page, 'Iu');
  }
  await expect(changeOf(page, 'Football')).toContainText('Likes it more now');
  await expectAccessibleInEveryTheme(page, 'the mat with its results and comparison');
});
