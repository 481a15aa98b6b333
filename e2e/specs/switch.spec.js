// Switch access (issue #25): person mode with one switch (Space alone, automatic
// scanning), two switches (Space moves, Enter chooses; or the keys the facilitator gave
// them) and dwell, with the page's clock controlled so every step is exact; a tap anywhere is a switch and presses nothing under
// it; the editor's Try it. Nobody touches a tile: every choice is the scanner's. The
// facilitator's corner is never lit. Every person journey with each way of reaching the
// screen: switch-journeys.spec.js.
//
// With PICTOKIT_SHOTS=<folder>, the till with the light on is saved in every theme, on the
// tablet and the phone (`scripts/screenshots` writes them to docs/screenshots/scanning/).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, PHONE } from '../support/fixtures.js';
import { THEMES, expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';
import { FIRST_MS, STEP_MS, choose, freeze, lit, press, saidOfKeys as said, setAccess } from '../support/scanning.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.join(here, '../fixtures/sample-profile.zip');
const SHOTS = process.env.PICTOKIT_SHOTS;

/** Adds the sample profile (Núria: a list with bread, a wallet) and sets how she reaches
 * the screen (`method`, `pattern` and `keys` of support/scanning.js's `setAccess`); ends on
 * the list of profiles. */
async function addNuria(app, page, { method, pattern, keys }) {
  await app.goto('#/facilitator');
  await page.getByLabel('Open a profile file').setInputFiles(SAMPLE);
  await page.getByRole('region', { name: 'What the file holds' }).getByRole('button', { name: 'Add Núria' }).click();
  await page.getByRole('button', { name: 'Edit Núria' }).click();
  await setAccess(page, method, pattern, keys);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
});

test('one switch (Space alone): shop the list, pay at the till and go home', PHONE, async ({ app, page }) => {
  await addNuria(app, page, { method: 'auto', pattern: 'items' });
  await app.tryAs('Núria');
  // Scanning waits for the first press, then lights the first item for longer.
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', 'waiting');
  await freeze(page);
  await press(page, ' ');
  await expect(page.locator('.pk-scan-lit')).toHaveCount(1);
  const first = await lit(page);
  await page.clock.runFor(FIRST_MS - 400 - 100);
  expect(await lit(page), 'the first step is longer').toEqual(first);
  await page.clock.runFor(200);
  expect(await lit(page)).not.toEqual(first);
  // Each lit item is said.
  await expect.poll(async () => (await app.utterances()).length).toBeGreaterThan(0);

  await choose(page, 'Shopping');
  await choose(page, /^Setmana/);
  await choose(page, 'In the basket');
  await choose(page, 'Pay');
  await expect(page.getByRole('button', { name: /^To pay: €1\.20/ })).toBeVisible();
  // The light on the main action, then axe in every theme (axe needs the page's own
  // timers: the clock runs again meanwhile, and the light goes on).
  for (let step = 0; step < 12 && !(await lit(page)).includes('I paid'); step += 1) await page.clock.runFor(STEP_MS);
  expect(await lit(page)).toEqual(['I paid']);
  if (SHOTS) {
    // Each theme as the app sets it, the clock still paused so the light stays.
    const frame = page.locator('.pk-person[data-theme]');
    const own = await frame.first().getAttribute('data-theme');
    for (const [name, value] of [...THEMES, ['Own', own]]) {
      await frame.evaluateAll((frames, v) => frames.forEach((f) => f.setAttribute('data-theme', v)), value);
      if (name !== 'Own') {
        await page.screenshot({ path: path.join(SHOTS, `${test.info().project.name}-till-${name.toLowerCase().replace(/\W+/g, '-')}.png`) });
      }
    }
  }
  await page.clock.resume();
  await expectAccessibleInEveryTheme(page, 'the till, scanned');
  await freeze(page);
  await choose(page, 'I paid');
  await expect(page.getByText(/Now in your wallet/)).toBeVisible();
  await choose(page, 'Home');
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
});

test('two switches (Space moves, Enter chooses), row by row: the day and back home', async ({ app, page }) => {
  await addNuria(app, page, { method: 'step', pattern: 'row-column' });
  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
  // Nothing moves by itself.
  await press(page, ' ');
  const before = await lit(page);
  await page.clock.runFor(10 * STEP_MS);
  expect(await lit(page)).toEqual(before);
  const { presses } = await choose(page, 'My day', 'step');
  expect(presses).toBeLessThanOrEqual(6);
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await choose(page, 'Home', 'step');
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
});

test('the facilitator gives the two switches their keys: A moves the light, B chooses, Space does nothing', async ({ app, page }) => {
  await addNuria(app, page, {
    method: 'step',
    pattern: 'items',
    keys: { 'Switch 1': 'a', 'Switch 2': 'b' },
  });
  // The editor shows the keys given; Esc leaves them; a refused key and the other
  // switch's key are said, and "Change" keeps waiting.
  await page.getByRole('button', { name: 'Edit Núria' }).click();
  const section = page.getByRole('region', { name: 'Touch, switches, keys or pointing' });
  const one = section.getByRole('button', { name: 'Change Switch 1' });
  const two = section.getByRole('button', { name: 'Change Switch 2' });
  await expect(one).toHaveAccessibleDescription('A');
  await expect(two).toHaveAccessibleDescription('B');
  await two.click();
  await expectAccessible(page, 'the editor, a switch waiting for its key');
  await page.keyboard.press('Shift');
  await expect(said(section)).toHaveText('This key cannot be a switch: Shift. Press another key, or Esc.');
  await page.keyboard.press('a');
  await expect(said(section)).toHaveText('This key is already switch 1: A. Press another key, or Esc.');
  await page.keyboard.press('Escape');
  await expect(said(section)).toHaveText('Nothing was changed.');
  await expect(two).toHaveAccessibleDescription('B');
  await expect(page.getByRole('heading', { name: 'Edit Núria', level: 1 }), 'Esc only cancels').toBeVisible();
  await page.getByRole('button', { name: 'Save' }).click();

  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
  // Space and Enter are no longer switches: nothing lights up.
  await press(page, ' ');
  await press(page, 'Enter');
  await expect(page.locator('.pk-scan-lit')).toHaveCount(0);
  await press(page, 'a');
  await expect(page.locator('.pk-scan-lit')).toHaveCount(1);
  const first = await lit(page);
  await press(page, ' ');
  expect(await lit(page), 'Space does not move the light').toEqual(first);
  await press(page, 'a');
  expect(await lit(page), 'A moves it').not.toEqual(first);
  await choose(page, 'Shopping', { move: 'a', select: 'b' });
  await expect(page.getByRole('button', { name: /^Setmana/ })).toBeVisible();
});

test('a switch can be given Space or Enter from the keyboard: the key is taken, not a press of "Change"', async ({ app, page }) => {
  await app.createProfile({ name: 'Pol' });
  await page.getByRole('button', { name: 'Edit Pol' }).click();
  const section = page.getByRole('region', { name: 'Touch, switches, keys or pointing' });
  await section.getByRole('radio', { name: 'Two switches: one moves the light, one chooses' }).check();
  const one = section.getByRole('button', { name: 'Change Switch 1' });
  const two = section.getByRole('button', { name: 'Change Switch 2' });
  await expect(one).toHaveAccessibleDescription('Space, 1');
  await expect(two).toHaveAccessibleDescription('Enter, 2');
  await one.focus();
  await page.keyboard.press('Enter');
  await expect(said(section)).toHaveText('Press the key of switch 1 now. Esc cancels.');
  await page.keyboard.press(' ');
  await expect(said(section)).toHaveText('Done. Switch 1: Space');
  await expect(one).toHaveAccessibleDescription('Space');
  await two.focus();
  await page.keyboard.press(' ');
  await expect(said(section)).toHaveText('Press the key of switch 2 now. Esc cancels.');
  await page.keyboard.press('Enter');
  await expect(said(section)).toHaveText('Done. Switch 2: Enter');
  await expect(two).toHaveAccessibleDescription('Enter');
  // With one switch, every key of both chooses: one switch, all its keys.
  await section.getByRole('radio', { name: 'One switch: the light moves by itself' }).check();
  await expect(section.getByRole('button', { name: 'Change The switch' })).toHaveAccessibleDescription('Space, Enter');
});

test('dwell: resting on a picture chooses it after the set time, not before', async ({ app, page }) => {
  await addNuria(app, page, { method: 'dwell' });
  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
  const tile = page.getByRole('button', { name: 'Shopping' });
  const box = await tile.boundingBox();
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 + 1);
  await expect(tile).toHaveClass(/pk-scan-lit/);
  await page.clock.runFor(1_200);
  await expect(page.getByRole('button', { name: /^Setmana/ })).toHaveCount(0);
  await page.clock.runFor(500);
  await expect(page.getByRole('button', { name: /^Setmana/ })).toBeVisible();
});

test('the editor tries the settings on four tiles before they are saved', async ({ app, page }) => {
  await app.createProfile({ name: 'Pol' });
  await page.getByRole('button', { name: 'Edit Pol' }).click();
  const section = page.getByRole('region', { name: 'Touch, switches, keys or pointing' });
  await section.getByRole('radio', { name: 'One switch: the light moves by itself' }).check();
  await section.getByRole('radio', { name: 'One picture after the other' }).check();
  const speed = section.getByRole('spinbutton', { name: 'Seconds the light stays on each step' });
  await speed.fill('1');
  await speed.blur();
  await section.getByRole('button', { name: 'Try it' }).click();
  const area = section.getByRole('group', { name: 'Try the settings here' });
  await expect(area.locator('.pk-person')).toHaveAttribute('data-scan', 'waiting');
  await freeze(page);
  await press(page, ' ');
  await expect(area.locator('.pk-scan-lit')).toHaveCount(1);
  // The first step (3 s) and one step of the second set here (1 s).
  await page.clock.runFor(3_000);
  await page.clock.runFor(1_000);
  const name = (await lit(page))[0];
  await press(page, ' ');
  await expect(area.getByRole('status')).toHaveText(`Chosen: ${name}`);
  await section.getByRole('button', { name: 'Stop trying' }).click();
  await expect(area.locator('.pk-scan-lit')).toHaveCount(0);
});

test('one switch: a tap anywhere or a mouse button is the switch, and never presses what is under it', async ({ app, page }) => {
  await addNuria(app, page, { method: 'auto', pattern: 'items' });
  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', 'waiting');
  await freeze(page);
  const centre = async (locator) => {
    const box = await locator.boundingBox();
    return [box.x + box.width / 2, box.y + box.height / 2];
  };
  const day = page.getByRole('button', { name: 'My day' });
  // The first tap, on My day, starts the light: nothing is opened.
  await page.touchscreen.tap(...(await centre(day)));
  await page.clock.runFor(400);
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
  await expect(page.locator('.pk-scan-lit')).toHaveCount(1);
  for (let step = 0; step < 12 && !(await lit(page)).includes('Shopping'); step += 1) await page.clock.runFor(STEP_MS);
  expect(await lit(page)).toEqual(['Shopping']);
  // A tap on My day while Shopping is lit: Shopping opens, not the day.
  await page.touchscreen.tap(...(await centre(day)));
  await page.clock.runFor(400);
  const list = page.getByRole('button', { name: /^Setmana/ });
  await expect(list).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toHaveCount(0);
  // A mouse click on the list while Home is lit: home, not the list.
  for (let step = 0; step < 12 && !(await lit(page)).includes('Home'); step += 1) await page.clock.runFor(STEP_MS);
  expect(await lit(page)).toEqual(['Home']);
  await page.mouse.click(...(await centre(list)));
  await page.clock.runFor(400);
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
  await expect(page.getByRole('button', { name: /^In the basket/ })).toHaveCount(0);
});
