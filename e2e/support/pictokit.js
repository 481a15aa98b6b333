// Page object of Pictokit: journeys as a facilitator or a person would make them,
// locating everything by role and accessible name.
import { expect } from '@playwright/test';
import { LANGUAGES, message } from './messages.js';

/** The unlock corner's name in every interface language. */
export const LOCK_NAME = new RegExp(
  LANGUAGES.map(({ tag }) => message(tag, 'lock-hold-label')
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    // The accessible name has plain spaces where French writes no-break ones.
    .replace(/\s/g, '\\s')).join('|'),
);
/** The hold the unlock gesture needs, with a margin. */
export const HOLD_MS = 3_400;

export class Pictokit {
  constructor(page) {
    this.page = page;
  }

  /** Opens the app at a hash route and waits until it has loaded its data. */
  async goto(hash = '') {
    // The facilitator's screens are their own page (index.html would only forward there).
    const page = hash.startsWith('#/facilitator') ? 'facilitator.html' : '';
    await this.page.goto(`/${page}${hash}`);
    await this.loaded();
  }

  async loaded() {
    await expect(this.page.locator('body > *').first()).toBeAttached();
    await expect(this.page.getByRole('status').filter({ hasText: 'starting' })).toHaveCount(0);
    await expect(this.page.locator('.pk-start, .pk-facilitator, .pk-person')).not.toHaveCount(0);
  }

  /** Fills the profile editor. Only the options given are changed. */
  async fillEditor({ name, language, grid, theme, textSize, speech, showLabels, components } = {}) {
    const page = this.page;
    if (name !== undefined) await page.getByRole('textbox', { name: 'Name' }).fill(name);
    if (language) await page.getByRole('radio', { name: language, exact: true }).check();
    if (grid) await page.getByRole('group', { name: 'Pictograms per screen' }).getByRole('radio', { name: String(grid), exact: true }).check();
    if (theme) await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: theme, exact: true }).check();
    if (textSize) await page.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: textSize, exact: true }).check();
    if (speech !== undefined) await page.getByRole('checkbox', { name: 'Speak labels aloud' }).setChecked(speech);
    if (showLabels !== undefined) await page.getByRole('checkbox', { name: 'Show words under pictograms' }).setChecked(showLabels);
    if (components) {
      for (const [label, on] of Object.entries(components)) {
        await page.getByRole('checkbox', { name: new RegExp(`^${label}`) }).setChecked(on);
      }
    }
  }

  /** Creates a profile through the facilitator's screens; ends on the list of profiles. */
  async createProfile(options) {
    await this.goto('#/facilitator/new');
    await expect(this.page.getByRole('heading', { name: 'New profile' })).toBeVisible();
    await this.fillEditor(options);
    await this.page.getByRole('button', { name: 'Save' }).click();
    await expect(this.page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
    await expect(this.page.getByRole('heading', { name: options.name, level: 2, exact: true })).toBeVisible();
  }

  /** "Lock this device for …" from the list of profiles. */
  async tryAs(name) {
    await this.page.getByRole('button', { name: `Lock this device for ${name}` }).click();
    await expect(this.lockCorner()).toBeVisible();
  }

  lockCorner() {
    return this.page.getByRole('button', { name: LOCK_NAME });
  }

  /** The person's tiles (every button of person mode but the lock corner). */
  personTiles() {
    return this.page.locator('.pk-person__main').getByRole('button');
  }

  /** Presses and holds the lock corner with the pointer for `ms`. */
  async holdLock(ms = HOLD_MS) {
    const box = await this.lockCorner().boundingBox();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.down();
    await this.page.waitForTimeout(ms);
    await this.page.mouse.up();
  }

  /** The full unlock gesture: hold, then confirm with the button named `confirm`. */
  async unlock(confirm = 'Unlock') {
    await this.holdLock();
    await this.page.getByRole('dialog').getByRole('button', { name: confirm, exact: true }).click();
  }

  /** After unlocking (which returns to the screen the lock was turned on from): the
   * facilitator's list of profiles. */
  async backToProfiles() {
    await expect(this.page.getByText('Facilitator mode')).toBeVisible();
    await this.page.getByRole('navigation').getByRole('button', { name: 'Profiles', exact: true }).click();
    await expect(this.page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
  }

  /** From the list of profiles: a one-off activity in a person's schedule, its picture the
   * first result for `word`, named `name`; ends on the schedule. */
  async addActivity(person, word, name) {
    await this.page.getByRole('button', { name: `Schedule of ${person}` }).click();
    await this.page.getByRole('button', { name: 'Add an activity' }).click();
    await this.search(word);
    await this.results().first().click();
    await this.picker().getByRole('button', { name: 'Add 1 pictogram' }).click();
    const form = this.page.getByRole('region', { name: 'Activity' });
    await form.getByRole('textbox', { name: 'Name' }).fill(name);
    await form.getByRole('button', { name: 'Save the activity' }).click();
    await expect(form).toBeHidden();
  }

  /** Opens a person's pictograms from the list of profiles. */
  async openBoard(name) {
    await this.page.getByRole('button', { name: `Pictograms of ${name}` }).click();
    await expect(this.page.getByRole('heading', { name: new RegExp(`${name}`), level: 1 })).toBeVisible();
  }

  /** Chooses pictograms in the open picker by the words searched (the first result of
   * each), and adds them all at once. */
  async pick(words) {
    for (const word of words) {
      await this.search(word);
      await this.results().first().click();
    }
    const add = words.length === 1 ? 'Add 1 pictogram' : `Add ${words.length} pictograms`;
    await this.picker().getByRole('button', { name: add }).click();
    await expect(this.picker()).toBeHidden();
  }

  /** The way home of person mode, in the header of every person screen but the home. */
  wayHome() {
    return this.page.locator('.pk-person__header').getByRole('button', { name: /^(Home|Inici|Inicio)$/ });
  }

  /** Taps the way home and waits for the person's home. */
  async tapHome() {
    await this.wayHome().tap();
    await expect(this.page.locator('[data-screen="home"]')).toBeVisible();
    await expect(this.wayHome()).toHaveCount(0);
  }

  /** The pictogram picker dialog. */
  picker() {
    return this.page.getByRole('dialog', { name: /Choose (a pictogram|pictograms)/ });
  }

  /** Types in the picker's search box and waits for the results to say how many. */
  async search(text) {
    const picker = this.picker();
    await picker.getByRole('searchbox', { name: 'Search' }).fill(text);
    await expect(picker.getByRole('status').first()).toContainText(/found/);
  }

  /** The picker's result buttons. */
  results() {
    return this.picker().getByRole('list', { name: 'Pictograms' }).getByRole('button');
  }

  /** Sounds (recordings) the app played, as the first characters of their URLs. */
  async sounds() {
    return this.page.evaluate(() => window.__sounds);
  }

  /** What the app has asked the speech synthesiser to say, in order. */
  async utterances() {
    return this.page.evaluate(() => window.__utterances);
  }

  /** Waits until the service worker controls the page and has cached the build. */
  async waitForOffline() {
    await this.page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller) {
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve, { once: true }));
      }
      return registration.active.state;
    });
  }
}
