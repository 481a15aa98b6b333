// Switch access (issue #25): person mode used with one switch (Space alone, automatic
// scanning), two switches (Space moves, Enter chooses; or the keys the facilitator gave
// them), the arrow keys, and dwell, with the page's clock controlled so every step is
// exact. Nobody touches a tile: every choice is the scanner's. The facilitator's corner is
// never lit.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test, expect, PHONE } from '../support/fixtures.js';
import { expectAccessible, expectAccessibleInEveryTheme } from '../support/axe.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLE = path.join(here, '../fixtures/sample-profile.zip');
/** The usual scanning step (domain::scanning::Access::default), and the first one. */
const STEP_MS = 2_000;
const FIRST_MS = 3_000;

/** Adds the sample profile (Núria: a list with bread, a wallet) and sets how she reaches
 * the screen in the editor's access section, and the keys of her switches
 * (`{ 'Switch 1': 'a' }`); ends on the list of profiles. */
async function addNuria(app, page, { method, pattern, keys = {} }) {
  await app.goto('#/facilitator');
  await page.getByLabel('Open a profile file').setInputFiles(SAMPLE);
  await page.getByRole('region', { name: 'What the file holds' }).getByRole('button', { name: 'Add Núria' }).click();
  await page.getByRole('button', { name: 'Edit Núria' }).click();
  const section = page.getByRole('region', { name: 'Touch, switches, keys or pointing' });
  await section.getByRole('radio', { name: method }).check();
  if (pattern) await section.getByRole('radio', { name: pattern }).check();
  for (const [name, key] of Object.entries(keys)) {
    await section.getByRole('button', { name: `Change ${name}` }).click();
    await expect(said(section)).toHaveText(`Press the key of ${name.toLowerCase()} now. Esc cancels.`);
    await page.keyboard.press(key);
    await expect(said(section)).toHaveText(`Done. ${name}: ${key.toUpperCase()}`);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
}

/** What the live region of the switches' keys says. */
function said(section) {
  return section.getByRole('group', { name: 'The keys of the switches' }).getByRole('status');
}

/** The lit items' names, in order (their label, else their text without what is hidden
 * from assistive technology). */
async function lit(page) {
  return page.locator('.pk-scan-lit').evaluateAll((els) => els.map((el) => {
    const label = el.getAttribute('aria-label');
    if (label) return label.trim();
    const parts = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      if (!walker.currentNode.parentElement.closest('[aria-hidden="true"]')) parts.push(walker.currentNode.nodeValue);
    }
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  }));
}

/** A switch press, then the time a second press must wait not to be taken for a tremor's
 * repeat (domain::scanning::Access::ignore_repeat_ms, 300 ms by default). */
async function press(page, key) {
  await page.keyboard.down(key);
  await page.keyboard.up(key);
  await page.clock.runFor(400);
}

/** From now on the page's time moves only when the test says (runFor). */
async function freeze(page) {
  // The page's clock runs until paused: on a busy machine it can pass the chosen instant
  // before the pause arrives ("Cannot fast-forward to the past"); then choose again.
  for (let attempt = 1; ; attempt += 1) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + 50);
      return;
    } catch (error) {
      if (attempt === 5 || !String(error).includes('to the past')) throw error;
    }
  }
}

/** Chooses the button named `name` (whole name, or a RegExp) by scanning only: waits for
 * the light (automatic) or moves it with `move` (step scanning), enters the row or group
 * that holds it, and chooses it with `select`. Counts the presses. */
async function choose(page, name, { move = null, select = ' ' } = {}) {
  const matches = (text) => (name instanceof RegExp ? name.test(text) : text === name);
  let presses = 0;
  for (let turn = 0; turn < 200; turn += 1) {
    await expect(page.locator('.pk-person__corner .pk-scan-lit')).toHaveCount(0);
    const names = await lit(page);
    const waiting = (await page.locator('.pk-person').first().getAttribute('data-scan')) === 'waiting';
    if (waiting || names.length === 0) {
      await press(page, select);
      presses += 1;
    } else if (names.some(matches)) {
      await press(page, select);
      presses += 1;
      if (names.length === 1) return presses;
    } else if (move) {
      await press(page, move);
      presses += 1;
    } else {
      await page.clock.runFor(STEP_MS);
    }
  }
  throw new Error(`${name} was never lit`);
}

test.beforeEach(async ({ page }) => {
  await page.clock.install({ time: new Date('2026-11-24T10:00:00+01:00') });
});

test('one switch (Space alone): shop the list, pay at the till and go home', PHONE, async ({ app, page }) => {
  await addNuria(app, page, { method: 'One switch: the light moves by itself', pattern: 'One picture after the other' });
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
  // axe needs the page's own timers: the clock runs again meanwhile (scanning goes on).
  await page.clock.resume();
  await expectAccessibleInEveryTheme(page, 'the till, scanned');
  await freeze(page);
  await choose(page, 'I paid');
  await expect(page.getByText(/Now in your wallet/)).toBeVisible();
  await choose(page, 'Home');
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
});

test('two switches (Space moves, Enter chooses), row by row: the day and back home', async ({ app, page }) => {
  await addNuria(app, page, { method: 'Two switches: one moves the light, one chooses', pattern: 'A row, then the pictures of that row' });
  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
  // Nothing moves by itself.
  await press(page, ' ');
  const before = await lit(page);
  await page.clock.runFor(10 * STEP_MS);
  expect(await lit(page)).toEqual(before);
  const presses = await choose(page, 'My day', { move: ' ', select: 'Enter' });
  expect(presses).toBeLessThanOrEqual(6);
  await expect(page.getByRole('heading', { name: 'Today', level: 2 })).toBeVisible();
  await choose(page, 'Home', { move: ' ', select: 'Enter' });
  await expect(page.getByRole('heading', { name: 'Hello, Núria' })).toBeVisible();
});

test('arrow keys move over the rows and Enter chooses', async ({ app, page }) => {
  await addNuria(app, page, { method: 'Arrow keys, and a key to choose' });
  await app.tryAs('Núria');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', /.+/);
  await freeze(page);
  await press(page, 'ArrowRight');
  await expect(page.locator('.pk-scan-lit')).toHaveCount(1);
  for (let turn = 0; turn < 8 && !(await lit(page)).includes('Shopping'); turn += 1) {
    await press(page, (await lit(page)).length ? 'ArrowRight' : 'ArrowDown');
  }
  expect(await lit(page)).toEqual(['Shopping']);
  await press(page, 'Enter');
  await expect(page.getByRole('button', { name: /^Setmana/ })).toBeVisible();
});

test('the facilitator gives the two switches their keys: A moves the light, B chooses, Space does nothing', async ({ app, page }) => {
  await addNuria(app, page, {
    method: 'Two switches: one moves the light, one chooses',
    pattern: 'One picture after the other',
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
  await addNuria(app, page, { method: 'Pointing and holding still (head pointer, eye gaze)' });
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

test('one switch: the questionnaire to the end, and a choice', async ({ app, page }) => {
  test.slow();
  await addNuria(app, page, { method: 'One switch: the light moves by itself', pattern: 'One picture after the other' });
  // The questionnaire, read and answered with Space alone.
  await page.getByRole('button', { name: 'Quality of life of Núria' }).click();
  await page.getByRole('button', { name: 'Start a new assessment' }).click();
  await page.getByRole('button', { name: 'Núria answers in person mode' }).click();
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', 'waiting');
  await freeze(page);
  for (let question = 0; question < 40; question += 1) {
    await choose(page, /^(Never|Sometimes|Often|Always)$/);
  }
  await expect(page.getByRole('heading', { name: 'What is important to you? Touch the pictures.' })).toBeVisible();
  await choose(page, 'I have finished');
  await expect(page.getByRole('heading', { name: 'Thank you! Your answers are saved.' })).toBeVisible();
  await page.clock.resume();
  await app.unlock();
  await app.backToProfiles();

  // A choice board: the person picks one of two ways of seeing the screen.
  await page.getByRole('button', { name: 'Workshop with Núria' }).click();
  await page.getByRole('button', { name: 'New choice board' }).click();
  await page.getByRole('textbox', { name: 'Question' }).fill('How many pictures do you want to see?');
  await page.getByRole('button', { name: '4 or 9 pictures per screen' }).click();
  await page.getByRole('button', { name: 'Save the choice board' }).click();
  await page.getByRole('button', { name: 'Choose with Núria' }).click();
  await expect(page.locator('.pk-person')).toHaveAttribute('data-scan', 'waiting');
  await freeze(page);
  await choose(page, '9 pictures per screen');
  await expect(page.getByRole('status').filter({ hasText: 'You chose: 9 pictures per screen' })).toBeVisible();
});
