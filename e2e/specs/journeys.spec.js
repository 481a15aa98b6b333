// The journeys of `journeys/index.mjs` in Chromium, through Playwright. The same
// journeys run in Firefox ESR and WebKitGTK through WebDriver (`webdriver/run.mjs`).
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { journeys } from '../journeys/index.mjs';
import { Pictokit } from '../support/pictokit.js';
import { createTeam, removeTeam } from '../support/team-server.js';

// The offline journey's reload logs the failed network requests the service worker answers.
test.use({ allowedConsoleErrors: [/ServiceWorker|service worker|Failed to fetch|ERR_INTERNET_DISCONNECTED/i] });

/** The `ui` of the journeys on a Playwright page. With `clock`, Playwright drives the
 * page's clock (installed before the app loads, it runs on at its own pace): a pause jumps
 * it forward, and a long wait for a text moves it a second at a time until the text is
 * there, so the day's timer ends without a minute of real waiting. */
function playwrightUi(app, page, context, testInfo, { clock = false } = {}) {
  const find = (role, name, { within, level, pressed } = {}) => {
    const root = within ? page.getByRole(within[0], { name: within[1], exact: typeof within[1] === 'string' }) : page;
    const exact = typeof name === 'string';
    if (role === 'label') return root.getByLabel(name, { exact }).first();
    return root.getByRole(role, { name, exact, ...(level ? { level } : {}), ...(pressed !== undefined ? { pressed } : {}) }).first();
  };
  return {
    open: (hash) => app.goto(hash),
    see: (role, name, opts) => expect(find(role, name, opts)).toBeVisible(),
    gone: (role, name, opts) => expect(find(role, name, opts)).toHaveCount(0),
    tap: (role, name, opts) => find(role, name, opts).click(),
    fill: (role, name, text, opts) => find(role, name, opts).fill(text),
    value: (role, name, opts) => find(role, name, opts).inputValue(),
    choose: (role, name, option) => find(role, name).selectOption({ label: option }),
    hold: async (role, name, ms) => {
      const box = await find(role, name).boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.waitForTimeout(ms);
      await page.mouse.up();
    },
    rest: async (role, name) => {
      const box = await find(role, name).boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1);
    },
    read: async (text, { ms } = {}) => {
      const found = page.getByText(text, { exact: typeof text === 'string' }).first();
      if (clock && ms) {
        for (let passed = 0; passed < ms && !(await found.isVisible()); passed += 1000) {
          await page.clock.fastForward(1000);
        }
      }
      await expect(found).toBeVisible(ms && !clock ? { timeout: ms } : {});
    },
    focused: (text) => expect.poll(() => page.evaluate(() => document.activeElement?.textContent || '')).toContain(text),
    pause: (ms) => (clock ? page.clock.fastForward(ms) : page.waitForTimeout(ms)),
    back: () => page.goBack().catch(() => {}),
    reload: async () => {
      await page.reload();
      await app.loaded();
    },
    network: (on) => context.setOffline(!on),
    axe: (screen) => expectAccessible(page, screen),
    evaluate: (fn) => page.evaluate(fn),
    download: async (role, name, opts) => {
      const [download] = await Promise.all([page.waitForEvent('download'), find(role, name, opts).click()]);
      const file = testInfo.outputPath(download.suggestedFilename());
      await download.saveAs(file);
      return { name: download.suggestedFilename(), bytes: await readFile(file) };
    },
    upload: (label, file) =>
      page.getByLabel(label, { exact: true }).setInputFiles({ name: file.name, mimeType: 'application/zip', buffer: file.bytes }),
    note: (text) => testInfo.annotations.push({ type: 'engine', description: text }),
    shot: async (name, at) => {
      const dir = process.env.PICTOKIT_SHOTS;
      if (!dir || testInfo.project.name !== 'tablet') return;
      if (at) await find(...at).evaluate((el) => { el.scrollIntoView({ block: 'start' }); window.scrollBy(0, -96); });
      await page.evaluate(() => document.fonts.ready);
      await page.screenshot({ path: path.resolve(dir, `chromium-${name}.png`) });
    },
  };
}

// On the phone too: the journeys through screens a person sees. Offline, files and what the
// browser can do do not depend on the screen's size; the day's timer is on the phone in
// person-screens.spec.js and schedule.spec.js.
const ON_THE_PHONE = new Set([
  'first run, a profile, locked person mode and the unlock',
  'a shopping list from the picker, the shop and the till',
  'the questionnaire in person mode, kept after a reload',
]);

// The journeys that wait for the clock: in Chromium, Playwright moves it.
const ON_THE_CLOCK = new Set(['the day schedule with its timer']);

for (const name of [...ON_THE_PHONE, ...ON_THE_CLOCK]) {
  if (!journeys.some((journey) => journey.name === name)) throw new Error(`no journey is named "${name}"`);
}

for (const journey of journeys.filter((j) => !j.devices || j.devices === 1)) {
  test(journey.name, ON_THE_PHONE.has(journey.name) ? PHONE : {}, async ({ app, page, context }, testInfo) => {
    test.setTimeout(150_000);
    const clock = ON_THE_CLOCK.has(journey.name);
    if (clock) await page.clock.install();
    await journey.run(playwrightUi(app, page, context, testInfo, { clock }));
  });
}

// Journeys of two devices (team sync): the second device is a browser context of its own
// (its own storage), checked for errors as the fixture checks the first. PouchDB asks for a
// replication checkpoint that is not there yet (404) and a refused request shows as a
// console error: those are expected, as in team.spec.js.
test.describe('two devices', () => {
  const COUCH_NOISE = /Failed to load resource: the server responded with a status of 40[14]/;
  test.use({ allowedConsoleErrors: [COUCH_NOISE] });
  for (const journey of journeys.filter((j) => j.devices === 2)) {
    test(journey.name, async ({ app, page, context, browser, baseURL }, testInfo) => {
      test.setTimeout(150_000);
      const team = journey.team ? await createTeam() : null;
      const context2 = await browser.newContext({ baseURL, locale: 'en-GB', viewport: { width: 1024, height: 768 }, hasTouch: true });
      try {
        const page2 = await context2.newPage();
        const problems = [];
        page2.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
        page2.on('console', (message) => {
          if (message.type() === 'error' && !COUCH_NOISE.test(message.text())) problems.push(`console error: ${message.text()}`);
        });
        const second = playwrightUi(new Pictokit(page2), page2, context2, testInfo);
        await journey.run(playwrightUi(app, page, context, testInfo), { second, team: team && { code: team.code } });
        expect(problems, 'the second device logged no errors').toEqual([]);
      } finally {
        await context2.close();
        if (team) await removeTeam(team.db).catch(() => {});
      }
    });
  }
});
