// axe-core with every WCAG 2.0, 2.1 and 2.2 A and AA rule.
import AxeBuilder from '@axe-core/playwright';
import { expect } from '@playwright/test';
import { expectScreenRules } from './screen.js';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** The violations on the page now. */
export async function violations(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    nodes: violation.nodes.map((node) => node.target.join(' ')).slice(0, 5),
  }));
}

/** Fails with the list of violations, labelled with the screen's name, then checks what
 * a person sees (`screen.js`: overflow, opening at the top, the picture and the main
 * action in view, a way home, target sizes, spoken messages). A screen that is still
 * loading (the app shows "starting" while it forwards to its other page, or loads its
 * data) is waited for first: axe checks the screen the user will see. */
export async function expectAccessible(page, screen) {
  await expect(page.locator('.pk-loading')).toHaveCount(0);
  expect(await violations(page), `axe on ${screen}`).toEqual([]);
  await expectScreenRules(page, screen);
}

/** The themes of person mode: their names in the editor and the value the app writes on
 * the person's frame (`.pk-person[data-theme]`). */
export const THEMES = [
  ['Warm', 'default'],
  ['High contrast', 'high-contrast'],
  ['Dark', 'dark'],
  ['Calm', 'calm'],
];

/** `expectAccessible` on the screen now in every theme. A theme is only CSS under
 * `.pk-person[data-theme]` (accessibility.spec.js checks that the stylesheets have no other
 * theme selector, and that choosing a theme in the editor sets that attribute), so the
 * person's screen is checked in each theme by setting the attribute as the app does when
 * the theme changes, and the person's own theme is put back after. Axe and the screen
 * rules (picture and main action in view, targets, overflow) run in each: Dark also moves
 * things. The one other thing a theme changes, High contrast's black pictures, is drawn
 * only for a profile really in High contrast: accessibility.spec.js walks person mode with
 * one, and pictograms.spec.js checks the person's board of one in every theme.
 * A facilitator's screen has no theme and is checked once. */
export async function expectAccessibleInEveryTheme(page, screen) {
  const frame = page.locator('.pk-person[data-theme]');
  if ((await frame.count()) === 0) {
    await expectAccessible(page, screen);
    return;
  }
  const own = await frame.first().getAttribute('data-theme');
  const set = (value) => frame.evaluateAll((frames, v) => {
    for (const f of frames) f.setAttribute('data-theme', v);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  }, value);
  try {
    for (const [name, value] of THEMES) {
      await set(value);
      await expectAccessible(page, `${screen} (${name})`);
    }
  } finally {
    await set(own);
  }
}
