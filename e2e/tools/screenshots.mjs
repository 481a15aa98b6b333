// Takes the screenshots of README and docs/: serves ../dist, walks the app as a
// facilitator and a person would, and writes PNGs to docs/screenshots/.
// Run: scripts/screenshots   (after a release build)
import { chromium } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../serve.mjs';
import { startFakeArasaac } from './fake-arasaac.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const out = path.resolve(here, '../../docs/screenshots');
mkdirSync(out, { recursive: true });
const server = await startServer(path.resolve(here, '../../dist'));
// ARASAAC is the fake server of the tests: screenshots never reach the internet.
const arasaac = await startFakeArasaac();
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' });

async function session(viewport) {
  const context = await browser.newContext({ viewport, hasTouch: true, isMobile: true, locale: 'en-GB' });
  await context.route(
    (url) => url.hostname !== '127.0.0.1',
    async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname !== 'api.arasaac.org') return route.abort();
      const response = await route.fetch({ url: arasaac.url + url.pathname + url.search });
      return route.fulfill({ response });
    },
  );
  const page = await context.newPage();
  await page.goto(`${server.url}/`);
  await page.getByRole('heading').first().waitFor();
  return { context, page };
}

async function createProfile(page, { name, language, theme, avatar }) {
  await page.goto(`${server.url}/#/facilitator/new`);
  await page.getByRole('textbox', { name: 'Name' }).fill(name);
  if (avatar) await page.getByRole('radio', { name: avatar, exact: true }).check();
  if (language) await page.getByRole('radio', { name: language, exact: true }).check();
  if (theme) await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: theme, exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('heading', { name, level: 2 }).waitFor();
}

const shot = (page, name) => page.screenshot({ path: path.join(out, `${name}.png`) });

const { context, page } = await session({ width: 1024, height: 768 });
await shot(page, 'start-first-run');
await createProfile(page, { name: 'Núria', language: 'Català', avatar: 'Sun' });
await createProfile(page, { name: 'Pau', language: 'Español', avatar: 'Cat', theme: 'Calm' });
await createProfile(page, { name: 'Emma', avatar: 'Flower', theme: 'Dark' });
await page.getByRole('button', { name: 'Close' }).click();
await shot(page, 'facilitator-profiles');
await page.getByRole('button', { name: 'Edit Núria' }).click();
await shot(page, 'facilitator-editor');
await page.getByRole('button', { name: 'Cancel' }).click();
await page.getByRole('button', { name: "Preview Pau's screen" }).click();
await shot(page, 'facilitator-preview');
await page.getByRole('button', { name: 'Back to start' }).click();
await shot(page, 'start');
for (const [theme, label] of [['default', 'Warm'], ['high-contrast', 'High contrast'], ['dark', 'Dark'], ['calm', 'Calm']]) {
  await page.goto(`${server.url}/#/facilitator`);
  await page.getByRole('button', { name: 'Edit Núria' }).click();
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: label, exact: true }).check();
  await page.getByRole('button', { name: 'Save' }).click();
  await page.getByRole('button', { name: 'Lock this device for Núria' }).click();
  await page.getByRole('heading', { name: 'Hola, Núria' }).waitFor();
  await shot(page, `person-home-${theme}`);
  const corner = page.getByRole('button', { name: /desbloquejar/ });
  const box = await corner.boundingBox();
  await page.mouse.move(box.x + 32, box.y + 32);
  await page.mouse.down();
  await page.waitForTimeout(3_300);
  await page.mouse.up();
  if (theme === 'default') await shot(page, 'person-unlock');
  await page.getByRole('dialog').getByRole('button', { name: 'Desbloqueja' }).click();
  await page.getByRole('heading', { name: 'Profiles', level: 1 }).waitFor();
}
// The pictogram picker, a person's board, and the board in person mode.
await page.getByRole('button', { name: 'Pictograms of Núria' }).click();
await page.getByRole('button', { name: 'Add pictograms' }).click();
const picker = page.getByRole('dialog', { name: 'Choose pictograms' });
await picker.getByRole('button', { name: 'Categories' }).click();
await shot(page, 'facilitator-picker-categories');
for (const word of ['poma', 'pa', 'autobús', 'dents']) {
  await picker.getByRole('searchbox', { name: 'Search' }).fill(word);
  await picker.getByRole('list', { name: 'Pictograms' }).getByRole('button').first().click();
}
await shot(page, 'facilitator-picker');
await picker.getByRole('button', { name: 'Add 4 pictograms' }).click();
await page.locator('.pk-board-row').nth(3).waitFor();
await shot(page, 'facilitator-board');

// ARASAAC online: the setting with its licence, then results beside the bundled ones.
await page.goto(`${server.url}/facilitator.html#/facilitator/device`);
await page.getByRole('checkbox', { name: 'Search ARASAAC online' }).check();
await page.getByRole('region', { name: 'ARASAAC pictograms online' }).scrollIntoViewIfNeeded();
await shot(page, 'facilitator-device-arasaac');
await page.goto(`${server.url}/facilitator.html#/facilitator`);
await page.getByRole('button', { name: 'Pictograms of Núria' }).click();
await page.getByRole('button', { name: 'Add pictograms' }).click();
await picker.getByRole('searchbox', { name: 'Search' }).fill('poma');
await picker.getByText('ARASAAC: one more pictogram.').waitFor();
await picker.getByRole('list', { name: 'Pictograms' }).getByRole('button', { name: 'poma ARASAAC' }).click();
await page.waitForTimeout(300);
await shot(page, 'facilitator-picker-arasaac');
await picker.getByRole('searchbox', { name: 'Search' }).fill('roba');
await picker.getByRole('button', { name: 'Keep all 12 on the device' }).click();
await picker.getByText(/^[3-9] of 12$/).waitFor();
await shot(page, 'facilitator-picker-arasaac-keeping');
await picker.getByRole('button', { name: 'Stop' }).click();
await picker.getByRole('button', { name: 'Cancel' }).click();
await page.getByRole('button', { name: 'Profiles' }).click();
await page.getByRole('button', { name: 'Lock this device for Núria' }).click();
await page.getByRole('button', { name: 'Els meus pictogrames' }).click();
await page.waitForTimeout(500);
await shot(page, 'person-board');

await context.close();

const phone = await session({ width: 390, height: 844 });
await createProfile(phone.page, { name: 'Joan', language: 'Català', avatar: 'Star' });
await phone.page.getByRole('button', { name: 'Lock this device for Joan' }).click();
await phone.page.getByRole('heading', { name: 'Hola, Joan' }).waitFor();
await shot(phone.page, 'phone-person-home');
await phone.context.close();

await browser.close();
await server.close();
await arasaac.close();
console.log(`screenshots in ${out}`);
