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
