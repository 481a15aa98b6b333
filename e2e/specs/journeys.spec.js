// The journeys of `journeys/index.mjs` in Chromium, through Playwright. The same
// journeys run in Firefox ESR and WebKitGTK through WebDriver (`webdriver/run.mjs`).
import { test, expect } from '../support/fixtures.js';
import { expectAccessible } from '../support/axe.js';
import { journeys } from '../journeys/index.mjs';

/** The `ui` of the journeys on a Playwright page. */
function playwrightUi(app, page) {
  const find = (role, name, { within, level } = {}) => {
    const root = within ? page.getByRole(within[0], { name: within[1], exact: typeof within[1] === 'string' }) : page;
    return root.getByRole(role, { name, exact: typeof name === 'string', ...(level ? { level } : {}) }).first();
  };
  return {
    open: (hash) => app.goto(hash),
    see: (role, name, opts) => expect(find(role, name, opts)).toBeVisible(),
    gone: (role, name, opts) => expect(find(role, name, opts)).toHaveCount(0),
    tap: (role, name, opts) => find(role, name, opts).click(),
    fill: (role, name, text) => find(role, name).fill(text),
    hold: async (role, name, ms) => {
      const box = await find(role, name).boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      await page.mouse.down();
      await page.waitForTimeout(ms);
      await page.mouse.up();
    },
    read: (text) => expect(page.getByText(text, { exact: typeof text === 'string' }).first()).toBeVisible(),
    back: () => page.goBack().catch(() => {}),
    reload: async () => {
      await page.reload();
      await app.loaded();
    },
    axe: (screen) => expectAccessible(page, screen),
  };
}

for (const journey of journeys) {
  test(journey.name, async ({ app, page }) => {
    await journey.run(playwrightUi(app, page));
  });
}
