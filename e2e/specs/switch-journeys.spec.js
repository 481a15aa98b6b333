// Switch access (issue #25): every person journey completed without touching the screen,
// with one switch (Space alone, automatic scanning, row then column), with two switches
// (Space moves, Enter chooses, halving groups) and with the arrow keys (and Enter): the
// shop to the till (its keypad dialog too) and home; the person's own pictures over two pages; the day with a
// routine, a first–then board, a reminder and a reward; the questionnaire to the end with
// "I don't know" and "Skip"; a sorting; a choice; practice with money. The page's clock is
// paused and moved by the test, so every step is exact. The lock corner is never lit (see
// support/scanning.js).
//
// With PICTOKIT_PRESSES=<file>, every journey runs in every method and pattern and what
// each took is written to that file: `scripts/scan-presses` makes the table of
// scan/README.md from it.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.js';
import { setAccess, choose, freeze, add } from '../support/scanning.js';

test.use({ timezoneId: 'Europe/Madrid' });

const here = path.dirname(fileURLToPath(import.meta.url));
const PERE = path.join(here, '../fixtures/scanning-profile.zip');
const PRESSES = process.env.PICTOKIT_PRESSES;

/** The ways a person reaches the screen that each journey is made with. */
const WAYS = PRESSES
  ? [
    ['auto', 'row-column'], ['auto', 'items'], ['auto', 'groups'],
    ['step', 'row-column'], ['step', 'items'], ['step', 'groups'],
    ['keys', null],
  ]
  : [['auto', 'row-column'], ['step', 'groups'], ['keys', null]];

const WORDS = {
  auto: 'one switch',
  step: 'two switches',
  keys: 'the arrow keys',
};

/** Adds Pere from his file (made by tools/scanning-profile.mjs) with this way of reaching
 * the screen; ends on the list of profiles. */
async function addPere(app, page, method, pattern) {
  await app.goto('#/facilitator');
  await page.getByLabel('Open a profile file').setInputFiles(PERE);
  await page.getByRole('region', { name: 'What the file holds' }).getByRole('button', { name: 'Add Pere' }).click();
  await page.getByRole('button', { name: 'Edit Pere' }).click();
  await setAccess(page, method, pattern);
}

/** Moves the paused clock on to `time` (hh:mm in Madrid) of the journeys' Monday. */
async function until(page, time) {
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(new Date(`2026-11-23T${time}:00+01:00`).getTime() - now);
}

/** Locks the device for Pere and waits for scanning to be ready, the clock paused. */
async function personMode(app, page) {
  await app.tryAs('Pere');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
}

/** The journeys: each a function of (page, reach) where `reach(name)` chooses a button by
 * switch access; some need the facilitator first (`before`). */
const JOURNEYS = {
  'the shop, the till and home': {
    async run(page, reach) {
      await reach('Shopping');
      await reach(/^Market/);
      for (const product of ['green apple', 'bread', 'glass of milk']) {
        await expect(page.getByRole('button', { name: new RegExp(`^(\\d+ × )?${product}`) })).toBeVisible();
        await reach('In the basket');
      }
      await reach('Pay');
      await expect(page.getByRole('heading', { name: 'At the till' })).toBeVisible();
      // The till asks for more: its keypad, a dialog the light goes to first.
      await reach('The till says another amount');
      const keypad = page.getByRole('dialog', { name: 'What does the till say?' });
      await expect(keypad).toBeVisible();
      for (const key of ['Clear', '5', 'Done']) await reach(key);
      await expect(keypad).toBeHidden();
      await expect(page.getByRole('button', { name: /^To pay: €5\.00/ })).toBeVisible();
      await reach('I paid');
      await expect(page.getByText(/Now in your wallet/)).toBeVisible();
      await reach('Home');
    },
  },
  'practice with money': {
    async run(page, reach) {
      await reach('Shopping');
      await reach('Practise with money');
      await reach('Find the coin');
      const question = await page.locator('.pk-practice__question').textContent();
      const coin = question.replace(/^Show me the /, '').replace(/\.$/, '');
      await reach(coin);
      await expect(page.getByRole('status').filter({ hasText: `Yes! That is the ${coin}.` })).toBeVisible();
      await reach('Something else');
      await reach('Home');
    },
  },
  'his own pictures, over two pages': {
    async run(page, reach, app) {
      await reach('My pictograms');
      await reach('bus');
      await expect.poll(async () => (await app.utterances()).map((u) => u.text)).toContain('bus');
      await reach(/^More/);
      await reach('soccer ball');
      await reach('Home');
    },
  },
  'the day: the timer, the week, a routine, first–then, a reminder and a reward': {
    async run(page, reach) {
      await reach('My day');
      await expect(page.getByRole('region', { name: 'Now' })).toContainText('Teeth');
      // The timer (it says how long is left), the week, and back to today.
      await reach(/^\d+ minutes left$/);
      await reach('The week');
      await expect(page.getByRole('button', { name: /^Monday\s*Today/ })).toBeVisible();
      await reach('Today');
      await reach('The steps');
      for (let step = 0; step < 3; step += 1) await reach('Step done');
      await expect(page.getByText('All the steps are done!')).toBeVisible();
      await reach('Finish');
      await expect(page.getByRole('region', { name: 'Done today' })).toContainText('Teeth, done');
      await reach('First books, then video game');
      await reach('Done');
      await expect(page.getByRole('status').filter({ hasText: 'Well done! Now: video game' })).toBeVisible();
      await reach('Today');
      // 12:50: the reminder of lunch, a dialog the light goes to first.
      await until(page, '12:51');
      const reminder = page.getByRole('dialog', { name: 'Soon' });
      await expect(reminder).toBeVisible();
      await reach('OK');
      await expect(reminder).toBeHidden();
      // 13:00: lunch is now; done, the day is done and the person chooses a reward.
      await until(page, '13:01');
      await expect(page.getByRole('region', { name: 'Now' })).toContainText('Lunch');
      await reach('Done');
      await reach('musical note');
      await expect(page.getByRole('button', { name: 'Your reward: musical note' })).toBeVisible();
      await reach('Home');
    },
  },
  'the questionnaire to the end': {
    async before(app, page) {
      await page.getByRole('button', { name: 'Quality of life of Pere' }).click();
      await page.getByRole('button', { name: 'Start a new assessment' }).click();
      await expect(page.getByRole('heading', { name: 'Pere', level: 3 })).toBeVisible();
      await app.goto('#/facilitator');
    },
    async run(page, reach) {
      await reach('My life');
      await reach("I don't know");
      await reach('Skip');
      for (let question = 2; question < 40; question += 1) {
        await reach(/^(Never|Sometimes|Often|Always)$/);
      }
      await expect(page.getByRole('heading', { name: 'What is important to you? Touch the pictures.' })).toBeVisible();
      await reach('I have finished');
      await expect(page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
      await reach('Home');
    },
  },
  'a sorting': {
    async before(app, page) {
      await page.getByRole('button', { name: 'Workshop with Pere' }).click();
      await page.getByRole('button', { name: 'New sorting mat' }).click();
      await page.getByRole('textbox', { name: 'Topic' }).fill('Weekend plans');
      await page.getByRole('button', { name: 'Add cards' }).click();
      await app.pick(['books', 'bus', 'soccer ball']);
      await page.getByRole('button', { name: 'Save the mat' }).click();
      await page.getByRole('button', { name: 'Sort with Pere' }).click();
    },
    async run(page, reach) {
      for (const [card, place] of [['books', 'I like it'], ['bus', 'I am not sure'], ['soccer ball', "I don't like it"]]) {
        await expect(page.getByRole('button', { name: card, exact: true })).toBeVisible();
        await reach(place);
      }
      await expect(page.getByRole('status').filter({ hasText: 'Done! All the cards are in their place.' })).toBeVisible();
      await expect(page.getByRole('region', { name: 'I like it' })).toContainText('books');
      await expect(page.getByRole('region', { name: "I don't like it" })).toContainText('soccer ball');
    },
    fromFacilitator: true,
  },
  'a choice': {
    async before(app, page) {
      await page.getByRole('button', { name: 'Workshop with Pere' }).click();
      await page.getByRole('button', { name: 'New choice board' }).click();
      await page.getByRole('textbox', { name: 'Question' }).fill('How many pictures do you want to see?');
      await page.getByRole('button', { name: '4 or 9 pictures per screen' }).click();
      await page.getByRole('button', { name: 'Save the choice board' }).click();
      await page.getByRole('button', { name: 'Choose with Pere' }).click();
    },
    async run(page, reach) {
      await reach(/^9 pictures per screen/);
      await expect(page.getByRole('status').filter({ hasText: 'You chose: 9 pictures per screen' })).toBeVisible();
    },
    fromFacilitator: true,
  },
};

for (const [method, pattern] of WAYS) {
  for (const [journey, { before, run, fromFacilitator }] of Object.entries(JOURNEYS)) {
    const way = pattern ? `${WORDS[method]} (${pattern})` : WORDS[method];
    test(`${journey}, with ${way}`, async ({ app, page }) => {
      await page.clock.install({ time: new Date('2026-11-23T10:05:00+01:00') });
      await addPere(app, page, method, pattern);
      if (before) await before(app, page);
      if (fromFacilitator) {
        await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
        await freeze(page);
      } else {
        await personMode(app, page);
      }
      const total = { presses: 0, steps: 0 };
      await run(page, async (name) => add(total, await choose(page, name, method)), app);
      if (PRESSES) {
        fs.appendFileSync(PRESSES, `${JSON.stringify({ journey, method, pattern, ...total })}\n`);
      }
    });
  }
}
