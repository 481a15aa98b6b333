// Writes e2e/fixtures/scanning-profile.zip: Pere, a person with something on every person
// screen (six pictograms of his own, so his board has two pages; a wallet and a list with
// prices; a day with a routine now, lunch later with a reminder, a first–then board and
// rewards), made through the facilitator's screens exactly as a facilitator would and
// saved with "Save Pere's profile to a file". The switch journeys (specs/switch-journeys.
// spec.js) start from it. Rerun after a change of the profile file's format:
//   bash scripts/build && node e2e/tools/scanning-profile.mjs
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { expect } from '@playwright/test';
import { startServer } from '../serve.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.js';
import { Pictokit } from '../support/pictokit.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../fixtures/scanning-profile.zip');
const server = await startServer(path.resolve(here, '../../dist'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
try {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1024, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/Madrid',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  // The day the switch journeys are set on: Monday 23 November 2026.
  await page.clock.install({ time: new Date('2026-11-23T09:00:00+01:00') });
  const app = new Pictokit(page);
  await app.createProfile({ name: 'Pere' });

  await app.openBoard('Pere');
  await page.getByRole('button', { name: 'Add pictograms' }).click();
  await app.pick(['green apple', 'bus', 'dog', 'books', 'bread', 'soccer ball']);
  await app.goto('#/facilitator');

  await page.getByRole('button', { name: 'Shopping of Pere' }).click();
  await page.getByRole('button', { name: 'Count the wallet' }).click();
  for (const [name, count] of [['10 euro note', 1], ['2 euro coin', 2], ['50 cent coin', 2]]) {
    for (let n = 0; n < count; n += 1) await page.getByRole('button', { name: `One more ${name}`, exact: true }).click();
  }
  await page.getByRole('button', { name: 'All lists' }).click();
  await page.getByRole('textbox', { name: 'Name of the new list' }).fill('Market');
  await page.getByRole('button', { name: 'Make the list' }).click();
  await page.getByRole('button', { name: 'Add products' }).click();
  await app.pick(['green apple', 'bread', 'glass of milk']);
  for (const [product, keys] of [['green apple', '0.80'], ['bread', '1.20'], ['glass of milk', '0.95']]) {
    await page.getByRole('button', { name: new RegExp(`^Price of ${product}:`) }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Clear' }).click();
    for (const key of keys) {
      const name = key === '.' ? /point/ : key;
      await dialog.getByRole('button', { name, exact: typeof name === 'string' }).click();
    }
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect(dialog).toBeHidden();
  }
  await app.goto('#/facilitator');

  await page.getByRole('button', { name: 'Schedule of Pere' }).click();
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
  await app.pick(['soccer ball', 'musical note']);
  await app.goto('#/facilitator');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: "Save Pere's profile to a file" }).click(),
  ]);
  await download.saveAs(out);
  console.log(`scanning-profile: wrote ${path.relative(process.cwd(), out)} (${fs.statSync(out).size} bytes)`);
} finally {
  await browser.close();
  await server.close();
}
