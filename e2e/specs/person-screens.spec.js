// Nobody gets lost (issue #21): a person with everything set up — own pictograms, a
// shopping list with prices, budget and wallet, a day with a routine and a first–then
// board, a questionnaire waiting, a sorting mat and a choice board — visits every person
// screen and goes home from each one by tapping only. On every screen the rules of what a
// person sees hold (`expectAccessible`: axe, and `screen.js`: nothing sticks out, the
// picture and the main action are in view and uncovered, a way home, 64 px targets, every
// message said aloud); every new step of a flow starts at the top.
//
// With PICTOKIT_SHOTS=<folder>, each screen is also saved as a picture
// (`scripts/screenshots` writes them to docs/screenshots/person/).
import path from 'node:path';
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';

test.use({ timezoneId: 'Europe/Madrid' });

const SHOTS = process.env.PICTOKIT_SHOTS;

/** Monday 23 November 2026 at a time in Madrid. */
const monday = (time) => new Date(`2026-11-23T${time}:00+01:00`);

/** Checks the screen, and keeps its picture when asked to. */
async function look(page, testInfo, name) {
  await expectAccessible(page, name);
  if (SHOTS) {
    await page.screenshot({ path: path.join(SHOTS, `${testInfo.project.name}-${name.replace(/[^a-z0-9]+/gi, '-')}.png`) });
  }
}

/** Sets up Laia's components as a facilitator would, ending on the list of profiles. */
async function setUp(app, page) {
  await app.createProfile({ name: 'Laia' });

  // Her own pictograms.
  await app.openBoard('Laia');
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  // More than fit on one screen (4), so the board pages.
  await app.pick(['green apple', 'bus', 'dog', 'books', 'bread', 'soccer ball']);
  await app.goto('#/facilitator');

  // Shopping: a wallet, a list with three products and a budget.
  await page.getByRole('button', { name: 'Shopping of Laia' }).click();
  await page.getByRole('button', { name: 'Count the wallet' }).click();
  for (const [name, count] of [['10 euro note', 1], ['2 euro coin', 2], ['50 cent coin', 2]]) {
    for (let n = 0; n < count; n += 1) await page.getByRole('button', { name: `One more ${name}`, exact: true }).click();
  }
  await page.getByRole('button', { name: 'All lists' }).click();
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Market');
  await page.getByRole('button', { name: 'Make the list' }).click();
  await page.getByRole('button', { name: 'Add products' }).click();
  await app.pick(['green apple', 'bread', 'glass of milk']);
  await page.getByRole('button', { name: 'One green apple more' }).click();
  await page.getByRole('button', { name: 'One green apple more' }).click();
  for (const [product, keys] of [['green apple', '0.80'], ['bread', '1.20'], ['glass of milk', '0.95']]) {
    await page.getByRole('button', { name: new RegExp(`^Price of ${product}:`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Clear' }).click();
    for (const key of keys) {
      const name = key === '.' ? /point|coma/ : key;
      await dialog.getByRole('button', { name, exact: typeof name === 'string' }).click();
    }
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }
  await app.goto('#/facilitator');

  // The day: a routine, brushing teeth now (10:00–11:00) with it, lunch later, a
  // first–then board and a reward.
  await page.getByRole('button', { name: 'Schedule of Laia' }).click();
  await page.getByRole('textbox', { name: 'Name of the new routine' }).fill('Brush teeth');
  await page.getByRole('button', { name: 'Make the routine' }).click();
  await app.pick(['toothbrush', 'droplet', 'towel']);
  for (const [word, name, start, minutes, routine] of [
    ['toothbrush', 'Teeth', '10:00', 60, 'Brush teeth'],
    ['bread', 'Lunch', '13:00', 45],
  ]) {
    await page.getByRole('button', { name: 'Add an activity' }).click();
    await app.pick([word]);
    const form = page.getByRole('region', { name: 'Activity' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByLabel('Starts at (optional)').fill(start);
    await form.getByRole('spinbutton', { name: 'How long, in minutes (optional)' }).fill(String(minutes));
    if (routine) await form.getByRole('combobox', { name: 'Steps to follow' }).selectOption({ label: routine });
    await form.getByRole('button', { name: 'Save the activity' }).click();
    await expect(form).toBeHidden();
  }
  const boards = page.getByRole('region', { name: 'First–then boards' });
  await boards.getByRole('button', { name: 'First: Choose a picture' }).click();
  await app.pick(['books']);
  await boards.getByRole('button', { name: 'Then: Choose a picture' }).click();
  await app.pick(['video game']);
  await boards.getByRole('button', { name: 'Add the board' }).click();
  const rewards = page.getByRole('region', { name: 'Rewards' });
  await rewards.getByRole('button', { name: 'Add rewards' }).click();
  await app.pick(['soccer ball']);
  await app.goto('#/facilitator');

  // The questionnaire, waiting for her.
  await page.getByRole('button', { name: 'Quality of life of Laia' }).click();
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await expect(page.getByRole('heading', { name: 'Laia', level: 3 })).toBeVisible();
  await app.goto('#/facilitator');

  // The workshop: a sorting mat and a choice board.
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: 'New sorting mat' }).click();
  await page.getByRole('textbox', { name: 'Topic' }).fill('Weekend plans');
  await page.getByRole('button', { name: 'Add cards' }).click();
  await app.pick(['books', 'bus', 'soccer ball']);
  await page.getByRole('button', { name: 'Save the mat' }).click();
  await expect(page.getByRole('heading', { name: 'Sorting mat: Weekend plans', level: 1 })).toBeVisible();
  await app.goto('#/facilitator');
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: 'New choice board' }).click();
  await page.getByRole('textbox', { name: 'Question' }).fill('How do you like your screen?');
  await page.getByRole('button', { name: '4 or 9 pictures per screen' }).click();
  await page.getByRole('button', { name: 'Save the choice board' }).click();
  await expect(page.getByRole('heading', { name: 'Choice board: How do you like your screen?', level: 1 })).toBeVisible();
  await app.goto('#/facilitator');
}

/** From the home, taps a tile of the person's home. */
async function openTile(page, name) {
  await page.locator('.pk-person__main').getByRole('button', { name, exact: true }).tap();
}

test('every person screen shows its picture and main action, and one tap on Home goes home', PHONE, async ({ app, page }, testInfo) => {
  test.slow();
  await page.clock.install({ time: monday('10:05') });
  await setUp(app, page);

  await page.getByRole('button', { name: 'Lock this device for Laia' }).click();
  await expect(app.lockCorner()).toBeVisible();
  await look(page, testInfo, 'home');
  await expect(app.wayHome()).toHaveCount(0);

  // Her own pictograms.
  await openTile(page, 'My pictograms');
  await expect(page.locator('.pk-person__main').getByRole('button', { name: 'bus' })).toBeVisible();
  await look(page, testInfo, 'my pictograms');
  // The next page of them, then home.
  await page.getByRole('button', { name: /^More/ }).tap();
  await expect(page.locator('.pk-person__main').getByRole('button', { name: 'soccer ball' })).toBeVisible();
  await look(page, testInfo, 'my pictograms, page 2');
  await app.tapHome();

  // Shopping: the lists, a product, the next product, the till, practice.
  await openTile(page, 'Shopping');
  await expect(page.locator('.pk-person__main').getByRole('button', { name: 'Market' })).toBeVisible();
  await look(page, testInfo, 'shopping lists');
  await app.tapHome();
  await openTile(page, 'Shopping');
  await page.getByRole('button', { name: 'Market' }).tap();
  await expect(page.getByRole('button', { name: /^3 × green apple/ })).toBeVisible();
  await expect(page.getByText('3 × €0.80 = €2.40')).toBeVisible();
  await look(page, testInfo, 'shop product');
  await page.getByRole('button', { name: 'In the basket' }).tap();
  await expect(page.getByRole('button', { name: /^bread/ })).toBeVisible();
  await look(page, testInfo, 'shop next product');
  await app.tapHome();
  await openTile(page, 'Shopping');
  await page.getByRole('button', { name: 'Market' }).tap();
  await page.getByRole('button', { name: 'Pay', exact: true }).tap();
  await expect(page.getByRole('heading', { name: 'At the till' })).toBeVisible();
  await look(page, testInfo, 'till');
  await app.tapHome();
  await openTile(page, 'Shopping');
  await page.getByRole('button', { name: 'Practise with money' }).tap();
  await look(page, testInfo, 'practice');
  await page.getByRole('button', { name: 'Find the coin' }).tap();
  await look(page, testInfo, 'practice question');
  await app.tapHome();

  // The day: now, the routine's steps, the week, first–then.
  await openTile(page, 'My day');
  await expect(page.getByRole('button', { name: /^Teeth/ }).first()).toBeVisible();
  await look(page, testInfo, 'today');
  await app.tapHome();
  await openTile(page, 'My day');
  await page.getByRole('button', { name: 'The steps' }).tap();
  await look(page, testInfo, 'routine');
  await app.tapHome();
  await openTile(page, 'My day');
  await page.getByRole('button', { name: 'The week' }).tap();
  await look(page, testInfo, 'week');
  await app.tapHome();
  await openTile(page, 'My day');
  await page.getByRole('button', { name: 'First books, then video game' }).tap();
  await look(page, testInfo, 'first then');
  await app.tapHome();

  // The questionnaire.
  await openTile(page, 'My life');
  await expect(page.getByRole('button', { name: 'Skip', exact: true })).toBeVisible();
  await look(page, testInfo, 'question');
  await app.tapHome();

  // The workshop's person screens are opened by the facilitator.
  await app.unlock();
  await app.backToProfiles();
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: 'Open the mat Weekend plans' }).click();
  await page.getByRole('button', { name: 'Sort with Laia' }).click();
  await expect(page.getByRole('button', { name: 'books', exact: true })).toBeVisible();
  await look(page, testInfo, 'sorting');
  await app.tapHome();
  await app.unlock();
  await app.backToProfiles();
  await page.getByRole('button', { name: 'Workshop with Laia' }).click();
  await page.getByRole('button', { name: /How do you like your screen/ }).first().click();
  await page.getByRole('button', { name: 'Choose with Laia' }).click();
  await expect(page.getByRole('button', { name: /^9 pictures per screen/ })).toBeVisible();
  await look(page, testInfo, 'choosing');
  await page.waitForTimeout(750);
  await page.getByRole('button', { name: /^9 pictures per screen/ }).tap();
  await expect(page.getByText(/You chose/)).toBeVisible();
  await look(page, testInfo, 'chosen');
  await app.tapHome();
});
