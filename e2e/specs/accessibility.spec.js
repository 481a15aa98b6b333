// axe-core finds no WCAG 2.0/2.1/2.2 A or AA violation on any screen, in any theme.
import { test, expect, PHONE, onPhoneInTheme } from '../support/fixtures.js';
import { readdirSync, readFileSync } from 'node:fs';
import { expectAccessible, expectAccessibleInEveryTheme, violations, THEMES } from '../support/axe.js';

test('axe really flags problems (negative control)', async ({ app, page }) => {
  await app.goto();
  await page.evaluate(() => {
    const button = document.createElement('button');
    document.body.append(button);
  });
  const found = await violations(page);
  expect(found.map((v) => v.id)).toContain('button-name');
});

test('a problem in one theme only is found on the screen checked in every theme (negative control)', async ({ app, page }) => {
  await app.createProfile({ name: 'Nil' });
  await app.tryAs('Nil');
  await expect(page.getByRole('heading', { name: 'Hello, Nil' })).toBeVisible();
  // Grey on grey, in Calm only (a rule added to the page's own stylesheet: the CSP allows
  // no inline style).
  await page.evaluate(() => document.styleSheets[0].insertRule('.pk-person[data-theme="calm"] .pk-tile__label { color: #e8e8e8 !important; }'));
  const failed = await expectAccessibleInEveryTheme(page, 'home').then(() => null, (error) => error.message);
  expect(failed).toContain('home (Calm)');
  expect(failed).toContain('color-contrast');
  await expect(page.locator('.pk-person')).toHaveAttribute('data-theme', 'default');
});

test('start, welcome and facilitator screens', PHONE, async ({ app, page }) => {
  // Many screens, each checked at three widths: close to a minute on two busy cores.
  test.setTimeout(120_000);
  await app.goto();
  await expectAccessible(page, 'first-run welcome');
  await page.getByRole('button', { name: 'Create the first profile' }).click();
  // The editor is on the facilitator's page: the first page forwards there.
  await expect(page.getByRole('heading', { name: 'New profile' })).toBeVisible();
  await expectAccessible(page, 'new profile editor');
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByText('Write a name.')).toBeVisible();
  await expectAccessible(page, 'editor with errors');
  await app.fillEditor({ name: 'Abril' });
  await page.getByRole('button', { name: 'Save' }).click();
  await expectAccessible(page, 'profiles with a toast');
  await page.getByRole('button', { name: 'Delete Abril' }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  await expectAccessible(page, 'delete confirmation');
  await page.getByRole('dialog').getByRole('button', { name: 'Delete' }).click();
  await expectAccessible(page, 'recently deleted and undo');
  await page.getByRole('button', { name: 'Undo' }).click();
  await page.getByRole('button', { name: 'This device', exact: true }).click();
  await expectAccessible(page, 'device settings');
  await page.getByRole('button', { name: 'Back to start' }).click();
  await expect(page.getByRole('heading', { name: 'Who is using Pictokit?' })).toBeVisible();
  await expectAccessible(page, 'start screen with a person');
});

for (const [themeName, themeValue] of THEMES) {
  test(`person mode and preview in the ${themeName} theme`, onPhoneInTheme(themeName), async ({ app, page }) => {
    await app.createProfile({ name: 'Emma', theme: themeName, textSize: 'Extra large', grid: 2 });
    await page.getByRole('button', { name: "Preview Emma's screen" }).click();
    await expect(page.locator('.pk-person')).toHaveAttribute('data-theme', themeValue);
    await expectAccessible(page, `preview, ${themeName}`);
    await page.getByRole('button', { name: 'Lock this device for Emma' }).click();
    await expect(page.getByRole('heading', { name: 'Hello, Emma' })).toBeVisible();
    await expectAccessible(page, `person home, ${themeName}`);
    await app.holdLock();
    await expect(page.getByRole('dialog')).toBeVisible();
    await expectAccessible(page, `unlock confirmation, ${themeName}`);
  });
}

// The component specs check each person screen in every theme by setting the person frame's
// `data-theme` (`expectAccessibleInEveryTheme`): that is all a theme is, as long as every
// theme rule of the stylesheets hangs on that attribute, read here from the build.
test('a theme is only the CSS of the attribute on the person frame', async () => {
  const dist = new URL('../../dist/', import.meta.url);
  const sheets = readdirSync(dist).filter((name) => name.endsWith('.css'));
  expect(sheets.length).toBeGreaterThan(0);
  const wrong = [];
  let rules = 0;
  for (const name of sheets) {
    const css = readFileSync(new URL(name, dist), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
    for (const [, selectors] of css.matchAll(/([^{}]*)\{/g)) {
      for (const selector of selectors.split(',').map((s) => s.trim())) {
        if (!/theme/i.test(selector)) continue;
        rules += 1;
        // `[data-theme=…]` on the person frame, on any ancestor of a widget (the person frame
        // is the only one in person mode), or on a choice board's little preview of a theme.
        const carriers = selector.match(/(?:^|[\s>+~])([^\s>+~]*\[data-theme)/g) || [];
        const fine = carriers.length === 1 && !selector.includes(':has(')
          && /(?:^|[\s>+~])(\.pk-person|\.pk-choice-preview|)\[data-theme[=\]]/.test(selector);
        if (!fine) wrong.push(`${name}: ${selector}`);
      }
    }
  }
  expect(rules).toBeGreaterThan(20);
  expect(wrong).toEqual([]);
});

test('the PIN step of the unlock', PHONE, async ({ app, page }) => {
  await app.goto('#/facilitator/device');
  await page.getByLabel('New PIN (4 to 8 digits)').fill('1357');
  await page.getByRole('button', { name: 'Save PIN' }).click();
  await app.createProfile({ name: 'Leo', theme: 'Dark' });
  await app.tryAs('Leo');
  await app.unlock();
  await page.getByRole('dialog').getByLabel('PIN').fill('0000');
  await page.getByRole('dialog').getByRole('button', { name: 'Unlock' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectAccessible(page, 'PIN step with an error');
});
