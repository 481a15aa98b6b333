// Switch access (issue #25) as a person uses it: presses of one or two switches, the arrow
// keys, and the page's clock, never a tap on a tile. `choose` reaches a button by the name
// a screen reader gives it, only through what the light shows, and counts what it took.
import { expect } from '@playwright/test';

/** The usual scanning step (domain::scanning::Access::default), and the first one. */
export const STEP_MS = 2_000;
export const FIRST_MS = 3_000;

/** How a person reaches the screen: the editor's radio for it, the pattern's, and the
 * keys that move and choose. */
export const METHODS = {
  auto: { radio: 'One switch: the light moves by itself', select: ' ' },
  step: { radio: 'Two switches: one moves the light, one chooses', move: ' ', select: 'Enter' },
  keys: { radio: 'Arrow keys, and a key to choose', select: 'Enter', arrows: true },
  dwell: { radio: 'Pointing and holding still (head pointer, eye gaze)' },
};
export const PATTERNS = {
  'row-column': 'A row, then the pictures of that row',
  items: 'One picture after the other',
  groups: 'Half of the screen, then half of that half',
};

/** What the live region of the switches' keys, in the editor's access section, says. */
export function saidOfKeys(section) {
  return section.getByRole('group', { name: 'The keys of the switches' }).getByRole('status');
}

/** In the editor of a profile: the access section set to `method` (a key of METHODS),
 * `pattern` (a key of PATTERNS) and the keys of the switches (`{ 'Switch 1': 'a' }`),
 * saved. */
export async function setAccess(page, method, pattern, keys = {}) {
  const section = page.getByRole('region', { name: 'Touch, switches, keys or pointing' });
  await section.getByRole('radio', { name: METHODS[method].radio }).check();
  if (pattern && !METHODS[method].arrows) await section.getByRole('radio', { name: PATTERNS[pattern] }).check();
  for (const [name, key] of Object.entries(keys)) {
    await section.getByRole('button', { name: `Change ${name}` }).click();
    await expect(saidOfKeys(section)).toHaveText(`Press the key of ${name.toLowerCase()} now. Esc cancels.`);
    await page.keyboard.press(key);
    await expect(saidOfKeys(section)).toHaveText(`Done. ${name}: ${key.toUpperCase()}`);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('heading', { name: 'Profiles', level: 1 })).toBeVisible();
}

/** The names of the lit items, in order. */
export async function lit(page) {
  return (await light(page)).names;
}

/** What the light shows, in one look: the lit items' names (their label, else their text
 * without what is hidden from assistive technology), whether scanning waits for a press,
 * whether the lock corner is lit (it never may be); with `target` (a RegExp), also where
 * the light and the first button so named are (boxes, for the arrow keys). */
async function light(page, target = null) {
  return page.evaluate((wanted) => {
    const words = (el) => {
      const label = el.getAttribute('aria-label');
      if (label) return label.trim();
      const parts = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        if (!walker.currentNode.parentElement.closest('[aria-hidden="true"]')) parts.push(walker.currentNode.nodeValue);
      }
      return parts.join(' ').replace(/\s+/g, ' ').trim();
    };
    const box = (el) => {
      const b = el.getBoundingClientRect();
      return { x: b.left, y: b.top, right: b.right, bottom: b.bottom };
    };
    const root = document.querySelector('.pk-person');
    const lit = [...document.querySelectorAll('.pk-scan-lit')];
    const seen = {
      names: lit.map(words),
      waiting: root ? root.dataset.scan === 'waiting' : false,
      corner: document.querySelectorAll('.pk-person__corner .pk-scan-lit').length,
    };
    if (wanted && root) {
      const pattern = new RegExp(wanted.source, wanted.flags);
      const found = [...root.querySelectorAll('button, [role="button"]')]
        .find((el) => !el.closest('.pk-person__corner') && pattern.test(words(el)) && el.getBoundingClientRect().width > 0);
      seen.target = found ? box(found) : null;
      seen.light = lit.length ? box(lit[0]) : null;
    }
    return seen;
  }, target && { source: target.source, flags: target.flags });
}

/** A switch press, then the time a second press must wait not to be taken for a tremor's
 * repeat (domain::scanning::Access::ignore_repeat_ms, 300 ms by default). */
export async function press(page, key) {
  await page.keyboard.press(key);
  await page.clock.runFor(400);
}

/** From now on the page's time moves only when the test says (runFor). */
export async function freeze(page) {
  // The clock runs on while the page is asked its time: pause a little ahead of it.
  for (let lead = 100; ; lead *= 4) {
    const now = await page.evaluate(() => Date.now());
    try {
      await page.clock.pauseAt(now + lead);
      return;
    } catch (error) {
      if (lead > 10_000 || !/to the past/.test(error.message)) throw error;
    }
  }
}

/** The arrow that brings the light nearer the target: up or down to its row, then left
 * or right along it. */
function arrowTowards({ target, light }) {
  if (target.y >= light.bottom - 1) return 'ArrowDown';
  if (target.bottom <= light.y + 1) return 'ArrowUp';
  return target.x < light.x ? 'ArrowLeft' : 'ArrowRight';
}

/** Chooses the button named `name` (whole name, or a RegExp) by switch access only, the
 * way `method` (a key of METHODS, or `{ move, select }` for other keys) works: waits for the light (one switch), moves it (two
 * switches; arrow keys), enters the row or group that holds it, and chooses it. Checks at
 * every step that the lock corner is never lit. Returns what it took: `presses` of a
 * switch or key and, with one switch, `steps` the light made by itself. */
export async function choose(page, name, method = 'auto') {
  const how = typeof method === 'string' ? METHODS[method] : method;
  const pattern = name instanceof RegExp ? name : new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`);
  const taken = { presses: 0, steps: 0 };
  let last = null;
  let stuck = 0;
  for (let turn = 0; turn < 400; turn += 1) {
    const { names, waiting, corner } = await light(page);
    expect(corner, 'the lock corner is never lit').toBe(0);
    if (names.some((text) => pattern.test(text)) && !waiting) {
      await press(page, how.select);
      taken.presses += 1;
      if (names.length === 1) return taken;
    } else if (how.arrows) {
      const where = await light(page, pattern);
      if (!where.target) throw new Error(`no button named ${pattern} on screen`);
      let key = where.light ? arrowTowards(where) : 'ArrowRight';
      // Up or down that does not move the light (the last row): along the items instead.
      const here = JSON.stringify(names);
      stuck = here === last ? stuck + 1 : 0;
      if (stuck > 0 && (key === 'ArrowDown' || key === 'ArrowUp')) key = key === 'ArrowDown' ? 'ArrowRight' : 'ArrowLeft';
      last = here;
      await press(page, key);
      taken.presses += 1;
    } else if (waiting || names.length === 0) {
      await press(page, how.move || how.select);
      taken.presses += 1;
    } else if (how.move) {
      await press(page, how.move);
      taken.presses += 1;
    } else {
      await page.clock.runFor(STEP_MS);
      taken.steps += 1;
    }
  }
  throw new Error(`${name} was never lit`);
}

/** Adds up what `choose` took. */
export function add(total, taken) {
  total.presses += taken.presses;
  total.steps += taken.steps;
  return total;
}
